"""Keeps translations in step with their source when the source is published.

Decision (documented in docs/development.md and docs/staff/translators.md): when a source page
is published, every translation of it is updated at once. Unchanged segments keep their
translations. A segment whose source text changed keeps its previous translation as a suggestion
marked "needs review". If, after that, every segment has a translation, the translation is
republished automatically, so synchronised fields (dates, numbers, choices, links, images) and
kept text go live together. If a segment has no translation at all (new text), the translation's
live page keeps its text and only its synchronised fields are updated; the rest waits for the
translator. Only published source content is ever used, so a source draft never reaches a live
translation.

Who does it: the association itself, not the person whose publish set it off. An editor's page
goes live when a moderator approves it, or at its scheduled time with nobody there; neither the
editor's nor the moderator's rights decide whether its English copy may follow. So the refresh
runs with no user (Wagtail checks no permission and its history says "system") under its own
history entry, "updated with its source". It runs after the source's publish has committed
(translations/refresh.py), and each language on its own: a failure is rolled back, reported to
staff (publishing/problems.py), and stops neither the source's publish nor the other languages.
"""

import json

from django.db import models, transaction
from django.db.models import Exists, OuterRef

from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from publishing.models import PublishingProblem
from publishing.problems import attempt
from translations.models import SegmentReview

# The history entry of a translation the association brought up to date with its source.
REFRESH_LOG_ACTION = "translations.refresh"


def untranslated_segments(source, locale):
    return (
        StringSegment.objects.filter(source=source)
        .annotate(
            translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale=locale,
                )
            )
        )
        .filter(translated=False)
        .select_related("string", "context")
    )


def unread_machine_translations(source, locale):
    """Machine output in this source's translation that waits for a person: until then the
    translation's text is not published (translations/publishing.py). A machine-made slug is
    never flagged (translations/signal_handlers.py)."""
    shown = StringSegment.objects.filter(
        source=source, string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
    )
    return StringTranslation.objects.filter(
        locale=locale, review__reason=SegmentReview.Reason.MACHINE
    ).filter(Exists(shown))


def carry_forward_previous_translations(source, locale):
    """Offers each changed segment its last translation, flagged for review. Returns the count."""
    carried = 0
    for segment in untranslated_segments(source, locale):
        previous = (
            StringTranslation.objects.filter(context=segment.context, locale=locale)
            .exclude(translation_of=segment.string)
            .select_related("translation_of")
            .order_by("-updated_at", "-pk")
            .first()
        )
        if previous is None:
            continue
        suggestion = StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=previous.data,
            translation_type=previous.translation_type,
            tool_name=previous.tool_name,
            last_translated_by=previous.last_translated_by,
        )
        # The address stays as it was: nothing for a translator to read. Other text is flagged;
        # a carried machine translation was flagged "machine" on save, and its source changed.
        if segment.context.path != "slug":
            SegmentReview.objects.update_or_create(
                string_translation=suggestion,
                defaults={
                    "reason": SegmentReview.Reason.SOURCE_CHANGED,
                    "previous_source": previous.translation_of.data,
                },
            )
        carried += 1
    return carried


def _copy_synchronised_fields(source, target):
    # wagtail-localize's copy_synchronised_fields also copies StreamField structure (it
    # re-applies translations afterwards); here only fields declared synchronised may move.
    for setting in get_translatable_fields(type(source)):
        if not isinstance(setting, SynchronizedField):
            continue
        field = setting.get_field(type(source))
        if isinstance(field, ParentalManyToManyField):
            setattr(target, field.name, list(getattr(source, field.name).all()))
        else:
            setattr(target, field.attname, getattr(source, field.attname))


def _fill_new_text_with_the_source(source, target):
    """Text the source has and the translation lacks (a new image's alternative text, a newly
    filled optional field) reads in the source language until it is translated: the page stays
    valid and publishable, and the status keeps the segment as untranslated."""
    for setting in get_translatable_fields(type(source)):
        if not isinstance(setting, TranslatableField):
            continue
        field = setting.get_field(type(source))
        if type(field) in (models.CharField, models.TextField) and not getattr(
            target, field.attname
        ):
            setattr(target, field.attname, getattr(source, field.attname))


def _update_synchronised_fields(instance, target):
    _copy_synchronised_fields(instance, target)
    _fill_new_text_with_the_source(instance, target)
    if isinstance(target, Page):
        revision = target.save_revision(clean=False)
        if target.live:
            revision.publish(log_action=REFRESH_LOG_ACTION)
    else:
        target.save()


def _republish_whole(translation, target):
    if not isinstance(target, Page):
        translation.save_target()
        return
    # wagtail-localize would publish on commit, beyond the reach of this language's attempt.
    translation.save_target(publish=False)
    if target.live:
        saved = translation.get_target_instance()
        saved.get_latest_revision().publish(log_action=REFRESH_LOG_ACTION)


def _content_fingerprint(source):
    """What translations depend on: the text segments and every non-text value copied over.

    The source's raw JSON also holds bookkeeping (revision ids, timestamps) that differs
    between a just-published instance and the same page read back, so it is not compared.
    """
    instance = source.as_instance()
    values = []
    for setting in get_translatable_fields(type(instance)):
        field = setting.get_field(type(instance))
        if isinstance(field, ParentalManyToManyField):
            value = sorted(related.pk for related in getattr(instance, field.name).all())
        elif isinstance(field, StreamField):
            value = list(getattr(instance, field.name).raw_data)
        elif isinstance(setting, SynchronizedField):
            value = getattr(instance, field.attname)
        else:
            continue
        # Sorted keys: PostgreSQL's jsonb does not keep the order StreamField data was saved in.
        values.append((setting.field_name, json.dumps(value, sort_keys=True, default=str)))
    segments = sorted(source.stringsegment_set.values_list("context_id", "string_id"))
    return segments, values


def sync_translations(instance):
    """Brings every translation of ``instance`` (a published source) up to date.

    Returns the translations that were brought up to date; running it again changes nothing.
    """
    with transaction.atomic():
        existing = TranslationSource.objects.get_for_instance_or_none(instance)
        if existing is None or not existing.translations.filter(enabled=True).exists():
            return []
        before = _content_fingerprint(existing)
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        source_changed = _content_fingerprint(source) != before
    updated = []
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        target = translation.get_target_instance()

        def bring_up_to_date(translation=translation, target=target):
            locale = translation.target_locale
            carried = carry_forward_previous_translations(source, locale)
            if not source_changed and not carried:
                return
            if (
                untranslated_segments(source, locale).exists()
                or unread_machine_translations(source, locale).exists()
            ):
                _update_synchronised_fields(source.as_instance(), target)
            else:
                _republish_whole(translation, target)
            updated.append(translation)

        attempt(PublishingProblem.Kind.TRANSLATION_REFRESH, target, bring_up_to_date)
    return updated
