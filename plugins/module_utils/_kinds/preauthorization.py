# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: preauthorizations, the temporary access a project that requires one
(``require_preauth_for_creds``) gives a user. A user has at most one live preauthorization per project (not
disabled, not expired); there is no DELETE: absent disables it."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import time

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, parse_duration, parse_time
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User

MIN_DURATION = 60


def rfc3339(stamp):
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(stamp))


class Preauthorization(Kind):
    resource_key = 'preauthorization'
    plural = 'preauthorizations'
    options = dict(
        project=dict(type='str', required=True),
        user_name=dict(type='str', required=True),
        expires_at=dict(type='str'),
        duration=dict(type='str'),
    )
    module_kwargs = dict(mutually_exclusive=[('expires_at', 'duration')],
                         required_if=[('state', 'present', ('expires_at', 'duration'), True)])
    fields = ('expires_at',)
    names = {'project': 'path', 'user_name': 'text'}
    list_path = 'projects/{project}/preauthorizations'
    item_path = 'projects/{project}/preauthorizations/{id}'
    key = {'project': 'project', 'user_name': 'user_name'}
    parent = ('project', Project)
    refers = {'user_name': User}

    def check_params(self):
        self.now = time.time()
        if self.params['expires_at'] is not None:
            try:
                stamp = parse_time(self.params['expires_at'])
            except ValueError:
                stamp = None
            if stamp is None:
                raise AsaModuleError('expires_at %r is not an RFC 3339 time such as 2026-12-24T18:00:00Z'
                                     % self.params['expires_at'])
            self.params['expires_at'] = rfc3339(stamp)
        if self.params['duration'] is not None:
            try:
                seconds = parse_duration(self.params['duration'])
            except ValueError:
                seconds = 0
            if seconds < MIN_DURATION:
                raise AsaModuleError('duration %r is not a duration of a minute or more: use for example 8h or 2d'
                                     % self.params['duration'])
            self.seconds = seconds

    @classmethod
    def normalize(cls, field, value):
        stamp = parse_time(value) if field == 'expires_at' and value else None
        return rfc3339(stamp) if stamp is not None else value

    @staticmethod
    def live(obj, now):
        expires = parse_time(obj.get('expires_at'))
        return not obj.get('disabled') and (expires is None or expires > now)

    @classmethod
    def of(cls, client, project):
        """A project's preauthorizations, each with its ``project``; the pages swap the titles of the list and the
        fetch, so either shape (a list, or one object) is taken."""
        found = []
        for body in client.pages(cls.path(client, cls.list_path, {'project': project})):
            items = body.get('list') if isinstance(body, dict) and 'list' in body else [body]
            found.extend(dict(item, project=project) for item in items or [] if isinstance(item, dict) and item)
        return found

    @classmethod
    def newest(cls, objects):
        return max(objects, key=lambda p: parse_time(p.get('expires_at')) or 0) if objects else None

    @classmethod
    def read_set(cls, client, context, items, everything):
        """The live preauthorization of each user in each project (the newest, should there be more)."""
        now = time.time()
        by_key = {}
        for obj in super(Preauthorization, cls).read_set(client, context, items, everything):
            if cls.live(obj, now):
                by_key.setdefault(cls.key_of(obj), []).append(obj)
        return [cls.newest(objects) for key, objects in sorted(by_key.items())]

    def find(self):
        try:
            found = [p for p in self.of(self.client, self.params['project'])
                     if self.live(p, self.now) and p.get('user_name') == self.params['user_name']]
        except AsaApiError as exc:
            if exc.status != 404:
                raise
            self.missing_parent()
            return None
        self.parent_known = True
        return self.newest(found)

    def wanted(self, current):
        if current is None and self.params['duration'] is not None:
            return {'expires_at': rfc3339(self.now + self.seconds)}  # from now, only for a new one
        return super(Preauthorization, self).wanted(current)

    def create_body(self, wanted):
        return {'user_name': self.params['user_name'], 'projects': [self.params['project']], 'disabled': False,
                'expires_at': wanted['expires_at']}

    def create(self, wanted):
        created = self.client.post(self.path_of(self.list_path), self.create_body(wanted), reconcile=self.find)
        return created or self.find() or self.build(None, wanted)  # 204 in the pages, 201 with it elsewhere

    def update_body(self, current, changes):
        return dict(dict((k, v) for k, v in current.items() if k != 'servers'), **changes)

    def delete(self, current):
        self.client.put(self.path_of(self.item_path, current), self.update_body(current, {'disabled': True}))

    def build(self, current, changes):
        return dict(current or {'user_name': self.params['user_name'], 'projects': [self.params['project']],
                                'disabled': False}, **changes)
