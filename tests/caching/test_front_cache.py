"""nginx as the front cache (ops/nginx/kira.conf) in front of gunicorn with the production
settings: anonymous pages come from it without reaching Python, a publish through the admin
shows at once, and nothing personal is ever kept there.
"""

import re
import urllib.parse

import pytest

from tests.support.applications import FORM, REOPEN_THE_DEMO_CALL
from tests.support.processes import app_server, manage
from tests.support.web_server import Visitor, fetch, front_cache_purge_url, nginx

pytestmark = [pytest.mark.service, pytest.mark.xdist_group("production_demo_on_sqlite")]

ARTICLE = "/ja/news/torrance-50th-anniversary/"
UNTOUCHED = ["/ja/cities/torrance/", "/ja/cities/torrance/history/", "/en/cities/guam/"]
DRAFT_NEW_TITLE = (
    "from news.models import NewsPage; "
    "page = NewsPage.objects.get(slug='torrance-50th-anniversary', locale__language_code='ja'); "
    "page.title = '姉妹都市提携50周年（改訂）'; page.save_revision(); print(f'page-id={page.pk}')"
)
CREATE_STAFF = (
    "from django.contrib.auth.models import User; "
    "User.objects.create_superuser('jimukyoku', 'jimu@example.jp', 'front-cache-password')"
)


@pytest.fixture
def front(tmp_path, production_demo_on_sqlite):
    """The site behind nginx, which it purges on publish; yields (site URL, TLS context)."""
    environment = production_demo_on_sqlite
    environment.pop("SECURE_SSL_REDIRECT")
    environment["FRONTEND_CACHE_PURGE_URL"] = front_cache_purge_url()
    manage(environment, "shell", "-c", CREATE_STAFF)
    manage(environment, "shell", "-c", REOPEN_THE_DEMO_CALL)
    (tmp_path / "nginx").mkdir()
    with (
        app_server(environment) as gunicorn,
        nginx(environment, gunicorn, tmp_path / "nginx") as (site, _plain_http, tls),
    ):
        yield environment, site, tls


def front_cache(site, tls, path, **kwargs):
    status, headers, body = fetch(site + path, tls, **kwargs)
    return status, headers.get("X-Front-Cache"), body.decode()


def signed_in(site, tls):
    editor = Visitor(site, tls=tls)
    status, _html = editor.submit(
        "/admin/login/", {"username": "jimukyoku", "password": "front-cache-password"}
    )
    assert status == 302, "sign-in failed"
    return editor


def test_a_publish_through_the_admin_shows_at_once_and_leaves_other_pages_cached(front):
    environment, site, tls = front
    for path in [ARTICLE, "/ja/news/", *UNTOUCHED]:
        front_cache(site, tls, path)
        assert front_cache(site, tls, path)[:2] == (200, "HIT"), path
    page_id = re.search(r"page-id=(\d+)", manage(environment, "shell", "-c", DRAFT_NEW_TITLE))[1]

    editor = signed_in(site, tls)
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    status, _html = editor.submit(publish, {})
    assert status == 302

    status, cache_status, html = front_cache(site, tls, ARTICLE)
    assert (status, cache_status) == (200, "MISS")
    assert "姉妹都市提携50周年（改訂）" in html
    assert "姉妹都市提携50周年（改訂）" in front_cache(site, tls, "/ja/news/")[2]
    assert [front_cache(site, tls, path)[1] for path in UNTOUCHED] == ["HIT"] * len(UNTOUCHED)


def test_a_signed_in_editor_never_gets_or_leaves_a_cached_page(front):
    _environment, site, tls = front
    front_cache(site, tls, "/ja/")
    assert front_cache(site, tls, "/ja/")[1] == "HIT"
    editor = signed_in(site, tls)
    cookie = "; ".join(f"{name}={value}" for name, value in editor.cookies.items())

    status, headers, body = fetch(site + "/ja/", tls, headers={"Cookie": cookie})

    assert (status, headers["X-Front-Cache"]) == (200, "BYPASS")
    assert "no-store" in headers["Cache-Control"]
    assert "wagtail-userbar" in body.decode()
    status, cache_status, html = front_cache(site, tls, "/ja/")
    assert cache_status == "HIT"
    assert "wagtail-userbar" not in html


def test_a_form_s_csrf_token_is_never_cached(front):
    _environment, site, tls = front
    tokens = set()

    for _visitor in range(3):
        status, headers, body = fetch(site + FORM, tls)
        assert status == 200
        assert headers.get("X-Front-Cache") != "HIT"
        assert "csrftoken=" in (headers.get("Set-Cookie") or "")
        tokens.add(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body.decode())[1])

    assert len(tokens) == 3


def test_the_admin_never_comes_from_the_front_cache(front):
    _environment, site, tls = front
    editor = signed_in(site, tls)
    cookie = "; ".join(f"{name}={value}" for name, value in editor.cookies.items())
    sign_in_page = "/admin/login/?next=" + urllib.parse.quote("/admin/")

    for _attempt in range(2):
        status, headers, _body = fetch(site + "/admin/", tls, headers={"Cookie": cookie})
        assert status == 200
        assert headers["X-Front-Cache"] == "BYPASS"
        # Asked for twice without a cookie: a second time would be a hit if it were kept.
        assert fetch(site + sign_in_page, tls)[1]["X-Front-Cache"] == "MISS"
