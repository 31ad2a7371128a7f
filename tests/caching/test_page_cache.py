"""Anonymous visitors get cached pages; any published change shows at once on every URL."""

import datetime
from urllib.parse import urlsplit

import pytest
import time_machine

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from cities.models import DelegationPage
from core.models import SiteImage
from news.models import RecruitmentKind
from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.cities import (
    CityIndexPageFactory,
    CityPageFactory,
    DelegationPageFactory,
    HistoryPageFactory,
    InterviewPageFactory,
)
from tests.factories.core import ImageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import (
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    RecruitmentPageFactory,
)
from tests.support.html import html
from tests.support.translation import translate

ANNIVERSARY = "トーランス市との姉妹都市提携50周年記念事業"


@pytest.fixture
def page_cache(settings):
    """The page and fragment caches as production runs them."""
    settings.PAGE_CACHE_TIMEOUT = 300
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    for alias in ("pages", "default"):
        caches[alias].clear()
    yield caches["pages"]
    for alias in ("pages", "default"):
        caches[alias].clear()


@pytest.fixture
def fragment_cache(settings):
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def news_index(site):
    return NewsIndexPageFactory(parent=site.home("ja"))


@pytest.fixture
def anniversary(news_index):
    """A news article at /ja/news/torrance-50th-anniversary/, and its English translation."""
    article = NewsPageFactory(
        parent=news_index,
        title=ANNIVERSARY,
        slug="torrance-50th-anniversary",
        date=datetime.date(2023, 2, 1),
    )
    translate(news_index)
    translate(article)
    return article


@pytest.fixture
def city_index(site):
    return CityIndexPageFactory(parent=site.home("ja"))


@pytest.fixture
def torrance(city_index):
    return CityPageFactory(parent=city_index, title="トーランス", slug="torrance")


@pytest.fixture
def about(site):
    return StandardPageFactory(parent=site.home("ja"), title="協会について", slug="about")


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def warm(client, *urls):
    for url in urls:
        fetch(client, url)
        assert fetch(client, url)["X-Page-Cache"] == "hit", url


def test_a_cached_page_costs_no_database_query(
    client, torrance, page_cache, django_assert_num_queries
):
    first = fetch(client, "/ja/cities/torrance/")

    with django_assert_num_queries(0):
        second = fetch(client, "/ja/cities/torrance/")

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=60"
    assert "Content-Security-Policy" in second


def test_a_published_change_shows_at_once_on_every_affected_url(
    client, anniversary, page_cache, django_capture_on_commit_callbacks
):
    urls = {
        "page": "/ja/news/torrance-50th-anniversary/",
        "listing": "/ja/news/",
        "home": "/ja/",
        "feed": "/ja/news/feed/",
        "search": "/ja/search/?q=トーランス",
        "english page": "/en/news/torrance-50th-anniversary/",
        "english listing": "/en/news/",
        "sitemap": "/sitemap.xml",
    }
    warm(client, *urls.values())

    with django_capture_on_commit_callbacks(execute=True):
        anniversary.title = "トーランス市との姉妹都市提携50周年（更新）"
        anniversary.date = datetime.date(2023, 2, 20)
        anniversary.save_revision().publish()

    for name, url in urls.items():
        response = fetch(client, url)
        assert response["X-Page-Cache"] == "miss", name
    for url in ("/ja/news/torrance-50th-anniversary/", "/ja/news/", "/ja/", "/ja/news/feed/"):
        assert "50周年（更新）" in fetch(client, url).content.decode(), url
    assert "50周年（更新）" in fetch(client, "/ja/search/?q=更新").content.decode()
    assert (
        'datetime="2023-02-20"'
        in fetch(client, "/en/news/torrance-50th-anniversary/").content.decode()
    )


def test_an_unpublished_page_disappears_at_once(client, anniversary, page_cache):
    warm(client, "/ja/news/torrance-50th-anniversary/", "/ja/news/")

    anniversary.unpublish()

    assert client.get("/ja/news/torrance-50th-anniversary/").status_code == 404
    assert ANNIVERSARY not in fetch(client, "/ja/news/").content.decode()


