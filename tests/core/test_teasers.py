"""Teasers on lists and in link previews stop between words, or between Japanese phrases, and
say with an ellipsis that the text goes on."""

import pytest

from core.text import teaser
from tests.factories.news import NewsPageFactory
from tests.support.html import html

ENGLISH_LEAD = (
    "Kashiwa's delegates spent ten days in Torrance, staying with host families, visiting "
    "schools and the city hall, and telling the Mayor about their home town in English."
)
JAPANESE_LEAD = (
    "柏市国際交流協会は、トーランス市との姉妹都市提携50周年を記念して、市民訪問団を派遣し、"
    "市役所や学校を訪ねてホストファミリーの家庭に滞在しました。"
)


@pytest.mark.parametrize("length", range(20, 120, 7))
def test_an_english_teaser_ends_with_a_whole_word(length):
    cut = teaser(ENGLISH_LEAD, length)

    assert len(cut) <= length and cut.endswith("…")
    kept = cut.removesuffix("…").split()
    assert kept and all(word in ENGLISH_LEAD.split() for word in kept[:-1])
    assert kept[-1].rstrip(",") in [word.rstrip(",") for word in ENGLISH_LEAD.split()]


@pytest.mark.parametrize("length", range(12, 60, 5))
def test_a_japanese_teaser_ends_between_phrases(length):
    cut = teaser(JAPANESE_LEAD, length)

    assert len(cut) <= length and cut.endswith("…")
    kept = cut.removesuffix("…")
    assert JAPANESE_LEAD.startswith(kept)
    assert not kept.endswith("、")
    # Never inside a name or a compound such as 姉妹都市 or ホストファミリー.
    for word in ("トーランス", "姉妹都市", "ホストファミリー", "国際交流協会", "市民訪問団"):
        start = JAPANESE_LEAD.find(word)
        assert not start < len(kept) < start + len(word), (kept, word)


def test_a_short_text_is_left_as_it_is():
    assert teaser("トーランス市を訪問しました。", 120) == "トーランス市を訪問しました。"


@pytest.mark.parametrize(("language", "lead"), [("en", ENGLISH_LEAD), ("ja", JAPANESE_LEAD)])
def test_the_news_list_shows_the_lead_cut_between_words(client, page_tree, language, lead):
    index = page_tree.page("news/", language)
    article = NewsPageFactory(parent=index, lead=f"{lead} {lead}")

    cards = html(client.get(index.url)).select(".card")
    card = next(card for card in cards if card.a.get_text() == article.title)

    shown = card.select("p")[-1].get_text()
    assert shown.endswith("…") and len(shown) <= 120
    assert article.lead.startswith(shown.removesuffix("…"))
    assert article.lead[len(shown) - 1] in " 、。" or shown[-2] in "。"
