"""A translation goes live whole and read by a person, or not at all.

wagtail-localize publishes a translation with untranslated segments and fills them with the
source text, so an English visitor would read Japanese paragraphs, alt text included; it also
publishes machine output nobody has read. Here a publish that would do either is refused with
the list of what is left, from the translation editor and from the bulk "publish" action alike.
A person with the permission below may still publish untranslated text, on a confirmation page
that lists what visitors will read in the source language; machine output always waits for a
person to accept or rewrite it.
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

from publishing.completeness import missing_required_fields, quoted_names
from translations.sync import unread_machine_translations, untranslated_segments

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


def machine_text(translation):
    """The machine translations no person has accepted or rewritten yet, as a reader sees them."""
    return [
        as_read(data)
        for data in unread_machine_translations(translation.source, translation.target_locale)
        .order_by("pk")
        .values_list("data", flat=True)
    ]


def language_name(locale):
    return get_language_info(locale.language_code)["name_translated"]


def _quoted(texts):
    quoted = "、".join(f"「{Truncator(text).chars(40)}」" for text in texts[:QUOTED])
    if len(texts) > QUOTED:
        quoted += ngettext(" and %(count)d more.", " and %(count)d more.", len(texts) - QUOTED) % {
            "count": len(texts) - QUOTED
        }
    return quoted


def refusal_message(translation, left):
    return ngettext(
        "%(count)d text of “%(title)s” has no %(language)s translation yet, so it was not "
        "published. Translate it first: %(quoted)s",
        "%(count)d texts of “%(title)s” have no %(language)s translation yet, so it was not "
        "published. Translate them first: %(quoted)s",
        len(left),
    ) % {
        "count": len(left),
        "title": translation.get_target_instance(),
        "language": language_name(translation.target_locale),
        "quoted": _quoted(left),
    }


def machine_refusal_message(translation, machine):
    return ngettext(
        "%(count)d machine translation in “%(title)s” has not been read by a person yet, so it "
        "was not published. Accept or rewrite it first: %(quoted)s",
        "%(count)d machine translations in “%(title)s” have not been read by a person yet, so it "
        "was not published. Accept or rewrite them first: %(quoted)s",
        len(machine),
    ) % {
        "count": len(machine),
        "title": translation.get_target_instance(),
        "quoted": _quoted(machine),
    }


def missing_in_source(translation):
    """The fields the source page still has empty but a published page needs: a draft saves
    without them (a deadline not yet fixed), and the translation copies them."""
    return missing_required_fields(translation.source.as_instance())


def missing_in_source_message(translation, missing):
    return _(
        "“%(title)s” was not published in %(language)s: its %(source_language)s page has no "
        "%(fields)s yet. Once the %(source_language)s page has it and is published, the "
        "translation can be published too."
    ) % {
        "title": translation.get_target_instance(),
        "language": language_name(translation.target_locale),
        "source_language": language_name(translation.source.locale),
        "fields": quoted_names(missing),
    }


def refuse(request, translation):
    """Puts the reasons `translation` may not be published into `request`'s messages.

    Returns whether there was any."""
    missing = missing_in_source(translation)
    if missing:
        messages.error(request, missing_in_source_message(translation, missing))
    left = untranslated_text(translation)
    machine = machine_text(translation)
    if left:
        buttons = []
        if not machine and request.user.has_perm(PUBLISH_INCOMPLETE):
            buttons.append(
                messages.button(
                    _confirmation_url(translation), _("Publish with the untranslated text anyway")
                )
            )
        messages.error(request, refusal_message(translation, left), buttons=buttons)
    if machine:
        review = messages.button(
            reverse("translation_review", args=[translation.pk]), _("Review the machine text")
        )
        messages.error(request, machine_refusal_message(translation, machine), buttons=[review])
    return bool(missing or left or machine)


def refuse_incomplete_publish(request, instance):
    """Stops the translation editor's "publish" while text is left untranslated or machine
    output waits for a person."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = active_translation(instance)
    if translation is None or not refuse(request, translation):
        return None
    # Each segment is saved as the translator leaves it, so reloading the editor loses nothing.
    return redirect(request.get_full_path())


def refuse_incomplete_bulk_publish(request, action_type, objects, action):
    if action_type != "publish":
        return None
    for page in objects:
        if not isinstance(page, Page):
            continue
        translation = active_translation(page)
        if translation is not None and refuse(request, translation):
            return redirect(action.next_url)
    return None


def _confirmation_url(translation):
    return reverse("translation_publish_incomplete", args=[translation.pk])
