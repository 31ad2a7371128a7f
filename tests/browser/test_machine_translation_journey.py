"""A translator fills an English draft with machine translation: the editor says how many texts
wait for a person, offers no action that would throw the translation away, refuses to publish
until the translator has read the machine text, and publishes once they accept it."""

import pytest
from playwright.sync_api import expect

from django.core.management import call_command

from accounts.roles import TRANSLATORS
from tests.browser.helpers import start_translation

pytestmark = pytest.mark.browser


def test_machine_text_waits_for_the_translator_before_visitors_read_it(
    chromium, live_site, person, log_in, japanese_notice, screenshot
):
    person("honyaku", TRANSLATORS)
    page = log_in("honyaku")
    start_translation(page, live_site.url, japanese_notice)
    english = japanese_notice.get_translations().get()
    call_command("machine_translate", "--locale", "en")

    page.reload()
    waiting = page.get_by_text("まだ人が確認していない機械翻訳が", exact=False).first
    expect(waiting).to_be_visible()
    footer = page.locator("footer")
    toggle = footer.get_by_role("button", name="他のアクション")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    # wagtail-localize renders "stop" whatever the role; it is there, and hidden.
    expect(footer.get_by_text("同期翻訳を停止")).to_have_count(1)
    for destructive in ("同期翻訳を停止", "元のページと連動させる", "削除"):
        expect(footer.get_by_text(destructive).filter(visible=True)).to_have_count(0)
    screenshot(page, "machine-1-translator-editor")

    page.keyboard.press("Escape")
    page.get_by_role("button", name="公開：英語").click()
    refusal = page.get_by_text("公開しませんでした", exact=False).first
    expect(refusal).to_be_visible()
    assert "機械翻訳" in refusal.inner_text()
    screenshot(page, "machine-2-refused")
    english.refresh_from_db()
    assert not english.live
    visitor = chromium.new_context(viewport={"width": 375, "height": 812}).new_page()
    visitor.goto(f"{live_site.url}/en/news/{english.slug}/")
    expect(visitor.get_by_role("link", name=japanese_notice.title)).to_be_visible()
    screenshot(visitor, "machine-2b-visitor-before-review")

    page.get_by_role("link", name="機械翻訳を確認する").first.click()
    page.wait_for_url("**/review/")
    expect(page.get_by_text("機械翻訳（まだ人が確認していません）").first).to_be_visible()
    screenshot(page, "machine-3-review")
    page.get_by_role("button", name="すべて採用する").click()
    page.wait_for_url(f"**/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="公開：英語").click()
    page.wait_for_load_state("networkidle")
    english.refresh_from_db()
    assert english.live

    visitor.goto(f"{live_site.url}{english.url}")
    assert "Chengde" in visitor.get_by_role("heading", level=1).inner_text()
    screenshot(visitor, "machine-4-visitor-english")
