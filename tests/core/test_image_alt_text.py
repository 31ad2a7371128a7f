"""Alternative text is asked once, in the image library, and each use of the image keeps,
rewords or drops it (decorative); the words a page uses are stored on the page, where the
translator translates them."""

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.blocks import ImageWithCaptionBlock
from tests.factories.core import ImageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.page_editor import Editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(site):
    return NewsIndexPageFactory(parent=site.home("ja"))


def block_value(**fields):
    block = ImageWithCaptionBlock()
    return block, block.to_python({"decorative": False, "alt_text": "", "caption": "", **fields})


def test_an_image_block_left_blank_takes_the_library_words():
    image = ImageFactory(description="握手をする両市の市長")
    block, value = block_value(image=image.pk)

    cleaned = block.clean(value)

    assert cleaned["alt_text"] == "握手をする両市の市長"
    assert 'alt="握手をする両市の市長"' in block.render(cleaned)


def test_an_image_block_keeps_the_words_written_for_this_page():
    image = ImageFactory(description="握手をする両市の市長")
    block, value = block_value(image=image.pk, alt_text="1984年の調印式")

    assert block.clean(value)["alt_text"] == "1984年の調印式"


def test_a_decorative_image_is_skipped_by_screen_readers():
    image = ImageFactory(description="")
    block, value = block_value(image=image.pk, decorative=True, alt_text="飾り")

    html = block.render(block.clean(value))

    assert 'alt=""' in html and "飾り" not in html


def test_an_image_without_any_words_is_refused_for_publishing_but_kept_as_a_draft():
    image = ImageFactory(description="")
    block, value = block_value(image=image.pk)

    assert block.clean_deferred(value)["alt_text"] == ""
    with translation.override("ja"), pytest.raises(ValidationError) as refused:
        block.clean(value)
    with translation.override("ja"):
        assert "「装飾用の画像」にチェック" in str(refused.value.block_errors["alt_text"])


def test_a_featured_image_left_without_words_takes_the_library_words(news_index):
    image = ImageFactory(description="植樹をする両市の代表")

    page = NewsPageFactory(parent=news_index, image=image, image_alt="")

    page.refresh_from_db()
    assert page.image_alt == "植樹をする両市の代表"


def test_a_featured_image_without_any_words_is_refused(news_index):
    with pytest.raises(ValidationError) as refused:
        NewsPageFactory(parent=news_index, image=ImageFactory(description=""), image_alt="")
    assert "image_alt" in refused.value.message_dict


def test_an_editor_who_clears_the_words_publishes_the_library_words_for_the_translator(
    client, admin_user_ja, news_index
):
    image = ImageFactory(description="植樹をする両市の代表")
    page = NewsPageFactory(
        parent=news_index,
        body=[("image", {"image": image, "alt_text": "仮の説明", "caption": "記念植樹"})],
    )
    client.force_login(admin_user_ja)

    response = Editor(client, page).send("edit", "publish", {"body-0-value-alt_text": ""})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body[0].value["alt_text"] == "植樹をする両市の代表"
    for_translator = [
        segment.string.data
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    ]
    assert "植樹をする両市の代表" in for_translator


@pytest.mark.parametrize(("description", "offered"), [("", ""), ("公園の桜", "公園の桜")])
def test_choosing_an_image_offers_its_description_never_its_title(
    client, admin_user_ja, description, offered
):
    image = ImageFactory(title="IMG_0042.jpg", description=description)
    client.force_login(admin_user_ja)

    response = client.get(reverse("wagtailimages_chooser:chosen", args=[image.pk]))

    assert response.json()["result"]["default_alt_text"] == offered
