"""The translations a person should look at (translations/models.py, SegmentReview) for one
translation, each with what changed in its source, so a translator can accept it in one step."""

import difflib
from collections import Counter
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext

from wagtail.admin import messages
from wagtail_localize.models import StringSegment

from translations.models import SegmentReview
from translations.publishing import active_translation, as_read


@dataclass
class Suggestion:
    review: SegmentReview
    source: str
    previous_source: str
    translation: str

    @property
    def changes(self):
        """The source as it is now, with what is new marked <ins> and what went marked <del>."""
        matcher = difflib.SequenceMatcher(a=self.previous_source, b=self.source, autojunk=False)
        parts = []
        for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
            old, new = self.previous_source[old_start:old_end], self.source[new_start:new_end]
            if operation == "equal":
                parts.append(("{}", (new,)))
                continue
            if old:
                parts.append(("<del>{}</del>", (old,)))
            if new:
                parts.append(("<ins>{}</ins>", (new,)))
        return format_html_join("", "{}", ((format_html(html, *args),) for html, args in parts))


def suggestions_to_review(translation):
    """What waits for review in this translation, in the order the page shows it (two
    queries, however many segments)."""
    order = {
        (string_id, context_id): position
        for string_id, context_id, position in StringSegment.objects.filter(
            source=translation.source
        ).values_list("string_id", "context_id", "order")
    }
    reviews = SegmentReview.objects.filter(
        string_translation__locale=translation.target_locale,
        string_translation__translation_of_id__in={string for string, _context in order},
        string_translation__context_id__in={context for _string, context in order},
    ).select_related("string_translation__translation_of")
    current = [
        review
        for review in reviews
        if (review.string_translation.translation_of_id, review.string_translation.context_id)
        in order
    ]
    current.sort(
        key=lambda review: order[
            (review.string_translation.translation_of_id, review.string_translation.context_id)
        ]
    )
    return [
        Suggestion(
            review=review,
            source=as_read(review.string_translation.translation_of.data),
            previous_source=as_read(review.previous_source),
            translation=as_read(review.string_translation.data),
        )
        for review in current
    ]


def point_to_review(request, instance):
    """Tells the translator opening the translation editor what waits for review, and why,
    with a link to accept it; the editor itself only marks each segment."""
    if request.method != "GET":
        return
    translation = active_translation(instance)
    if translation is None:
        return
    reasons = Counter(suggestion.review.reason for suggestion in suggestions_to_review(translation))
    review_url = reverse("translation_review", args=[translation.pk])
    if changed := reasons[SegmentReview.Reason.SOURCE_CHANGED]:
        messages.warning(
            request,
            ngettext(
                "%(count)d translation waits for review because its source changed.",
                "%(count)d translations wait for review because their source changed.",
                changed,
            )
            % {"count": changed},
            buttons=[messages.button(review_url, gettext("See what changed"))],
        )
    if machine := reasons[SegmentReview.Reason.MACHINE]:
        messages.warning(
            request,
            ngettext(
                "%(count)d machine translation waits for a person: visitors read it only after "
                "you accept or rewrite it.",
                "%(count)d machine translations wait for a person: visitors read them only after "
                "you accept or rewrite them.",
                machine,
            )
            % {"count": machine},
            buttons=[messages.button(review_url, gettext("Review the machine text"))],
        )
