"""/sitemap.xml: every public page in both languages, each listing its translations as
hreflang alternates, and robots.txt pointing to it."""

from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.db.models import F, Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Site

from caching.fragments import cached_for_page
from core.querysets import listing_pages

# A sitemap file may list 50,000 addresses; the site has a few thousand pages.
SITEMAP_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def sitemap_entries(request):
    """(address, last modified, [(language, address), ...]) for each public page.

    Wagtail's and Django's sitemaps cover one site root and build a page object, three URLs
    and a template loop per page: 0.5 s for the 2,400 pages of the benchmark. Here a page's
    address is its home's address plus its path below that home, from plain rows.
    """
    site = Site.find_for_request(request)
    if site is None:
        return []
    homes = list(Page.objects.filter(translation_key=site.root_page.translation_key))
    in_any_home = Q()
    for home in homes:
        in_any_home |= Q(path__startswith=home.path)
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
    home_urls = {home.path: (home.url_path, home.get_full_url(request)) for home in homes}
    home_path_length = len(site.root_page.path)
    address = {}
    versions = defaultdict(list)
    for page in pages:
        home_url_path, home_url = home_urls[page["path"][:home_path_length]]
        address[page["pk"]] = home_url + page["url_path"].removeprefix(home_url_path)
        versions[page["translation_key"]].append(page)

    entries = []
    for page in pages:
        translations = versions[page["translation_key"]]
        alternates = [
            (version["language_code"], address[version["pk"]]) for version in translations
        ]
        default = next(
            (v for v in translations if v["language_code"] == settings.LANGUAGE_CODE), None
        )
        if default is not None:
            alternates.append(("x-default", address[default["pk"]]))
        modified = page["last_published_at"] or page["latest_revision_created_at"]
        entries.append((address[page["pk"]], modified, alternates))
    return entries


def sitemap(request):
    # Any publish, unpublish or move renews the sitemap's address (caching/frontend.py), so
    # the XML is kept between requests like a fragment of a page.
    xml = cached_for_page(request, f"sitemap:{request.scheme}", lambda: sitemap_xml(request))
    response = HttpResponse(xml, content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def sitemap_xml(request):
    parts = [SITEMAP_HEADER]
    for location, modified, alternates in sitemap_entries(request):
        parts.append(f"<url><loc>{escape(location)}</loc>")
        if modified:
            parts.append(f"<lastmod>{timezone.localtime(modified).date().isoformat()}</lastmod>")
        for language, href in alternates:
            parts.append(
                f'<xhtml:link rel="alternate" hreflang="{language}" href={quoteattr(href)}/>'
            )
        parts.append("</url>\n")
    parts.append("</urlset>\n")
    return "".join(parts)


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
