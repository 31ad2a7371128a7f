"""Editors keep the glossary of proper names in the admin; page addresses and the machine
translators spell each name as the glossary says."""

import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.strings import StringValue

from accounts.roles import EDITORS, TRANSLATORS
from core.models import GlossaryTerm
from core.slugs import latin_slug
from tests.support.applications import staff_member
from translations.machine import GlossaryTranslator

ADD_URL = "wagtailsnippets_core_glossaryterm:add"


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(staff_member(django_user_model, EDITORS))


def test_the_glossary_starts_with_the_association_s_names(db):
    assert GlossaryTerm.objects.get(japanese="キャムデン").english == "Camden"
    assert GlossaryTerm.objects.get(japanese="パレット柏").english == "Palette Kashiwa"


def test_a_name_an_editor_adds_spells_new_addresses(client, editor):
    assert latin_slug("ラウンドロック訪問") == "raundo-rokku-homon"

    response = client.post(
        reverse(ADD_URL), {"japanese": "ラウンドロック", "english": "Round Rock"}
    )

    assert response.status_code == 302
    assert latin_slug("ラウンドロック訪問") == "round-rock-homon"


def test_the_machine_translators_keep_the_glossary_s_names(db):
    GlossaryTerm.objects.create(japanese="ラウンドロック", english="Round Rock")
    ja, en = Locale.objects.get(language_code="ja"), Locale.objects.get(language_code="en")

    source = StringValue("ラウンドロックとトーランス")

    translated = GlossaryTranslator({}).translate(ja, en, [source])

    assert translated[source].data == "Round RockとTorrance"


def test_the_glossary_form_speaks_japanese_and_refuses_a_name_twice(client, editor):
    response = client.post(reverse(ADD_URL), {"japanese": "トーランス", "english": "Torrance"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "日本語のページでの書き方です" in page
    assert "既に存在します" in page


def test_translators_read_the_glossary_but_do_not_change_it(client, django_user_model):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    listing = client.get(reverse("wagtailsnippets_core_glossaryterm:list"))
    refused = client.post(reverse(ADD_URL), {"japanese": "ラウンドロック", "english": "Round Rock"})

    assert listing.status_code == 200
    assert "キャムデン" in listing.content.decode()
    assert refused.status_code == 302
    assert not GlossaryTerm.objects.filter(japanese="ラウンドロック").exists()
