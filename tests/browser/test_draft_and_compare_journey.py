"""An editor keeps a host-family notice as a draft before its deadline is fixed, completes it
and sends it for approval; the moderator reads, in the history and the comparison, who changed
what and when, in Japanese words and dates; the office manager sees everyone's role."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from accounts.roles import EDITORS, MODERATORS, TRANSLATORS
from news.models import NewsIndexPage, RecruitmentPage
from tests.browser.helpers import fill_date, open_more_actions

pytestmark = pytest.mark.browser

TITLE = "第12回 トーランス市ホストファミリー募集"
SUMMARY = "トーランス市の青少年を迎える家庭を募集します。締切日は調整中です。"
SUMMARY_LATER = "トーランス市の青少年を迎える家庭を募集しています。締切日は1月31日です。"


def named(person, username, role, family, given):
    user = person(username, role)
    user.last_name, user.first_name = family, given
    user.save()
    return user


def test_a_draft_without_its_deadline_is_kept_completed_and_compared(
    chromium, live_site, log_in, person, screenshot, django_user_model
):
    named(person, "henshu", EDITORS, "佐藤", "花子")
    named(person, "shonin", MODERATORS, "鈴木", "一郎")
    named(person, "honyaku", TRANSLATORS, "田中", "美咲")
    news = NewsIndexPage.objects.get(locale__language_code="ja")

    editor = log_in("henshu")
    editor.goto(f"{live_site.url}/admin/pages/add/news/recruitmentpage/{news.pk}/")
    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_city").select_option(label="トーランス")
    editor.locator("#id_kind").select_option("host_family")
    editor.locator("#id_summary").fill(SUMMARY)
    editor.locator("footer button", has_text="下書きを保存").click()
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/"))
    expect(editor.get_by_text(f"ページ「{TITLE}」を下書きとして保存しました。")).to_be_visible()
    screenshot(editor, "draft-1-saved-without-deadline")

    notice = RecruitmentPage.objects.get(title=TITLE)
    assert notice.application_closes is None and not notice.live
    editor.locator("#id_summary").fill(SUMMARY_LATER)
    fill_date(editor, "#id_application_closes", datetime.date(2027, 1, 31))
    open_more_actions(editor)
    editor.locator("footer button", has_text="に提出する").click()
    editor.wait_for_url(f"**/admin/pages/{news.pk}/")
    expect(editor.get_by_text(f"ページ「{TITLE}」の承認を依頼しました。")).to_be_visible()
    screenshot(editor, "draft-2-submitted")

    moderator = log_in("shonin")
    moderator.goto(f"{live_site.url}/admin/pages/{notice.pk}/history/")
    history = moderator.locator("main tbody")
    expect(history.get_by_text("佐藤 花子").first).to_be_visible()
    expect(
        history.get_by_text(re.compile(r"\d{4}年\d{1,2}月\d{1,2}日（.）\d{1,2}:\d{2}")).first
    ).to_be_visible()
    expect(history.get_by_text("前", exact=True)).to_have_count(0)
    expect(moderator.get_by_text("4 記録")).to_be_visible()
    screenshot(moderator, "draft-3-history")

    revisions = list(notice.revisions.order_by("created_at"))
    first, last = revisions[0], revisions[-1]
    moderator.goto(
        f"{live_site.url}/admin/pages/{notice.pk}/revisions/compare/{first.pk}...{last.pk}/"
    )
    deleted = moderator.locator("main span.deletion").all_inner_texts()
    added = moderator.locator("main span.addition").all_inner_texts()
    assert "調整中" in deleted and "1月31日" in added and "てい" in added
    assert "2027年1月31日（日）" in added
    screenshot(moderator, "draft-4-compare")

    moderator.goto(f"{live_site.url}/admin/pages/{notice.pk}/edit/")
    moderator.get_by_role("button", name="状態").first.click()
    expect(moderator.get_by_text("（佐藤 花子 さん）", exact=False).first).to_be_visible()
    screenshot(moderator, "draft-5-status-panel")

    django_user_model.objects.create_superuser("kanri", "kanri@example.com", "pw")
    office = log_in("kanri")
    office.goto(f"{live_site.url}/admin/users/")
    rows = office.locator("tbody tr")
    expect(rows.filter(has_text="佐藤 花子")).to_contain_text("編集者")
    expect(rows.filter(has_text="鈴木 一郎")).to_contain_text("承認者")
    expect(rows.filter(has_text="田中 美咲")).to_contain_text("翻訳者")
    screenshot(office, "draft-6-staff-list")
