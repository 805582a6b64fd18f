# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: service users, the identities automation authenticates as."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.api_key import ApiKey


class ServiceUser(Kind):
    resource_key = 'service_user'
    plural = 'service_users'
    options = dict(
        name=dict(type='str', required=True),
        status=dict(type='str', choices=['ACTIVE', 'DISABLED'], default='ACTIVE'),
    )
    fields = ('status',)
    names = {'name': 'path'}
    list_path = 'service_users'
    item_path = 'service_users/{name}'
    key = {'name': 'name'}
    defaults = {'status': 'ACTIVE'}
    shown_when_gone = True  # a deleted user is listed with status DELETED: the info module's status option filters
    deleted_name = 'service user %(name)r was deleted, and ASA never reuses a deleted name: choose another name'

    def create_body(self, wanted):
        return {'name': self.params['name']}  # the POST takes only the name; the status is set by a PUT

    def create(self, wanted):
        user = super(ServiceUser, self).create(wanted)
        if wanted.get('status', user.get('status')) != user.get('status'):
            user = self.update(user, {'status': wanted['status']})
        return user

    def update_body(self, current, changes):
        return dict(current, **changes)  # the PUT takes the whole user

    def delete(self, current):
        self.update(current, {'status': 'DELETED'})  # ASA never removes a service user

    def build(self, current, changes):
        base = current or {'name': self.params['name'], 'user_type': 'service', 'deleted_at': None, 'status': 'ACTIVE'}
        return super(ServiceUser, self).build(base, changes)

    @classmethod
    def prepare(cls, client, context, entries):
        # The list leaves deleted users out, and ASA never gives out a deleted name again: each creation is checked
        # (one GET) before the first write.
        for kind, change in entries:
            if change.action == 'create':
                kind.find()

    @classmethod
    def authenticating(cls, client, context, doomed, candidates=None):
        """The name of the service user whose key the task authenticates with, or None when it is none of
        ``candidates`` (names; by default every service user of the team). Found by listing keys, one request per
        candidate until found; ``doomed`` says what would be deleted, for the refusal of a task without a key."""
        if not context.key_id:
            raise AsaModuleError('state=overridden would delete %s, and a task that authenticates with bearer_token '
                                 'alone cannot tell which service user it is (to spare it and its groups): set '
                                 'key_id and key_secret as well' % doomed)
        if candidates is None:
            candidates = (u['name'] for u in client.paginate(cls.path(client, cls.list_path)) if not cls.gone(u))
        for name in candidates:
            if any(str(k.get('id')).lower() == context.key_id for k in ApiKey.of_user(client, name)):
                return name
        return None

    @classmethod
    def protect(cls, client, context, deletions):
        if not deletions:
            return deletions
        # The user this task authenticates as is either listed or one of these: only their keys are read.
        own = cls.authenticating(client, context, '%d service user(s)' % len(deletions),
                                 [kind.params['name'] for kind, change in deletions])
        if any(kind.params['name'] == own for kind, change in deletions):
            context.warn('state=overridden spares service user %r, which this task authenticates as; list it in '
                         'config to stop this warning' % own)
        return [entry for entry in deletions if entry[0].params['name'] != own]
