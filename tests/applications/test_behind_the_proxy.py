"""Visitors reach the production site through the shipped nginx configuration, so the site
sees every connection come from nginx: the application limit and the admin's lockout must
still tell one visitor from another, and never believe an address a visitor wrote.

Each visitor connects from an address of its own on the loopback network (127.0.0.2, …);
gunicorn runs two workers, so the limit is counted across them.
"""

import pytest

from tests.support.applications import APPLICATION, FORM, REOPEN_THE_DEMO_CALL
from tests.support.processes import app_server, manage
from tests.support.web_server import Visitor, nginx

pytestmark = [pytest.mark.service, pytest.mark.xdist_group("production_demo_on_sqlite")]

CREATE_STAFF = (
    "from django.contrib.auth.models import User; "
    "User.objects.create_superuser('jimukyoku', 'jimu@example.jp', 'proxy-test-password')"
)


def sign_in(visitor, password):
    status, _html = visitor.submit("/admin/login/", {"username": "jimukyoku", "password": password})
    return status


def test_behind_nginx_each_visitor_has_their_own_limit_and_lockout(
    tmp_path, production_demo_on_sqlite
):
    environment = production_demo_on_sqlite
    environment.update(TRUSTED_PROXIES="127.0.0.1", WEB_CONCURRENCY="2")
    manage(environment, "shell", "-c", REOPEN_THE_DEMO_CALL)
    manage(environment, "shell", "-c", CREATE_STAFF)
    (tmp_path / "nginx").mkdir()

    with (
        app_server(environment) as gunicorn,
        nginx(environment, gunicorn, tmp_path / "nginx") as (site, _plain_http, tls),
    ):
        family, neighbour = (Visitor(site, address, tls) for address in ("127.0.0.2", "127.0.0.3"))

        sent = [family.submit(FORM, APPLICATION)[0] for _attempt in range(4)]
        # Claiming to be someone else does not give the family a new quota: nginx writes the
        # address it saw, and only that is believed.
        disguised = family.submit(FORM, APPLICATION, {"X-Forwarded-For": "198.51.100.7"})[0]
        neighbours = neighbour.submit(FORM, APPLICATION)[0]

        assert sent == [302, 302, 302, 429]
        assert disguised == 429
        assert neighbours == 302

        failures = [sign_in(family, "wrong-password") for _attempt in range(5)]
        # The fifth failure locks the family's address out (AXES_FAILURE_LIMIT) ...
        assert failures == [200, 200, 200, 200, 429]
        assert sign_in(family, "proxy-test-password") == 429
        # ... and nobody else's.
        assert sign_in(neighbour, "proxy-test-password") == 302
