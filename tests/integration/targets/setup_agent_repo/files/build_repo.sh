#!/bin/sh
# Build a signed Debian repository holding stand-ins of scaleft-server-tools (files/sftd.py) and scaleft-gateway
# (files/sft-gatewayd.py), laid out as Okta's:
# $1/dists/<codename>/okta/binary-<arch>/Packages, $1/dists/<codename>/InRelease, $1/pool/, and the key at
# $1/GPG-KEY. Usage: build_repo.sh <dir> <codename>
set -eu
repo=$1 codename=$2 here=$(dirname "$0")
arch=$(dpkg --print-architecture)
mkdir -p "$repo/pool" "$repo/dists/$codename/okta/binary-$arch"
# package NAME BINARY SCRIPT: a stand-in package holding /usr/sbin/BINARY (SCRIPT, made executable) and its unit
package() {
    name=$1 binary=$2 script=$3
    pkg=$(mktemp -d)
    mkdir -p "$pkg/DEBIAN" "$pkg/usr/sbin" "$pkg/lib/systemd/system"
    { echo '#!/usr/bin/python3'; cat "$here/$script"; } > "$pkg/usr/sbin/$binary"
    chmod 0755 "$pkg/usr/sbin/$binary"
    cat > "$pkg/lib/systemd/system/$binary.service" <<UNIT
[Unit]
Description=ASA $binary (okta.asa test stand-in)
[Service]
ExecStart=/usr/sbin/$binary
[Install]
WantedBy=multi-user.target
UNIT
    cat > "$pkg/DEBIAN/control" <<CONTROL
Package: $name
Version: 0.0.0-okta-asa-test
Architecture: all
Maintainer: okta.asa tests <noreply@example.com>
Depends: python3, python3-yaml
Description: stand-in for the ASA $binary, built by okta.asa's tests
CONTROL
    dpkg-deb --root-owner-group --build "$pkg" "$repo/pool/${name}_0.0.0-okta-asa-test_all.deb" >/dev/null
    rm -rf "$pkg"
}
package scaleft-server-tools sftd sftd.py
package scaleft-gateway sft-gatewayd sft-gatewayd.py
(cd "$repo" && dpkg-scanpackages --multiversion pool /dev/null > "dists/$codename/okta/binary-$arch/Packages" 2>/dev/null)
gzip -kf "$repo/dists/$codename/okta/binary-$arch/Packages"
{
    echo "Origin: okta.asa tests"
    echo "Suite: $codename"
    echo "Codename: $codename"
    echo "Architectures: $arch"
    echo "Components: okta"
    echo "Date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S UTC')"
    echo "SHA256:"
    for f in "okta/binary-$arch/Packages" "okta/binary-$arch/Packages.gz"; do
        echo " $(sha256sum "$repo/dists/$codename/$f" | cut -d' ' -f1) $(stat -c %s "$repo/dists/$codename/$f") $f"
    done
} > "$repo/dists/$codename/Release"
GNUPGHOME=$(mktemp -d)
export GNUPGHOME
gpg --batch --quiet --passphrase '' --quick-gen-key 'okta.asa tests <noreply@example.com>' ed25519 sign never
gpg --batch --quiet --armor --export > "$repo/GPG-KEY"
gpg --batch --quiet --yes --clearsign -o "$repo/dists/$codename/InRelease" "$repo/dists/$codename/Release"
gpgconf --kill all 2>/dev/null || true
rm -rf "$GNUPGHOME"
