"""Which addresses a publish changes, for the page cache and for a front cache or CDN.

Visitors see a page through its translations, the listings above it (each with the addresses
its page type names in `get_cached_paths()`, such as a news index's feed), the pages below it
(their breadcrumbs and routes), the pages that link to it or choose it (Wagtail's reference
index), the home pages, the calendars, search and the sitemap, in every language.

Some pages are shown on every page or across the site: the home pages, the sections in the
menus and footer, and page types that say `shown_across_the_site` (a city: on the home page,
in the news filters, on notices). Publishing one of them renews every page instead
(caching/signal_handlers.py).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex

# Root is 1, each language's home page 2, the sections in its menu 3.
SECTION_DEPTH = 3


def changes_every_page(page):
    return page.depth <= SECTION_DEPTH or getattr(
        page.specific_class, "shown_across_the_site", False
    )


def pages_showing(page, *, below=True):
    """The page in every language, every page above those, and, with `below`, the pages below
    them and the pages that refer to them."""
    translations = list(page.get_translations(inclusive=True))
    around = Q()
    for version in translations:
        around |= Q(path__in=version.get_ancestors().filter(depth__gt=1).values("path"))
        if below:
            around |= Q(path__startswith=version.path, depth__gt=version.depth)
    if below:
        referring = ReferenceIndex.get_references_to_in_bulk(translations).filter(
            base_content_type=ContentType.objects.get_for_model(Page)
        )
        # The index keeps ids as text, whatever the model's key is.
        around |= Q(pk__in=[int(pk) for pk in referring.values_list("object_id", flat=True)])
    return translations + list(
        Page.objects.filter(around).exclude(pk__in=[p.pk for p in translations])
    )


def site_wide_urls(root_url):
    urls = [root_url + reverse("sitemap")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls += [root_url + reverse("events_calendar"), root_url + reverse("search")]
    return urls


def urls_showing(page, *, below=True):
    batch = PurgeBatch()
    batch.add_pages(pages_showing(page, below=below))
    site = page.get_site()
    if site is not None:
        batch.add_urls(site_wide_urls(site.root_url))
    return batch
