"""Japanese catalogues are complete, match their compiled files, and cover upstream screens."""

from pathlib import Path

import polib
import pytest

from django.conf import settings

import wagtail
import wagtail_localize

CATALOGUES = sorted(
    path
    for locale_path in settings.LOCALE_PATHS
    for path in Path(locale_path).glob("ja/LC_MESSAGES/*.po")
)
UPSTREAM_PACKAGES = {"wagtail": wagtail, "wagtail_localize": wagtail_localize}
UPSTREAM = sorted(
    (name, path.relative_to(Path(package.__file__).parent))
    for name, package in UPSTREAM_PACKAGES.items()
    for path in Path(package.__file__).parent.glob("**/locale/en/LC_MESSAGES/*.po")
)


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
    """Reports coverage, and fails when an upgrade brings strings our catalogue lacks."""
    upstream = polib.pofile(Path(UPSTREAM_PACKAGES[package].__file__).parent / english)
    japanese = Path(str(english).replace("/en/", "/ja/"))
    ours = polib.pofile(Path(settings.BASE_DIR) / "locale-upstream" / package / japanese)
    translated = {(entry.msgctxt, entry.msgid) for entry in ours.translated_entries()}
    needed = {(entry.msgctxt, entry.msgid) for entry in upstream if not entry.obsolete}
    missing = sorted(msgid for _context, msgid in needed - translated)
    coverage = 100 * len(needed & translated) // len(needed)
    assert missing == [], f"{package} {english}: {coverage}% translated; missing {missing}"
