"""Steps the browser journeys share."""

from playwright.sync_api import expect


def translate_segment(page, source, translation, button="翻訳"):
    """Types a translation for one segment in wagtail-localize's editor and saves it."""
    segment = page.locator("li", has_text=source).last
    segment.get_by_role("button", name=button).click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="保存").click()
    segment.get_by_role("button", name="編集").wait_for()


def fill_date(page, selector, value):
    """Types a date and closes Wagtail's date picker."""
    field = page.locator(selector)
    field.fill(value.isoformat())
    field.press("Escape")


def close_date_pickers(page):
    """Wagtail's date pickers open when their field gets focus, sometimes after an Escape meant
    to close them, and then cover the footer's buttons: a click on the title closes them."""
    pickers = page.locator(".xdsoft_datetimepicker:visible")
    if pickers.count():
        page.locator("#id_title").click()
    expect(pickers).to_have_count(0)


def open_more_actions(page):
    close_date_pickers(page)
    page.locator("footer").get_by_role("button", name="他のアクション").click()


# The English a translator gives the notice that japanese_notice creates.
NOTICE_IN_ENGLISH = {
    "第17回 承徳市派遣青少年募集": "17th Chengde youth delegation: call for applicants",
    "承徳でホームステイをしながら交流します。": "Stay with a family in Chengde and make friends.",
}
