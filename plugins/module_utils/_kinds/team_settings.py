# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the settings of the team (session lengths, where users land, how devices are approved).
There is one, always: it is read and partly updated, never created or deleted."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind

URL_FIELDS = ('post_device_enrollment_url', 'post_login_url', 'post_logout_url')
DURATIONS = {'client_session_duration': (3600, 90000), 'web_session_duration': (1800, 90000)}  # seconds


class TeamSettings(Kind):
    resource_key = 'team_settings'
    plural = 'team_settings'
    options = dict(
        approve_device_without_interaction=dict(type='bool'),
        client_session_duration=dict(type='int'),
        web_session_duration=dict(type='int'),
        post_device_enrollment_url=dict(type='str'),
        post_login_url=dict(type='str'),
        post_logout_url=dict(type='str'),
        reactivate_users_via_idp=dict(type='bool'),
        include_user_sid=dict(type='str', choices=['Never', 'If_Available', 'Always']),
    )
    states = ()
    fields = tuple(options)
    operations = ('update',)
    unsupported = {'create': 'the team settings of %(team)s were not found', 'delete': 'team settings stay'}
    item_path = 'settings'
    stats_path = 'team_stats'

    def check_params(self):
        for option, (low, high) in DURATIONS.items():
            value = self.params[option]
            if value is not None and not low <= value <= high:
                raise AsaModuleError('%s must be a number of seconds from %d to %d (%s to %s), not %s'
                                     % (option, low, high, shown_hours(low), shown_hours(high), value))
        for option in URL_FIELDS:
            value = self.params[option]
            if value and not value.startswith(('https://', 'http://')):
                raise AsaModuleError("%s %r is not a URL: use an http(s) URL, or '' to unset it" % (option, value))

    @classmethod
    def normalize(cls, field, value):
        if field in URL_FIELDS:
            return value or None  # ASA keeps no URL as null; '' unsets it
        return value

    def update_body(self, current, changes):
        return dict(changes)  # partial updates are permitted: only what changes is sent (null unsets a URL)

    def find(self):
        return self.client.get(self.path_of(self.item_path))

    @classmethod
    def stats(cls, client):
        return client.get(cls.path(client, cls.stats_path))


def shown_hours(seconds):
    return '%g h' % (seconds / 3600.0)
