"""Machine translation: DeepL in production, a local glossary translator elsewhere.

Both know the proper nouns of the association's world (the glossary editors keep, 用語集), so
"トーランス" is always "Torrance". DeepL applies them through a DeepL glossary per direction,
made from the site's glossary when it is first needed and made again after the glossary
changes.
"""

import hashlib
import logging

import requests

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.strings import StringValue

from core.models import GlossaryTerm
from translations.models import DeepLGlossary

DEEPL_GLOSSARY_ENDPOINT = "/v2/glossaries"

logger = logging.getLogger(__name__)


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
    # A glossary takes each source term once (two Japanese spellings may share an English one).
    unique = dict(sorted(pairs, key=lambda pair: len(pair[0])))
    return sorted(unique.items(), key=lambda pair: len(pair[0]), reverse=True)


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

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        glossary_id = self.glossary_id(
            source_locale.language_code.split("-")[0], target_locale.language_code.split("-")[0]
        )
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

    def glossary_id(self, source_language, target_language):
        """The DeepL glossary of today's terms for one direction, made if the terms changed
        since the last one. If DeepL cannot make it, the last one is used (a name spelt as
        last month is better than no translation)."""
        pairs = glossary_pairs(source_language, target_language)
        entries = "\n".join(f"{term}\t{replacement}" for term, replacement in pairs)
        digest = hashlib.sha256(entries.encode()).hexdigest()
        current = DeepLGlossary.objects.filter(
            source_language=source_language, target_language=target_language
        ).first()
        if current and current.terms_digest == digest:
            return current.glossary_id
        if not pairs:
            return None
        try:
            glossary_id = self.create_glossary(source_language, target_language, entries)
        except requests.RequestException:
            logger.warning("DeepL refused the %s-%s glossary", source_language, target_language)
            return current.glossary_id if current else None
        if current:
            self.delete_glossary(current.glossary_id)
        DeepLGlossary.objects.update_or_create(
            source_language=source_language,
            target_language=target_language,
            defaults={"glossary_id": glossary_id, "terms_digest": digest},
        )
        return glossary_id

    def create_glossary(self, source_language, target_language, entries):
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
            timeout=self.timeout(),
        )
        response.raise_for_status()
        return response.json()["glossary_id"]

    def delete_glossary(self, glossary_id):
        # DeepL keeps a limited number of glossaries per account; an old one it cannot delete
        # now is only left unused.
        try:
            requests.delete(
                f"{self.get_base_url()}{DEEPL_GLOSSARY_ENDPOINT}/{glossary_id}",
                headers=self.get_headers(),
                timeout=self.timeout(),
            )
        except requests.RequestException:
            logger.warning("DeepL did not delete the old glossary %s", glossary_id)

    def timeout(self):
        return int(self.options.get("TIMEOUT", 30))
