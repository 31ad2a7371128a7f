"""Japanese catalogues are complete, match their compiled files, and cover upstream screens."""

from pathlib import Path

import polib
import pytest

from django.conf import settings

from translations.catalogues import UPSTREAM_PACKAGES, coverage, english_catalogues

CATALOGUES = sorted(
    path
    for locale_path in settings.LOCALE_PATHS
    for path in Path(locale_path).glob("ja/LC_MESSAGES/*.po")
)
UPSTREAM = english_catalogues()


def test_every_locale_path_has_a_japanese_catalogue():
    assert len(CATALOGUES) >= 3


@pytest.mark.parametrize(
    "path", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR))
)
def test_catalogue_has_no_untranslated_or_fuzzy_strings(path):
    po = polib.pofile(path)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize(
    "path", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR))
)
def test_compiled_catalogue_matches_its_source(path):
    def messages(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0)
            for entry in catalogue
            if not entry.obsolete and (entry.msgstr or entry.msgstr_plural)
        }

    assert messages(polib.mofile(path.with_suffix(".mo"))) == messages(polib.pofile(path))


def test_upstream_catalogues_are_found():
    assert {package for package, _english in UPSTREAM} == set(UPSTREAM_PACKAGES)


@pytest.mark.parametrize(("package", "english"), UPSTREAM, ids=str)
def test_upstream_strings_are_all_translated_into_japanese(package, english):
    """Fails when an upgrade brings strings our catalogue lacks; see `catalogue_coverage`."""
    result = coverage(package, english)
    assert result.missing == [], f"{package}/{english}: {result.percent}% in Japanese"
