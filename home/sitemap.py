"""One sitemap for both languages, each page listing its translations as hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import F, Q
from django.http import HttpResponse
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.querysets import listing_pages


class BilingualSitemap(Sitemap):
    """Wagtail's sitemap covers one site root; this one covers the root in every language."""

    def items(self):
        site = self.get_wagtail_site()
        homes = list(Page.objects.filter(translation_key=site.root_page.translation_key))
        in_any_home = Q()
        for home in homes:
            in_any_home |= Q(path__startswith=home.path)
        # Plain rows, not pages: building 2,400 page objects took a third of the time.
        pages = list(
            listing_pages()
            .filter(in_any_home)
            .live()
            .public()
            .order_by("path")
            .values(
                "pk",
                "path",
                "url_path",
                "translation_key",
                "last_published_at",
                "latest_revision_created_at",
                language_code=F("locale__language_code"),
            )
        )
        # A page's address is its home's address plus its path below that home. Asking Wagtail
        # for each one (three times per page, with its alternates) reverses a URL every time.
        home_urls = {home.path: (home.url_path, home.get_full_url(self.request)) for home in homes}
        home_path_length = len(site.root_page.path)
        self._addresses = {}
        self._versions = defaultdict(list)
        for page in pages:
            home_url_path, home_url = home_urls[page["path"][:home_path_length]]
            self._addresses[page["pk"]] = home_url + page["url_path"].removeprefix(home_url_path)
            self._versions[page["translation_key"]].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            versions = self._versions[item["translation_key"]]
            alternates = [
                {"lang_code": version["language_code"], "location": self._addresses[version["pk"]]}
                for version in versions
            ]
            default = next(
                (v for v in versions if v["language_code"] == settings.LANGUAGE_CODE), None
            )
            if default is not None:
                alternates.append(
                    {"lang_code": "x-default", "location": self._addresses[default["pk"]]}
                )
            urls.append(
                {
                    "location": self._addresses[item["pk"]],
                    "lastmod": item["last_published_at"] or item["latest_revision_created_at"],
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
