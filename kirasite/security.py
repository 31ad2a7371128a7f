"""A Content-Security-Policy per part of the site: the public one, and the admin's own."""

from csp.middleware import CSPMiddleware

from django.conf import settings

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
