"""Running the site as separate processes with production settings, for tests that need them.

The servers these tests use come from two settings (docs/development.md, "Tests"), and nothing a
developer keeps on them is touched: databases are created under a fresh random name and dropped,
and Redis keys carry a random prefix of their own, deleted afterwards (never a FLUSHDB).
"""

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import redis

from django.conf import settings

# A role that may create databases, and the database it connects to for that.
TEST_POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
ROOT = Path(settings.BASE_DIR)


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def scratch_database():
    name = f"kira_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(TEST_POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urllib.parse.urlsplit(TEST_POSTGRES_URL)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(TEST_POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def redis_key_prefix():
    """A cache key prefix no other run and no developer's site uses; its keys go afterwards."""
    prefix = f"kira-test-{uuid.uuid4().hex[:12]}"
    try:
        yield prefix
    finally:
        connection = redis.Redis.from_url(TEST_REDIS_URL)
        for key in connection.scan_iter(match=f"{prefix}*", count=1000):
            connection.delete(key)


def production_environment(database_url, tmp_path, cache_key_prefix=None):
    """The production settings on the given database; with a key prefix, the cache is Redis."""
    environment = {
        name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="kirasite.settings.production",
        SECRET_KEY="scaling-test-" + uuid.uuid4().hex * 2,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        # Production refuses to start without somewhere to send mail; these servers send none.
        EMAIL_URL="dummy://",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
        PAGE_CACHE_DIR=str(tmp_path / "page-cache"),
        WEB_CONCURRENCY="1",
    )
    environment.pop("REDIS_URL", None)
    if cache_key_prefix:
        environment.update(REDIS_URL=TEST_REDIS_URL, CACHE_KEY_PREFIX=cache_key_prefix)
    return environment


def copy_of_database(template_url, directory):
    """A new database holding what the template holds: a file copy for SQLite, a database
    made from the template for PostgreSQL (dropped by `drop_database`)."""
    if template_url.startswith("sqlite:///"):
        copy = directory / "db.sqlite3"
        shutil.copyfile(template_url.removeprefix("sqlite:///"), copy)
        return f"sqlite:///{copy}"
    name = f"kira_test_{uuid.uuid4().hex[:12]}"
    template = urllib.parse.urlsplit(template_url).path.lstrip("/")
    with psycopg.connect(TEST_POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return urllib.parse.urlsplit(TEST_POSTGRES_URL)._replace(path=f"/{name}").geturl()


def drop_database(database_url):
    if database_url.startswith("sqlite:///"):
        return
    name = urllib.parse.urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(TEST_POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class DemoSiteTemplate:
    """A production site with its migrations, the demo content and its collected static files,
    made once per run (migrating alone takes half a minute); each test gets a copy of its
    database and media, so that what one test changes no other test sees."""

    def __init__(self, database_url, directory):
        self.database_url = database_url
        self.directory = directory
        environment = production_environment(database_url, directory)
        manage(environment, "migrate", "--noinput")
        manage(environment, "load_demo_content")
        manage(environment, "collectstatic", "--noinput")
        self.static_root = environment["STATIC_ROOT"]

    @contextmanager
    def copy(self, directory):
        """The production environment of a copy of the site, kept in `directory`."""
        directory.mkdir(parents=True, exist_ok=True)
        database_url = copy_of_database(self.database_url, directory)
        shutil.copytree(self.directory / "media", directory / "media")
        environment = production_environment(database_url, directory)
        # Collected static files are only read: one copy serves every test.
        environment["STATIC_ROOT"] = self.static_root
        try:
            yield environment
        finally:
            drop_database(database_url)


def manage(environment, *arguments):
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"manage.py {' '.join(arguments)} failed:\n{result.stderr}"
    return result.stdout


@contextmanager
def app_server(environment):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "kirasite.wsgi"],
        cwd=ROOT,
        env={**environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    # As if through the HTTPS proxy, so that the answer is the same with SECURE_SSL_REDIRECT on.
    probe = urllib.request.Request(f"{url}/robots.txt", headers={"X-Forwarded-Proto": "https"})
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(probe, timeout=1)
                break
            except OSError:
                assert server.poll() is None, "gunicorn exited"
                time.sleep(0.2)
        else:
            raise AssertionError(f"gunicorn did not answer at {url}")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
