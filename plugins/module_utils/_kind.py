# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the base of the kind descriptions.

A kind (one file in ``_kinds/``) says everything okta.asa knows about one kind of ASA object: its options, its
paths, how it is told apart from others of its kind, how ASA stores its fields, its writes, and what it refers
to. A kind is a plain object made with the client, the params of one object (a task's options, or one item of a
bulk task's ``config``) and a ``Context``; the singular, bulk and info modules each *have* a kind and hold no fact
of it.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import threading
from concurrent.futures import ThreadPoolExecutor

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, Change, check_names, is_deleted


class Cache:
    """What a task has read, shared by the kinds it makes: the objects of a kind by name, so that a reference to
    that kind is resolved from one read of its list instead of a request per reference. A task that plans several
    kinds (asa_team) adds the objects its plan creates, found beside the list once it is read. Thread-safe."""

    def __init__(self):
        self._objects = {}
        self._planned = {}
        self._forgotten = {}
        self._lists = {}
        self._lock = threading.Lock()

    @staticmethod
    def live(kind, objects):
        return dict((obj['name'], obj) for obj in objects if not kind.gone(obj))

    def remember(self, kind, objects):
        """Keep the live objects of ``kind`` (a Kind class) as its list says them, by name."""
        with self._lock:
            self._objects[kind] = self.live(kind, objects)

    def plan(self, kind, objects):
        """Keep objects of ``kind`` that its list, once read, may not have (those a plan creates)."""
        with self._lock:
            self._planned.setdefault(kind, {}).update(self.live(kind, objects))

    def listing(self, path, read):
        """The objects ``read()`` lists at ``path``, read once per task however many kinds ask for them (a second
        asker waits for the first read)."""
        with self._lock:
            entry = self._lists.setdefault(path, [threading.Lock(), None])
        with entry[0]:
            if entry[1] is None:
                entry[1] = list(read())
            return entry[1]

    def forget(self, kind, names):
        """Leave out the objects of ``kind`` called ``names`` (those a plan deletes)."""
        with self._lock:
            self._forgotten.setdefault(kind, set()).update(names)

    def objects(self, kind):
        """The objects of ``kind`` by name, or None when the task has not read its list."""
        with self._lock:
            known = self._objects.get(kind)
            if known is None:
                return None
            known = dict(self._planned.get(kind, {}), **known)
            return dict((name, obj) for name, obj in known.items() if name not in self._forgotten.get(kind, ()))


class Context:
    """What a kind gets from the task that uses it: ``warn(text)``, ``check_mode``, the ``cache``, the ``key_id``
    the task authenticates with (or None), and the task's ``options``. ``whole_plan``: the task knows every object
    it creates (asa_team), so a missing reference fails in check mode too, and overridden spares the project
    access of the caller's groups instead of warning."""

    def __init__(self, warn, check_mode=False, key_id=None, cache=None, options=None, whole_plan=False):
        self.warn = warn
        self.check_mode = check_mode
        self.whole_plan = whole_plan
        self.key_id = (key_id or '').lower() or None
        self.cache = cache or Cache()
        self.options = options or {}  # the task's own options (a kind's task_options), beside the objects' params
        self.caller = None  # who the task authenticates as, once read (_kinds/user.py)


READERS = 8  # lists read side by side


def each(function, values):
    """``[function(value) for value in values]``, READERS at a time (reads of many small lists: a project's, a
    group's), in the order of ``values``."""
    values = list(values)
    if len(values) < 2:
        return [function(value) for value in values]
    with ThreadPoolExecutor(max_workers=READERS) as pool:
        return list(pool.map(function, values))


def missing(context, message):
    """A parent or reference that does not exist: an error in a real run (before any write); in check mode a
    warning, since an earlier task of the play may create it, and the prediction goes on (unless the task knows
    its whole plan)."""
    if not context.check_mode or context.whole_plan:
        raise AsaModuleError(message)
    context.warn('%s; check mode goes on as if an earlier task creates it' % message)


class Kind:
    """One kind of ASA object. Declare:

      ``resource_key``  the key the singular module returns the object under (``{}`` when absent);
      ``plural``        the key of the info module's list and the bulk module's ``--diff``;
      ``options``       the singular module's options, without ``state`` (a bulk ``config`` item takes them too);
      ``module_kwargs`` ``required_if`` and the like, for the singular module;
      ``names``         option -> NAME_RULES key: names checked before any request;
      ``states``        the choices of ``state``, the first the default; ``absent`` deletes;
      ``fields``        the options that are API fields of the same name, compared and written when set;
      ``fixed``         API fields with the value every object in a present state has (``{'state': 'ACTIVE'}``);
      ``operations``    the writes ASA supports, with ``unsupported`` the message (formatted with the params) for
                        a task that would need another one;
      ``list_path``     the path template of the list the object is in (``projects/{project}/groups``);
      ``item_path``     the path template of the object (``groups/{name}``, or ``entitlements/sudo/{id}`` with a
                        field of the object found);
      ``team_path``     the path of the team-wide list, where it differs from ``list_path`` (``services``);
      ``identity``      option -> API field, when the object is found by listing ``list_path`` rather than by a
                        GET of ``item_path``;
      ``key``           option -> API field: what tells two objects of the kind apart in a list (bulk modules);
      ``create_only``   fields ASA takes only on creation: a task that would change one fails, naming it;
      ``write_only``    fields ASA takes but never returns: sent on creation, never compared;
      ``deleted_name``  for objects whose name ASA never gives out again once deleted: the message (formatted
                        with the params) for a task that would create one of that name;
      ``defaults``      the value ASA gives each managed field that a creation leaves out (bulk ``replaced``);
      ``exact``         options that make an item exact in bulk ``replaced`` and ``overridden``;
      ``refers``        option -> Kind: the object of another kind the option names, which must exist;
      ``parent``        (option, Kind): the object this one is in (a project), which must exist;
      ``task_options``  options of the task rather than of each object (a singular module's, a bulk module's own);
      ``host_options``  options about files of the host the task runs on (a token's ``token_file``): a singular
                        module's only, never an item of a set;
      ``missing_hint``  what to do when an object of this kind that another refers to is missing;
      ``shown_when_gone`` whether the info module lists soft-deleted objects (with the status that says so).

    The hooks have defaults for ASA's usual REST shape: ``find()``, ``create(wanted)`` with ``create_body``,
    ``update(current, changes)`` with ``update_body``, ``delete(current)``, ``normalize(field, value)`` (a value
    as ASA stores it), ``build(current, changes)`` (the object after a write, for check mode) and ``to_config``
    (an object as a bulk ``config`` item). A kind overrides only what is special about it.
    """

    resource_key = None
    plural = None
    options = {}
    module_kwargs = {}
    names = {}
    states = ('present', 'absent')
    fields = ()
    fixed = {}
    operations = ('create', 'update', 'delete')
    unsupported = {}
    list_path = None
    item_path = None
    team_path = None
    identity = {}
    key = {}
    create_only = ()
    write_only = ()
    deleted_name = None
    defaults = {}
    exact = {}
    refers = {}
    task_options = {}
    host_options = ()
    parent = None
    missing_hint = None
    shown_when_gone = False

    def __init__(self, client, params, context):
        self.client = client
        self.params = params
        self.context = context
        self.deleted = None  # the soft-deleted object find() met where it found no live one
        self.resolved = {}  # option -> the object it refers to, once looked up
        self.parent_missing = False
        self.parent_known = False  # a list under the parent was read: it exists
        self.wrote_locally = False  # result() wrote (or, in check mode, would write) a file on this host

    # -- input --------------------------------------------------------------------------------------

    def check(self):
        """Refuse input that cannot work, before any request, by raising AsaModuleError."""
        check_names(self.params, self.names)
        self.check_params()

    def check_params(self):
        """What a kind refuses beyond its names (a hook)."""

    # -- paths and keys -------------------------------------------------------------------------------

    @classmethod
    def path(cls, client, template, values=None):
        """The API path of a template such as ``projects/{project}/groups/{group}``: each ``{x}`` is ``values['x']``,
        every segment URL-quoted."""
        return client.path(*[segment.format(**(values or {})) for segment in template.split('/')])

    def path_of(self, template, obj=None):
        """The path of a template with the params and, when given, the fields of ``obj``."""
        values = dict(self.params)
        values.update(obj or {})
        return self.path(self.client, template, values)

    @classmethod
    def gone(cls, obj):
        """Whether ASA has deleted a listed object (and keeps it, soft-deleted)."""
        return is_deleted(obj)

    @classmethod
    def key_of(cls, obj):
        """The ``key`` of a listed object, comparable with ``key_of_params()``."""
        return tuple(str(obj.get(field)) for field in cls.key.values())

    def key_of_params(self):
        return tuple(str(self.params[option]) for option in self.key)

    def identity_of_params(self):
        return dict((option, self.params[option]) for option in self.key)

    def shown_identity(self):
        """The object's identity as messages show it: ``'web'``, or ``project=web, group=ops``."""
        identity = self.identity_of_params()
        if list(identity) == ['name']:
            return repr(identity['name'])
        return ', '.join('%s=%s' % pair for pair in sorted(identity.items()))

    @classmethod
    def to_config(cls, obj):
        """An object as an item of a bulk module's ``config``: its key, and the managed fields it has, as ASA
        stores them."""
        item = dict((option, obj.get(field)) for option, field in cls.key.items())
        item.update((field, cls.normalize(field, obj.get(field))) for field in cls.fields if field in obj)
        return item

    @classmethod
    def normalize(cls, field, value):
        return value

    # -- reading ------------------------------------------------------------------------------------

    def matches(self, obj):
        """Whether a listed object is the one the params name (``identity``: option -> API field)."""
        return all(str(obj.get(field)) == str(self.params[option]) for option, field in self.identity.items())

    def find(self):
        """GET ``item_path`` (a 404 is absence) or, with ``identity``, page ``list_path`` until the object is found
        (a 404 there is a missing ``parent``). A soft-deleted object is absent."""
        if self.identity:
            try:
                found = next((o for o in self.client.paginate(self.path_of(self.list_path)) if self.matches(o)), None)
            except AsaApiError as exc:
                if exc.status != 404 or self.parent is None:
                    raise
                self.missing_parent()
                return None
            self.parent_known = True
        else:
            found = self.client.get(self.path_of(self.item_path), missing_ok=True)
        if found is not None and self.gone(found):
            if self.deleted_name and self.params['state'] != 'absent':
                raise AsaModuleError(self.deleted_name % self.params)
            self.deleted = found
            return None
        return found

    @classmethod
    def listed(cls, client):
        """Every object of the kind in the team (what references to it are resolved from, in a bulk task)."""
        return client.paginate(cls.path(client, cls.team_path or cls.list_path))

    @classmethod
    def named(cls, client, name):
        """The live object called ``name`` (a GET of ``item_path``), or None."""
        found = client.get(cls.path(client, cls.item_path, {'name': name}), missing_ok=True)
        return None if found is None or cls.gone(found) else found

    @classmethod
    def read_set(cls, client, context, items, everything):
        """The objects in a bulk task's scope (soft-deleted ones too: their names may not be reused). ``items`` are
        the task's kinds; ``everything`` asks for the whole team (``gathered`` without ``config``). A kind in a
        project (``parent``) reads the list of each project its items name, or of every project."""
        if cls.parent is not None and not cls.team_path:
            return cls.in_projects(client, context, cls.projects_of(client, context, items, everything))
        return cls.team_list(client, context)

    @classmethod
    def team_list(cls, client, context):
        """Every object of the kind in the team, read once per task (another kind may need the list too)."""
        path = cls.path(client, cls.team_path or cls.list_path)
        return context.cache.listing(path, lambda: client.paginate(path))

    @classmethod
    def projects_of(cls, client, context, items, everything):
        """The names of the projects a set of a kind in a project is in: those its items name, or every live one
        (from the task's cache when it has read the projects)."""
        option, project = cls.parent[0], cls.parent[1]
        if not everything:
            return sorted(set(kind.params[option] for kind in items))
        known = context.cache.objects(project)
        if known is None:
            known = dict((p['name'], p) for p in project.team_list(client, context) if not project.gone(p))
        return sorted(known)

    @classmethod
    def of(cls, client, project):
        """The objects of ``list_path`` in one project, each with its ``project`` (the list leaves it out)."""
        return [dict(obj, project=project)
                for obj in client.paginate(cls.path(client, cls.list_path, {cls.parent[0]: project}))]

    @classmethod
    def in_projects(cls, client, context, projects):
        """The objects of the kind in each of ``projects`` (read side by side); a project that does not exist is
        ``missing``."""
        def read(project):
            try:
                return cls.of(client, project), None
            except AsaApiError as exc:
                if exc.status != 404:
                    raise
                return [], project
        found = []
        for objects, absent in each(read, projects):
            if absent is not None:
                missing(context, 'config: project %r not found in team %r: create it first with okta.asa.asa_project'
                        % (absent, client.team))
            found.extend(objects)
        return found

    @classmethod
    def identify(cls, items, objects):
        """Give the items of a set that name their object otherwise than by its key (a server by hostname) the key
        of the listed object they name (``objects``: the live ones by key). A hook."""

    def complete(self, obj):
        """An object a write returned, with what tells it apart that the answer leaves out (a bulk task's key)."""
        return obj

    def missing(self, message):
        missing(self.context, message)

    def missing_parent(self):
        option, kind = self.parent[0], self.parent[1]
        self.parent_missing = True
        self.missing('%s %r not found in team %r: create it first with okta.asa.asa_%s'
                     % (kind.resource_key.replace('_', ' '), self.params[option], self.client.team, kind.resource_key))

    def lookup(self, kind, name):
        """The live object of ``kind`` called ``name``: from the list the task read once, or by a GET; or None."""
        known = self.context.cache.objects(kind)
        return known.get(name) if known is not None else kind.named(self.client, name)

    def referred(self, option):
        """The object of another kind that ``option`` names (``refers``). When it does not exist, a real run fails
        naming it; check mode warns and goes on with a stand-in (no id)."""
        if option not in self.resolved:
            kind = self.refers[option]
            name = self.params[option]
            found = self.lookup(kind, name)
            if found is None:
                self.missing('%s %r not found: %s' % (kind.resource_key.replace('_', ' '), name, kind.missing_hint
                                                      or 'create it first with okta.asa.asa_%s' % kind.resource_key))
                found = {'name': name, 'id': None}
            self.resolved[option] = found
        return self.resolved[option]

    def check_references(self, changes):
        """Resolve what the planned writes refer to, before the first of them (a missing one fails, naming it)."""
        if any(change.action in ('create', 'update') for change in changes):
            for option in self.refers:
                if self.params.get(option) is not None:
                    self.referred(option)

    # -- set-level hooks of bulk tasks ----------------------------------------------------------------

    @classmethod
    def prepare(cls, client, context, entries):
        """Read what the planned writes (``[(kind, Change)]``) need, once, and refuse what cannot work, before the
        first write. By default, the objects that creations refer to are read once per referred kind."""
        creations = [kind for kind, change in entries if change.action == 'create']
        for option, referred in cls.refers.items():
            if creations and context.cache.objects(referred) is None:
                context.cache.remember(referred, referred.listed(client))
            for kind in creations:
                kind.referred(option)

    @classmethod
    def protect(cls, client, context, deletions):
        """The deletions of ``overridden`` that may go ahead (a kind spares what holds the task's own access)."""
        return deletions

    # -- writes: defaults for ASA's usual REST shape ------------------------------------------------

    def create(self, wanted):
        """POST ``create_body(wanted)`` to ``list_path``; a POST whose answer was lost is reconciled by ``find``."""
        return self.client.post(self.path_of(self.list_path), self.create_body(wanted), reconcile=self.find)

    def create_body(self, wanted):
        body = dict((field, self.params[option]) for option, field in self.identity.items())
        body.update(wanted)
        return body

    def update(self, current, changes):
        """PUT ``update_body`` to the object's ``item_path``; a 204 means the object is what was predicted."""
        return self.client.put(self.path_of(self.item_path, current), self.update_body(current, changes)) \
            or self.build(current, changes)

    def update_body(self, current, changes):
        return dict(changes)

    def delete(self, current):
        self.client.delete(self.path_of(self.item_path, current))

    def build(self, current, changes):
        after = dict(current or {})
        after.update(changes)
        return after

    # -- the plan -------------------------------------------------------------------------------------

    def wanted(self, current):
        """The managed fields as the params set them, normalised as ASA stores them (``current`` is the object
        found, or None, for fields whose wanted value depends on it)."""
        wanted = dict(self.fixed)
        for name in self.fields:
            if self.params.get(name) is not None:
                wanted[name] = self.normalize(name, self.params[name])
        return wanted

    def read(self):
        """What the plan starts from: the object, or None. An object to create needs its ``parent``."""
        current = self.find()
        unknown = not (self.parent_missing or self.parent_known)
        if current is None and self.parent and self.params['state'] != 'absent' and unknown:
            option, kind = self.parent[0], self.parent[1]
            if self.lookup(kind, self.params[option]) is None:
                self.missing_parent()
        return current

    def plan(self, current):
        """The writes (a list of ``Change``) that make ``current`` what the params say. Pure."""
        if self.params['state'] == 'absent':
            changes = [Change('delete', current, {})] if current is not None else []
        elif current is None:
            changes = [Change('create', None, self.wanted(None))]
        else:
            wanted = self.wanted(current)
            for field in self.create_only:
                if field in wanted and self.normalize(field, current.get(field)) != wanted[field]:
                    raise AsaModuleError('%s cannot change once the %s exists (ASA takes it only on creation): it is '
                                         '%r, the task says %r. Leave it out, or recreate the object'
                                         % (field, self.resource_key.replace('_', ' '), current.get(field),
                                            self.params[field]))
            differ = dict((k, v) for k, v in wanted.items() if k not in self.write_only + self.create_only
                          and self.normalize(k, current.get(k)) != v)
            changes = [Change('update', current, differ)] if differ else []
        for change in changes:
            if change.action not in self.operations:
                raise AsaModuleError(self.unsupported[change.action] % self.params)
        return changes

    def predict(self, current, changes):
        """What ``apply`` will leave, without a write (check mode)."""
        change = changes[0]
        if change.action == 'create' and self.deleted is not None:
            self.context.warn('%s %s was deleted; ASA may refuse to give its name to a new one'
                              % (self.resource_key.replace('_', ' '), self.shown_identity()))
        return None if change.action == 'delete' else self.build(current, change.fields)

    def apply(self, current, changes):
        """Make the writes; return the object after them (None when deleted)."""
        change = changes[0]
        if change.action == 'delete':
            self.delete(current)
            return None
        if change.action == 'update':
            return self.update(current, change.fields)
        try:
            return self.create(change.fields)
        except AsaApiError as exc:
            if exc.status != 409:
                raise
            # Another run created it in the meantime (parallel hosts): converge on what is there now.
            raced = self.find()
            if raced is None:
                if self.deleted is not None:
                    raise AsaModuleError('ASA refused to create %s %s (%s): one of that name was deleted, and ASA '
                                         'keeps the names of deleted objects. Choose another name'
                                         % (self.resource_key.replace('_', ' '), self.shown_identity(), exc),
                                         status=exc.status, error_code=exc.code)
                raise
            more = self.plan(raced)
            return self.apply(raced, more) if more else raced

    def result(self, after):
        """The singular module's return values."""
        return {self.resource_key: after or {}}

    def diff(self, before, after):
        return {'before': before or {}, 'after': after or {}}
