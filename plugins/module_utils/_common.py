# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): what every kind and module shares and
that needs no AnsibleModule: the error a module reports, the rules for names and ids, and ASA's times."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import calendar
import os
import re
import stat
import tempfile
from collections import namedtuple

UUID_RE = re.compile(r'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')

# What ASA accepts as a name, for the names okta.asa puts into URL paths or request bodies: (pattern, rule).
NAME_RULES = {
    'path': (re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
             '1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit'),
    'group': (re.compile(r'^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$'),
              '1 to 64 letters, digits, spaces, ".", "_" or "-", starting with a letter or digit'),
    'text': (re.compile(r'^(?=.*\S)[^\x00-\x1f\x7f]{1,255}$'),
             '1 to 255 characters, not only spaces, without control characters'),
}

TIME_RE = re.compile(r'^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-]\d\d:\d\d)$')
DURATION_RE = re.compile(r'^\s*(\d+)\s*([smhdw])\s*$')
DURATION_UNITS = {'s': 1, 'm': 60, 'h': 3600, 'd': 86400, 'w': 604800}

# One write of a plan: action is create, update or delete; current is the object as ASA has it (None for a
# create); fields are what a create or update writes.
Change = namedtuple('Change', ['action', 'current', 'fields'])


class AsaModuleError(Exception):
    """A failure a module reports: ``str()`` is the message, ``details`` go into the failed result."""

    def __init__(self, msg, **details):
        super(AsaModuleError, self).__init__(msg)
        self.details = details


def name_problem(option, value, kind='path'):
    """Why ``value`` of ``option`` is no name ASA accepts (``kind`` is a NAME_RULES key), or None."""
    pattern, rule = NAME_RULES[kind]
    if value is None or pattern.fullmatch(value):
        return None
    return '%s %r is not a valid name: ASA names are %s' % (option, value, rule)


def check_names(params, names):
    """Raise AsaModuleError for the first option of ``names`` (option -> NAME_RULES key) that ASA would refuse."""
    for option, kind in names.items():
        problem = name_problem(option, params.get(option), kind)
        if problem:
            raise AsaModuleError(problem)


def require_uuid(params, *options):
    """Refuse an option that is not a UUID, and write it in lower case, as ASA does (paths and comparisons)."""
    for option in options:
        value = params.get(option)
        if value is None:
            continue
        if not UUID_RE.fullmatch(value):
            raise AsaModuleError('%s %r is not a valid id: it must be a UUID such as '
                                 '5a3af768-063f-4a12-a056-8ef24e555556' % (option, value))
        params[option] = value.lower()


def is_unset(value):
    """ASA's 'not set' for a time: null, empty, or Go's zero time."""
    return value is None or value == '' or (isinstance(value, str) and value.startswith('0001-01-01'))


def is_deleted(obj):
    """True for an object ASA keeps after deleting it (soft delete: a DELETED status or state, or deleted_at set)."""
    return 'DELETED' in (obj.get('status'), obj.get('state')) or not is_unset(obj.get('deleted_at'))


def parse_time(value):
    """Seconds since the epoch for an RFC 3339 time (Go's nanoseconds allowed), or None when unset."""
    if is_unset(value):
        return None
    match = TIME_RE.match(value)
    if not match:
        raise ValueError('not an RFC 3339 time: %r' % value)
    year, month, day, hour, minute, second = (int(g) for g in match.group(1, 2, 3, 4, 5, 6))
    stamp = calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))
    stamp += float('0' + match.group(7)) if match.group(7) else 0.0
    zone = match.group(8)
    if zone not in ('Z', 'z'):
        sign = 1 if zone[0] == '+' else -1
        stamp -= sign * (int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
    return stamp


def parse_duration(text):
    """Seconds in a duration such as 90d, 12h, 30m, 45s or 2w; raises ValueError otherwise."""
    match = DURATION_RE.match(str(text))
    if not match:
        raise ValueError(text)
    return int(match.group(1)) * DURATION_UNITS[match.group(2)]


def check_secret_file(option, path):
    """Refuse, before any request, a path whose directory does not exist."""
    if path is None:
        return
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise AsaModuleError('%s %s: the directory %s does not exist; create it first (the secret is written only '
                             'into an existing directory)' % (option, path, directory))
    if os.path.isdir(path):
        raise AsaModuleError('%s %s is a directory: name the file to write the secret to' % (option, path))


def secret_file_differs(path, value):
    """Whether ``path`` lacks ``value`` or is readable by others than its owner."""
    try:
        with open(path) as handle:
            same = handle.read() == value
        return not same or stat.S_IMODE(os.stat(path).st_mode) != 0o600
    except (IOError, OSError):
        return True


def write_secret_file(path, value):
    """Write ``value`` to ``path``, mode 0600 from the start, replacing the file at once (never half written)."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix='.okta-asa-')  # mkstemp makes it 0600
    try:
        with os.fdopen(fd, 'w') as handle:
            handle.write(value)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
