"""Who the visitor is, for the application limit and the admin's lockout: the connection's
address, or behind a trusted proxy the address that proxy reports, never one a visitor wrote."""

import threading

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory

from applications.models import submission_allowed
from core.client_address import client_address
from tests.support.applications import APPLICATION, notice_with_form

PROXY = "10.0.0.2"


def address_of(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **headers))


@pytest.mark.parametrize(
    ("remote", "forwarded", "visitor"),
    [
        # No trusted proxy in between: the header is the visitor's own words.
        ("203.0.113.5", "198.51.100.1", "203.0.113.5"),
        # Our proxy appends whom it was reached from; what stands left of it is not believed.
        (PROXY, "203.0.113.5", "203.0.113.5"),
        (PROXY, "198.51.100.1, 203.0.113.5", "203.0.113.5"),
        # Two proxies of ours, one behind the other.
        (PROXY, "203.0.113.5, 10.0.0.3", "203.0.113.5"),
        (PROXY, "2001:db8::5", "2001:db8::5"),
        # Written with a port, or an IPv4 address in IPv6 form, it is still the same address.
        (PROXY, "203.0.113.5:4711", "203.0.113.5"),
        (PROXY, "[2001:db8::5]:443", "2001:db8::5"),
        (f"::ffff:{PROXY}", "203.0.113.5", "203.0.113.5"),
        ("::ffff:203.0.113.5", None, "203.0.113.5"),
        # A header our proxy did not complete is no address at all.
        (PROXY, "not-an-address", PROXY),
        (PROXY, "", PROXY),
        (PROXY, None, PROXY),
    ],
)
def test_the_visitor_is_whom_the_trusted_proxy_says(settings, remote, forwarded, visitor):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]

    assert address_of(remote, forwarded) == visitor


def test_without_a_trusted_proxy_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []

    assert address_of(PROXY, "203.0.113.5") == PROXY


def post_through_proxy(client, form_page, visitor):
    return client.post(form_page.url, APPLICATION, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=visitor)


def test_strangers_behind_one_proxy_each_have_their_own_limit(client, site, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    notice, form_page = notice_with_form(site)
    for _ in range(3):
        assert post_through_proxy(client, form_page, "203.0.113.5").status_code == 302

    assert post_through_proxy(client, form_page, "203.0.113.5").status_code == 429
    assert post_through_proxy(client, form_page, "203.0.113.6").status_code == 302
    assert post_through_proxy(client, form_page, "198.51.100.1, 203.0.113.5").status_code == 429


def test_the_limit_does_not_live_in_one_workers_memory(client, site):
    notice, form_page = notice_with_form(site)
    for _ in range(3):
        client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.5")
        # What a recycled worker, or the next worker, starts with.
        cache.clear()

    assert client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.5").status_code == 429


def test_one_persons_failed_sign_ins_behind_the_proxy_lock_out_only_that_person(
    client, settings, admin_user_ja
):
    settings.TRUSTED_PROXIES = [PROXY]
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "kanri", "password": "wrong"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )

    locked = client.post(
        "/admin/login/",
        {"username": "kanri", "password": "pw"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.5",
    )
    colleague = client.post(
        "/admin/login/",
        {"username": "kanri", "password": "pw"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )

    assert locked.status_code == 429
    assert colleague.status_code == 302


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one writer at a time; its in-memory test database refuses the others",
)
@pytest.mark.django_db(transaction=True)
def test_a_burst_from_one_address_gets_only_its_quota():
    """Eight applications sent at the same moment from one address: three get through."""
    barrier = threading.Barrier(8)
    results = []

    def apply():
        barrier.wait()
        try:
            results.append(
                submission_allowed(RequestFactory().post("/", REMOTE_ADDR="203.0.113.5"))
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=apply) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False] * 5 + [True] * 3
