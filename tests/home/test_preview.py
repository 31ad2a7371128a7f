"""Editors can preview every page type and the contact details before publishing."""

import datetime

import pytest

from django.test import RequestFactory
from django.utils import timezone

from core.dates import DatePrecision
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory, briefing_session
from tests.support.page_editor import Editor

# Each page type with an unsaved change to a field of its own, and how its preview shows it.
CHANGES = [
    ("", {"lead": "プレビューで確かめる歓迎の言葉"}, "プレビューで確かめる歓迎の言葉"),
    ("about/", {"introduction": "協会の成り立ちの下書き"}, "協会の成り立ちの下書き"),
    ("cities/", {"introduction": "提携都市の紹介の下書き"}, "提携都市の紹介の下書き"),
    ("cities/torrance/", {"region": "カリフォルニア州"}, "カリフォルニア州"),
    (
        "cities/torrance/history/",
        {
            "milestones": [
                {
                    "type": "milestone",
                    "value": {
                        "date": "1991-11-30",
                        "precision": DatePrecision.DAY,
                        "title": "青少年交流の始まり",
                        "description": "",
                    },
                }
            ]
        },
        "1991年11月30日",
    ),
    ("cities/torrance/51st-kashiwa-delegation/", {"members": "柏 一郎\n柏 二郎"}, "柏 二郎"),
    (
        "cities/torrance/2025-adult-leader-interview/",
        {"interviewee_name": "鈴木 次郎"},
        "鈴木 次郎",
    ),
    ("news/", {"introduction": "お知らせ一覧の説明の下書き"}, "お知らせ一覧の説明の下書き"),
    (
        "news/torrance-50th-anniversary/",
        {"lead": "記念式典の報告の下書き"},
        "記念式典の報告の下書き",
    ),
    ("news/torrance-delegates-return-report/", {"venue_name": "柏市民文化会館"}, "柏市民文化会館"),
    (
        "news/16th-chengde-youth-delegates/",
        {"destination": "中国 河北省 承徳市"},
        "中国 河北省 承徳市",
    ),
    (
        "news/torrance-host-families-2025/apply/",
        {"introduction": "受け入れ家庭の募集要項の下書き"},
        "受け入れ家庭の募集要項の下書き",
    ),
]


@pytest.fixture
def editor_request(admin_user_ja):
    request = RequestFactory().get("/")
    request.user = admin_user_ja
    return request


def text_of(response):
    # Page previews are template responses that the admin renders later.
    if hasattr(response, "render"):
        response.render()
    return response.content.decode()


@pytest.mark.parametrize(
    ("path", "changes", "expected"),
    CHANGES,
    ids=[path.strip("/") or "home" for path, *_ in CHANGES],
)
def test_every_page_type_previews_an_unsaved_change(
    page_tree, editor_request, path, changes, expected
):
    page = page_tree.page(path)
    page.title = "プレビュー中のタイトル"
    for name, value in changes.items():
        setattr(page, name, value)

    response = page.make_preview_request(original_request=editor_request)

    content = text_of(response)
    assert response.status_code == 200
    assert "プレビュー中のタイトル" in content
    assert expected in content


def test_contact_details_preview_in_the_site_footer_style(site, editor_request):
    contact = site.contact("ja")
    contact.office_hours = "9:00～17:00"

    response = contact.make_preview_request(original_request=editor_request)

    content = text_of(response)
    assert response.status_code == 200
    assert "9:00～17:00" in content
    assert "tel:+81471570281" in content


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def home(site):
    return site.home("ja")


def notice(site):
    """A recruitment notice with a briefing session, the page with the most in its form."""
    home = site.home("ja")
    city = CityPageFactory(parent=CityIndexPageFactory(parent=home))
    return RecruitmentPageFactory(
        parent=NewsIndexPageFactory(parent=home),
        city=city,
        briefing_sessions=[briefing_session(timezone.localdate() + datetime.timedelta(days=7))],
    )


@pytest.fixture
def preview_of(client, admin_user_ja):
    """The preview the page editor's side panel loads, for a page and its form as it stands."""
    client.force_login(admin_user_ja)

    def preview_of(page):
        return Editor(client, page).send("edit", "preview", {})

    return preview_of


@pytest.mark.parametrize("build", [home, notice])
def test_the_preview_panel_may_frame_the_preview_and_nothing_else_may(site, preview_of, build):
    response = preview_of(build(site))

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Otherwise the preview is held to the public policy, so it shows what visitors get.
    assert policy["script-src"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_previews_opened_outside_the_panel_may_be_framed_by_the_admin_only(site, editor_request):
    about = StandardPageFactory(parent=site.home("ja"), title="協会について", slug="about")

    response = about.make_preview_request(original_request=editor_request)

    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_may_still_be_framed_by_nobody(client, site):
    response = client.get(notice(site).get_url())

    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
