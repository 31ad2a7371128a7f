"""One sitemap for both languages, each page listing its translations as hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.querysets import listing_pages


class BilingualSitemap(Sitemap):
    """Wagtail's sitemap covers one site root; this one covers the root in every language."""

    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_any_home = Q()
        for home in homes:
            in_any_home |= Q(path__startswith=home.path)
        pages = list(
            listing_pages()
            .filter(in_any_home)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
        )
        self._versions = defaultdict(list)
        for page in pages:
            self._versions[page.translation_key].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            versions = self._versions[item.translation_key]
            alternates = [
                {
                    "lang_code": version.locale.language_code,
                    "location": version.get_full_url(self.request),
                }
                for version in versions
            ]
            default = next(
                (v for v in versions if v.locale.language_code == settings.LANGUAGE_CODE), None
            )
            if default is not None:
                alternates.append(
                    {"lang_code": "x-default", "location": default.get_full_url(self.request)}
                )
            urls.append(
                {
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        return urls


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
