"""The Japanese catalogue is complete and the compiled file matches it."""

from pathlib import Path

import polib

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "ja" / "LC_MESSAGES"


def test_japanese_catalogue_has_no_untranslated_or_fuzzy_strings():
    po = polib.pofile(CATALOGUE / "django.po")
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


def test_compiled_catalogue_matches_its_source():
    po = polib.pofile(CATALOGUE / "django.po")
    mo = polib.mofile(CATALOGUE / "django.mo")
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    written = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in po.translated_entries()}
    assert compiled == written
