"""Editors are only offered page types that fit where they stand: the news section."""

from wagtail.test.utils import WagtailPageTestCase

from applications.models import HostFamilyApplicationPage
from cities.models import CityPage, HistoryPage
from home.models import HomePage
from news.models import EventPage, NewsIndexPage, NewsPage, RecruitmentPage
from tests.factories.news import NewsIndexPageFactory
from tests.support.html import html


class NewsSectionRulesTests(WagtailPageTestCase):
    def test_the_news_index_sits_on_the_home_page_and_offers_news_events_and_notices(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage, EventPage, RecruitmentPage})

    def test_city_pages_are_not_made_under_news(self):
        self.assertCanNotCreateAt(NewsIndexPage, CityPage)
        self.assertCanNotCreateAt(NewsIndexPage, HistoryPage)

    def test_articles_and_events_sit_under_news_and_have_no_children(self):
        for model in (NewsPage, EventPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {NewsIndexPage})
                self.assertAllowedSubpageTypes(model, set())

    def test_a_notice_sits_under_news_and_offers_its_application_form(self):
        self.assertAllowedParentPageTypes(RecruitmentPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(RecruitmentPage, {HostFamilyApplicationPage})
        self.assertCanCreateAt(RecruitmentPage, HostFamilyApplicationPage)


def test_the_news_index_is_offered_once_per_language(site):
    assert NewsIndexPage.can_create_at(site.home("ja"))
    NewsIndexPageFactory(parent=site.home("ja"))

    assert not NewsIndexPage.can_create_at(site.home("ja"))
    assert NewsIndexPage.can_create_at(site.home("en"))


def test_admin_offers_news_types_but_not_city_types_under_news(client, site, admin_user_ja):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    client.force_login(admin_user_ja)

    response = client.get(f"/admin/pages/{news.pk}/add_subpage/")

    assert response.status_code == 200
    text = html(response).main.get_text()
    assert "お知らせ記事" in text
    assert "募集要項" in text
    assert "イベントページ" in text
    assert "交流の歩みページ" not in text
    assert "都市ページ" not in text
