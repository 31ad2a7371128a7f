import pytest

from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Each test's family starts with a full allowance of applications."""
    cache.clear()
    yield
    cache.clear()
