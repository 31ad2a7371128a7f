"""Editors are only offered page types that fit where they stand: a notice's application
form."""

from wagtail.test.utils import WagtailPageTestCase

from applications.models import HostFamilyApplicationPage
from news.models import NewsIndexPage, RecruitmentKind, RecruitmentPage
from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory
from tests.support.news import programme_city


class ApplicationFormRulesTests(WagtailPageTestCase):
    def test_the_form_sits_on_a_notice_and_has_no_children(self):
        self.assertAllowedParentPageTypes(HostFamilyApplicationPage, {RecruitmentPage})
        self.assertAllowedSubpageTypes(HostFamilyApplicationPage, set())

    def test_the_form_is_not_made_straight_under_news(self):
        self.assertCanNotCreateAt(NewsIndexPage, HostFamilyApplicationPage)


def test_only_a_host_family_notice_offers_a_form_and_only_one(site):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    city = programme_city(site)
    youth_call = RecruitmentPageFactory(parent=news, city=city, kind=RecruitmentKind.YOUTH_DELEGATE)
    host_family_call = RecruitmentPageFactory(
        parent=news, city=city, kind=RecruitmentKind.HOST_FAMILY
    )
    assert not HostFamilyApplicationPage.can_create_at(youth_call)
    assert HostFamilyApplicationPage.can_create_at(host_family_call)

    HostFamilyApplicationPageFactory(parent=host_family_call)

    assert not HostFamilyApplicationPage.can_create_at(host_family_call)
