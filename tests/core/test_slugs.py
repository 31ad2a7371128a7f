"""A page's address is readable Latin letters even when its title is Japanese, and the editor
can still write their own."""

import pytest
from bs4 import BeautifulSoup

from django.db import transaction

from core.slugs import latin_slug
from news.models import NewsPage
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.page_editor import Editor

TITLE = "第17回 承徳市派遣青少年募集"
SLUG = "dai-17-kai-chengde-shi-haken-seishonen-boshu"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (TITLE, SLUG),
        ("協会について", "kyokai-nitsuite"),
        ("柏市国際交流協会について", "kira-nitsuite"),
        ("柏市の国際交流", "kashiwa-city-no-kokusai-koryu"),
        ("沼南町とキャムデン", "shonan-town-to-camden"),
        ("トーランス市との姉妹都市提携50周年", "torrance-shi-to-no-shimai-toshi-teikei-50-shunen"),
        ("グアム", "guam"),
        ("Two cities, one sky", "two-cities-one-sky"),
        # Full-width letters and digits are the ASCII ones.
        ("ＫＩＲＡ２０２６", "kira-2026"),
        ("！？", ""),
    ],
)
@pytest.mark.django_db
def test_titles_are_spelt_in_latin_letters(title, slug):
    assert latin_slug(title) == slug


@pytest.mark.django_db
def test_a_long_title_is_cut_at_a_word():
    slug = latin_slug("トーランス青少年派遣生のホストファミリー募集と説明会のお知らせ（2025年度）")

    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert slug.startswith("torrance-seishonen-haken")


@pytest.fixture
def editor(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    news = NewsIndexPageFactory(parent=site.home("ja"))
    return Editor(client, NewsPageFactory(parent=news, slug="existing"))


def create(editor, **changes):
    with transaction.atomic():
        response = editor.send("create", "draft", changes)
    assert response.status_code == 302, response.context["form"].errors
    return NewsPage.objects.latest("pk")


def test_an_article_saved_without_an_address_gets_one_from_its_title(editor):
    first = create(editor, title=TITLE, slug="")
    second = create(editor, title=TITLE, slug="")

    assert first.slug == SLUG
    assert second.slug == f"{SLUG}-2"
    assert first.url_path.endswith(f"/{SLUG}/")


def test_an_address_the_editor_wrote_is_kept(editor):
    page = create(editor, title=TITLE, slug="chengde-17")

    assert page.slug == "chengde-17"


def test_the_title_no_longer_writes_a_japanese_address_as_the_editor_types(editor):
    html = editor.client.get(editor.url("create")).content.decode()

    page = BeautifulSoup(html, "html.parser")
    title = page.find("input", {"name": "title"})
    assert "#id_slug" not in title.get("data-w-sync-target-value", "")
    assert "空欄のまま保存すると、タイトルからローマ字で作られます" in page.get_text()
