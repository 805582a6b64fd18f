"""Write the config suboptions of asa_team's DOCUMENTATION from the singular modules' option docs: each item option
has its singular option's type, elements, choices, required and suboptions, and a line that points to it. Run it
after changing a singular module's options; tests/unit/plugins/modules/test_asa_team_docs.py fails until then.

    python hacking/team_docs.py   (rewrites plugins/modules/asa_team.py between its two markers)
"""

import importlib
import os
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
START, END = '  # config: written by hacking/team_docs.py\n', '  # end of config\n'
KEYS = ('type', 'elements', 'choices', 'required')


def singular_options(module):
    name = 'ansible_collections.okta.asa.plugins.modules.' + module
    return yaml.safe_load(importlib.import_module(name).DOCUMENTATION)['options']


def option_doc(module, path, spec, argspec):
    """The doc of an item option: the singular's ``spec`` for what it is, its ``argspec`` in the item for its
    default (a field an item leaves out has none: it is not managed)."""
    doc = {'description': ['As O(okta.asa.%s#module:%s) of M(okta.asa.%s).' % (module, path, module)]}
    doc.update((key, spec[key]) for key in KEYS if key in spec)
    if argspec.get('default') is not None:
        doc['default'] = argspec['default']
    if spec.get('suboptions'):
        doc['suboptions'] = dict((name, option_doc(module, '%s[].%s' % (path, name), sub,
                                                   argspec['options'][name]))
                                 for name, sub in sorted(spec['suboptions'].items()))
    return doc


def config_doc():
    from ansible_collections.okta.asa.plugins.module_utils._bulk import KindSet
    from ansible_collections.okta.asa.plugins.module_utils._team import KINDS, SETTINGS
    config = {}
    for kind in KINDS + (SETTINGS,):
        module = 'asa_' + kind.resource_key
        options = singular_options(module)
        items = KindSet.item_options(kind) if kind is not SETTINGS else kind.options
        doc = {
            'description': ['The %s, each item with the options of M(okta.asa.%s) (without O(okta.asa.%s#module:state)).'
                            % (kind.plural.replace('_', ' '), module, module) if kind.states else
                            'The team settings, with the options of M(okta.asa.%s).' % module,
                            'Left out, the task does not touch them.'],
            'type': 'dict' if kind is SETTINGS else 'list',
            'suboptions': dict((name, option_doc(module, name, options[name], items[name])) for name in sorted(items)),
        }
        if kind is not SETTINGS:
            doc['elements'] = 'dict'
        config[kind.plural] = doc
    text = yaml.safe_dump({'config': {
        'description': ['The team, one key per kind. A kind left out is not touched; an empty list of a kind is '
                        'none of it (with O(state=overridden), every object of it goes, but those the task spares).'],
        'type': 'dict', 'default': {}, 'suboptions': config}}, sort_keys=False, width=100, default_flow_style=False)
    return ''.join('  ' + line + '\n' for line in text.splitlines())


def main():
    tree = tempfile.mkdtemp()  # the repository as ansible_collections/okta/asa, to import the collection's code
    os.makedirs(os.path.join(tree, 'ansible_collections', 'okta'))
    os.symlink(ROOT, os.path.join(tree, 'ansible_collections', 'okta', 'asa'))
    sys.path.insert(0, tree)
    path = os.path.join(ROOT, 'plugins', 'modules', 'asa_team.py')
    with open(path) as handle:
        text = handle.read()
    before, rest = text.split(START, 1)
    dummy, after = rest.split(END, 1)
    with open(path, 'w') as handle:
        handle.write(before + START + config_doc() + END + after)


if __name__ == '__main__':
    main()
