from django.conf import settings
from django.db.models import Q

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from kirasite.page_cache import RESTRICTED_PATHS_KEY, page_cache


def private_section_paths():
    """Tree paths of the pages that carry a view restriction (their subtrees are private).

    Wagtail reads them with a query every time public() is called, four times on the home
    page. They change rarely, so they are kept in the shared page cache, which drops them on
    every change to a restriction and every move or delete (kirasite/page_cache.py).
    """
    if settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return _private_section_paths()
    cache = page_cache()
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = _private_section_paths()
        cache.set(RESTRICTED_PATHS_KEY, paths, settings.FRAGMENT_CACHE_TIMEOUT)
    return paths


def _private_section_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


class ListingQuerySet(PageQuerySet):
    """Page querysets for visitor listings: only live, public pages of one language."""

    def private_q(self):
        private = Q()
        for path in private_section_paths():
            private |= Q(path__startswith=path)
        # No private section: match nothing, as Wagtail does.
        return private or Q(pk__in=[])

    def in_locale_of(self, page):
        return self.live().public().filter(locale_id=page.locale_id)

    def with_images(self):
        """Each page's image with its renditions: one query for the whole list instead of a
        cache lookup per card."""
        return self.select_related("image").prefetch_related("image__renditions")


def listing_pages():
    """Pages of every type as a ListingQuerySet (Page.objects is Wagtail's own queryset)."""
    return ListingQuerySet(Page)


def localized_by_translation_key(model, translation_keys, locale_id):
    """One query mapping translation keys to the pages of one locale.

    Page links are synchronised across translations, so an English notice still points at the
    Japanese city; listings use this to show the visitor's language without a query per row.
    """
    pages = model.objects.live().filter(
        translation_key__in=set(translation_keys), locale_id=locale_id
    )
    return {page.translation_key: page for page in pages}
