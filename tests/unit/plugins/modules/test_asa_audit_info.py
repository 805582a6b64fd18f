# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_audit_info: newest first, references resolved, paging stopped once past since, types and limit."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import asa_audit_info
from ansible_collections.okta.asa.tests.simulator.asa_simulator import now_ts

AUDITS = '/v1/teams/acme/auditsV2'


@pytest.fixture()
def history(sim):
    """300 events of last week, older than the seeded ones (as a real trail is ordered)."""
    jason = sim.state.humans['jason.compson']
    for index in range(300):
        sim.state.audit('server.login', actor=jason, at=now_ts() - 7 * 86400 + index)
        sim.state.audits[-1]['_seq'] = -1000 + index
    return sim


def test_events_newest_first_with_their_references_resolved(run, history):
    done = run(asa_audit_info, since='24h')
    events = done['events']
    assert [e['type'] for e in events] == ['auth_token.issue', 'auth_token.issue']  # this task's token, and 2h ago
    assert events[0]['actor']['name'] == 'ansible-admin' and events[0]['timestamp'] > events[1]['timestamp']
    assert events[1]['actor']['name'] == 'jason.compson' and events[1]['client']['hostname'] == 'Absalom'
    assert done.calls == [('GET', AUDITS)]  # the first page already went past since: no second page
    assert 'descending=true' in done.requests[-1]['query'] and not done['changed']


def test_types_and_limit(run, history):
    logins = run(asa_audit_info, types=['server.login'], limit=150)
    assert len(logins['events']) == 150 and set(e['type'] for e in logins['events']) == {'server.login'}
    assert logins.calls == [('GET', AUDITS), ('GET', AUDITS)]  # two pages of 100, no more
    since = run(asa_audit_info, since='2000-01-01T00:00:00Z', limit=1000)
    assert len(since['events']) == 300 + 3 + 2  # the week's, the seed's three, and the two tasks' tokens
    assert len(since.calls) == 4


def test_a_since_that_is_no_time_is_refused_before_any_request(run):
    refused = run(asa_audit_info, since='yesterday')
    assert refused['failed'] and refused.requests == [] and 'RFC 3339' in refused['msg'] and '24h' in refused['msg']
