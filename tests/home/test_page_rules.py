"""Editors are only offered page types that fit where they stand: the home page and its
standard pages."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cities.models import CityIndexPage, CityPage
from home.models import AccessPage, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from policies.models import AccessibilityPolicyPage, PrivacyPolicyPage


class HomePageRulesTests(WagtailPageTestCase):
    def test_the_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_the_home_page_offers_standard_pages_access_the_two_sections_and_the_policies(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                AccessPage,
                CityIndexPage,
                NewsIndexPage,
                PrivacyPolicyPage,
                AccessibilityPolicyPage,
            },
        )

    def test_cities_and_news_articles_are_not_made_on_the_home_page(self):
        self.assertCanNotCreateAt(HomePage, CityPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)


class StandardPageRulesTests(WagtailPageTestCase):
    def test_standard_pages_sit_on_the_home_page_or_below_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_standard_pages_offer_only_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
