"""A change to a Japanese notice reaches its English page at once and shows up as outdated."""

import datetime

import pytest

from wagtail.models import Locale

from accounts.roles import MODERATORS, TRANSLATORS
from tests.browser.helpers import (
    NOTICE_IN_ENGLISH,
    fill_date,
    open_more_actions,
    translate_segment,
)
from translations.dictionary import segment_text, translate_with_dictionary

pytestmark = pytest.mark.browser
NEW_SUMMARY = "承徳の高校生の家庭にホームステイします。"


@pytest.fixture
def translated_notice(japanese_notice):
    dictionary = {segment_text(ja): segment_text(en) for ja, en in NOTICE_IN_ENGLISH.items()}
    english = translate_with_dictionary(
        japanese_notice, Locale.objects.get(language_code="en"), dictionary
    )
    return japanese_notice, english


def test_source_change_updates_dates_at_once_and_is_reported_until_translated(
    chromium, live_site, log_in, person, translated_notice, screenshot
):
    japanese, english = translated_notice
    person("shonin", MODERATORS)
    person("honyaku", TRANSLATORS)
    new_deadline = japanese.application_closes + datetime.timedelta(days=7)

    editor = log_in("shonin")
    editor.goto(f"{live_site.url}/admin/pages/{japanese.pk}/edit/")
    fill_date(editor, "#id_application_closes", new_deadline)
    editor.locator("#id_summary").fill(NEW_SUMMARY)
    open_more_actions(editor)
    editor.locator("footer button", has_text="公開").first.click()
    editor.wait_for_load_state("networkidle")
    screenshot(editor, "source-1-published")

    visitor = chromium.new_context(viewport={"width": 375, "height": 812}, locale="en-GB")
    english_page = visitor.new_page()
    english_page.goto(f"{live_site.url}/en/news/chengde-17/")
    assert english_page.locator(f'time[datetime="{new_deadline.isoformat()}"]').count() == 1
    assert "Stay with a family in Chengde" in english_page.locator("main").inner_text()

    translator = log_in("honyaku")
    translator.goto(f"{live_site.url}/admin/reports/translation-status/?state=outdated")
    row = translator.locator("tbody tr", has_text="第17回 承徳市派遣青少年募集")
    assert "1 か所変更" in row.inner_text()
    screenshot(translator, "source-2-outdated")

    row.get_by_role("link").first.click()
    translator.wait_for_url(f"**/admin/pages/{english.pk}/edit/")
    assert translator.get_by_text("要確認", exact=False).first.is_visible()
    # The editor says what waits for review and leads to the change in the source.
    translator.get_by_role("link", name="変更点を確認する").click()
    translator.wait_for_url("**/review/")
    change = translator.locator(".translation-review__source").first
    assert change.locator("ins").count() >= 1
    screenshot(translator, "source-2b-review")
    translator.get_by_role("link", name="翻訳に戻る").click()
    translator.wait_for_url(f"**/admin/pages/{english.pk}/edit/")
    translate_segment(
        translator, NEW_SUMMARY, "Stay with a high school student's family in Chengde.", "編集"
    )
    translator.goto(f"{live_site.url}/admin/reports/translation-status/")
    assert "最新: 30" in translator.locator(".translation-counts").inner_text()
    assert "古くなった訳: 0" in translator.locator(".translation-counts").inner_text()
    screenshot(translator, "source-3-up-to-date")
