"""How every model on this site declares its fields to wagtail-localize: translated or
synchronised, never left to the default."""

from wagtail_localize.fields import SynchronizedField, TranslatableField


def translated(*names):
    """Fields translators translate."""
    return [TranslatableField(name) for name in names]


def synchronised(*names):
    """Fields copied from the source on every sync and never shown to translators."""
    return [SynchronizedField(name, overridable=False) for name in names]


# Wagtail's own page fields, as every page type on this site treats them.
PAGE_TRANSLATABLE_FIELDS = translated(
    "title", "slug", "seo_title", "search_description"
) + synchronised("show_in_menus")
