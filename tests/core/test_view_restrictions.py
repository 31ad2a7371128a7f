"""A private section stays private when serving skips Wagtail's restriction queries for the
pages outside it (core/upstream/private_sections.py, SitePage.get_view_restrictions)."""

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from tests.factories.home import StandardPageFactory


@pytest.fixture
def shared_sections(settings):
    """Private sections read once and kept, as production does."""
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    for alias in ("pages", "default"):
        caches[alias].clear()
    yield
    for alias in ("pages", "default"):
        caches[alias].clear()


@pytest.fixture
def members(site):
    """/ja/members/ behind a password, with /ja/members/minutes/ below it."""
    members = StandardPageFactory(parent=site.home("ja"), title="会員の部屋", slug="members")
    StandardPageFactory(parent=members, title="議事録", slug="minutes")
    PageViewRestriction.objects.create(page=members, restriction_type="password", password="k")
    return members


def restriction_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [q for q in captured if "pageviewrestriction" in q["sql"]]


def asks_for_password(response):
    return response.status_code == 200 and 'name="password"' in response.content.decode()


def test_a_public_page_is_served_without_reading_restrictions(
    client, site, members, shared_sections
):
    StandardPageFactory(parent=site.home("ja"), title="協会について", slug="about")

    response, queries = restriction_queries(client, "/ja/about/")

    assert response.status_code == 200
    assert "協会について" in response.content.decode()
    assert queries == []


@pytest.mark.parametrize("url", ["/ja/members/", "/ja/members/minutes/"])
def test_every_page_of_a_private_section_still_asks_for_its_password(
    client, members, shared_sections, url
):
    response, _queries = restriction_queries(client, url)

    assert asks_for_password(response)
    assert "議事録" not in response.content.decode()


def test_an_alias_of_a_private_page_asks_for_the_source_password(
    client, site, members, shared_sections
):
    client.get("/ja/")  # the private sections are now cached, before the alias exists
    members.create_alias(parent=site.home("ja"), update_slug="members-copy")

    response = client.get("/ja/members-copy/")

    assert asks_for_password(response)


def test_a_section_made_private_asks_for_a_password_at_once(client, site, shared_sections):
    about = StandardPageFactory(parent=site.home("ja"), title="協会について", slug="about")
    StandardPageFactory(parent=about, title="役員", slug="officers")
    assert client.get("/ja/about/officers/").status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type="password", password="k")

    assert asks_for_password(client.get("/ja/about/officers/"))