def test_moved_pages_redirect_and_deleted_ones_are_gone(client, city_index, torrance, page_cache):
    chengde = CityPageFactory(parent=city_index, title="承徳", slug="chengde")
    delegation = DelegationPageFactory(
        parent=chengde, title="第16回柏市承徳派遣団", slug="16th-kashiwa-delegation"
    )
    warm(
        client,
        "/ja/cities/chengde/",
        "/ja/cities/torrance/",
        "/ja/cities/chengde/16th-kashiwa-delegation/",
    )

    delegation.move(torrance, pos="last-child")

    old_address = client.get("/ja/cities/chengde/16th-kashiwa-delegation/")
    assert old_address.status_code == 301
    assert old_address["Location"] == "/ja/cities/torrance/16th-kashiwa-delegation/"
    assert "第16回柏市承徳派遣団" in fetch(client, "/ja/cities/torrance/").content.decode()

    warm(client, "/ja/cities/torrance/")
    DelegationPage.objects.get(pk=delegation.pk).delete()

    assert "第16回柏市承徳派遣団" not in fetch(client, "/ja/cities/torrance/").content.decode()


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, about, page_cache):
    warm(client, "/ja/about/")

    PageViewRestriction.objects.create(page=about, restriction_type="password", password="kira")

    response = client.get("/ja/about/")
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"
    assert 'name="password"' in response.content.decode()


def test_a_page_made_private_leaves_every_listing_at_once(client, anniversary, page_cache):
    warm(client, "/ja/", "/ja/news/", "/ja/news/feed/")

    PageViewRestriction.objects.create(page=anniversary, restriction_type="login")

    for url in ("/ja/", "/ja/news/", "/ja/news/feed/"):
        assert ANNIVERSARY not in fetch(client, url).content.decode(), url

    PageViewRestriction.objects.filter(page=anniversary).delete()

    assert ANNIVERSARY in fetch(client, "/ja/news/").content.decode()


def test_a_page_given_a_new_slug_is_found_at_its_new_address_at_once(client, about, page_cache):
    warm(client, "/ja/about/")

    about.slug = "about-kira"
    about.save_revision().publish()

    assert fetch(client, "/ja/about-kira/").status_code == 200
    assert client.get("/ja/about/").status_code in (301, 404)


def test_contact_details_change_every_footer_at_once(client, site, city_index, page_cache):
    warm(client, "/ja/", "/ja/cities/")

    contact = site.contact("ja")
    contact.telephone = "04-7157-0000"
    contact.save()

    assert "04-7157-0000" in fetch(client, "/ja/cities/").content.decode()


def test_signed_in_editors_and_previews_bypass_the_cache(
    client, city_index, page_cache, admin_user_ja
):
    warm(client, "/ja/cities/")
    client.force_login(admin_user_ja)

    page = fetch(client, "/ja/cities/")
    preview = client.get(f"/admin/pages/{city_index.pk}/view_draft/")

    assert "X-Page-Cache" not in page
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    assert preview.status_code == 200
    assert "X-Page-Cache" not in preview
    assert "no-cache" in preview["Cache-Control"] and "private" in preview["Cache-Control"]


def test_forms_with_a_csrf_token_are_never_cached(client, news_index, torrance, page_cache):
    notice = RecruitmentPageFactory(
        parent=news_index, kind=RecruitmentKind.HOST_FAMILY, city=torrance
    )
    form_page = HostFamilyApplicationPageFactory(parent=notice)

    first = fetch(client, form_page.url)
    second = fetch(client, form_page.url)

    assert "X-Page-Cache" not in second
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    assert "csrfmiddlewaretoken" in second.content.decode()


def test_the_admin_is_never_cached(client, site, page_cache):
    response = client.get("/admin/login/")

    assert "no-store" in response["Cache-Control"]


def test_pages_start_afresh_at_midnight_in_japan(client, site, page_cache):
    late = timezone.make_aware(datetime.datetime(2026, 11, 23, 23, 59))
    with time_machine.travel(late, tick=False):
        warm(client, "/ja/")
    with time_machine.travel(late + datetime.timedelta(minutes=2), tick=False):
        assert fetch(client, "/ja/")["X-Page-Cache"] == "miss"


def test_search_results_and_feeds_are_cached_per_query(client, news_index, page_cache):
    NewsPageFactory(parent=news_index, title="承徳派遣団の帰国報告")
    warm(client, "/ja/search/?q=承徳")

    other = fetch(client, "/ja/search/?q=派遣")

    assert other["X-Page-Cache"] == "miss"
    soup = html(other)
    assert soup.select_one("#search-query")["value"] == "派遣"
    assert soup.select_one(".search-result__title").get_text(strip=True) == "承徳派遣団の帰国報告"


class RecordingBackend(BaseBackend):
    purged = []

    def purge(self, url):
        self.purged.append(url)


