"""An editor publishes a recruitment notice through moderation; a visitor sees it open."""

import datetime
import re

import pytest

from django.utils import timezone

from accounts.roles import EDITORS, MODERATORS
from news.models import NewsIndexPage, RecruitmentPage
from tests.browser.helpers import fill_date, open_more_actions

pytestmark = pytest.mark.browser


def submit_for_moderation(page):
    open_more_actions(page)
    page.locator("footer button", has_text="に提出する").click()
    page.wait_for_load_state("networkidle")


def test_editor_submits_a_notice_a_moderator_approves_and_visitors_see_it(
    chromium, live_site, log_in, person, screenshot
):
    person("henshu", EDITORS)
    person("shonin", MODERATORS)
    news = NewsIndexPage.objects.get(locale__language_code="ja")
    today = timezone.localdate()
    opens, closes = today - datetime.timedelta(days=1), today + datetime.timedelta(days=30)

    editor = log_in("henshu")
    editor.goto(f"{live_site.url}/admin/pages/{news.pk}/")
    editor.get_by_role("link", name="子ページを追加", exact=False).first.click()
    # The page type's link reads its name, then its description.
    editor.get_by_role("link", name=re.compile(r"^募集要項\s")).click()
    editor.wait_for_url(f"**/admin/pages/add/news/recruitmentpage/{news.pk}/")
    editor.locator("#id_title").fill("第17回 承徳市派遣青少年募集")
    # The four cities, in Japanese only, at once.
    cities = editor.locator("#id_city option")
    assert cities.all_inner_texts()[1:] == ["トーランス", "承徳", "グアム", "キャムデン"]
    editor.locator("#id_city").select_option(label="承徳")
    editor.locator("#id_kind").select_option("youth_delegate")
    editor.locator("#id_summary").fill("承徳でホームステイをしながら交流します。")
    fill_date(editor, "#id_application_opens", closes)
    fill_date(editor, "#id_application_closes", opens)
    screenshot(editor, "editor-1-form")
    sessions = editor.locator('[data-contentpath="briefing_sessions"]')
    sessions.locator("button.c-sf-add-button").first.click()
    briefing = today + datetime.timedelta(days=7)
    fill_date(editor, '[name="briefing_sessions-0-value-date"]', briefing)
    fill_date(editor, '[name="briefing_sessions-0-value-start_time"]', "12:00")
    fill_date(editor, '[name="briefing_sessions-0-value-end_time"]', "13:30")
    fill_date(editor, '[name="briefing_sessions-0-value-reception_time"]', "11:45")
    editor.locator('[name="briefing_sessions-0-value-venue"]').fill("パレット柏 3階")
    submit_for_moderation(editor)

    assert editor.get_by_text("締切日を受付開始日より前にすることはできません。").is_visible()
    assert (
        editor.locator('[name="briefing_sessions-0-value-venue"]').input_value() == "パレット柏 3階"
    )
    screenshot(editor, "editor-2-date-error")
    fill_date(editor, "#id_application_opens", opens)
    fill_date(editor, "#id_application_closes", closes)
    submit_for_moderation(editor)
    editor.wait_for_url(f"**/admin/pages/{news.pk}/")
    screenshot(editor, "editor-3-submitted")

    # The editor keeps the glossary of names: listed and added in Japanese.
    editor.get_by_role("link", name="用語集").click()
    editor.wait_for_url("**/admin/snippets/core/glossaryterm/")
    assert editor.locator("main").get_by_text("キャムデン").is_visible()
    editor.goto(f"{live_site.url}/admin/snippets/core/glossaryterm/add/")
    editor.locator("#id_japanese").fill("ラウンドロック")
    editor.locator("#id_english").fill("Round Rock")
    editor.locator("footer button", has_text="保存").first.click()
    editor.wait_for_url("**/admin/snippets/core/glossaryterm/")
    screenshot(editor, "editor-4-glossary")

    notice = RecruitmentPage.objects.get(title="第17回 承徳市派遣青少年募集")
    assert not notice.live
    # The editor left the address empty: it was made from the title, in Latin letters.
    assert notice.slug == "dai-17-kai-chengde-shi-haken-seishonen-boshu"
    moderator = log_in("shonin")
    moderator.goto(f"{live_site.url}/admin/pages/{notice.pk}/edit/")
    open_more_actions(moderator)
    screenshot(moderator, "moderator-1-review")
    moderator.locator("footer button", has_text="承認と公開").first.click()
    moderator.wait_for_load_state("networkidle")
    screenshot(moderator, "moderator-2-approved")

    visitor = chromium.new_context(viewport={"width": 375, "height": 812}, locale="ja-JP")
    home = visitor.new_page()
    home.goto(f"{live_site.url}/ja/")
    open_list = home.locator("section", has=home.locator("#current-notices"))
    card = open_list.locator(".card", has_text="第17回 承徳市派遣青少年募集")
    assert card.locator(".status").inner_text() == "受付中"
    screenshot(home, "visitor-home-open-notice")
    home.goto(f"{live_site.url}/ja/cities/chengde/")
    card = home.locator(".card", has_text="第17回 承徳市派遣青少年募集")
    assert card.locator(".status").inner_text() == "受付中"
    screenshot(home, "visitor-city-open-notice")
