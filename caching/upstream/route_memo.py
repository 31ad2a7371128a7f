"""Which page a URL names, shared between requests until content changes.

Wagtail routes a URL with a query for the site, one for the locale and one per URL segment,
and memoises the answer on the request (`request._wagtail_route_for_request`, documented on
`Page.route_for_request`). This middleware fills that memo from the fragment cache, under the
version of the URL's address that a publish of its page renews, and a move or delete of any
page (caching/pages.py), so each URL is routed through the database once per version.
Other views (search, the sitemap) get the site memo filled the same way, under the
generation that a change to any site renews. View restrictions are still checked on every
request by Wagtail's own hook.

Upstream: `wagtail/models/pages.py`, `Page.route_for_request()` (Wagtail 8.0.1: routes only
when the request has no `_wagtail_route_for_request`, then stores the route there; `Site`
keeps `_wagtail_site` the same way), called by `wagtail/views.py`, `serve(request, path)`.
Written for Wagtail 8.0.1. Delete this module, and its line in MIDDLEWARE, if Wagtail caches
routes between requests itself; if Wagtail stops reading that memo or serves pages through
another view, the middleware silently does nothing and must be rewritten.
`tests/caching/test_upstream.py::test_wagtail_still_reads_the_route_memo_without_a_query`,
`tests/caching/test_upstream.py::test_wagtail_still_fills_the_route_memo_on_the_request` and
`tests/caching/test_upstream.py::test_wagtail_still_serves_pages_through_route_for_request`
fail when that changes.
"""

import hashlib

from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from caching.fragments import cached_for_page, cached_for_site
from caching.pages import public_prefixes


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("GET", "HEAD"):
            return None
        if view_func is not wagtail_views.serve:
            if not request.path.startswith(public_prefixes()):
                return None
            # Search and the sitemap find the site too, with a query of their own.
            site = cached_for_site(request, "site", lambda: Site.find_for_request(request))
            if site is not None:
                request._wagtail_site = site
            return None
        path = view_args[0] if view_args else view_kwargs["path"]
        digest = hashlib.sha256(path.encode()).hexdigest()
        found = cached_for_page(
            request,
            f"route:{translation.get_language()}:{digest}",
            lambda: _found_route(request, path),
        )
        if found is not None:
            request._wagtail_site, request._wagtail_route_for_request = found
        return None


def _found_route(request, path):
    """The site and route of a page that exists; None for a 404, so that unknown addresses
    are not stored (there is no end to them). What the page type names in
    `loaded_with_route` (its image, a notice's programme) is loaded first and kept with the
    page: whatever renews those renews the page's address too (caching/frontend.py,
    caching/signal_handlers.py)."""
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page = route[0]
    for name in getattr(page, "loaded_with_route", ()):
        getattr(page, name)
    return request._wagtail_site, route
