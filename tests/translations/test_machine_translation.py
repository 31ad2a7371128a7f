"""Machine translation fills gaps, keeps proper nouns right, and is marked until reviewed."""

import json

import pytest

from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.factories.news import NewsPageFactory
from translations.machine import GlossaryDeepLTranslator
from translations.models import SegmentReview
from translations.status import State, translation_status


@pytest.fixture
def untranslated_news(site, news_index):
    """A news article whose English translation has been started but has no text yet."""
    page = NewsPageFactory(
        parent=news_index,
        title="トーランスの派遣生が来柏",
        lead="承徳とグアムとキャムデンからも便りが届きました。",
        image=None,
        image_alt="",
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=site.en).save_target(publish=False)
    return page, source


def test_bulk_machine_translation_fills_gaps_with_the_glossary(site, untranslated_news, capsys):
    _page, source = untranslated_news

    call_command("machine_translate", "--locale", "en")

    machine = StringTranslation.objects.filter(
        translation_of__in=StringSegment.objects.filter(source=source).values("string"),
        locale=site.en,
    )
    texts = {translation.data for translation in machine}
    assert "Torranceの派遣生が来柏" in texts
    assert "ChengdeとGuamとCamdenからも便りが届きました。" in texts
    assert all(t.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE for t in machine)
    assert SegmentReview.objects.filter(reason=SegmentReview.Reason.MACHINE).count() == len(machine)
    assert "segment(s) were machine-translated into en" in capsys.readouterr().out


def test_dry_run_translates_nothing(untranslated_news, capsys):
    before = StringTranslation.objects.count()
    call_command("machine_translate", "--locale", "en", "--dry-run")
    assert StringTranslation.objects.count() == before
    assert "would be machine-translated" in capsys.readouterr().out


def test_unknown_language_is_explained(site):
    with pytest.raises(CommandError, match="Choose from"):
        call_command("machine_translate", "--locale", "fr")


def test_machine_output_is_in_progress_until_a_person_reviews_it(
    client, site, untranslated_news, admin_user_ja
):
    page, source = untranslated_news
    call_command("machine_translate", "--locale", "en")
    row = next(row for row in translation_status() if row.title == page.title)
    assert row.state == State.IN_PROGRESS

    translation = Translation.objects.get(source=source, target_locale=site.en)
    client.force_login(admin_user_ja)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.get_translation(site.en).pk]))
    assert json.dumps("機械翻訳：人による確認が必要です。")[1:-1] in editor.content.decode()
    # The translate button names the translator in the translator's language.
    assert json.dumps("用語集（ローカル）")[1:-1] in editor.content.decode()

    for segment in StringSegment.objects.filter(source=source).exclude(context__path="slug"):
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            data="value=Reviewed",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200
    slug = StringSegment.objects.get(source=source, context__path="slug")
    client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, slug.pk]),
        data="value=reviewed",
        content_type="application/x-www-form-urlencoded",
    )

    assert not SegmentReview.objects.exists()
    row = next(row for row in translation_status() if row.title == page.title)
    assert row.state == State.UP_TO_DATE


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "translations.machine.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test:fx", "GLOSSARY_IDS": {("JA", "EN"): "glossary-ja-en"}},
    }
)
def test_deepl_uses_the_glossary_and_creates_it_without_touching_the_network(
    site, monkeypatch, capsys
):
    sent = []

    class FakeResponse:
        def __init__(self, payload):
            self.payload = payload

        def raise_for_status(self):
            pass

        def json(self):
            return self.payload

    def fake_post(url, data, headers, timeout):
        sent.append((url, data, headers))
        return FakeResponse({"glossary_id": f"id-{data['source_lang']}-{data['target_lang']}"})

    monkeypatch.setattr("translations.machine.requests.post", fake_post)
    translator = get_machine_translator()
    assert isinstance(translator, GlossaryDeepLTranslator)
    parameters = translator.get_parameters(site.ja, site.en, [])
    assert parameters["glossary_id"] == "glossary-ja-en"

    call_command("create_deepl_glossaries")

    url, data, headers = sent[0]
    assert url == "https://api-free.deepl.com/v2/glossaries"
    assert "トーランス\tTorrance" in data["entries"]
    assert "柏市国際交流協会\tKIRA" in data["entries"]
    assert headers["Authorization"] == "DeepL-Auth-Key test:fx"
    assert "DEEPL_GLOSSARY_JA_EN=id-ja-en" in capsys.readouterr().out
