"""Two app servers on one PostgreSQL and one Redis: a change through one shows on the other.

The servers are real gunicorn processes with the production settings, on 127.0.0.1, against a
database of their own; nothing here uses the test database or the test client.
"""

import re
import urllib.parse

import pytest

from tests.support.processes import (
    TEST_REDIS_URL,
    app_server,
    get,
    manage,
    redis_key_prefix,
)
from tests.support.web_server import Visitor

pytestmark = [pytest.mark.service, pytest.mark.xdist_group("production_demo_on_postgres")]


def test_a_change_through_one_server_shows_at_once_on_the_other(production_demo_on_postgres):
    # A whole site for the servers, in their own database (the test database is not theirs).
    environment = production_demo_on_postgres
    with redis_key_prefix() as prefix:
        environment.update(REDIS_URL=TEST_REDIS_URL, CACHE_KEY_PREFIX=prefix)
        manage(
            environment,
            "shell",
            "-c",
            "from django.contrib.auth.models import User; "
            "User.objects.create_superuser('ops', 'ops@example.jp', 'scaling-test-password')",
        )

        with app_server(environment) as first, app_server(environment) as second:
            news = "/ja/news/torrance-50th-anniversary/"
            for server in (first, second):
                assert get(server + news)[0] == 200
                status, headers, _html = get(server + news)
                assert headers["X-Page-Cache"] == "hit"
            assert "トーランス市との姉妹都市提携50周年記念事業" in get(second + "/ja/news/")[2]

            manage(
                environment,
                "shell",
                "-c",
                "from news.models import NewsPage; "
                "page = NewsPage.objects.get("
                "slug='torrance-50th-anniversary', locale__language_code='ja'); "
                "page.title = '姉妹都市提携50周年（改訂）'; page.save_revision().publish()",
            )
            for server in (first, second):
                assert "姉妹都市提携50周年（改訂）" in get(server + news)[2]
                assert "姉妹都市提携50周年（改訂）" in get(server + "/ja/news/")[2]

            editor = Visitor(first)
            status, _html = editor.submit(
                "/admin/login/", {"username": "ops", "password": "scaling-test-password"}
            )
            assert status == 302, "sign-in failed"
            status, html = editor.request(
                "GET", "/admin/pages/search/?q=" + urllib.parse.quote("改訂")
            )
            page_id = re.search(r"/admin/pages/(\d+)/edit/", html).group(1)
            status, _html = editor.submit(f"/admin/pages/{page_id}/unpublish/", {})
            assert status == 302

            assert get(second + news)[0] == 404
            assert "姉妹都市提携50周年（改訂）" not in get(second + "/ja/news/")[2]
