"""The querysets visitor listings are built from: live, public pages of one language."""

from wagtail.models import Page

from core.upstream.private_sections import CachedPrivateSectionsQuerySet


class ListingQuerySet(CachedPrivateSectionsQuerySet):
    """Page querysets for visitor listings: only live, public pages of one language."""

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