def test_a_cdn_is_told_every_url_that_changed_in_every_language(
    anniversary, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged = []

    with django_capture_on_commit_callbacks(execute=True):
        anniversary.save_revision().publish()

    root = "http://127.0.0.1:8000"
    for path in [
        "/ja/news/torrance-50th-anniversary/",
        "/en/news/torrance-50th-anniversary/",
        "/ja/news/",
        "/en/news/",
        "/ja/",
        "/en/",
        # The news index names these itself (NewsIndexPage.get_cached_paths()).
        "/ja/news/feed/",
        "/en/news/feed/",
        "/ja/news/events/",
        "/en/news/events/",
        "/ja/news/events.ics",
        "/en/news/events.ics",
        "/sitemap.xml",
    ]:
        assert root + path in RecordingBackend.purged, path


def test_shared_fragments_save_queries_on_uncached_pages(
    client, torrance, fragment_cache, settings
):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            fetch(client, url)
        return len(captured)

    settings.FRAGMENT_CACHE_TIMEOUT = 0
    without = queries("/ja/cities/torrance/")
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    queries("/ja/cities/torrance/")

    assert queries("/ja/cities/torrance/") <= without - 4


def test_a_new_menu_page_appears_in_every_header_at_once(
    client, site, city_index, fragment_cache, django_capture_on_commit_callbacks
):
    fetch(client, "/ja/cities/")

    # As an editor does it: the page is created, then published.
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(
            parent=site.home("ja"),
            title="ボランティア募集",
            slug="volunteers",
            show_in_menus=True,
            live=False,
        )
        page.save_revision().publish()

    soup = html(fetch(client, "/ja/cities/"))
    assert "ボランティア募集" in [link.get_text() for link in soup.select(".site-nav a")]


@pytest.mark.parametrize("listing", ["/ja/", "/ja/news/events/"])
def test_an_event_leaves_the_listings_within_five_minutes_of_its_end(
    client, news_index, fragment_cache, listing
):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=1)
    EventPageFactory(
        parent=news_index,
        title="夕方の交流会",
        start=start,
        end=start + datetime.timedelta(hours=1),
    )
    with time_machine.travel(start + datetime.timedelta(minutes=59), tick=False):
        assert "夕方の交流会" in fetch(client, listing).content.decode()
    # The listing rendered a minute before the end is still shown a minute after it.
    with time_machine.travel(start + datetime.timedelta(hours=1, minutes=1), tick=False):
        assert "夕方の交流会" in fetch(client, listing).content.decode()
    with time_machine.travel(start + datetime.timedelta(hours=1, minutes=6), tick=False):
        assert "夕方の交流会" not in fetch(client, listing).content.decode()


def test_a_published_article_leaves_the_pages_it_does_not_appear_on_cached(
    client, anniversary, torrance, page_cache, django_capture_on_commit_callbacks
):
    HistoryPageFactory(parent=torrance)
    InterviewPageFactory(parent=torrance, title="団長インタビュー", slug="leader-interview")
    other_article = NewsPageFactory(parent=anniversary.get_parent(), slug="other-article")
    untouched = [
        "/ja/cities/torrance/",
        "/ja/cities/torrance/history/",
        "/ja/cities/torrance/leader-interview/",
        f"/ja/news/{other_article.slug}/",
    ]
    warm(client, "/ja/news/torrance-50th-anniversary/", *untouched)

    with django_capture_on_commit_callbacks(execute=True):
        anniversary.title = "トーランス市との姉妹都市提携50周年（更新）"
        anniversary.save_revision().publish()

    assert fetch(client, "/ja/news/torrance-50th-anniversary/")["X-Page-Cache"] == "miss"
    assert [fetch(client, url)["X-Page-Cache"] for url in untouched] == ["hit"] * len(untouched)


def test_a_page_that_links_to_a_published_page_is_renewed_with_it(
    client, anniversary, page_cache, django_capture_on_commit_callbacks
):
    NewsPageFactory(
        parent=anniversary.get_parent(),
        slug="linking",
        body=[("paragraph", f'<p><a linktype="page" id="{anniversary.pk}">記念事業</a></p>')],
    )
    warm(client, "/ja/news/linking/")

    with django_capture_on_commit_callbacks(execute=True):
        anniversary.unpublish()

    assert fetch(client, "/ja/news/linking/")["X-Page-Cache"] == "miss"


def test_a_published_city_renews_every_page_that_may_name_it(
    client, anniversary, torrance, page_cache, django_capture_on_commit_callbacks
):
    warm(client, "/ja/news/torrance-50th-anniversary/", "/ja/news/")

    with django_capture_on_commit_callbacks(execute=True):
        torrance.title = "トーランス市"
        torrance.save_revision().publish()

    assert fetch(client, "/ja/news/torrance-50th-anniversary/")["X-Page-Cache"] == "miss"
    assert "トーランス市" in fetch(client, "/ja/news/").content.decode()


