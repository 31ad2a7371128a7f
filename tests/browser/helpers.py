"""Steps the browser journeys share."""

import re

from playwright.sync_api import expect


def translate_segment(page, source, translation, button="翻訳"):
    """Types a translation for one segment in wagtail-localize's editor and saves it."""
    segment = page.locator("li", has_text=source).last
    segment.get_by_role("button", name=button).click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="保存").click()
    segment.get_by_role("button", name="編集").wait_for()


def start_translation(page, base_url, source):
    """Sends a page for translation into English, as a translator does, and lands in the
    translation editor of its English draft."""
    page.goto(f"{base_url}/admin/localize/submit/page/{source.pk}/")
    page.locator("input[name=locales]").first.check()
    page.locator("main [type=submit]").click()
    page.wait_for_url("**/admin/pages/*/edit/")


def fill_date(page, selector, value):
    """Writes a date (or a time, as "12:00") into a date field as typing would, without focusing
    it: Wagtail's date and time pickers open on focus, sometimes after an Escape meant to close
    them, and then cover the editor's footer."""
    text = value if isinstance(value, str) else value.isoformat()
    page.locator(selector).evaluate(
        "(field, text) => {"
        " field.value = text;"
        " field.dispatchEvent(new Event('input', {bubbles: true}));"
        " field.dispatchEvent(new Event('change', {bubbles: true}));"
        "}",
        text,
    )


def open_more_actions(page):
    # A date picker left open would cover the footer (see fill_date).
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    page.locator("footer").get_by_role("button", name="他のアクション").click()


# The English a translator gives the notice that japanese_notice creates.
NOTICE_IN_ENGLISH = {
    "第17回 承徳市派遣青少年募集": "17th Chengde youth delegation: call for applicants",
    "承徳でホームステイをしながら交流します。": "Stay with a family in Chengde and make friends.",
}


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")


def english_on_screen(page, content=()):
    """The Latin words a screen shows, outside `content` (what people wrote: page text in
    English, user names): on a Japanese admin screen, anything left is untranslated."""
    text = page.locator("body").inner_text()
    for written in sorted(content, key=len, reverse=True):
        text = text.replace(written, " ")
    return sorted(set(LATIN_WORD.findall(text)))
