"""An Atom document checked against RFC 4287's own schema and the rules the schema carries.

The W3C feed validator is not published on PyPI; RFC 4287, Appendix B
publishes a RELAX NG schema (shipped as schemas/rfc4287-atom.rnc), which rnc2rng turns into
the XML syntax that lxml validates with. The rules the grammar cannot say (a feed or each
entry must have an author, an entry needs a link or content) are Schematron assertions in the
same schema; they are read from it and evaluated here, so nothing is written down twice.
"""

import functools
from pathlib import Path

import rnc2rng
from lxml import etree

SCHEMA = Path(__file__).parent / "schemas/rfc4287-atom.rnc"
ATOM = "http://www.w3.org/2005/Atom"
SCHEMATRON = "{http://www.ascc.net/xml/schematron}"


@functools.cache
def _schema():
    rng = rnc2rng.dumps(rnc2rng.load(str(SCHEMA)))
    # rnc2rng declares the schema's empty `local` namespace as xmlns:local="", which XML
    # namespaces forbid; nothing refers to the prefix once converted (it becomes ns="").
    grammar = etree.fromstring(rng.replace('xmlns:local=""', "").encode())
    rules = [
        (rule.get("context"), check.get("test"), " ".join(check.text.split()))
        for rule in grammar.iter(f"{SCHEMATRON}rule")
        for check in rule.iter(f"{SCHEMATRON}assert")
    ]
    return etree.RelaxNG(grammar), rules


def atom_errors(document):
    """Every way `document` (bytes) breaks RFC 4287's schema, as readable lines."""
    relax_ng, rules = _schema()
    tree = etree.fromstring(document)
    errors = []
    if not relax_ng.validate(tree):
        errors += [f"line {error.line}: {error.message}" for error in relax_ng.error_log]
    namespaces = {"atom": ATOM}
    for context, test, message in rules:
        for node in tree.xpath(f"descendant-or-self::{context}", namespaces=namespaces):
            if not node.xpath(f"boolean({test})", namespaces=namespaces):
                title = node.findtext(f"{{{ATOM}}}title", default="")
                errors.append(f"line {node.sourceline} ({title}): {message}")
    return errors
