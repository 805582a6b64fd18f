# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the connection options shared by the
modules, the inventory plugin and the lookup plugin, their checks, and the client they make. Nothing here needs
AnsibleModule, so plugins import it on the controller without the module base."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import re
from urllib.parse import urlsplit

from ansible_collections.okta.asa.plugins.module_utils._client import DEFAULT_API_URL, HAS_REQUESTS, AsaClient, shown_url
from ansible_collections.okta.asa.plugins.module_utils._common import UUID_RE

TEAM_RE = re.compile(r'^[a-z0-9][a-z0-9._-]*$')
MAX_TIMEOUT = 3600
DEFAULT_TIMEOUT = 30

# option -> (type, environment variable, default, secret): the connection options of every module and plugin.
OPTIONS = {
    'team': ('str', 'ASA_TEAM', None, False),
    'key_id': ('str', 'ASA_KEY_ID', None, False),
    'key_secret': ('str', 'ASA_KEY_SECRET', None, True),
    'bearer_token': ('str', 'ASA_BEARER_TOKEN', None, True),
    'api_url': ('str', 'ASA_API_URL', DEFAULT_API_URL, False),
    'validate_certs': ('bool', 'ASA_VALIDATE_CERTS', True, False),
    'timeout': ('int', 'ASA_TIMEOUT', DEFAULT_TIMEOUT, False),
}


def check_connection(options):
    """Return an error message for unusable connection options, or None. Shared by modules and plugins."""
    team = options.get('team')
    if not team:
        return 'team is required: set the team option or the ASA_TEAM environment variable'
    if not TEAM_RE.fullmatch(team):
        return ('team %r is not a valid ASA team name: team names are lower-case letters, digits, ".", "_" and "-"'
                % team)
    key_id, key_secret = options.get('key_id'), options.get('key_secret')
    if bool(key_id) != bool(key_secret):
        missing = 'key_secret' if key_id else 'key_id'
        return ('key_id and key_secret go together: %s is missing (set it, or ASA_%s)' % (missing, missing.upper()))
    if not key_id and not options.get('bearer_token'):
        return ('no credentials: set key_id and key_secret (or ASA_KEY_ID and ASA_KEY_SECRET), '
                'or bearer_token (or ASA_BEARER_TOKEN)')
    if key_id and not UUID_RE.fullmatch(key_id):
        return 'key_id %r is not an API key id: it must be a UUID such as 6052868b-1b04-4a14-8288-e6496d7f2f4b' % key_id
    api_url = options.get('api_url') or ''
    if not re.match(r'^https?://[^/\s]+', api_url):
        return 'api_url %r is not an http(s) URL: use for example https://app.scaleft.com' % shown_url(api_url)
    timeout = options.get('timeout')
    if timeout is not None and not 0 < timeout <= MAX_TIMEOUT:
        return 'timeout must be a number of seconds from 1 to %d, not %s' % (MAX_TIMEOUT, timeout)
    return None


def transport_warning(options):
    """A warning for an api_url that sends the key secret and tokens unencrypted to another machine, or None."""
    url = urlsplit(options.get('api_url') or '')
    host = (url.hostname or '').lower()
    if url.scheme != 'http' or host == 'localhost' or host.startswith('127.') or host == '::1':
        return None
    return ('api_url %s is plain http: the key secret and bearer tokens cross the network unencrypted. Use https'
            % shown_url('%s://%s' % (url.scheme, url.netloc)))


def plugin_connection(get_option):
    """(options, problem) for an inventory or lookup plugin: its connection options, and why they cannot work."""
    options = dict((name, get_option(name)) for name in OPTIONS)
    if not HAS_REQUESTS:
        return options, 'the Python library "requests" is required on the controller (pip install requests)'
    return options, check_connection(options)


def new_client(options, on_token=None):
    """An AsaClient for checked connection options."""
    return AsaClient(
        team=options['team'], key_id=options.get('key_id'), key_secret=options.get('key_secret'),
        bearer_token=options.get('bearer_token'), api_url=options.get('api_url'),
        validate_certs=options.get('validate_certs', True), timeout=options.get('timeout') or DEFAULT_TIMEOUT,
        on_token=on_token,
    )
