"""The admin speaks Japanese to Japanese editors, with this site's labels and help texts."""

import datetime
import json

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.utils import translation


def labels(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {label.get_text(" ", strip=True) for label in soup.select("label")}


def test_recruitment_create_form_is_in_japanese(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    news = demo.page("news/")

    response = client.get(f"/admin/pages/add/news/recruitmentpage/{news.pk}/")

    assert response.status_code == 200
    text = labels(response)
    for label in ("締切日", "受付開始日", "募集人数", "費用の目安（円）", "事業（都市）"):
        assert any(label in item for item in text), label
    assert "応募を受け付ける最終日" in response.content.decode()


def test_wrong_dates_are_refused_with_a_japanese_message_and_input_kept(
    client, demo, admin_user_ja
):
    client.force_login(admin_user_ja)
    news = demo.page("news/")
    torrance = demo.page("cities/torrance/")
    data = {
        "title": "テスト募集",
        "slug": "test-call",
        "city": torrance.pk,
        "kind": "youth_delegate",
        "summary": "概要をここに書きました",
        "application_opens": "2026-12-10",
        "application_closes": "2026-12-01",
        "documents-count": 0,
        "briefing_sessions-count": 0,
        "body-count": 0,
    }

    response = client.post(f"/admin/pages/add/news/recruitmentpage/{news.pk}/", data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "締切日を受付開始日より前にすることはできません。" in page
    assert "概要をここに書きました" in page
    assert not news.get_children().filter(slug="test-call").exists()


def test_contact_details_snippet_edit_form_is_in_japanese(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/snippets/home/contactdetails/")
    assert response.status_code == 200
    assert "連絡先" in response.content.decode()


def recruitment_form(demo, **changes):
    data = {
        "title": "テスト募集",
        "slug": "test-call",
        "city": demo.page("cities/torrance/").pk,
        "kind": "youth_delegate",
        "summary": "概要をここに書きました",
        "application_opens": "2026-12-01",
        "application_closes": "2026-12-20",
        "documents-count": 0,
        "briefing_sessions-count": 0,
        "body-count": 0,
    }
    data.update(changes)
    return data


def briefing_session(date):
    return {
        "briefing_sessions-count": 1,
        "briefing_sessions-0-type": "session",
        "briefing_sessions-0-deleted": "",
        "briefing_sessions-0-order": 0,
        "briefing_sessions-0-id": "",
        "briefing_sessions-0-value-date": date,
        "briefing_sessions-0-value-start_time": "12:00",
        "briefing_sessions-0-value-end_time": "13:30",
        "briefing_sessions-0-value-reception_time": "11:45",
        "briefing_sessions-0-value-venue": "パレット柏",
        "briefing_sessions-0-value-notes": "",
    }


def test_briefing_session_after_the_deadline_is_refused_by_name(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    news = demo.page("news/")

    response = client.post(
        f"/admin/pages/add/news/recruitmentpage/{news.pk}/",
        recruitment_form(demo, **briefing_session("2026-12-25")),
    )

    assert response.status_code == 200
    # StreamField errors and values travel to the editor as JSON, non-ASCII escaped.
    page = response.content.decode()
    assert json.dumps("説明会：2026年12月25日は締切日より後です。")[1:-1] in page
    assert json.dumps("パレット柏")[1:-1] in page
    assert not news.get_children().filter(slug="test-call").exists()


def test_briefing_session_before_the_deadline_is_accepted(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    news = demo.page("news/")

    response = client.post(
        f"/admin/pages/add/news/recruitmentpage/{news.pk}/",
        recruitment_form(demo, **briefing_session("2026-12-05")),
    )

    assert response.status_code == 302
    assert news.get_children().filter(slug="test-call").exists()


def test_negative_places_are_refused_in_japanese(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    news = demo.page("news/")

    response = client.post(
        f"/admin/pages/add/news/recruitmentpage/{news.pk}/", recruitment_form(demo, places=-3)
    )

    assert response.status_code == 200
    assert "この値は 0 以上でなければなりません。" in response.content.decode()


def test_dashboard_shows_open_notices_and_translations_to_do(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    with time_machine.travel(datetime.datetime(2025, 6, 10, 9, 0, tzinfo=datetime.UTC)):
        response = client.get("/admin/")

    soup = BeautifulSoup(response.content, "html.parser")
    notices = soup.find(id="panel-open-recruitment").parent.get_text(" ", strip=True)
    assert "第16回 承徳市派遣青少年募集" in notices
    assert "2025年6月28日" in notices
    assert "受付中" in notices
    assert "ホストファミリー" not in notices
    todo = soup.find(id="panel-translations-to-do").parent.get_text(" ", strip=True)
    assert "未翻訳 0 件" in todo
    assert "古くなった翻訳 0 件" in todo


def test_accessibility_checker_includes_language_and_alt_text_rules(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    page = demo.page("cities/torrance/")

    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    visitor_view = client.get(demo.url("cities/torrance/")).content.decode()

    for content in (editor, visitor_view):
        assert "html-lang-valid" in content
        assert "valid-lang" in content
        assert "image-alt" in content


def test_singleton_pages_cannot_be_copied(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    history = demo.page("cities/guam/history/")

    response = client.post(
        f"/admin/pages/{history.pk}/copy/",
        {
            "new_title": "複製",
            "new_slug": "history-copy",
            "new_parent_page": history.get_parent().pk,
        },
        follow=True,
    )

    assert "複製できません" in response.content.decode()
    assert not history.get_parent().get_children().filter(slug="history-copy").exists()


def test_ordinary_pages_can_still_be_copied(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    news = demo.page("news/torrance-50th-anniversary/")

    client.post(
        f"/admin/pages/{news.pk}/copy/",
        {"new_title": "複製", "new_slug": "copied-news", "new_parent_page": news.get_parent().pk},
    )

    assert news.get_parent().get_children().filter(slug="copied-news").exists()


@pytest.mark.parametrize(
    ("page_path", "changes", "field", "message"),
    [
        (
            "news/torrance-delegates-return-report/",
            {"end": datetime.datetime(2023, 11, 19, 4, 0, tzinfo=datetime.UTC)},
            "end",
            "終了は開始より後にしてください。",
        ),
        (
            "news/16th-chengde-youth-delegates/",
            {"born_until": datetime.date(2000, 1, 1)},
            "born_until",
            "生年月日の範囲が逆になっています。",
        ),
        (
            "cities/torrance/52nd-kashiwa-delegation/",
            {"return_date": datetime.date(2025, 8, 1)},
            "return_date",
            "帰国日を出発日より前にすることはできません。",
        ),
    ],
)
def test_upside_down_dates_are_refused_on_the_field_in_japanese(
    demo, page_path, changes, field, message
):
    page = demo.page(page_path)
    for name, value in changes.items():
        setattr(page, name, value)

    with translation.override("ja"), pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert any(message in text for text in refused.value.message_dict[field])
