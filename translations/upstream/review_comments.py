"""Shows this site's review flags in wagtail-localize's translation editor.

wagtail-localize 1.14 builds each segment's note from ``StringTranslation.get_comment()`` and
offers no hook to extend it, so this wraps that method once at start-up: a segment flagged in
``SegmentReview`` reads "Needs review" with the old source text. Delete this module (and its call
in ``TranslationsConfig.ready``) if wagtail-localize gains a way to annotate segments; the test
``tests/translations/test_sync.py::test_editor_shows_the_kept_translation_needs_review`` pins it,
and
``tests/translations/test_upstream.py::test_the_editor_still_takes_segment_notes_from_get_comment``
fails when the editor (``StringTranslationSerializer``, wagtail_localize/views/edit_translation.py)
stops reading ``get_comment``.
"""

from django.utils.translation import gettext

from wagtail_localize.models import StringTranslation

from translations.models import SegmentReview


def show_review_state_in_editor():
    stock_comment = StringTranslation.get_comment
    if getattr(stock_comment, "shows_review_state", False):
        return

    def get_comment(self):
        try:
            review = self.review
        except SegmentReview.DoesNotExist:
            return stock_comment(self)
        if review.reason == SegmentReview.Reason.SOURCE_CHANGED:
            return gettext(
                "Needs review: the source changed from “%(previous)s”. "
                "The previous translation is kept until you accept or replace it."
            ) % {"previous": review.previous_source}
        return gettext("Machine translated: needs review by a person.")

    get_comment.shows_review_state = True
    StringTranslation.get_comment = get_comment
