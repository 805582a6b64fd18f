# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the attributes of users and groups (their Unix and Windows names and ids on servers).
ASA has no POST or DELETE for them: each is listed, found by its ``attribute_name`` and changed with a PUT by its
id. The user and group kinds use this for their ``attributes`` option; only the names a task lists are managed."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError

USER = {'unix_user_name': str, 'unix_uid': int, 'unix_gid': int, 'windows_user_name': str}
GROUP = {'unix_group_name': str, 'unix_gid': int, 'windows_group_name': str}
MIN_ID, MAX_ID = 100, 2147483647
MAX_NAME = 255


def check(wanted, names):
    """Refuse, before any request, attributes ASA would refuse: unknown names, wrong types, values out of range.
    Returns the attributes with their values as ASA stores them (numbers as numbers)."""
    checked = {}
    for name, value in sorted((wanted or {}).items()):
        kind = names.get(name)
        if kind is None:
            raise AsaModuleError('attributes: %r is no attribute here; the attributes are %s'
                                 % (name, ', '.join(sorted(names))))
        if kind is int:
            try:
                value = int(value) if not isinstance(value, bool) else None
            except (TypeError, ValueError):
                value = None
            if value is None or not MIN_ID <= value <= MAX_ID:
                raise AsaModuleError('attributes: %s must be a number from %d to %d, not %r'
                                     % (name, MIN_ID, MAX_ID, wanted[name]))
        elif not isinstance(value, str) or len(value) > MAX_NAME or any(ord(c) < 32 for c in value):
            raise AsaModuleError('attributes: %s must be a name of 0 to %d characters without control characters, '
                                 'not %r' % (name, MAX_NAME, value))
        checked[name] = value
    return checked


def read(kind):
    """name -> the attribute ASA lists for the kind's object (``id``, ``attribute_value``, ``managed``)."""
    return dict((attr['attribute_name'], attr) for attr in kind.client.paginate(kind.path_of(kind.attributes_path)))


def values(listed):
    """name -> value, the shape returned and compared."""
    return dict((name, attr.get('attribute_value')) for name, attr in listed.items())


def read_into(kind, obj):
    """``obj`` with the attributes of the kind's object (kept on the kind too, for its writes)."""
    kind.listed = read(kind)
    obj['attributes'] = values(kind.listed)
    return obj


def owners(cls, client, context, objects, items, everything):
    """name -> the kind (of class ``cls``) whose attributes a set's read gets: of the items that list attributes, or,
    for the whole team as it is, of every live object."""
    if everything and not items:
        return dict((obj['name'], cls(client, {'name': obj['name']}, context)) for obj in objects if not cls.gone(obj))
    return dict((kind.params['name'], kind) for kind in items if kind.params['attributes'] is not None)


def differ(listed, wanted, owner):
    """The listed attributes whose value the task changes; one that Okta manages is refused, by name."""
    changes = {}
    for name, value in sorted(wanted.items()):
        attr = listed.get(name)
        if attr is None:
            raise AsaModuleError('attributes: %s lists no %s attribute, and ASA creates none through the API'
                                 % (owner, name))
        if attr.get('attribute_value') != value:
            if attr.get('managed'):
                raise AsaModuleError('attributes: %s of %s comes from Okta (SCIM or SAML): change it there, or leave '
                                     'it out of the task' % (name, owner))
            changes[name] = value
    return changes


def write(kind, listed, changes):
    """One PUT per changed attribute, by its id."""
    for name, value in sorted(changes.items()):
        kind.client.put(kind.path_of(kind.attribute_path, {'attribute_id': listed[name]['id']}),
                        {'attribute_name': name, 'attribute_value': value})