def test_a_page_below_a_published_page_shows_its_new_title_in_the_breadcrumbs(
    client, about, page_cache, django_capture_on_commit_callbacks
):
    guide = StandardPageFactory(parent=about, title="交流の手引き", slug="guide")
    StandardPageFactory(parent=guide, title="ホームステイの心得", slug="homestay")
    warm(client, "/ja/about/guide/homestay/")

    with django_capture_on_commit_callbacks(execute=True):
        guide.title = "交流の手引き（改訂）"
        guide.save_revision().publish()

    assert "交流の手引き（改訂）" in fetch(client, "/ja/about/guide/homestay/").content.decode()


def test_with_the_page_cache_off_a_front_cache_may_still_keep_public_pages(
    client, torrance, settings
):
    settings.PAGE_CACHE_TIMEOUT = 0

    response = fetch(client, "/ja/cities/torrance/")

    assert response["Cache-Control"] == "public, max-age=60"
    assert "X-Page-Cache" not in response


def test_an_address_nobody_publishes_leaves_nothing_behind_for_ever(client, site, page_cache):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.get("/ja/no-such-page/")
        address_keys = [key for key in page_cache._cache if "page-cache-address" in key]
        assert address_keys

        traveller.shift(datetime.timedelta(seconds=3601))

        assert [key for key in address_keys if page_cache.has_key(key.split(":", 2)[-1])] == []


def og_image(response):
    return html(response).find("meta", property="og:image")["content"]


