"""A Content-Security-Policy per part of the site: the public one, and the admin's own."""

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.core.exceptions import BadRequest

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SitePartCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(ADMIN_PREFIXES)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class RejectNullCharactersMiddleware:
    """Answers 400 to addresses and query strings containing NUL.

    No page or search term contains one, and PostgreSQL refuses NUL in text, so such a request
    would otherwise fail deep inside page routing (found by tests/test_fuzz.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            raise BadRequest("NUL character in the request address.")
        return self.get_response(request)
