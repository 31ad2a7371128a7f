"""What core/upstream/ works around in Wagtail is still so (core/upstream/private_sections.py,
core/upstream/image_block_script.py).

Each test fails when Wagtail changes the behaviour or the method a workaround relies on; the
workaround's docstring says what to do then.
"""

import inspect
import re

import pytest

from django.contrib.staticfiles import finders
from django.core.cache import caches

from wagtail.admin.telepath import registry
from wagtail.images.blocks import ImageBlockAdapter
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from core.blocks import ImageWithCaptionBlock
from core.querysets import listing_pages
from core.upstream.private_sections import CachedPrivateSectionsQuerySet


@pytest.fixture
def cached_sections(settings):
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    caches[settings.PAGE_CACHE_ALIAS].clear()
    yield
    caches[settings.PAGE_CACHE_ALIAS].clear()


@pytest.fixture
def private_section(db):
    """A page under a view restriction, with a child page, and a public page beside them."""
    root = Page.get_first_root_node()
    private = root.add_child(instance=Page(title="Members", slug="upstream-members"))
    inner = private.add_child(instance=Page(title="Minutes", slug="upstream-minutes"))
    public = root.add_child(instance=Page(title="Open", slug="upstream-open"))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return private, inner, public


def test_wagtail_still_queries_the_restrictions_on_every_public_call(
    private_section, cached_sections, django_assert_num_queries
):
    with django_assert_num_queries(1):
        Page.objects.public()
    with django_assert_num_queries(1):
        Page.objects.public()


def test_our_listings_read_the_restrictions_once(
    private_section, cached_sections, django_assert_num_queries
):
    # The restrictions, then the aliases of the private pages.
    with django_assert_num_queries(2):
        listing_pages().public()
    with django_assert_num_queries(0):
        listing_pages().public()


def test_public_still_excludes_what_private_q_matches(private_section, cached_sections):
    """Our override replaces `private_q()`; Wagtail's `public()` must still be built on it."""
    private, inner, public = private_section
    ids = {private.pk, inner.pk, public.pk}

    stock = set(Page.objects.filter(pk__in=ids).public().values_list("pk", flat=True))
    ours = set(listing_pages().filter(pk__in=ids).public().values_list("pk", flat=True))

    assert stock == ours == {public.pk}
    assert list(inspect.signature(PageQuerySet.private_q).parameters) == ["self"]
    assert "self.private_q()" in inspect.getsource(PageQuerySet.public)
    assert issubclass(type(listing_pages()), CachedPrivateSectionsQuerySet)


def test_wagtail_image_block_script_still_works_by_child_names():
    with open(finders.find("wagtailimages/js/image-block.js")) as file:
        script = file.read()

    # The script finds the fields by their ids and the chooser by the child's name...
    assert "-alt_text`" in script and "-decorative`" in script
    assert "childBlocks.image.widget" in script
    # ...and offers the chosen image's library text when the field is blank or unchanged.
    assert re.search(r"\.value=e\.default_alt_text", script)
    assert set(ImageWithCaptionBlock().child_blocks) >= {"image", "decorative", "alt_text"}


def test_the_site_image_block_uses_wagtail_image_block_script():
    assert isinstance(registry.find_adapter(ImageWithCaptionBlock), ImageBlockAdapter)


def test_wagtail_still_checks_restrictions_through_get_view_restrictions():
    """SitePage.get_view_restrictions() skips the queries only if Wagtail's hook asks it."""
    from wagtail import wagtail_hooks

    source = inspect.getsource(wagtail_hooks.check_view_restrictions)
    assert "page.get_view_restrictions()" in source
    assert "alias_of" in inspect.getsource(Page.get_view_restrictions)
