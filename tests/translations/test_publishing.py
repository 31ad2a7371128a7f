"""English visitors never read untranslated Japanese: a translation with text left untranslated
is not published, unless a moderator chooses to on a page that lists what is left."""

import datetime

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from accounts.roles import MODERATORS, TRANSLATORS
from tests.factories.news import NewsPageFactory
from tests.support.applications import staff_member
from tests.support.translation import translate

TITLE = "第17回承徳市派遣青少年の募集"
TITLE_EN = "Youth delegates to Chengde: the 17th call"
LEAD = "承徳市へ派遣する青少年を募集します。"
PARAGRAPH = "説明会は柏市役所で開きます。"


@pytest.fixture
def half_translated(site, news_index):
    """A published Japanese article whose English draft has only its title translated."""
    page = NewsPageFactory(
        parent=news_index,
        title=TITLE,
        lead=LEAD,
        # Rich text segments hold HTML; staff read the text.
        body=[("paragraph", RichText("<p>説明会は<b>柏市役所</b>で開きます。</p>"))],
        image=None,
        image_alt="",
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=site.en)
    translation.save_target(publish=False)
    title = source.stringsegment_set.get(string__data=TITLE)
    StringTranslation.objects.create(
        translation_of=title.string, locale=site.en, context=title.context, data=TITLE_EN
    )
    return translation


def english_page(translation):
    return Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )


@pytest.fixture
def publish_in_translation_editor(client, django_capture_on_commit_callbacks):
    """Presses "publish" in the translation editor; wagtail-localize publishes on commit."""

    def publish_in_translation_editor(translation):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("wagtailadmin_pages:edit", args=[english_page(translation).pk]),
                {"action": "publish"},
                follow=True,
            )

    return publish_in_translation_editor


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_a_live_page_sent_for_translation_starts_as_an_english_draft(
    client, django_user_model, site, news_index
):
    page = NewsPageFactory(parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="")
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [site.en.pk]},
    )

    assert response.status_code == 302
    english = page.get_translation(site.en)
    assert not english.live
    assert client.get(f"/en/news/{page.slug}/").status_code == 404


def test_translator_cannot_publish_a_half_translated_page(
    client, django_user_model, half_translated, publish_in_translation_editor
):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    response = publish_in_translation_editor(half_translated)

    assert response.status_code == 200
    assert not english_page(half_translated).live
    [message] = messages_of(response)
    assert "英語の訳がまだない箇所が 2 か所" in message
    assert f"「{LEAD}」" in message
    assert f"「{PARAGRAPH}」" in message
    assert "公開しませんでした" in message
    # A translator is not offered the way round it.
    assert "publish-untranslated" not in response.content.decode()


def test_the_translation_editor_keeps_the_translated_title_after_a_refusal(
    client, django_user_model, half_translated, publish_in_translation_editor
):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    publish_in_translation_editor(half_translated)

    assert StringTranslation.objects.filter(data=TITLE_EN).exists()


def test_a_fully_translated_page_is_published(
    client, django_user_model, site, news_index, publish_in_translation_editor
):
    page = NewsPageFactory(parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="")
    translation = Translation.objects.get(
        source=TranslationSource.objects.get(object_id=translate(page).translation_key)
    )
    english = english_page(translation)
    english.unpublish()
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    response = publish_in_translation_editor(translation)

    assert english_page(translation).live
    assert not any("公開しませんでした" in message for message in messages_of(response))


def test_moderator_may_publish_untranslated_text_after_reading_what_is_left(
    client,
    django_user_model,
    half_translated,
    publish_in_translation_editor,
    django_capture_on_commit_callbacks,
):
    client.force_login(staff_member(django_user_model, MODERATORS))

    refused = publish_in_translation_editor(half_translated)
    confirmation_url = reverse("translation_publish_incomplete", args=[half_translated.pk])
    assert confirmation_url in refused.content.decode()
    assert not english_page(half_translated).live

    confirmation = client.get(confirmation_url)
    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert LEAD in page and PARAGRAPH in page
    assert "日本語のまま" in page

    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(confirmation_url, follow=True)

    assert english_page(half_translated).live
    assert "未翻訳の箇所が 2 か所あるまま" in " ".join(messages_of(published))


def test_translator_cannot_open_the_way_round(client, django_user_model, half_translated):
    client.force_login(staff_member(django_user_model, TRANSLATORS))
    confirmation_url = reverse("translation_publish_incomplete", args=[half_translated.pk])

    # Wagtail answers a refused admin view by sending the person to the dashboard.
    for response in (client.get(confirmation_url), client.post(confirmation_url)):
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    assert not english_page(half_translated).live


def test_bulk_publish_refuses_a_half_translated_page(
    client, django_user_model, half_translated, site
):
    client.force_login(staff_member(django_user_model, MODERATORS))
    english = english_page(half_translated)
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={english.pk}&next=/admin/pages/{english.get_parent().pk}/"
    )

    response = client.post(url, follow=True)

    assert not english_page(half_translated).live
    assert any("公開しませんでした" in message for message in messages_of(response))


@pytest.fixture
def undated_draft_in_translation(client, django_user_model, site, news_index):
    """A Japanese article saved as a draft before its date was fixed, sent for translation and
    translated whole; the translator signed in."""
    page = NewsPageFactory(
        parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="", live=False, date=None
    )
    client.force_login(staff_member(django_user_model, TRANSLATORS))
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [site.en.pk]},
    )
    translation = Translation.objects.get(source__object_id=page.translation_key)
    for segment in translation.source.stringsegment_set.all():
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=site.en,
            context=segment.context,
            data=f"[en] {segment.string.data}",
        )
    return page, translation


def test_a_translation_waits_for_the_date_its_japanese_draft_lacks(
    undated_draft_in_translation, publish_in_translation_editor
):
    _page, translation = undated_draft_in_translation

    response = publish_in_translation_editor(translation)

    assert response.status_code == 200
    assert not english_page(translation).live
    assert any(
        "日本語版の「日付」がまだ入力されていません" in message for message in messages_of(response)
    )
    assert not any("もう一度「公開」を押して" in message for message in messages_of(response))


def test_once_the_japanese_page_is_dated_and_published_its_translation_can_go_live(
    undated_draft_in_translation, publish_in_translation_editor, publish
):
    page, translation = undated_draft_in_translation
    page.date = datetime.date(2027, 1, 15)
    publish(page)

    publish_in_translation_editor(translation)

    english = english_page(translation).specific
    assert english.live and english.date == datetime.date(2027, 1, 15)
