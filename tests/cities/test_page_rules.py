"""Editors are only offered page types that fit where they stand: the cities section."""

from wagtail.test.utils import WagtailPageTestCase

from cities.models import CityIndexPage, CityPage, DelegationPage, HistoryPage, InterviewPage
from home.models import HomePage
from news.models import RecruitmentPage
from tests.factories.cities import CityIndexPageFactory, CityPageFactory, HistoryPageFactory


class CitiesSectionRulesTests(WagtailPageTestCase):
    def test_the_city_index_sits_on_the_home_page_and_offers_cities(self):
        self.assertAllowedParentPageTypes(CityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CityIndexPage, {CityPage})

    def test_a_city_offers_its_history_delegations_and_interviews(self):
        self.assertAllowedParentPageTypes(CityPage, {CityIndexPage})
        self.assertAllowedSubpageTypes(CityPage, {HistoryPage, DelegationPage, InterviewPage})

    def test_a_citys_notices_are_written_under_news_not_under_the_city(self):
        self.assertCanNotCreateAt(CityPage, RecruitmentPage)

    def test_history_delegation_and_interview_pages_sit_on_a_city_and_have_no_children(self):
        for model in (HistoryPage, DelegationPage, InterviewPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {CityPage})
                self.assertAllowedSubpageTypes(model, set())


def test_the_city_index_is_offered_once_per_language(site):
    assert CityIndexPage.can_create_at(site.home("ja"))
    CityIndexPageFactory(parent=site.home("ja"))

    assert not CityIndexPage.can_create_at(site.home("ja"))
    assert CityIndexPage.can_create_at(site.home("en"))


def test_a_city_has_one_history_and_any_number_of_delegations_and_interviews(site):
    guam = CityPageFactory(parent=CityIndexPageFactory(parent=site.home("ja")))
    assert HistoryPage.can_create_at(guam)

    HistoryPageFactory(parent=guam)

    assert not HistoryPage.can_create_at(guam)
    assert DelegationPage.can_create_at(guam)
    assert InterviewPage.can_create_at(guam)
