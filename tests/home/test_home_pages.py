import pytest
from bs4 import BeautifulSoup

from core.blocks import BodyBlock


def html(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("language", "lead", "news_title"),
    [
        ("ja", "4つの姉妹・友好都市", "トーランス市との姉妹都市提携50周年記念事業"),
        ("en", "four sister and friendship cities", "50th anniversary of the sister city"),
    ],
)
def test_home_page_shows_lead_news_and_cities(client, demo, language, lead, news_title):
    soup = html(client.get(demo.url("", language)))
    assert lead in soup.select_one(".lead").get_text()
    assert soup.select_one(".page-header__image img")["alt"]
    assert news_title in soup.find(id="latest-news").parent.get_text()
    assert len(soup.find(id="cities").parent.select(".card")) == 4


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", ["協会について", "ホストファミリーの募集"]),
        ("en", ["About the association", "find host families"]),
    ],
)
def test_standard_page_renders_its_body(client, demo, language, expected):
    text = html(client.get(demo.url("about/", language))).main.get_text()
    for fragment in expected:
        assert fragment in text


def test_body_blocks_render_with_their_own_templates(demo):
    block = BodyBlock()
    value = block.to_python(
        [
            {"type": "heading", "value": {"text": "交流の記録", "level": "h3"}},
            {"type": "quote", "value": {"quote": "百聞は一見に如かず", "attribution": "団長"}},
        ]
    )
    soup = BeautifulSoup(block.render(value), "html.parser")
    assert soup.h3.get_text() == "交流の記録"
    assert soup.blockquote.get_text(strip=True) == "百聞は一見に如かず"
    assert soup.figcaption.get_text() == "団長"
