"""pytest-xdist's `--dist loadgroup`, made to work again under pytest 9 (a pytest plugin).

Upstream workaround. pytest-xdist 3.8.0 marks a grouped test for its scheduler by rewriting
the test's id, `item._nodeid = f"{item.nodeid}@{group}"` (xdist/remote.py,
`WorkerInteractor.pytest_collection_modifyitems`). Since pytest 9 a node keeps its id in
`item._id`, a `_pytest.nodeid.NodeId`, so that assignment is lost: every test is scheduled on
its own, and the tests that share one prepared production site (tests/conftest.py) landed on
both workers, each preparing the site again (about 20 s per database). This plugin writes the
same suffix where pytest 9 reads it. Reported upstream as "`--dist=loadgroup` silently stops
grouping on pytest main" (https://github.com/pytest-dev/pytest-xdist/issues/1386; fix proposed
in https://github.com/pytest-dev/pytest-xdist/pull/1388).

Covers pytest 9.x with pytest-xdist 3.8.x. Delete it when pytest-xdist sets the id itself:
tests/test_suite_tools.py fails then.
"""

import pytest
from _pytest.nodeid import NodeId


def group_of(item):
    names = {
        str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
        for mark in item.iter_markers("xdist_group")
    }
    return "_".join(sorted(names))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        group = group_of(item)
        if group and not item.nodeid.endswith(f"@{group}"):
            item._id = NodeId.parse(f"{item.nodeid}@{group}")
