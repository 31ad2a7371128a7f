"""Editors can preview every page type and the contact details before publishing."""

import pytest

from django.test import RequestFactory

from home.models import ContactDetails
from tests.support.page_editor import Editor

PAGES = [
    ("", "4つの姉妹・友好都市"),
    ("about/", "協会について"),
    ("cities/", "姉妹都市・友好都市"),
    ("cities/guam/", "マリアナ諸島"),
    ("cities/guam/history/", "1991年11月30日"),
    ("cities/torrance/52nd-kashiwa-delegation/", "ゴノヘ・サララ"),
    ("cities/torrance/2025-adult-leader-interview/", "クレイ・バクホーム"),
    ("news/", "お知らせ"),
    ("news/torrance-50th-anniversary/", "50周年"),
    ("news/torrance-delegates-return-report/", "パレット柏"),
    ("news/16th-chengde-youth-delegates/", "説明会"),
]


@pytest.fixture
def editor_request(admin_user_ja):
    request = RequestFactory().get("/")
    request.user = admin_user_ja
    return request


def text_of(response):
    # Preview responses are template responses that the admin renders later.
    return response.render().content.decode()


@pytest.mark.parametrize(("path", "expected"), PAGES)
def test_every_page_type_previews_an_unsaved_change(demo, editor_request, path, expected):
    page = demo.page(path)
    page.title = "プレビュー中のタイトル"

    response = page.make_preview_request(original_request=editor_request)

    content = (
        response.render().content.decode()
        if hasattr(response, "render")
        else response.content.decode()
    )
    assert response.status_code == 200
    assert "プレビュー中のタイトル" in content
    assert expected in content


def test_contact_details_preview_in_the_site_footer_style(demo, editor_request):
    contact = ContactDetails.objects.get(locale=demo.ja)
    contact.office_hours = "9:00～17:00"

    response = contact.make_preview_request(original_request=editor_request)

    content = (
        response.render().content.decode()
        if hasattr(response, "render")
        else response.content.decode()
    )
    assert response.status_code == 200
    assert "9:00～17:00" in content
    assert "tel:+81471570281" in content


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def preview_of(client, demo, admin_user_ja):
    """The preview the page editor's side panel loads, for a page and its form as it stands."""
    client.force_login(admin_user_ja)

    def preview_of(path):
        editor = Editor(client, demo.page(path), path)
        return editor.send("edit", "preview", {})

    return preview_of


@pytest.mark.parametrize("path", ["", "news/16th-chengde-youth-delegates/"])
def test_the_preview_panel_may_frame_the_preview_and_nothing_else_may(demo, preview_of, path):
    response = preview_of(path)

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Otherwise the preview is held to the public policy, so it shows what visitors get.
    assert policy["script-src"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_previews_opened_outside_the_panel_may_be_framed_by_the_admin_only(demo, editor_request):
    response = demo.page("about/").make_preview_request(original_request=editor_request)

    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_may_still_be_framed_by_nobody(client, demo):
    response = client.get("/ja/news/16th-chengde-youth-delegates/")

    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
