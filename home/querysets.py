from wagtail.query import PageQuerySet


class ListingQuerySet(PageQuerySet):
    """Page querysets for visitor listings: only live, public pages of one language."""

    def in_locale_of(self, page):
        return self.live().public().filter(locale_id=page.locale_id)


def localized_by_translation_key(model, translation_keys, locale_id):
    """One query mapping translation keys to the pages of one locale.

    Page links are synchronised across translations, so an English notice still points at the
    Japanese city; listings use this to show the visitor's language without a query per row.
    """
    pages = model.objects.live().filter(
        translation_key__in=set(translation_keys), locale_id=locale_id
    )
    return {page.translation_key: page for page in pages}
