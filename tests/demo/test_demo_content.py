"""The demo content: every page type live in both languages and fully translated through
wagtail-localize, and loaded only on a site that has no content yet."""

import re

from django.core.management import call_command

from wagtail.models import Page, get_page_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from cities.models import CityPage, HistoryPage
from core.models import SiteImage
from home.models import ContactDetails
from tests.factories.home import StandardPageFactory
from tests.support.html import html

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Every page type the site has, the demo must show in both languages.
PAGE_TYPES = [model for model in get_page_models() if model is not Page]


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
        "translations": StringTranslation.objects.count(),
        "contacts": ContactDetails.objects.count(),
    }


def test_loading_twice_changes_nothing(demo, capsys):
    before = snapshot()

    call_command("load_demo_content")

    assert snapshot() == before
    assert "already has content" in capsys.readouterr().out


def test_on_a_site_with_content_loading_the_demo_changes_nothing(site, capsys):
    StandardPageFactory(parent=site.home(), title="協会の事業")
    before = snapshot()

    call_command("load_demo_content")

    assert snapshot() == before
    assert "already has content" in capsys.readouterr().out


def test_every_page_is_live_in_both_languages(demo):
    for model in PAGE_TYPES:
        pages = model.objects.all()
        languages = set(pages.values_list("locale__language_code", flat=True))
        assert languages == {"ja", "en"}, model
        assert not pages.filter(live=False).exists(), model
    for page in Page.objects.filter(depth__gt=1):
        assert page.get_translations().live().count() == 1, page


def test_the_four_cities_and_their_histories_exist(demo):
    titles = set(CityPage.objects.filter(locale=demo.en).values_list("title", flat=True))
    assert titles == {"Torrance", "Chengde", "Guam", "Camden"}
    assert HistoryPage.objects.filter(locale=demo.ja).count() == 4


def test_translations_are_complete_wagtail_localize_translations(demo):
    """The translation editor opens every demo page with nothing left to translate."""
    sources = TranslationSource.objects.all()
    assert sources.count() == Page.objects.filter(depth__gt=1, locale=demo.ja).count() + 1
    for source in sources:
        target = demo.en if source.locale == demo.ja else demo.ja
        assert source.translations.filter(target_locale=target, enabled=True).exists()
        untranslated = StringSegment.objects.filter(source=source).exclude(
            string__translations__locale=target
        )
        assert not untranslated.exists(), source


def test_the_interview_was_written_in_english_and_translated_into_japanese(demo):
    interview = demo.page("cities/torrance/2025-adult-leader-interview/", "en")
    source = TranslationSource.objects.get_for_instance(interview)
    assert source.locale == demo.en
    japanese = interview.get_translation(demo.ja)
    assert japanese.interviewee_name == "クレイ・バクホーム"


def test_the_media_library_names_each_image_in_japanese(demo):
    titles = list(SiteImage.objects.values_list("title", flat=True))

    assert "柏市" in titles and "トーランス" in titles
    assert [title for title in titles if not JAPANESE.search(title)] == []


def test_japanese_pages_use_japanese_punctuation(demo, client):
    """No Latin middle dot between facts, and one wave dash (〜, not ～ or ~) in ranges."""
    for page in Page.objects.filter(depth__gt=1, locale__language_code="ja").specific():
        response = client.get(page.url)
        main = html(response).select_one("main")
        text = main.get_text(" ", strip=True)
        assert " · " not in text, page.url
        assert not re.search(r"\d[～~]\d", text), page.url


# Django's English formats write "Nov. 30, 1991" beside "June 28" and "February 1990".
ABBREVIATED_MONTH = re.compile(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.")


def test_english_pages_write_every_date_in_one_style(demo, client):
    dated = 0
    for page in Page.objects.filter(depth__gt=1, locale__language_code="en").specific():
        response = client.get(page.url)
        main = html(response).select_one("main")
        text = main.get_text(" ", strip=True)
        assert not ABBREVIATED_MONTH.search(text), (page.url, ABBREVIATED_MONTH.search(text))
        dated += bool(re.search(r"\b(November|August|February|October) \d{1,2}, \d{4}\b", text))
    assert dated >= 5
