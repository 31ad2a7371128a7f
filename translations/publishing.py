"""A translation goes live whole, or not at all.

wagtail-localize publishes a translation with untranslated segments and fills them with the
source text, so an English visitor would read Japanese paragraphs, alt text included. Here a
publish that would do that is refused with the list of what is left, from the translation editor
and from the bulk "publish" action alike. A person with the permission below may still publish
such a translation, on a confirmation page that lists what visitors will read in the source
language.
"""

import html

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.models import Translation

from translations.sync import untranslated_segments

PUBLISH_INCOMPLETE = "translations.publish_incomplete_translation"
# How many untranslated texts the refusal quotes; the confirmation page lists them all.
QUOTED = 3


def active_translation(instance):
    """The synchronised translation this page or snippet is the target of, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def as_read(data):
    """A segment's text as a reader sees it: rich text segments hold HTML (`<b>`, `&amp;`)."""
    return html.unescape(strip_tags(data))


def untranslated_text(translation):
    """The source strings that have no translation yet, in the order the page shows them.

    The slug is left out: an untranslated slug keeps the source's Latin address."""
    segments = untranslated_segments(translation.source, translation.target_locale)
    return [
        as_read(segment.string.data)
        for segment in segments.exclude(context__path="slug").order_by("order")
    ]


def language_name(locale):
    return get_language_info(locale.language_code)["name_translated"]


def refusal_message(translation, left):
    quoted = "、".join(f"「{Truncator(text).chars(40)}」" for text in left[:QUOTED])
    message = ngettext(
        "%(count)d text of “%(title)s” has no %(language)s translation yet, so it was not "
        "published. Translate it first: %(quoted)s",
        "%(count)d texts of “%(title)s” have no %(language)s translation yet, so it was not "
        "published. Translate them first: %(quoted)s",
        len(left),
    ) % {
        "count": len(left),
        "title": translation.get_target_instance(),
        "language": language_name(translation.target_locale),
        "quoted": quoted,
    }
    if len(left) > QUOTED:
        message += ngettext(" and %(count)d more.", " and %(count)d more.", len(left) - QUOTED) % {
            "count": len(left) - QUOTED
        }
    return message


def refuse_incomplete_publish(request, instance):
    """Stops the translation editor's "publish" while text is left untranslated."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = active_translation(instance)
    if translation is None:
        return None
    left = untranslated_text(translation)
    if not left:
        return None
    buttons = []
    if request.user.has_perm(PUBLISH_INCOMPLETE):
        buttons.append(
            messages.button(
                _confirmation_url(translation), _("Publish with the untranslated text anyway")
            )
        )
    messages.error(request, refusal_message(translation, left), buttons=buttons)
    # Each segment is saved as the translator leaves it, so reloading the editor loses nothing.
    return redirect(request.get_full_path())


def refuse_incomplete_bulk_publish(request, action_type, objects, action):
    if action_type != "publish":
        return None
    for page in objects:
        if not isinstance(page, Page):
            continue
        translation = active_translation(page)
        left = untranslated_text(translation) if translation else []
        if left:
            messages.error(request, refusal_message(translation, left))
            return redirect(action.next_url)
    return None


def _confirmation_url(translation):
    return reverse("translation_publish_incomplete", args=[translation.pk])
