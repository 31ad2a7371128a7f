"""A page of every page type in both languages, built with the factories, and the paths they
sit at below each home page (the demo content has the same paths)."""

import datetime

from django.utils import timezone

from wagtail.models import Page

from cities.models import Relationship
from news.models import NewsCategory, RecruitmentKind
from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.cities import (
    CityIndexPageFactory,
    CityPageFactory,
    DelegationPageFactory,
    HistoryPageFactory,
    InterviewPageFactory,
)
from tests.factories.core import photo
from tests.factories.home import AccessPageFactory, StandardPageFactory
from tests.factories.news import (
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    RecruitmentPageFactory,
    briefing_session,
)
from tests.factories.policies import AccessibilityPolicyPageFactory, PrivacyPolicyPageFactory
from tests.support.translation import translate

PAGE_OF_EACH_TYPE = [
    "",
    "about/",
    "access/",
    "privacy/",
    "accessibility/",
    "cities/",
    "cities/torrance/",
    "cities/torrance/history/",
    "cities/torrance/51st-kashiwa-delegation/",
    "cities/torrance/2025-adult-leader-interview/",
    "news/",
    "news/torrance-50th-anniversary/",
    "news/torrance-delegates-return-report/",
    "news/16th-chengde-youth-delegates/",
    "news/torrance-host-families-2025/apply/",
]


class PageTree:
    """Pages by their path below a language's home page, as `demo` finds the demo's.

    Each test that asks for a page gets it fresh from the database: the tree is shared by the
    tests of a module, and one test's changes to an instance must not reach the next.
    """

    def __init__(self, site):
        self.site = site
        self.pages = {"ja": {}, "en": {}}

    def page(self, path, language="ja"):
        return Page.objects.get(pk=self.pages[language][path].pk).specific

    def url(self, path, language="ja"):
        return f"/{language}/{path}"

    def add(self, path, page):
        self.pages["ja"][path] = page
        return page


def build_page_of_each_type(site):
    """Every page type once, published in Japanese and translated into English."""
    tree = PageTree(site)
    tree.pages["ja"][""] = site.home("ja")
    tree.pages["en"][""] = site.home("en")
    home = site.home("ja")
    tree.add("about/", StandardPageFactory(parent=home, title="協会について", slug="about"))
    tree.add(
        "access/",
        AccessPageFactory(parent=home, nearest_stations="柏駅 東口から徒歩3分", parking="なし"),
    )
    tree.add("privacy/", PrivacyPolicyPageFactory(parent=home))
    tree.add("accessibility/", AccessibilityPolicyPageFactory(parent=home))
    cities = tree.add("cities/", CityIndexPageFactory(parent=home, show_in_menus=True))
    torrance = tree.add(
        "cities/torrance/",
        CityPageFactory(
            parent=cities, title="トーランス", slug="torrance", relationship=Relationship.SISTER
        ),
    )
    tree.add("cities/torrance/history/", HistoryPageFactory(parent=torrance))
    tree.add(
        "cities/torrance/51st-kashiwa-delegation/",
        # A report as a story, so that the validators read its captions, credits and gallery.
        DelegationPageFactory(
            parent=torrance,
            slug="51st-kashiwa-delegation",
            image_caption="出発式",
            image_credit="柏市国際交流協会",
            body=[
                ("paragraph", "<p>ホストファミリーの家庭に滞在しました。</p>"),
                ("image", photo("市役所を訪問", "トーランス市")),
            ],
            photos=[("photo", photo("歓迎会", "トーランス市")), ("photo", photo())],
        ),
    )
    tree.add(
        "cities/torrance/2025-adult-leader-interview/",
        InterviewPageFactory(parent=torrance, slug="2025-adult-leader-interview"),
    )
    news = tree.add("news/", NewsIndexPageFactory(parent=home, show_in_menus=True))
    tree.add(
        "news/torrance-50th-anniversary/",
        NewsPageFactory(
            parent=news,
            slug="torrance-50th-anniversary",
            category=NewsCategory.ANNIVERSARY,
            related_cities=[torrance],
        ),
    )
    tree.add(
        "news/torrance-delegates-return-report/",
        EventPageFactory(parent=news, slug="torrance-delegates-return-report"),
    )
    tree.add(
        "news/16th-chengde-youth-delegates/",
        RecruitmentPageFactory(
            parent=news,
            slug="16th-chengde-youth-delegates",
            city=torrance,
            briefing_sessions=[briefing_session(timezone.localdate() + datetime.timedelta(days=7))],
        ),
    )
    host_families = tree.add(
        "news/torrance-host-families-2025/",
        RecruitmentPageFactory(
            parent=news,
            slug="torrance-host-families-2025",
            kind=RecruitmentKind.HOST_FAMILY,
            city=torrance,
        ),
    )
    tree.add(
        "news/torrance-host-families-2025/apply/",
        HostFamilyApplicationPageFactory(parent=host_families, slug="apply"),
    )
    # Parents first, so each translation has its translated parent to sit under.
    for path, page in sorted(tree.pages["ja"].items(), key=lambda item: item[1].depth):
        if path:
            tree.pages["en"][path] = translate(page)
    return tree
