"""Editors can preview every page type and the contact details before publishing."""

import pytest

from django.test import RequestFactory

from home.models import ContactDetails

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
def test_every_page_type_previews_an_unsaved_change(site, editor_request, path, expected):
    page = site.page(path)
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


def test_contact_details_preview_in_the_site_footer_style(site, editor_request):
    contact = ContactDetails.objects.get(locale=site.ja)
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
