"""A delegation report reads as a story with its photos: the photo at the top, the trip in a
few facts, the delegates' account with photos between its paragraphs, more photos at the end;
every photo with its caption and credit, in both languages, sized and loaded as a phone needs."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.cities import DelegationPageFactory, InterviewPageFactory
from tests.factories.core import ImageFactory, photo
from tests.support.html import html
from tests.support.translation import translate


def report(parent, gallery_size=2):
    return DelegationPageFactory(
        parent=parent,
        image_caption="トーランス市役所の前で",
        image_credit="柏市国際交流協会",
        body=[
            ("paragraph", "<p>市役所を訪ね、市長にあいさつしました。</p>"),
            ("image", photo("ホストファミリーとの夕食", "トーランス市")),
            ("paragraph", "<p>最終日には学校を訪問しました。</p>"),
        ],
        photos=[("photo", photo(f"交流会{n}", "トーランス市")) for n in range(gallery_size)],
    )


@pytest.fixture
def torrance(page_tree):
    return page_tree.page("cities/torrance/", "ja")


def test_the_report_tells_the_trip_with_its_photos_captioned_and_credited(client, torrance):
    page = html(client.get(report(torrance).url))
    story = page.select_one("article")

    figures = story.select("figure")
    assert [figure.figcaption.get_text(" ", strip=True) for figure in figures[:2]] == [
        "トーランス市役所の前で 写真：柏市国際交流協会",
        "ホストファミリーとの夕食 写真：トーランス市",
    ]
    # The body's photo stands between its paragraphs, the gallery comes last, under a heading.
    paragraphs = [p.get_text() for p in story.select(".story > *")]
    assert paragraphs[0].startswith("市役所を訪ね") and paragraphs[2].startswith("最終日")
    assert story.select_one(".gallery h2").get_text() == "写真"
    assert len(story.select(".gallery figure")) == 2
    # The trip's facts come before the story.
    assert story.select_one(".key-facts h2").get_text() == "旅の概要"
    assert story.find_all(["section", "div"], class_=["key-facts", "story", "gallery"])[0][
        "class"
    ] == ["key-facts"]


def test_every_photo_is_sized_offered_as_webp_and_lazy_below_the_top(client, torrance):
    page = html(client.get(report(torrance).url))

    pictures = page.select("article picture")
    assert len(pictures) == 4
    for picture in pictures:
        assert picture.select_one('source[type="image/webp"]')["srcset"]
        image = picture.img
        assert image["src"].endswith(".jpg") or image["src"].endswith(".jpeg")
        assert int(image["width"]) > 0 and int(image["height"]) > 0
        assert image["alt"]
    top, *below = [picture.img for picture in pictures]
    assert top.get("loading") != "lazy" and top["fetchpriority"] == "high"
    assert all(image["loading"] == "lazy" for image in below)


def test_the_english_report_shows_the_translators_captions_and_credits(client, torrance):
    source = report(torrance, gallery_size=1)
    english = translate(
        source,
        {
            "トーランス市役所の前で": "In front of Torrance City Hall",
            "柏市国際交流協会": "Kashiwa International Relations Association",
            "ホストファミリーとの夕食": "Dinner with a host family",
            "トーランス市": "City of Torrance",
        },
    )

    page = html(client.get(english.url))

    captions = [figure.figcaption.get_text(" ", strip=True) for figure in page.select("figure")]
    assert captions[:2] == [
        "In front of Torrance City Hall Photo: Kashiwa International Relations Association",
        "Dinner with a host family Photo: City of Torrance",
    ]
    assert page.select_one(".key-facts h2").get_text() == "The trip"
    assert "写真" not in page.select_one("main").get_text()


def test_more_photos_cost_no_more_queries(client, torrance):
    def queries(url):
        client.get(url)  # The first visit makes the renditions; later visitors reuse them.
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    assert queries(report(torrance, gallery_size=2).url) == queries(
        report(torrance, gallery_size=8).url
    )


def test_the_city_page_lists_the_report_with_its_photo(client, torrance):
    trip = report(torrance)

    page = html(client.get(torrance.url))

    card = next(card for card in page.select(".card") if card.a.get_text() == trip.title)
    assert card.select_one(".card__media img")["alt"] == "派遣団の集合写真"
    assert card.select_one(".card__media img")["loading"] == "lazy"


def test_an_interview_carries_photos_between_its_answers(client, torrance):
    interview = InterviewPageFactory(
        parent=torrance,
        image=ImageFactory(),
        image_alt="団長の写真",
        image_credit="トーランス市",
        questions=[
            ("question_answer", {"question": "印象に残ったことは？", "answer": "<p>歓迎会。</p>"}),
            ("photo", photo("歓迎会の様子", "トーランス市")),
            ("question_answer", {"question": "次の団員へ一言", "answer": "<p>楽しんで。</p>"}),
        ],
    )

    page = html(client.get(interview.url))

    article = page.select_one("article")
    parts = [element.get_text(" ", strip=True) for element in article.select(".qa, .figure")]
    assert parts[1] == "歓迎会の様子 写真：トーランス市"
    assert parts[0].startswith("印象に残ったことは") and parts[2].startswith("次の団員へ")
    assert "写真：トーランス市" in article.select("p.meta")[-1].get_text()
