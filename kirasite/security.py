"""A Content-Security-Policy per part of the site: the public one, the admin's own, and previews.

Previews are the public pages, framed by the admin's preview panel on this origin.
"""

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.core.exceptions import BadRequest

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SitePartCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        elif getattr(request, "is_preview", False):
            # Wagtail renders a preview through the whole middleware stack again, on a request
            # for the page's public address (Page.make_preview_request), so it would get the
            # public `frame-ancestors 'none'` and the editor's preview panel would stay blank.
            # A preview keeps the public policy, so it shows what visitors get, except that
            # the admin, on this origin, may frame it.
            parts.replace = {**(parts.replace or {}), **PREVIEW_FRAMING}
        return parts

    def process_response(self, request, response):
        if getattr(request, "is_preview", False):
            # The same for browsers that only read X-Frame-Options (Django's middleware, which
            # runs before this one on the way out, has set DENY). Wagtail's preview-panel view
            # sets it again on its own response; previews opened elsewhere now agree with it.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)


PREVIEW_FRAMING = {"frame-ancestors": ["'self'"]}


class RejectNullCharactersMiddleware:
    """Answers 400 to addresses and query strings containing NUL.

    No page or search term contains one, and PostgreSQL refuses NUL in text, so such a request
    would otherwise fail deep inside page routing (found by tests/kirasite/test_fuzz.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            raise BadRequest("NUL character in the request address.")
        return self.get_response(request)
