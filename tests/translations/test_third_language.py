"""A third content language (Simplified Chinese, as in Chengde) needs settings, not code."""

import pytest

from django.test import override_settings

from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation, TranslationSource

from accounts.roles import TRANSLATORS
from tests.support.bilingual import CONTACT, HOME_TITLE
from tests.support.html import html
from translations.status import State, translation_status

LANGUAGES = [("ja", "日本語"), ("en", "English"), ("zh-hans", "简体中文")]


@pytest.fixture
def chinese(site):
    with override_settings(LANGUAGES=LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES):
        # What an administrator does in Settings > Locales, then "Translate" on the home page.
        locale = Locale.objects.create(language_code="zh-hans")
        home = site.home("ja")
        source, _created = TranslationSource.get_or_create_from_instance(home)
        translation = Translation.objects.create(source=source, target_locale=locale)
        translation.save_target(publish=True)
        yield locale


def test_the_new_language_has_its_own_home_page(client, chinese):
    response = client.get("/zh-hans/")
    assert response.status_code == 200
    soup = html(response)
    assert soup.html["lang"] == "zh-hans"
    switcher = {link["hreflang"] for link in soup.select(".language-switcher a")}
    assert switcher == {"ja", "en"}


def test_the_new_language_gets_status_columns(news_index, chinese):
    states = {
        row.title: (row.state, row.percent)
        for row in translation_status()
        if row.target_locale == "zh-hans"
    }
    assert states == {
        HOME_TITLE["ja"]: (State.IN_PROGRESS, 0),
        "お知らせ": (State.MISSING, 0),
        CONTACT["name"][0]: (State.MISSING, 0),
    }


def test_translators_may_translate_into_the_new_language(site, chinese):
    home = site.home("ja").get_translation(chinese)
    granted = GroupPagePermission.objects.filter(group__name=TRANSLATORS, page=home)
    assert {grant.permission.codename for grant in granted} == {
        "add_page",
        "change_page",
        "publish_page",
    }
