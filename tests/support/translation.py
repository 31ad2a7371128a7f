"""Translations made as a translator's work is stored (wagtail-localize), for tests."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from translations.dictionary import segment_text, translate_with_dictionary


def translate(instance, translations=None, language="en"):
    """Translates and publishes `instance` into `language`.

    `translations` maps source text to its translation; every other segment becomes
    "[en] <source text>", so a test can tell translated text from the source at a glance.
    """
    given = {
        segment_text(text): segment_text(translated)
        for text, translated in (translations or {}).items()
    }
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    dictionary = {
        text: given.get(text, f"[{language}] {text}")
        for text in source.stringsegment_set.values_list("string__data", flat=True)
    }
    return translate_with_dictionary(
        instance, Locale.objects.get(language_code=language), dictionary
    )
