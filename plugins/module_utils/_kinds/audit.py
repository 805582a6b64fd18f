# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the team's audit events (auditsV2). The API pages them with no time or type filter, and
refers from each event's details to the objects of the page's ``related_objects``: events are read newest first,
paging stops as soon as one is older than wanted, and references are resolved into the objects themselves."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import parse_time
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind


class AuditEvent(Kind):
    resource_key = 'event'
    plural = 'events'
    options = dict(id=dict(type='str', required=True))
    operations = ()
    unsupported = {'create': 'audit events are ASA\'s record: they cannot be created',
                   'delete': 'audit events are ASA\'s record: they cannot be deleted'}
    list_path = 'auditsV2'
    identity = {'id': 'id'}
    key = {'id': 'id'}

    @classmethod
    def newest(cls, client, since=None, types=None, limit=1000):
        """Events newest first: those since ``since`` (seconds since the epoch) of the ``types`` (details.type),
        at most ``limit``, each with its references resolved."""
        related, events = {}, []
        for body in client.pages(cls.path(client, cls.list_path), {'descending': 'true'}):
            related.update(body.get('related_objects') or {})
            for event in body.get('list') or []:
                stamp = parse_time(event.get('timestamp'))
                if since is not None and stamp is not None and stamp < since:
                    return [cls.resolved(e, related) for e in events]
                if not types or (event.get('details') or {}).get('type') in types:
                    events.append(event)
                if len(events) >= limit:
                    return [cls.resolved(e, related) for e in events]
        return [cls.resolved(e, related) for e in events]

    @staticmethod
    def resolved(event, related):
        """The event's details at its top level, each reference (actor, client, ...) replaced by its object."""
        out = {}
        for field, value in (event.get('details') or {}).items():
            ref = related.get(value) if isinstance(value, str) else None
            out[field] = dict(ref.get('object') or {}) if isinstance(ref, dict) else value
        out.update(id=event.get('id'), timestamp=event.get('timestamp'))
        return out