def test_an_edited_image_renews_the_pages_that_show_it(
    client, anniversary, about, page_cache, django_capture_on_commit_callbacks
):
    anniversary.image = ImageFactory()
    anniversary.image_alt = "記念式典"
    anniversary.save_revision().publish()
    url = "/ja/news/torrance-50th-anniversary/"
    warm(client, url, "/ja/about/")
    before = og_image(fetch(client, url))

    with django_capture_on_commit_callbacks(execute=True):
        image = SiteImage.objects.get(pk=anniversary.image_id)
        image.focal_point_x, image.focal_point_y = 10, 10
        image.focal_point_width = image.focal_point_height = 5
        image.save()

    response = fetch(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert og_image(response) != before
    assert fetch(client, "/ja/about/")["X-Page-Cache"] == "hit"


def test_a_form_published_below_a_notice_is_offered_on_it_at_once(
    client, news_index, torrance, page_cache, django_capture_on_commit_callbacks
):
    notice = RecruitmentPageFactory(
        parent=news_index, kind=RecruitmentKind.HOST_FAMILY, city=torrance, slug="host-families"
    )
    form_page = HostFamilyApplicationPageFactory(parent=notice, live=False)
    warm(client, "/ja/news/host-families/")
    assert form_page.url not in fetch(client, "/ja/news/host-families/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        form_page.save_revision().publish()

    page = fetch(client, "/ja/news/host-families/").content.decode()
    assert form_page.url in page
    assert "トーランス" in page


def test_the_news_list_never_shows_another_visitors_query_string(
    client, news_index, fragment_cache
):
    for number in range(12):
        NewsPageFactory(parent=news_index, slug=f"article-{number}")

    spammed = client.get("/ja/news/?ref=spam-link")
    plain = client.get("/ja/news/")

    assert "spam-link" in spammed.content.decode()
    assert 'rel="next"' in plain.content.decode()
    assert "spam-link" not in plain.content.decode()


def test_a_new_search_description_reaches_link_previews_at_once(
    client, about, page_cache, django_capture_on_commit_callbacks
):
    warm(client, "/ja/about/")

    with django_capture_on_commit_callbacks(execute=True):
        about.search_description = "柏市国際交流協会の紹介"
        about.save_revision().publish()

    head = html(fetch(client, "/ja/about/"))
    assert head.find("meta", property="og:description")["content"] == "柏市国際交流協会の紹介"
    assert head.find("meta", attrs={"name": "description"})["content"] == "柏市国際交流協会の紹介"


def test_search_results_kept_between_requests_show_a_new_page_at_once(
    client, anniversary, fragment_cache, django_capture_on_commit_callbacks
):
    url = "/ja/search/?q=トーランス"
    fetch(client, url)
    assert ANNIVERSARY in fetch(client, url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        article = NewsPageFactory(
            parent=anniversary.get_parent(), title="トーランス訪問団の報告", live=False
        )
        article.save_revision().publish()

    assert "トーランス訪問団の報告" in fetch(client, url).content.decode()


def search_results(client, query):
    soup = html(fetch(client, f"/ja/search/?q={query}"))
    return [
        (
            result.select_one(".search-result__title").get_text(strip=True),
            result.select_one(".search-result__title a")["href"],
            result.select_one("p:not(.meta)").get_text(strip=True),
        )
        for result in soup.select(".search-result")
    ]


def test_a_result_kept_from_another_search_shows_its_page_as_published_now(
    client, anniversary, fragment_cache, django_capture_on_commit_callbacks
):
    assert search_results(client, "トーランス")[0][0] == ANNIVERSARY

    with django_capture_on_commit_callbacks(execute=True):
        anniversary.title = "トーランス市との姉妹都市提携50周年（記念式典）"
        anniversary.search_description = "記念式典の写真を掲載しました。"
        anniversary.save_revision().publish()

    # A query nobody asked before, whose results are read afresh, and the one asked before.
    for query in ("姉妹都市", "トーランス"):
        title, url, summary = search_results(client, query)[0]
        assert title == "トーランス市との姉妹都市提携50周年（記念式典）"
        assert summary == "記念式典の写真を掲載しました。"


def test_an_alias_in_search_results_follows_its_published_original(
    client, anniversary, about, fragment_cache, django_capture_on_commit_callbacks
):
    anniversary.create_alias(parent=about, update_slug="anniversary")
    assert sorted(url for _title, url, _summary in search_results(client, "トーランス")) == [
        "/ja/about/anniversary/",
        "/ja/news/torrance-50th-anniversary/",
    ]

    with django_capture_on_commit_callbacks(execute=True):
        anniversary.title = "トーランス市との姉妹都市提携50周年（記念式典）"
        anniversary.save_revision().publish()

    assert [title for title, _url, _summary in search_results(client, "姉妹都市")] == [
        "トーランス市との姉妹都市提携50周年（記念式典）"
    ] * 2


def test_a_new_search_reads_no_page_type_for_a_result_shown_before(
    client, anniversary, torrance, fragment_cache
):
    search_results(client, "トーランス")

    with CaptureQueriesContext(connection) as captured:
        found = search_results(client, "トーランス 姉妹都市")

    assert [title for title, _url, _summary in found] == [ANNIVERSARY]
    read = " ".join(query["sql"] for query in captured)
    assert "news_newspage" not in read


def test_a_published_translation_reaches_the_language_switcher_at_once(
    client, news_index, fragment_cache, django_capture_on_commit_callbacks
):
    article = NewsPageFactory(parent=news_index, slug="torrance-50th-anniversary")
    translate(news_index)
    url = "/ja/news/torrance-50th-anniversary/"

    def english_links():
        soup = html(fetch(client, url))
        return (
            soup.select_one(".language-switcher a[hreflang=en]")["href"],
            [link["href"] for link in soup.select("link[rel=alternate][hreflang=en]")],
        )

    assert english_links() == ("/en/", [])

    with django_capture_on_commit_callbacks(execute=True):
        translate(article)

    switcher, alternates = english_links()
    assert switcher == "/en/news/torrance-50th-anniversary/"
    assert [urlsplit(link).path for link in alternates] == [switcher]


def test_each_search_offers_its_own_query_in_the_other_language(client, site, fragment_cache):
    def english_link(query):
        response = client.get("/ja/search/", {"q": query})
        soup = html(response)
        return soup.select_one(".language-switcher a[hreflang=en]")["href"]

    assert "q=%E6%89%BF%E5%BE%B3" in english_link("承徳")
    assert "q=%E3%82%B0%E3%82%A2%E3%83%A0" in english_link("グアム")


def test_a_preview_shows_the_draft_s_own_title_in_the_trail(
    client, torrance, fragment_cache, admin_user_ja
):
    client.get("/ja/cities/torrance/")
    client.force_login(admin_user_ja)

    def trail_of_draft(title):
        torrance.title = title
        torrance.save_revision()
        preview = client.get(f"/admin/pages/{torrance.pk}/view_draft/")
        soup = html(preview)
        return soup.select_one(".breadcrumbs [aria-current]").get_text(strip=True)

    assert trail_of_draft("トーランス（下書き1）") == "トーランス（下書き1）"
    assert trail_of_draft("トーランス（下書き2）") == "トーランス（下書き2）"


def test_the_sitemap_gains_and_loses_pages_at_once(
    client, news_index, page_cache, django_capture_on_commit_callbacks
):
    article = NewsPageFactory(parent=news_index, slug="new-article", live=False)
    warm(client, "/sitemap.xml")

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert "/ja/news/new-article/" in fetch(client, "/sitemap.xml").content.decode()

    article.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert "/ja/news/new-article/" not in fetch(client, "/sitemap.xml").content.decode()
