"""The querysets every visitor listing is built from (core/querysets.py): live, public pages of
one language, each card's image in the same queries."""

import pytest

from wagtail.models import Page, PageViewRestriction

from cities.models import CityPage
from core.querysets import listing_pages, localized_by_translation_key
from news.models import NewsPage
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.translation import translate


def titles(pages):
    return sorted(page.title for page in pages)


@pytest.fixture
def news(site):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    translate(news)
    return news


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="members"
    )


def test_in_locale_of_lists_live_public_pages_of_the_pages_language(site, news):
    translate(NewsPageFactory(parent=news, title="両方の言語"), {"両方の言語": "Both languages"})
    NewsPageFactory(parent=news, title="下書き", live=False)
    restrict(NewsPageFactory(parent=news, title="会員向け"))

    assert titles(NewsPage.objects.in_locale_of(news)) == ["両方の言語"]
    assert titles(NewsPage.objects.in_locale_of(news.get_translation(site.en))) == [
        "Both languages"
    ]


def test_in_locale_of_leaves_out_every_page_of_a_private_section(site):
    members = StandardPageFactory(parent=site.home("ja"), title="会員のページ")
    StandardPageFactory(parent=members, title="会員向けの案内")
    StandardPageFactory(parent=site.home("ja"), title="公開の案内")
    restrict(members)

    assert titles(listing_pages().child_of(members).in_locale_of(members)) == []
    assert titles(listing_pages().child_of(site.home("ja")).in_locale_of(members)) == ["公開の案内"]


def test_listing_pages_lists_pages_of_every_type_as_pages(site, news):
    StandardPageFactory(parent=site.home("ja"), title="協会について")

    listed = listing_pages().child_of(site.home("ja")).in_locale_of(site.home("ja"))

    assert titles(listed) == ["お知らせ", "協会について"]
    assert {type(page) for page in listed} == {Page}


def test_with_images_brings_each_cards_image_and_renditions_in_the_same_queries(
    news, django_assert_num_queries
):
    for number in range(3):
        NewsPageFactory(parent=news, title=f"写真つきの記事{number}")
    articles = NewsPage.objects.in_locale_of(news).with_images()

    # The articles with their images, then the renditions of all of them.
    with django_assert_num_queries(2):
        images = [article.image for article in articles]
        renditions = [list(image.renditions.all()) for image in images]

    assert len({image.pk for image in images}) == 3
    assert renditions == [[], [], []]


def test_localized_by_translation_key_maps_keys_to_the_live_pages_of_one_locale(
    site, django_assert_num_queries
):
    cities = CityIndexPageFactory(parent=site.home("ja"))
    translate(cities)
    torrance = CityPageFactory(parent=cities, title="トーランス")
    translate(torrance, {"トーランス": "Torrance"})
    chengde = CityPageFactory(parent=cities, title="承徳")
    draft = translate(chengde, {"承徳": "Chengde"})
    draft.refresh_from_db()  # the copy translate() returns predates its publication
    draft.unpublish()
    guam = CityPageFactory(parent=cities, title="グアム")

    keys = [torrance.translation_key, chengde.translation_key, guam.translation_key]
    with django_assert_num_queries(1):
        english = localized_by_translation_key(CityPage, keys, site.en.pk)

    assert {key: page.title for key, page in english.items()} == {
        torrance.translation_key: "Torrance"
    }
