"""The demo carries the facts of the association's old pages (../shared/seeds/) as a visitor
reads them, in both languages, and presents nothing it had to guess as known."""

import pytest

from wagtail.models import Comment

from tests.support.html import html


def visible_text(client, url):
    response = client.get(url.rstrip("/") + "/")
    assert response.status_code == 200
    main = html(response).find("main")
    return " ".join(main.get_text(" ", strip=True).split())


@pytest.mark.parametrize(
    ("path", "language", "facts"),
    [
        (
            "cities/torrance/2023-citizens-tour",
            "en",
            ["Torrance North High School", "1,800", "Wilson Park", "Mikko Haggott Henson"],
        ),
        (
            "cities/torrance/2023-citizens-tour",
            "ja",
            ["トーランス北高校", "1,800人", "ウィルソンパーク", "ミコ・ハゴット・ヘンソン"],
        ),
        (
            "cities/torrance/2023-torrance-mission",
            "en",
            [
                "Kashiwa-no-ha",
                "self-driving bus",
                "brass band",
                "Crest Hotel",
                "Donna",
                "Kosuge",
                "farewell party",
            ],
        ),
        (
            "cities/torrance/2023-torrance-mission",
            "ja",
            [
                "柏の葉",
                "自動運転バス",
                "ブラスバンド",
                "クレストホテル",
                "ドナ会長",
                "小菅",
                "さよならパーティー",
            ],
        ),
        ("cities/camden/history", "en", ["June 1993", "Camden's mayor visits Shonan"]),
        ("cities/camden/history", "ja", ["1993年6月", "キャムデン市長の来町"]),
        ("news/torrance-50th-anniversary", "en", ["a digest and a full version"]),
        ("cities/torrance/2025-adult-leader-interview", "en", ["Hiroshima", "Fushimi Inari"]),
        ("cities/torrance/2025-adult-leader-interview", "ja", ["広島", "伏見稲荷大社"]),
    ],
)
def test_the_seeds_facts_are_on_the_pages(client, demo, path, language, facts):
    text = visible_text(client, demo.url(path, language))

    for fact in facts:
        assert fact in text, fact


def test_the_torrance_visit_of_2023_counts_43_people_in_all(client, demo):
    english = visible_text(client, demo.url("cities/torrance/history", "en"))

    assert "A delegation of 43 in all" in english
    assert "43-strong" not in english


def test_the_chengde_delegation_of_2025_is_in_the_42nd_year_of_the_friendship(client, demo):
    for language, year in (("en", "42nd year"), ("ja", "42年目")):
        text = visible_text(client, demo.url("cities/chengde", language))
        assert year in text and "41" not in text


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_host_family_form_says_how_long_the_delegates_stayed_and_promises_nothing_more(
    client, demo, language
):
    text = visible_text(client, demo.url("news/torrance-host-families-2025/apply", language))

    assert ("from 10 to 30 July" if language == "en" else "7月10日から30日まで") in text
    for invented in ("about a week", "約1週間", "in Kashiwa to welcome", "説明会", "briefing"):
        assert invented not in text


def test_the_english_footer_names_the_new_year_holidays(client, demo):
    footer = html(client.get("/en/")).find("footer")

    assert "year-end and New Year holidays" in footer.get_text(" ", strip=True)


def test_dates_the_seeds_do_not_give_carry_a_note_for_editors_not_for_visitors(client, demo):
    cancelled = demo.page("news/2021-exchange-programmes-cancelled/")

    [note] = Comment.objects.filter(page=cancelled, contentpath="date")
    assert "for the year 2021" in note.text
    assert note.text not in client.get(cancelled.get_url()).content.decode()
