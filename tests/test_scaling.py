"""Two app servers on one PostgreSQL and one Redis: a change through one shows on the other.

The servers are real gunicorn processes with the production settings, on 127.0.0.1, against a
database of their own; nothing here uses the test database or the test client.
"""

import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.support.processes import (
    app_server,
    get,
    manage,
    production_environment,
    redis_key_prefix,
    scratch_database,
)

pytestmark = pytest.mark.service


class Browser:
    """An admin session over plain HTTP: the production cookies are Secure, so the proxy's
    X-Forwarded-Proto header says HTTPS and cookies are carried by hand."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body)
        request.add_header("X-Forwarded-Proto", "https")
        request.add_header("Referer", "https://127.0.0.1" + path)
        request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=10)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.read().decode()

    def csrf_token(self, path):
        _status, html = self.request(path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def log_in(self, username, password):
        token = self.csrf_token("/admin/login/")
        status, _html = self.request(
            "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password},
        )
        assert status == 302, "sign-in failed"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_a_change_through_one_server_shows_at_once_on_the_other(tmp_path):
    with scratch_database() as database_url, redis_key_prefix() as prefix:
        environment = production_environment(database_url, tmp_path, cache_key_prefix=prefix)
        manage(environment, "migrate", "--noinput")
        manage(environment, "load_demo_content")
        manage(environment, "collectstatic", "--noinput")
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

            editor = Browser(first)
            editor.log_in("ops", "scaling-test-password")
            status, html = editor.request("/admin/pages/search/?q=" + urllib.parse.quote("改訂"))
            page_id = re.search(r"/admin/pages/(\d+)/edit/", html).group(1)
            token = editor.csrf_token(f"/admin/pages/{page_id}/unpublish/")
            status, _html = editor.request(
                f"/admin/pages/{page_id}/unpublish/", {"csrfmiddlewaretoken": token}
            )
            assert status == 302

            assert get(second + news)[0] == 404
            assert "姉妹都市提携50周年（改訂）" not in get(second + "/ja/news/")[2]
