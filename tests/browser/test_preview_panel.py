"""An editor opens the preview side panel and sees the page in it."""

import pytest

from news.models import RecruitmentPage

pytestmark = pytest.mark.browser


def test_the_preview_panel_shows_the_page_being_edited(
    live_site, log_in, django_user_model, screenshot
):
    django_user_model.objects.create_superuser("kanri", "kanri@example.com", "pw")
    notice = RecruitmentPage.objects.get(
        slug="16th-chengde-youth-delegates", locale__language_code="ja"
    )
    editor = log_in("kanri")
    # The browser reports a refused frame on the console (the page's frame-ancestors).
    refusals = []
    editor.on(
        "console",
        lambda message: refusals.append(message.text) if "frame" in message.text else None,
    )

    editor.goto(f"{live_site.url}/admin/pages/{notice.pk}/edit/")
    editor.locator('[data-side-panel-toggle="preview"]').click()

    preview = editor.frame_locator("#w-preview-iframe")
    preview.locator("h1", has_text=notice.title).wait_for()
    assert "説明会" in preview.locator("main").inner_text()
    screenshot(editor, "editor-preview-panel")
    assert not refusals, refusals
