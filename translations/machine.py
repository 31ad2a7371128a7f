"""Machine translation: DeepL in production, a local glossary translator elsewhere.

Both know the proper nouns of the association's world, so "トーランス" is always "Torrance".
DeepL applies them through glossaries created once with ``manage.py create_deepl_glossaries``.
"""

import requests

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.strings import StringValue

from core.models import GlossaryTerm

DEEPL_GLOSSARY_ENDPOINT = "/v2/glossaries"


def glossary_pairs(source_language, target_language):
    """The glossary (core.models.GlossaryTerm) as (source term, target term) for one
    direction, longest terms first."""
    terms = GlossaryTerm.objects.values_list("japanese", "english")
    if (source_language, target_language) == ("ja", "en"):
        pairs = list(terms)
    elif (source_language, target_language) == ("en", "ja"):
        pairs = [(english, japanese) for japanese, english in terms]
    else:
        return []
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


class GlossaryTranslator(BaseMachineTranslator):
    """Local stand-in for development and tests: replaces glossary terms, keeps the rest.

    It never calls the network, and its output is recognisably unfinished, so nobody mistakes
    it for a translation: every segment stays marked for review.
    """

    display_name = _("Glossary (local)")

    def translate(self, source_locale, target_locale, strings):
        pairs = glossary_pairs(source_locale.language_code, target_locale.language_code)
        translated = {}
        for string in strings:
            data = string.data
            for term, replacement in pairs:
                data = data.replace(escape(term), escape(replacement))
            translated[string] = StringValue(data)
        return translated

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code


class GlossaryDeepLTranslator(DeepLTranslator):
    display_name = "DeepL"

    def get_base_url(self):
        return self.get_api_endpoint().removesuffix("/v2/translate")

    def create_glossaries(self):
        """Creates one DeepL glossary per direction; returns {(source, target): glossary id}."""
        ids = {}
        for source_language, target_language in (("ja", "en"), ("en", "ja")):
            entries = "\n".join(
                f"{term}\t{replacement}"
                for term, replacement in glossary_pairs(source_language, target_language)
            )
            response = requests.post(
                self.get_base_url() + DEEPL_GLOSSARY_ENDPOINT,
                data={
                    "name": f"KIRA {source_language}-{target_language}",
                    "source_lang": source_language,
                    "target_lang": target_language,
                    "entries": entries,
                    "entries_format": "tsv",
                },
                headers=self.get_headers(),
                timeout=int(self.options.get("TIMEOUT", 30)),
            )
            response.raise_for_status()
            ids[(source_language.upper(), target_language.upper())] = response.json()["glossary_id"]
        return ids
