"""Steps the browser journeys share."""


def translate_segment(page, source, translation, button="翻訳"):
    """Types a translation for one segment in wagtail-localize's editor and saves it."""
    segment = page.locator("li", has_text=source).last
    segment.get_by_role("button", name=button).click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="保存").click()
    segment.get_by_role("button", name="編集").wait_for()
