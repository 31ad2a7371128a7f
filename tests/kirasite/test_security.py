"""Security headers, cookies, production settings, sign-in throttling and a cache that may fail."""

import importlib
import os
import subprocess
import sys

import pytest
import redis

from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured

from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.support.processes import TEST_REDIS_URL, redis_key_prefix
from tests.support.translation import translate

PRODUCTION_ENVIRONMENT = {
    "SECRET_KEY": "x7#kq2!vplm9@zr4wt8$ny3&bh6^cd1*ef5(gj0)su-i+oa_lk",
    "ALLOWED_HOSTS": "kira.example.jp",
    "DATABASE_URL": "postgres://kira@db.example.jp/kira",
    "EMAIL_URL": "smtp://kira:secret@mail.example.jp:587?tls=True",
}


SETTINGS_MODULES = ["kirasite.settings.base", "kirasite.settings.production"]


def production_settings(monkeypatch, **overrides):
    for name, value in {**PRODUCTION_ENVIRONMENT, **overrides}.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    # Both modules read the environment when imported: import fresh copies, then put back the
    # ones the running test settings came from.
    loaded = {name: sys.modules.pop(name, None) for name in SETTINGS_MODULES}
    try:
        return importlib.import_module("kirasite.settings.production")
    finally:
        for name, module in loaded.items():
            sys.modules.pop(name, None)
            if module is not None:
                sys.modules[name] = module


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_send_a_strict_content_security_policy(client, site):
    response = client.get("/ja/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_admin_has_its_own_policy(client, site):
    response = client.get("/admin/login/")

    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize("url", ["/ja/", "/en/cities/", "/ja/search/?q=承徳", "/admin/login/"])
def test_every_response_carries_the_security_headers(client, site, url):
    translate(CityIndexPageFactory(parent=site.home("ja")))

    response = client.get(url)

    assert response.status_code == 200

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_production_adds_hsts_and_secure_cookies(
    client, site, settings, monkeypatch, admin_user_ja
):
    production = production_settings(monkeypatch)
    for name in [
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_PROXY_SSL_HEADER",
    ]:
        setattr(settings, name, getattr(production, name))

    page = client.get("/ja/", secure=True)
    client.post("/admin/login/", {"username": "kanri", "password": "pw"}, secure=True)

    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    session = client.cookies[django_settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = client.cookies[django_settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"
    assert production.STORAGES["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert production.DATABASES["default"]["CONN_MAX_AGE"] == 60
    assert production.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_URL"])
def test_production_refuses_to_start_without_its_settings(monkeypatch, missing):
    with pytest.raises(ImproperlyConfigured, match=missing):
        production_settings(monkeypatch, **{missing: None})


def test_a_mistyped_trusted_proxy_stops_the_site_at_start_up(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        production_settings(monkeypatch, TRUSTED_PROXIES="127.0.0.1,10.0.0.0/33")


def test_production_sends_mail_where_the_environment_says(monkeypatch):
    one_url = production_settings(monkeypatch)
    separate = production_settings(
        monkeypatch,
        EMAIL_URL=None,
        EMAIL_HOST="smtp.example.jp",
        EMAIL_PORT="465",
        EMAIL_USE_SSL="true",
        EMAIL_HOST_USER="kira",
        EMAIL_HOST_PASSWORD="secret",
    )

    for mail, port, tls, ssl in [(one_url, 587, True, False), (separate, 465, False, True)]:
        assert mail.EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend"
        assert (port, tls, ssl) == (mail.EMAIL_PORT, mail.EMAIL_USE_TLS, mail.EMAIL_USE_SSL)
        assert (mail.EMAIL_HOST_USER, mail.EMAIL_HOST_PASSWORD) == ("kira", "secret")
        assert mail.EMAIL_TIMEOUT == 10
    assert one_url.EMAIL_HOST == "mail.example.jp"
    assert separate.EMAIL_HOST == "smtp.example.jp"


def test_deploy_checks_find_nothing_in_production():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=django_settings.BASE_DIR,
        env={
            # The browser tests allow async-unsafe ORM calls in this process; a server never does.
            **{
                name: value
                for name, value in os.environ.items()
                if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
            },
            **PRODUCTION_ENVIRONMENT,
            "DJANGO_SETTINGS_MODULE": "kirasite.settings.production",
        },
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_repeated_failed_sign_ins_lock_the_account_for_a_while(client, site, admin_user_ja):
    for _ in range(5):
        client.post("/admin/login/", {"username": "kanri", "password": "wrong"})

    locked = client.post("/admin/login/", {"username": "kanri", "password": "pw"})

    assert locked.status_code == 429
    assert "サインインがロックされました" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_site_without_redis_keeps_serving(client, site, settings):
    CityPageFactory(parent=CityIndexPageFactory(parent=site.home("ja")), title="トーランス")
    dead_redis = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
    }
    # Everything that reads the cache on a visit is on: page cache, generation, fragments.
    # (Rendered fragments stay in each worker's memory: they never reach Redis.)
    settings.CACHES = {**settings.CACHES, "default": dead_redis, "pages": dead_redis}
    settings.PAGE_CACHE_TIMEOUT = 300
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    caches["default"].set("probe", 1)

    for _ in range(2):
        response = client.get("/ja/cities/")
        assert response.status_code == 200
        assert "トーランス" in response.content.decode()
        assert response["X-Page-Cache"] == "miss"
    assert caches["default"].get("probe") is None


@pytest.mark.service
def test_redis_is_used_when_configured(settings):
    with redis_key_prefix() as prefix:
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": TEST_REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
        cache = caches["default"]
        cache.set("probe", "承徳", 10)

        assert cache.get("probe") == "承徳"
        assert redis.Redis.from_url(TEST_REDIS_URL).exists(f"{prefix}:1:probe")


def test_media_goes_to_object_storage_when_a_bucket_is_named(monkeypatch):
    from storages.backends.s3 import S3Storage

    production = production_settings(
        monkeypatch,
        MEDIA_S3_BUCKET="kira-media",
        MEDIA_S3_ENDPOINT_URL="https://s3.ap-northeast-1.amazonaws.com",
        MEDIA_S3_REGION="ap-northeast-1",
        MEDIA_S3_CUSTOM_DOMAIN="media.kira-kira.jp",
    )
    options = production.STORAGES["default"]["OPTIONS"]

    storage = S3Storage(**options)

    assert production.STORAGES["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage.bucket_name == "kira-media"
    assert (
        storage.url("images/torrance.jpg") == "https://media.kira-kira.jp/media/images/torrance.jpg"
    )
    assert storage.file_overwrite is False


def test_media_stays_on_local_disk_by_default(monkeypatch):
    production = production_settings(monkeypatch, MEDIA_S3_BUCKET=None)

    assert production.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")


def test_the_health_check_answers_without_touching_the_database(
    client, db, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "Content-Security-Policy" in response


def test_production_serves_static_files_with_whitenoise(monkeypatch):
    production = production_settings(monkeypatch)

    position = production.MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware")
    assert production.MIDDLEWARE[position - 1] == "django.middleware.security.SecurityMiddleware"


@pytest.mark.parametrize(
    "url", ["/ja/\x00", "/ja/news/\x00/", "/ja/search/?q=%00", "/ja/news/?category=%00"]
)
def test_nul_characters_in_an_address_get_a_bad_request_page(client, site, url):
    client.raise_request_exception = False

    response = client.get(url)

    assert response.status_code == 400
    assert "Bad request" in response.content.decode()
