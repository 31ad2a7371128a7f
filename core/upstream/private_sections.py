"""Wagtail reads view restrictions from the database each time it needs them.

Upstream: `wagtail/query.py`, `PageQuerySet.private_q()` (Wagtail 8.0: one query per call,
selecting every `PageViewRestriction` with its page), and `wagtail/models/pages.py`,
`Page.get_view_restrictions()` (two queries on every page served: the ancestors, then their
restrictions; Wagtail's `check_view_restrictions` hook calls it). Listings call `public()`
several times per request, four times on the home page, and restrictions change rarely, so
the tree paths of the private sections are kept in the shared page cache and dropped whenever
a restriction changes, a page moves or is deleted, or an alias is made. A page served outside
every private section skips Wagtail's two queries (`SitePage.get_view_restrictions`).
Related upstream: https://github.com/wagtail/wagtail/issues/14108 (what private_q excludes).

Written for Wagtail 8.0. Delete this module, and use Wagtail's `PageQuerySet` in
`core/querysets.py` and its `get_view_restrictions`, if Wagtail caches or joins the
restrictions itself;
`tests/core/test_upstream.py::test_wagtail_still_queries_the_restrictions_on_every_public_call`
and `test_wagtail_still_checks_restrictions_through_get_view_restrictions` fail when it does.
"""

from django.conf import settings
from django.core.cache import caches
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "restricted-section-paths"


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def private_section_paths():
    """Tree paths of the pages that carry a view restriction, and of the aliases of those
    pages and of the pages below them (each of these subtrees is private)."""
    if settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return _read_paths()
    paths = _cache().get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = _read_paths()
        _cache().set(RESTRICTED_PATHS_KEY, paths, settings.FRAGMENT_CACHE_TIMEOUT)
    return paths


def _read_paths():
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    if not restricted:
        return []
    # An alias is served under its source's restrictions (Page.get_view_restrictions).
    source_private = Q()
    for path in restricted:
        source_private |= Q(alias_of__path__startswith=path)
    aliases = Page.objects.filter(source_private).values_list("path", flat=True)
    return restricted + list(aliases)


def in_private_section(page):
    """Whether a view restriction may apply to `page` (exactly when Wagtail would find one,
    or more often: a page of a private section cached before a restriction was removed)."""
    return any(page.path.startswith(path) for path in private_section_paths())


def forget_private_sections(**kwargs):
    _cache().delete(RESTRICTED_PATHS_KEY)


class CachedPrivateSectionsQuerySet(PageQuerySet):
    def private_q(self):
        private = Q()
        for path in private_section_paths():
            private |= Q(path__startswith=path)
        # No private section: match nothing, as Wagtail does.
        return private or Q(pk__in=[])


def _forget_after_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_private_sections()


def _forget_after_alias_saved(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.alias_of_id:
        forget_private_sections()


def register():
    for signal in (post_save, post_delete):
        signal.connect(
            forget_private_sections,
            sender=PageViewRestriction,
            dispatch_uid=f"private-sections-{signal is post_save}",
        )
    post_page_move.connect(forget_private_sections, dispatch_uid="private-sections-moved")
    post_delete.connect(_forget_after_page_delete, dispatch_uid="private-sections-deleted")
    post_save.connect(_forget_after_alias_saved, dispatch_uid="private-sections-alias")
