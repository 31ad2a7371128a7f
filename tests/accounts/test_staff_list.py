"""The staff list, as the office manager reads it: each person under their name in Japanese
order, with the role they hold, and the day they last signed in."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import EDITORS, MODERATORS, TRANSLATORS
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.html import html


def staff(django_user_model, username, family, given, *roles, **fields):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.com", "pw", last_name=family, first_name=given, **fields
    )
    user.groups.set(Group.objects.filter(name__in=roles))
    return user


def rows(response):
    """{username: (name, role, last sign-in)} as the list shows them."""
    soup = html(response)
    shown = {}
    for row in soup.select("tbody tr"):
        text = {
            cell: row.select_one(f"td.{cell}").get_text(" ", strip=True)
            for cell in ("username", "level", "last-login")
        }
        # The name cell also holds the menu of actions on that person.
        text["name"] = row.select_one("td.name a").get_text(" ", strip=True)
        shown[text["username"]] = (text["name"], text["level"], text["last-login"])
    return shown


@pytest.fixture
def office(client, site, admin_user_ja, django_user_model):
    staff(
        django_user_model,
        "sato",
        "佐藤",
        "花子",
        EDITORS,
        last_login=datetime.datetime(2026, 12, 4, 0, 30, tzinfo=datetime.UTC),
    )
    staff(django_user_model, "suzuki", "鈴木", "一郎", MODERATORS, EDITORS)
    staff(django_user_model, "smith", "Smith", "John", TRANSLATORS)
    staff(django_user_model, "retired", "山田", "太郎")
    client.force_login(admin_user_ja)
    return client


def test_each_person_is_listed_in_their_own_name_order_with_their_roles(office):
    shown = rows(office.get(reverse("wagtailusers_users:index")))

    assert shown["sato"] == ("佐藤 花子", "編集者", "2026年12月4日（金）9:30")
    assert shown["suzuki"][:2] == ("鈴木 一郎", "承認者、編集者")
    assert shown["smith"][:2] == ("John Smith", "翻訳者")
    assert shown["retired"][:2] == ("山田 太郎", "役割なし")
    assert shown["kanri"][1] == "管理者"


def test_the_list_sorted_by_name_follows_the_family_name(office):
    shown = rows(office.get(reverse("wagtailusers_users:index"), {"ordering": "name"}))

    japanese = [name for name, *_ in shown.values() if name[0] in "佐鈴山"]
    assert japanese == ["佐藤 花子", "山田 太郎", "鈴木 一郎"]


def test_the_list_costs_the_same_queries_for_more_people(
    office, django_user_model, django_assert_num_queries, django_assert_max_num_queries
):
    url = reverse("wagtailusers_users:index")
    office.get(url)
    with django_assert_max_num_queries(20) as captured:
        office.get(url)
    for number in range(10):
        staff(django_user_model, f"volunteer{number}", "高橋", f"{number}号", TRANSLATORS)

    with django_assert_num_queries(len(captured)):
        assert office.get(url).status_code == 200


def test_a_page_s_history_names_its_editor_family_name_first(office, site, django_user_model):
    editor = django_user_model.objects.get(username="sato")
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    article.save_revision(user=editor, log_action=True)

    history = office.get(reverse("wagtailadmin_pages:history", args=[article.pk]))

    text = html(history).get_text(" ", strip=True)
    assert "佐藤 花子" in text and "花子 佐藤" not in text
