"""Machine translation is a draft, never a publication: until a person accepts or rewrites each
machine-filled text, the English page does not go live (visitors keep the "not yet
translated" page), the translator sees how many remain, and a later publish of the source does
not push the machine text out either."""

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from accounts.roles import MODERATORS, TRANSLATORS
from publishing.models import PublishingProblem
from tests.factories.news import NewsPageFactory
from tests.support.applications import staff_member
from tests.support.html import html
from tests.support.translation import translate
from translations.models import SegmentReview
from translations.status import translation_status

TITLE = "トーランスの派遣生が来柏"
LEAD = "承徳とグアムとキャムデンからも便りが届きました。"


@pytest.fixture
def machine_translated(site, news_index):
    """A published Japanese article whose English draft was filled by the machine translator."""
    page = NewsPageFactory(parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=site.en)
    translation.save_target(publish=False)
    call_command("machine_translate", "--locale", "en")
    return translation


def english_page(translation):
    return Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )


def edit_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[english_page(translation).pk])


def review_url(translation):
    return reverse("translation_review", args=[translation.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def press_publish(client, django_capture_on_commit_callbacks):
    """Presses 「公開」 in the translation editor; wagtail-localize publishes on commit."""

    def press_publish(translation):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(edit_url(translation), {"action": "publish"}, follow=True)

    return press_publish


@pytest.mark.parametrize("role", [TRANSLATORS, MODERATORS])
def test_machine_text_is_not_published_by_anyone_until_a_person_reads_it(
    client, django_user_model, machine_translated, press_publish, role
):
    client.force_login(staff_member(django_user_model, role))

    response = press_publish(machine_translated)

    assert not english_page(machine_translated).live
    [message] = [m for m in messages_of(response) if "公開しませんでした" in m]
    assert "人が確認していない機械翻訳が 2 か所" in message
    assert "Torranceの派遣生が来柏" in message
    # The way round untranslated text is no way round machine text, not even for a moderator.
    assert "publish-untranslated" not in response.content.decode()
    assert review_url(machine_translated) in response.content.decode()
    visitor = client.get(f"/en/news/{english_page(machine_translated).slug}/")
    assert visitor.status_code == 404
    assert "This page is not available in this language yet" in visitor.content.decode()
    assert machine_translated.source.get_source_instance().url in visitor.content.decode()


def test_the_publish_anyway_page_refuses_machine_text(
    client, django_user_model, machine_translated
):
    client.force_login(staff_member(django_user_model, MODERATORS))
    url = reverse("translation_publish_incomplete", args=[machine_translated.pk])

    for response in (client.get(url, follow=True), client.post(url, follow=True)):
        assert any("機械翻訳が 2 か所" in message for message in messages_of(response))
    assert not english_page(machine_translated).live


def test_the_translator_sees_how_many_machine_texts_wait(
    client, django_user_model, machine_translated
):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    editor = client.get(edit_url(machine_translated))
    report = client.get(reverse("translation_status"))

    assert any("確認していない機械翻訳が 2 か所あります" in m for m in messages_of(editor))
    assert not any("原文が変わった" in m for m in messages_of(editor))
    [row] = [row for row in html(report).select("tbody tr") if TITLE in row.get_text()]
    assert "（機械翻訳の確認待ち 2 か所）" in row.get_text()


def test_after_the_translator_accepts_the_machine_text_the_page_goes_live(
    client, django_user_model, machine_translated, press_publish
):
    client.force_login(staff_member(django_user_model, TRANSLATORS))
    review = client.get(review_url(machine_translated))
    assert "機械翻訳（まだ人が確認していません）" in review.content.decode()
    assert "Torranceの派遣生が来柏" in review.content.decode()

    client.post(review_url(machine_translated), {"accept": "all"})
    response = press_publish(machine_translated)

    assert english_page(machine_translated).live
    assert not any("公開しませんでした" in m for m in messages_of(response))
    [row] = [row for row in translation_status() if row.title == TITLE]
    assert row.machine == 0


def test_a_later_publish_of_the_source_does_not_push_machine_text_out(site, news_index, publish):
    page = NewsPageFactory(parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="")
    translate(page, {TITLE: "Delegates from Torrance visit Kashiwa"})
    english = page.get_translation(site.en)
    lead = StringTranslation.objects.get(locale=site.en, translation_of__data=LEAD)
    lead.data = "Machine: letters came from Chengde, Guam and Camden."
    lead.translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
    lead.save()

    page.title = "トーランスの派遣生が来柏しました"
    publish(page)

    english.refresh_from_db()
    assert english.live
    assert english.specific.lead != "Machine: letters came from Chengde, Guam and Camden."
    assert not PublishingProblem.objects.exists()


def test_a_machine_translation_whose_source_changed_is_kept_for_review(site, news_index, publish):
    page = NewsPageFactory(parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="")
    translate(page)
    lead = StringTranslation.objects.get(locale=site.en, translation_of__data=LEAD)
    lead.translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
    lead.save()

    page.lead = "承徳とグアムから便りが届きました。"
    publish(page)

    assert not PublishingProblem.objects.exists()
    carried = StringTranslation.objects.get(
        locale=site.en, translation_of__data="承徳とグアムから便りが届きました。"
    )
    assert carried.review.reason == SegmentReview.Reason.SOURCE_CHANGED
