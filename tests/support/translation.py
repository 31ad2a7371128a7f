"""Translations made as a translator's work is stored (wagtail-localize), for tests."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from translations.dictionary import segment_text, translate_with_dictionary


def translate(instance, translations=None, language="en"):
    """Translates and publishes `instance` into `language`.

    `translations` maps source text to its translation; every other segment becomes
    "[en] <source text>", so a test can tell translated text from the source at a glance.
    """
    translations = translations or {}
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    dictionary = {}
    for segment in source.stringsegment_set.select_related("string"):
        text = segment.string.data
        dictionary[text] = (
            segment_text(translations[text]) if text in translations else (f"[{language}] {text}")
        )
    for source_text, translated_text in translations.items():
        dictionary[segment_text(source_text)] = segment_text(translated_text)
    return translate_with_dictionary(
        instance, Locale.objects.get(language_code=language), dictionary
    )
