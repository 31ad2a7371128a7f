"""The admin's busiest screens cost the same number of queries however much content there is.

The explorer lists 50 pages at a time and wagtail-localize's translate buttons cost three
queries per listed page (upstream), so the explorer is compared with two full listing pages.
Every admin request also asks whether the user has turned on two-factor sign-in (one query).
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.news import EventPageFactory, NewsPageFactory


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_news(demo, count):
    news_index = demo.page("news/")
    for _ in range(count):
        NewsPageFactory(parent=news_index)
        EventPageFactory(parent=news_index)


@pytest.mark.parametrize(
    ("screen", "budget"),
    [
        ("explorer", 151),
        ("editor", 45),
        ("translation status", 17),
    ],
)
def test_admin_screens_do_not_grow_with_content(client, demo, admin_user_ja, screen, budget):
    client.force_login(admin_user_ja)
    news_index = demo.page("news/")
    article = demo.page("news/torrance-50th-anniversary/")
    url = {
        "explorer": f"/admin/pages/{news_index.pk}/",
        "editor": f"/admin/pages/{article.pk}/edit/",
        "translation status": "/admin/reports/translation-status/",
    }[screen]

    add_news(demo, 30)
    with_sixty = queries_for(client, url)
    add_news(demo, 60)
    with_one_hundred_eighty = queries_for(client, url)

    assert with_one_hundred_eighty == with_sixty
    assert with_sixty <= budget
