import pytest

from tests.support.news import news_section, programme_city


@pytest.fixture
def news(site):
    """The Japanese news index."""
    return news_section(site)


@pytest.fixture
def city(site):
    """A partner city whose programme notices belong to."""
    return programme_city(site)
