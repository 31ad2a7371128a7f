"""A translator translates; only a moderator may throw a translation away. The translation
editor offers a translator neither "stop synchronising", "make it an alias" nor "delete", and
the admin refuses them when asked directly; a moderator keeps all three."""

import json

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation

from accounts.roles import MODERATORS, TRANSLATORS
from tests.factories.news import NewsPageFactory
from tests.support.applications import staff_member
from tests.support.html import html
from tests.support.translation import translate


@pytest.fixture
def english(site, news_index):
    page = NewsPageFactory(parent=news_index, title="提携記念式典", image=None)
    translate(page, {"提携記念式典": "Anniversary ceremony"})
    return page.get_translation(site.en)


def editor_props(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    editor = html(response).select_one(".js-translation-editor")
    return json.loads(editor["data-props"])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.mark.parametrize(
    ("role", "offered"),
    [(TRANSLATORS, False), (MODERATORS, True)],
)
def test_the_translation_editor_offers_what_the_role_may_do(
    client, django_user_model, english, role, offered
):
    client.force_login(staff_member(django_user_model, role))

    props = editor_props(client, english)

    assert bool(props["links"]["stopTranslationUrl"]) is offered
    assert bool(props["links"]["convertToAliasUrl"]) is offered
    assert props["perms"]["canDelete"] is offered
    # Everything else a translator does stays.
    assert props["perms"]["canPublish"]
    assert props["links"]["downloadPofile"]


def test_a_translator_asking_to_stop_the_synchronisation_is_refused_in_japanese(
    client, django_user_model, english
):
    client.force_login(staff_member(django_user_model, TRANSLATORS))
    translation = Translation.objects.get(
        target_locale=english.locale, source__object_id=english.translation_key
    )
    edit = reverse("wagtailadmin_pages:edit", args=[english.pk])

    response = client.post(
        reverse("wagtail_localize:stop_translation", args=[translation.pk]) + f"?next={edit}",
        follow=True,
    )

    assert response.redirect_chain[-1][0] == edit
    assert "できるのは承認者だけです" in " ".join(messages_of(response))
    translation.refresh_from_db()
    assert translation.enabled


def test_a_translator_cannot_replace_the_translation_with_an_alias(
    client, django_user_model, english
):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    response = client.post(
        reverse("wagtail_localize:convert_to_alias", args=[english.pk]), follow=True
    )

    assert "できるのは承認者だけです" in " ".join(messages_of(response))
    assert Page.objects.get(pk=english.pk).alias_of_id is None


def test_a_moderator_may_stop_the_synchronisation(client, django_user_model, english):
    client.force_login(staff_member(django_user_model, MODERATORS))
    translation = Translation.objects.get(
        target_locale=english.locale, source__object_id=english.translation_key
    )

    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))

    translation.refresh_from_db()
    assert not translation.enabled


def test_the_page_list_offers_a_translator_no_delete(client, django_user_model, english):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    listing = client.get(reverse("wagtailadmin_explore", args=[english.get_parent().pk]))

    assert listing.status_code == 200
    assert reverse("wagtailadmin_pages:delete", args=[english.pk]) not in listing.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in listing.content.decode()


def test_a_translator_asking_to_delete_is_refused(client, django_user_model, english):
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    client.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))

    assert Page.objects.filter(pk=english.pk).exists()
