"""Storing translations the way wagtail-localize's own editor does, for code that translates."""

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


class MissingTranslation(Exception):
    pass


def segment_text(text):
    """A plain-text string as wagtail-localize stores it in a segment (escaped, <br> for lines)."""
    return StringValue.from_plaintext(text).data


def translate_with_dictionary(instance, locale, dictionary, user=None):
    """Translates every segment of ``instance`` into ``locale`` from ``dictionary`` and publishes.

    ``dictionary`` maps source segment text to translated text, both as ``segment_text`` gives
    them. Slugs keep their source value. Nothing is saved unless every segment has a translation.
    Returns the translated instance.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(source.stringsegment_set.select_related("string", "context"))
    missing = [
        segment.string.data
        for segment in segments
        if segment.context.path != "slug" and segment.string.data not in dictionary
    ]
    if missing:
        raise MissingTranslation(f"{instance}: no translation for {missing!r}")

    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in segments:
        text = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text if segment.context.path == "slug" else dictionary[text],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    if isinstance(instance, Page):
        # Publish now rather than on commit: a revision published later, at the end of an outer
        # transaction, would restore the page's tree counters from before its children existed.
        translation.save_target(user=user, publish=False)
        instance.get_translation(locale).get_latest_revision().publish(user=user)
        # Read back: the publish went through the revision, not through this instance.
        return instance.get_translation(locale)
    translation.save_target(user=user, publish=True)
    return instance.get_translation(locale)
