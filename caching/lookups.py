"""The lookups every page makes around its content: each language's home page (menus, the
language switcher, helpful 404s) and a page's live translations, shared between requests
(caching/fragments.py)."""

from wagtail.models import Page, Site

from caching.fragments import cached_for_page, cached_for_site
from core.querysets import listing_pages


def live_translations(request, page):
    """The page's live, public versions (itself included), by language code."""

    def build():
        pages = (
            listing_pages()
            .filter(translation_key=page.translation_key)
            .live()
            .public()
            .select_related("locale")
        )
        return {p.locale.language_code: p for p in pages}

    return cached_for_page(request, f"translations:{page.pk}", build)


def home_pages(request):
    """The site's home page in each language."""

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
        ).live()
        return {home.locale.language_code: home for home in homes.select_related("locale")}

    return cached_for_site(request, "homes", build)
