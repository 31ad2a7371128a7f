"""What to purge from a CDN in front of the site when a page changes.

Wagtail's frontend-cache app purges the changed page itself. Visitors also see a page through
its translations, the listings above it (each with the addresses its page type names in
`get_cached_paths()`, such as a news index's feed), the home pages, the calendars and the
sitemap, so those are purged with it, in every language. Nothing is sent unless
WAGTAILFRONTENDCACHE is configured (settings/base.py).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


def pages_showing(page):
    """The page's live translations and every live page above them (listings, homes)."""
    translations = list(page.get_translations(inclusive=True).live())
    ancestors = Page.objects.none()
    for version in translations:
        ancestors |= version.get_ancestors().filter(depth__gt=1).live()
    return translations + list(ancestors)


def site_wide_urls(root_url):
    urls = [root_url + reverse("sitemap")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.append(root_url + reverse("events_calendar"))
    return urls


def purge_frontend_cache(instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    site = instance.get_site()
    batch = PurgeBatch()
    batch.add_pages(pages_showing(instance))
    if site is not None:
        batch.add_urls(site_wide_urls(site.root_url))
    batch.purge()
