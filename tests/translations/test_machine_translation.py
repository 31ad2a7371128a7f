"""Machine translation fills gaps, keeps proper nouns right, and is marked until reviewed."""

import json

import pytest
import requests

from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import GlossaryTerm
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
    # Each text waits for a person; the address (slug) needs no reader.
    texts_to_read = machine.exclude(context__path="slug")
    assert SegmentReview.objects.filter(reason=SegmentReview.Reason.MACHINE).count() == len(
        texts_to_read
    )
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


class FakeDeepL:
    """DeepL's glossary endpoints, as the translator calls them, without the network."""

    def __init__(self, monkeypatch):
        self.created, self.deleted, self.refuse = [], [], False
        monkeypatch.setattr("translations.machine.requests.post", self.post)
        monkeypatch.setattr("translations.machine.requests.delete", self.delete)

    def post(self, url, data, headers, timeout):
        if self.refuse:
            raise requests.ConnectionError("DeepL is unreachable")
        self.created.append((url, data, headers))
        return FakeResponse({"glossary_id": f"glossary-{len(self.created)}"})

    def delete(self, url, headers, timeout):
        self.deleted.append(url)


class FakeResponse:
    def __init__(self, payload):
        self.payload = payload

    def raise_for_status(self):
        pass

    def json(self):
        return self.payload


@pytest.fixture
def deepl(monkeypatch, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test:fx"},
    }
    return FakeDeepL(monkeypatch)


def glossary_used(site):
    translator = get_machine_translator()
    assert isinstance(translator, GlossaryDeepLTranslator)
    return translator.get_parameters(site.ja, site.en, []).get("glossary_id")


def test_deepl_translates_with_a_glossary_made_from_the_site_glossary(site, deepl):
    assert glossary_used(site) == "glossary-1"
    assert glossary_used(site) == "glossary-1"

    [(url, data, headers)] = deepl.created
    assert url == "https://api-free.deepl.com/v2/glossaries"
    assert "トーランス\tTorrance" in data["entries"]
    assert "柏市国際交流協会\tKIRA" in data["entries"]
    assert headers["Authorization"] == "DeepL-Auth-Key test:fx"


def test_a_term_editors_add_reaches_deepl_in_a_new_glossary(site, deepl):
    glossary_used(site)

    GlossaryTerm.objects.create(japanese="柏の葉", english="Kashiwa-no-ha")

    assert glossary_used(site) == "glossary-2"
    assert "柏の葉\tKashiwa-no-ha" in deepl.created[-1][1]["entries"]
    assert deepl.deleted == ["https://api-free.deepl.com/v2/glossaries/glossary-1"]


def test_when_deepl_cannot_make_the_new_glossary_the_last_one_is_used(site, deepl):
    glossary_used(site)
    GlossaryTerm.objects.create(japanese="柏の葉", english="Kashiwa-no-ha")
    deepl.refuse = True

    assert glossary_used(site) == "glossary-1"
    assert deepl.deleted == []


def test_english_sources_get_the_glossary_the_other_way_round(site, deepl):
    translator = get_machine_translator()
    translator.get_parameters(site.en, site.ja, [])

    entries = deepl.created[0][1]["entries"].splitlines()
    assert "Torrance\tトーランス" in entries
    sources = [entry.split("\t")[0] for entry in entries]
    assert len(sources) == len(set(sources))
