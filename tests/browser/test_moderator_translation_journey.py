"""A moderator publishes a translation that is not finished, on purpose, after seeing what
English visitors will read in Japanese; a translator then finds their own work in the report."""

import pytest

from accounts.roles import MODERATORS, TRANSLATORS
from tests.browser.helpers import NOTICE_IN_ENGLISH, start_translation, translate_segment

pytestmark = pytest.mark.browser
SLUG = "chengde-17"
TITLE = "第17回 承徳市派遣青少年募集"


def test_a_moderator_publishes_an_unfinished_translation_only_after_confirming(
    chromium, live_site, person, log_in, japanese_notice, screenshot
):
    person("shonin", MODERATORS)
    page = log_in("shonin")
    start_translation(page, live_site.url, japanese_notice)
    page.get_by_role("tab", name="プロモート").click()
    translate_segment(page, SLUG, SLUG)

    page.get_by_role("button", name="公開：英語").click()
    page.get_by_text("英語の訳がまだない箇所が").wait_for()
    page.get_by_role("link", name="未翻訳のまま公開する…").click()

    listed = page.locator("ol.untranslated-text li")
    listed.first.wait_for()
    assert TITLE in listed.all_inner_texts()
    screenshot(page, "moderator-translation-1-confirm")
    page.get_by_role("button", name="未翻訳のまま公開する", exact=True).click()
    page.wait_for_load_state("networkidle")
    screenshot(page, "moderator-translation-2-published")

    visitor = chromium.new_context(viewport={"width": 375, "height": 812}).new_page()
    visitor.goto(f"{live_site.url}/en/news/{SLUG}/")
    # Chosen on purpose: the English page is live and shows the Japanese title for now.
    assert visitor.get_by_role("heading", level=1).inner_text() == TITLE


def test_a_translator_filters_the_report_to_their_own_work(
    live_site, person, log_in, japanese_notice, screenshot
):
    person("honyaku", TRANSLATORS)
    page = log_in("honyaku")
    start_translation(page, live_site.url, japanese_notice)
    translate_segment(page, TITLE, NOTICE_IN_ENGLISH[TITLE])

    page.goto(f"{live_site.url}/admin/reports/translation-status/")
    page.get_by_label("自分が訳したものだけ").check()
    page.get_by_role("button", name="絞り込む").click()
    page.wait_for_url("**mine=1**")
    rows = page.locator("main table tbody tr")
    assert rows.count() == 1
    assert TITLE in rows.first.inner_text()
    screenshot(page, "translator-report-mine")
