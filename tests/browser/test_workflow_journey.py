"""Two languages, one workflow: an editor submits a change to a notice whose English copy is
half translated, a moderator approves it with a comment from the dashboard, the English copy
follows as the association, and a visitor on a phone reads each language."""

import pytest
from playwright.sync_api import expect

from wagtail.models import Locale, PageLogEntry, TaskState
from wagtail_localize.models import StringTranslation

from accounts.roles import EDITORS, MODERATORS, TRANSLATORS
from tests.browser.helpers import open_more_actions
from tests.support.translation import translate
from translations.sync import REFRESH_LOG_ACTION

pytestmark = pytest.mark.browser
TITLE_EN = "17th Chengde youth delegates"
NEW_SUMMARY = "承徳の家庭にホームステイし、学校を訪ねます。"
COMMENT = "説明会の日付を確認しました。"


@pytest.fixture
def half_translated_notice(japanese_notice):
    translate(japanese_notice, {japanese_notice.title: TITLE_EN})
    StringTranslation.objects.filter(data__startswith="[en] 承徳でホームステイ").delete()
    return japanese_notice


def submit_change(editor, base_url, notice):
    editor.goto(f"{base_url}/admin/pages/{notice.pk}/edit/")
    editor.locator("#id_summary").fill(NEW_SUMMARY)
    open_more_actions(editor)
    editor.locator("footer button", has_text="に提出する").click()
    editor.wait_for_load_state("networkidle")


def test_a_moderator_approves_from_the_dashboard_while_the_english_copy_is_half_translated(
    chromium, live_site, person, log_in, half_translated_notice, screenshot
):
    notice = half_translated_notice
    person("henshu", EDITORS)
    person("shonin", MODERATORS)
    person("honyaku", TRANSLATORS)
    editor = log_in("henshu")
    submit_change(editor, live_site.url, notice)
    screenshot(editor, "workflow-1-editor-submitted")

    moderator = log_in("shonin")
    moderator.goto(f"{live_site.url}/admin/")
    awaiting = moderator.locator(
        "section", has=moderator.get_by_role("heading", name="あなたのレビューの待機中")
    ).locator("tr", has_text=notice.title)
    screenshot(moderator, "workflow-2-moderator-dashboard")
    awaiting.locator("button.w-dropdown__toggle").click()
    awaiting.get_by_role("button", name="コメントを付けて承認").click()
    moderator.locator("textarea[name=comment]").fill(COMMENT)
    screenshot(moderator, "workflow-3-moderator-comment")
    # The dashboard's modal posts in the background, then reloads the dashboard.
    moderator.locator(".modal-content [type=submit]").click()
    expect(moderator.get_by_text(f"「{notice.title}」を承認し、公開しました。")).to_be_visible()
    screenshot(moderator, "workflow-4-moderator-approved")
    assert "アクセス権がありません" not in moderator.content()

    notice.refresh_from_db()
    assert notice.live and notice.summary == NEW_SUMMARY
    approval = TaskState.objects.filter(status=TaskState.STATUS_APPROVED).get()
    assert approval.comment == COMMENT
    english = notice.get_translation(Locale.objects.get(language_code="en"))
    assert english.live
    assert PageLogEntry.objects.filter(page=english, action=REFRESH_LOG_ACTION).exists()

    translator = log_in("honyaku")
    translator.goto(f"{live_site.url}/admin/pages/{english.pk}/history/")
    screenshot(translator, "workflow-5-translator-history")
    assert translator.get_by_text(
        "原文の公開に合わせて協会が自動で更新し、公開しました"
    ).is_visible()

    visitor = chromium.new_context(viewport={"width": 375, "height": 812}).new_page()
    visitor.goto(f"{live_site.url}/ja/news/{notice.slug}/")
    assert NEW_SUMMARY in visitor.content()
    screenshot(visitor, "workflow-6-visitor-ja")
    visitor.goto(f"{live_site.url}/en/news/{english.slug}/")
    assert visitor.get_by_role("heading", level=1).inner_text() == TITLE_EN
    screenshot(visitor, "workflow-7-visitor-en")


def test_a_moderator_asks_for_changes_from_the_page_and_the_editor_sees_why(
    live_site, person, log_in, half_translated_notice, screenshot
):
    notice = half_translated_notice
    person("henshu", EDITORS)
    person("shonin", MODERATORS)
    editor = log_in("henshu")
    submit_change(editor, live_site.url, notice)

    moderator = log_in("shonin")
    moderator.goto(f"{live_site.url}/admin/pages/{notice.pk}/edit/")
    open_more_actions(moderator)
    moderator.locator("footer button", has_text="変更をリクエスト").first.click()
    moderator.locator("textarea[name=comment]").fill("費用の欄を書き足してください。")
    moderator.locator(".modal-content [type=submit]").click()
    expect(moderator.get_by_text(f"「{notice.title}」の変更を依頼しました。")).to_be_visible()
    screenshot(moderator, "workflow-8-moderator-requested-changes")

    notice.refresh_from_db()
    assert notice.summary != NEW_SUMMARY
    editor.goto(f"{live_site.url}/admin/pages/{notice.pk}/edit/")
    editor.get_by_role("button", name="状態").click()
    status = editor.locator("[data-side-panel=status]")
    status.get_by_text("修正依頼").first.wait_for()
    assert not status.get_by_text("承認待ち").is_visible()
    screenshot(editor, "workflow-9-editor-sees-request")
