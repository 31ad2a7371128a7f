"""What translations/upstream/ works around in wagtail-localize is still so
(translations/upstream/review_comments.py).

These fail when the translation editor stops taking each segment's note from
`StringTranslation.get_comment()`, so our review flags would silently vanish from it; what the
editor then shows is pinned by
tests/translations/test_sync.py::test_editor_shows_the_kept_translation_needs_review.
"""

import inspect

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
    assert stock.__module__ == localize_models.__name__
    assert stock.__qualname__ == "StringTranslation.get_comment"
    assert list(inspect.signature(stock).parameters) == ["self"]
