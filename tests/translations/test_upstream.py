"""What translations/upstream/ works around in wagtail-localize is still so
(translations/upstream/review_comments.py, translations/upstream/editor_strings.py).

These fail when the translation editor stops taking each segment's note from
`StringTranslation.get_comment()`, so our review flags would silently vanish from it; what the
editor then shows is pinned by
tests/translations/test_sync.py::test_editor_shows_the_kept_translation_needs_review.
"""

import inspect
from pathlib import Path

from wagtail_localize import compat as localize_compat
from wagtail_localize import models as localize_models
from wagtail_localize.models import StringTranslation
from wagtail_localize.views.edit_translation import StringTranslationSerializer


def test_the_editor_still_takes_segment_notes_from_get_comment():
    comment = StringTranslationSerializer().fields["comment"]

    assert comment.source == "get_comment"


def test_our_review_note_wraps_wagtail_localizes_get_comment():
    ours = StringTranslation.get_comment
    stock = inspect.getclosurevars(ours).nonlocals["stock_comment"]

    assert ours.shows_review_state
    assert stock.localises_dates
    assert stock.stock.__module__ == localize_models.__name__
    assert stock.stock.__qualname__ == "StringTranslation.get_comment"
    assert list(inspect.signature(stock.stock).parameters) == ["self"]


def test_wagtail_localize_still_writes_segment_dates_with_english_month_names():
    review_note = StringTranslation.get_comment
    stock = inspect.getclosurevars(review_note).nonlocals["stock_comment"].stock

    assert "strftime(DATE_FORMAT)" in inspect.getsource(stock)
    assert "%B" in localize_compat.DATE_FORMAT


def test_wagtail_localize_still_writes_the_editor_heading_in_english():
    bundle = (
        Path(localize_models.__file__).parent / "static/wagtail_localize/js/wagtail-localize.js"
    )

    assert "displayName} to ${" in bundle.read_text()
    assert '"w-sr-only"},"More actions")' in bundle.read_text()
    assert "displayName} translation`" in bundle.read_text()


def test_our_translation_editor_template_is_wagtail_localizes_but_for_the_editor_props():
    """translations/upstream/synchronisation_actions.py: our copy of the template must follow
    wagtail-localize's; when this fails after an upgrade, copy the new one and redo the edits."""
    name = "templates/wagtail_localize/admin/edit_translation.html"
    stock = (Path(localize_models.__file__).parent / name).read_text().splitlines()
    ours = (Path(__file__).parents[2] / "translations" / name).read_text().splitlines()
    edits = {
        "wagtailadmin_tags %}": "wagtailadmin_tags translation_editor_tags %}",
        'data-props="{{ props }}"': 'data-props="{% editor_props props %}"',
    }
    expected = []
    for line in stock:
        for before, after in edits.items():
            line = line.replace(before, after)
        expected.append(line)

    assert [line for line in ours if not line.startswith("{% comment %}")] == expected


def test_wagtail_localize_still_offers_every_editor_the_stop_and_alias_actions():
    bundle = (
        Path(localize_models.__file__).parent / "static/wagtail_localize/js/wagtail-localize.js"
    ).read_text()

    assert "a.stopTranslationUrl},t().createElement" in bundle
    assert "a.convertToAliasUrl&&" in bundle
