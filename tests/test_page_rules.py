"""Editors are only offered page types that fit where they stand."""

import pytest
from bs4 import BeautifulSoup

from cities.models import CityIndexPage, CityPage, DelegationPage, HistoryPage, InterviewPage
from home.models import StandardPage
from news.models import EventPage, NewsIndexPage, NewsPage, RecruitmentPage


@pytest.mark.parametrize(
    ("parent_path", "allowed"),
    [
        ("", {StandardPage, CityIndexPage, NewsIndexPage}),
        ("about/", {StandardPage}),
        ("cities/", {CityPage}),
        ("cities/torrance/", {HistoryPage, DelegationPage, InterviewPage}),
        ("news/", {NewsPage, EventPage, RecruitmentPage}),
        ("news/torrance-50th-anniversary/", set()),
        ("cities/torrance/history/", set()),
    ],
)
def test_each_page_offers_only_sensible_children(demo, parent_path, allowed):
    parent = demo.page(parent_path)
    creatable = set(parent.specific_class.creatable_subpage_models())
    offered = {model for model in creatable if model.can_create_at(parent)}
    # Singletons already present are not offered again.
    assert offered <= allowed
    assert offered == {model for model in allowed if model.can_create_at(parent)}


def test_singletons_cannot_be_added_twice(demo):
    assert not CityIndexPage.can_create_at(demo.page(""))
    assert not NewsIndexPage.can_create_at(demo.page(""))
    assert not HistoryPage.can_create_at(demo.page("cities/guam/"))
    assert DelegationPage.can_create_at(demo.page("cities/guam/"))


def test_admin_offers_news_types_but_not_city_types_under_news(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get(f"/admin/pages/{demo.page('news/').pk}/add_subpage/")
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").main.get_text()
    assert "募集のお知らせ" in text
    assert "イベントページ" in text
    assert "交流の歩みページ" not in text
    assert "都市ページ" not in text
