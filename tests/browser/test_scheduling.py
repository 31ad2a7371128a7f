"""A moderator schedules a page: a wrong schedule is shown where it was typed, in the dialog's
own words, and a right one says when the page goes live, in Japan time."""

import pytest

from accounts.roles import MODERATORS
from news.models import NewsPage
from tests.browser.helpers import fill_date, open_more_actions

pytestmark = pytest.mark.browser


def open_schedule_dialog(page):
    page.get_by_role("button", name="状態").click()
    page.get_by_role("button", name="予約を設定").click()
    page.locator("#schedule-publishing-dialog").wait_for()


def test_a_moderator_schedules_a_page_and_is_shown_a_wrong_schedule_in_the_dialog(
    live_site, log_in, person, screenshot
):
    person("shonin", MODERATORS)
    article = NewsPage.objects.filter(locale__language_code="ja").first()
    moderator = log_in("shonin")
    moderator.goto(f"{live_site.url}/admin/pages/{article.pk}/edit/")

    open_schedule_dialog(moderator)
    fill_date(moderator, "#id_go_live_at", "2030-01-10 09:00")
    fill_date(moderator, "#id_expire_at", "2030-01-09 09:00")
    moderator.locator("#schedule-publishing-dialog button[type=submit]").click()
    moderator.wait_for_load_state("networkidle")

    dialog = moderator.locator("#schedule-publishing-dialog")
    error = dialog.get_by_text("公開開始日時は公開終了日時より前にしてください。").first
    error.wait_for()
    assert error.is_visible()
    assert dialog.locator("#id_go_live_at").input_value() == "2030-01-10 09:00"
    screenshot(moderator, "moderator-schedule-error")

    # The moderator corrects the schedule where it is shown, saves it, then publishes.
    fill_date(moderator, "#id_expire_at", "")
    dialog.locator("button[type=submit]").click()
    moderator.wait_for_load_state("networkidle")
    open_more_actions(moderator)
    moderator.locator("footer button", has_text="公開を予約").click()
    moderator.wait_for_load_state("networkidle")

    confirmation = moderator.get_by_text("2030年1月10日9:00（日本時間）に公開されます")
    confirmation.wait_for()
    assert article.title in confirmation.inner_text()
    screenshot(moderator, "moderator-scheduled")
