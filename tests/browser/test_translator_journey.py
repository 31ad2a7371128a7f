"""A translator translates a Japanese notice in wagtail-localize's editor and publishes it."""

import pytest

from accounts.roles import TRANSLATORS
from tests.browser.helpers import NOTICE_IN_ENGLISH, start_translation, translate_segment

pytestmark = pytest.mark.browser
SLUG = "chengde-17"


@pytest.fixture
def translator(person):
    return person("honyaku", TRANSLATORS)


def test_translator_translates_and_publishes_and_visitors_switch_to_it(
    chromium, live_site, log_in, japanese_notice, translator, screenshot
):
    page = log_in("honyaku")

    start_translation(page, live_site.url, japanese_notice)
    screenshot(page, "translator-1-editor")
    title = page.locator("li p", has_text="第17回 承徳市派遣青少年募集").first
    # Japanese fonts have no italics; slanted glyphs are hard to read.
    assert title.evaluate("element => getComputedStyle(element).fontStyle") == "normal"
    # The glossary's spelling of the names the source contains.
    glossary = page.locator("li", has=title).locator(".translation-glossary")
    assert glossary.inner_text() == "用語集：承徳 → Chengde"

    assert page.locator(".js-translation-editor section h3").first.inner_text() == (
        "日本語から英語への翻訳"
    )

    # Publishing before the text is translated is refused, and says what is left.
    page.get_by_role("button", name="公開：英語").click()
    refusal = page.get_by_text("英語の訳がまだない箇所が")
    refusal.wait_for()
    assert "公開しませんでした" in refusal.inner_text()
    screenshot(page, "translator-1b-refused")

    for source, english in NOTICE_IN_ENGLISH.items():
        translate_segment(page, source, english)
    page.get_by_role("tab", name="プロモート").click()
    translate_segment(page, SLUG, SLUG)
    screenshot(page, "translator-2-translated")
    page.get_by_role("button", name="公開：英語").click()
    page.wait_for_load_state("networkidle")
    screenshot(page, "translator-3-published")

    visitor = chromium.new_context(viewport={"width": 375, "height": 812}, locale="ja-JP")
    notice_page = visitor.new_page()
    notice_page.goto(f"{live_site.url}/ja/news/{SLUG}/")
    notice_page.get_by_role("navigation", name="言語").get_by_role("link", name="English").click()
    notice_page.wait_for_url(f"**/en/news/{SLUG}/")
    assert (
        notice_page.get_by_role("heading", level=1).inner_text()
        == NOTICE_IN_ENGLISH["第17回 承徳市派遣青少年募集"]
    )
    closes = japanese_notice.application_closes.isoformat()
    assert notice_page.locator(f'time[datetime="{closes}"]').count() >= 1
    assert notice_page.locator("main .status").inner_text() == "Accepting applications"
    screenshot(notice_page, "translator-4-visitor-english")
