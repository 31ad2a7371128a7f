"""The workarounds the test suite itself carries for its tools, each failing here once the
upstream behaviour it works around has changed, so that it is deleted then."""

import inspect

import pytest
import xdist.remote


def test_xdist_still_writes_a_test_id_that_pytest_no_longer_reads():
    """tests/support/xdist_groups.py: delete it (and this test) when this fails."""
    xdist_hook = inspect.getsource(xdist.remote.WorkerInteractor.pytest_collection_modifyitems)
    pytest_reads = inspect.getsource(pytest.Item.nodeid.fget)

    assert "item._nodeid = " in xdist_hook
    assert "self._id" in pytest_reads and "_nodeid" not in pytest_reads
