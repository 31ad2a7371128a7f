"""Editors of news, events and recruitment notices are answered in Japanese, with this site's
labels, help texts and validation messages, and keep what they typed when a form is refused."""

import datetime
import json

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import RecruitmentKind, RecruitmentPage
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.news import EventPageFactory, NewsIndexPageFactory, RecruitmentPageFactory
from tests.support.html import html
from tests.support.page_editor import page_test_case


@pytest.fixture
def news(site):
    return NewsIndexPageFactory(parent=site.home("ja"))


@pytest.fixture
def torrance(site):
    cities = CityIndexPageFactory(parent=site.home("ja"))
    return CityPageFactory(parent=cities, title="トーランス", slug="torrance")


@pytest.fixture
def editor(client, admin_user_ja):
    client.force_login(admin_user_ja)
    return admin_user_ja


def add_url(news):
    return reverse("wagtailadmin_pages:add", args=["news", "recruitmentpage", news.pk])


def labels(response):
    soup = html(response)
    return {label.get_text(" ", strip=True) for label in soup.select("label")}


def briefing_session(date):
    return (
        "session",
        {
            "date": date,
            "start_time": "12:00",
            "end_time": "13:30",
            "reception_time": "11:45",
            "venue": "パレット柏",
            "venue_address": "",
            "notes": "",
        },
    )


def recruitment_form(city, sessions=(), **changes):
    """What the notice's create form posts, as the editor filled it in."""
    return nested_form_data(
        {
            "title": "テスト募集",
            "slug": "test-call",
            "city": city.pk,
            "kind": RecruitmentKind.YOUTH_DELEGATE,
            "summary": "概要をここに書きました",
            "application_opens": "2026-12-01",
            "application_closes": "2026-12-20",
            "documents": streamfield([]),
            "briefing_sessions": streamfield(list(sessions)),
            "body": streamfield([]),
            **changes,
        }
    )


def test_recruitment_create_form_is_in_japanese(client, editor, news):
    response = client.get(add_url(news))

    assert response.status_code == 200
    text = labels(response)
    for label in ("締切日", "受付開始日", "募集人数", "費用の目安（円）", "事業（都市）"):
        assert any(label in item for item in text), label
    assert "応募を受け付ける最終日" in response.content.decode()


def test_wrong_dates_are_refused_with_a_japanese_message_and_input_kept(
    client, editor, news, torrance
):
    response = client.post(
        add_url(news),
        recruitment_form(torrance, application_opens="2026-12-10", application_closes="2026-12-01"),
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "締切日を受付開始日より前にすることはできません。" in page
    assert "概要をここに書きました" in page
    assert not news.get_children().filter(slug="test-call").exists()


def test_briefing_session_after_the_deadline_is_refused_by_name(client, editor, news, torrance):
    response = client.post(
        add_url(news), recruitment_form(torrance, [briefing_session("2026-12-25")])
    )

    assert response.status_code == 200
    # StreamField errors and values travel to the editor as JSON, non-ASCII escaped.
    page = response.content.decode()
    assert json.dumps("説明会：2026年12月25日は締切日より後です。")[1:-1] in page
    assert json.dumps("パレット柏")[1:-1] in page
    assert not news.get_children().filter(slug="test-call").exists()


def test_briefing_session_before_the_deadline_is_accepted(client, editor, news, torrance):
    page_test_case(client).assertCanCreate(
        news, RecruitmentPage, recruitment_form(torrance, [briefing_session("2026-12-05")])
    )

    notice = RecruitmentPage.objects.get(slug="test-call")
    assert [session.value["venue"] for session in notice.briefing_sessions] == ["パレット柏"]


def test_negative_places_are_refused_in_japanese(client, editor, news, torrance):
    response = client.post(add_url(news), recruitment_form(torrance, places=-3))

    assert response.status_code == 200
    assert "この値は 0 以上でなければなりません。" in response.content.decode()


def an_event(news, city):
    return EventPageFactory(parent=news)


def a_notice(news, city):
    return RecruitmentPageFactory(parent=news, city=city)


@pytest.mark.parametrize(
    ("build", "changes", "field", "message"),
    [
        (
            an_event,
            {
                "start": datetime.datetime(2023, 11, 19, 5, 0, tzinfo=datetime.UTC),
                "end": datetime.datetime(2023, 11, 19, 4, 0, tzinfo=datetime.UTC),
            },
            "end",
            "終了は開始より後にしてください。",
        ),
        (
            a_notice,
            {"born_from": datetime.date(2009, 4, 2), "born_until": datetime.date(2000, 1, 1)},
            "born_until",
            "生年月日の範囲が逆になっています。",
        ),
    ],
)
def test_upside_down_dates_are_refused_on_the_field_in_japanese(
    news, torrance, build, changes, field, message
):
    page = build(news, torrance)
    for name, value in changes.items():
        setattr(page, name, value)

    with translation.override("ja"):
        with pytest.raises(ValidationError) as refused:
            page.full_clean()
        # The messages are lazy: read them while the editor's language is active.
        messages = refused.value.message_dict[field]

    assert any(message in text for text in messages)


@pytest.mark.parametrize("chosen", ["99999999999999999999", "-99999999999999999999"])
def test_an_id_too_large_for_the_database_is_refused_as_an_unknown_choice(
    client, editor, news, torrance, chosen
):
    form = recruitment_form(torrance)
    form["city"] = chosen
    response = client.post(add_url(news), form)

    assert response.status_code == 200
    assert not RecruitmentPage.objects.exists()
    assert "正しく選択してください" in str(response.context["form"].errors["city"])


def test_the_programme_is_chosen_from_the_cities_of_the_notice_s_language(
    client, editor, news, torrance, site
):
    english_cities = CityIndexPageFactory(parent=site.home("en"))
    english = CityPageFactory(parent=english_cities, title="Torrance", slug="torrance")

    soup = html(client.get(add_url(news)))
    offered = [option.get_text(strip=True) for option in soup.select("#id_city option")]
    refused = client.post(add_url(news), recruitment_form(english, action_publish="1"))

    assert offered[1:] == ["トーランス"]
    assert refused.status_code == 200
    assert not RecruitmentPage.objects.exists()
    assert "city" in refused.context["form"].errors
