"""What caching/upstream/ works around in Wagtail is still so (caching/upstream/route_memo.py).

The route cache fills the memo Wagtail keeps on the request; these tests fail when Wagtail stops
reading or filling that memo, or serves pages through another view, so the middleware would
silently do nothing.
"""

import inspect

import pytest

from django.test import RequestFactory
from django.urls import resolve
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site


@pytest.fixture
def routed_site(db, settings):
    """A site of its own with one page below its root."""
    settings.ALLOWED_HOSTS = ["upstream.example"]
    root = Page.get_first_root_node()
    top = root.add_child(instance=Page(title="Top", slug="upstream-top"))
    inner = top.add_child(instance=Page(title="Inner", slug="inner"))
    site = Site.objects.create(hostname="upstream.example", port=80, root_page=top)
    return site, inner


def test_wagtail_still_fills_the_route_memo_on_the_request(routed_site):
    site, inner = routed_site
    request = RequestFactory().get("/inner/", HTTP_HOST="upstream.example")

    route = Page.route_for_request(request, "/inner/")

    assert route[0] == inner
    assert request._wagtail_route_for_request is route
    assert request._wagtail_site == site


def test_wagtail_still_reads_the_route_memo_without_a_query(db, django_assert_num_queries):
    request = RequestFactory().get("/anywhere/")
    remembered = (object(), [], {})
    request._wagtail_route_for_request = remembered

    with django_assert_num_queries(0):
        assert Page.route_for_request(request, "/anywhere/") is remembered


def test_wagtail_still_serves_pages_through_route_for_request():
    """The middleware recognises Wagtail's view and reads its `path` argument."""
    assert list(inspect.signature(wagtail_views.serve).parameters) == ["request", "path"]
    assert "Page.route_for_request(request, path)" in inspect.getsource(wagtail_views.serve)
    with translation.override("en"):
        match = resolve("/en/some/page/")
    assert match.func is wagtail_views.serve
    assert match.args == ("some/page/",) or match.kwargs == {"path": "some/page/"}
