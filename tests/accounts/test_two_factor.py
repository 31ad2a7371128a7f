"""Staff may turn on two-factor sign-in; from then on a password alone opens nothing."""

import datetime

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.urls import reverse
from django.utils import timezone

from tests.support.html import html


def code_for(device, offset=0):
    return (
        f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift) + offset:06d}"[
            -6:
        ]
    )


def turn_on(client):
    page = client.get(reverse("two_factor_settings"))
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(reverse("two_factor_settings"), {"code": code_for(device)}, follow=True)
    assert response.status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    return page, device


@pytest.fixture
def editor(client, admin_user_ja):
    client.force_login(admin_user_ja)
    return admin_user_ja


@pytest.fixture
def clock():
    """Stopped, and moved on by hand: a code works once, so each new code needs a new step."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield lambda: traveller.shift(datetime.timedelta(seconds=31))


def test_without_two_factor_the_password_is_enough(client, editor):
    assert client.get("/admin/").status_code == 200


def test_turning_it_on_shows_a_qr_code_and_the_key_and_needs_a_right_code(client, editor, clock):
    page = client.get(reverse("two_factor_settings"))
    soup = html(page)
    assert soup.select_one('img[src^="data:image/svg+xml;base64,"]')["alt"]
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    wrong = client.post(reverse("two_factor_settings"), {"code": "000000"})
    assert "コードが正しくありません" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    clock()  # past the pause that follows a wrong code
    client.post(reverse("two_factor_settings"), {"code": code_for(device)})
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/").status_code == 200  # this session entered its code


def test_once_on_a_new_sign_in_must_enter_a_code(client, site, editor, clock):
    _page, device = turn_on(client)
    clock()
    client.logout()
    client.force_login(editor)  # the password step

    blocked = client.get("/admin/pages/")
    assert blocked.status_code == 302
    assert blocked["Location"].startswith(reverse("two_factor_verify"))
    assert "next=%2Fadmin%2Fpages%2F" in blocked["Location"]
    assert client.get(site.url(site.home("ja"))).status_code == 302  # nor pages on the site

    verify_url = blocked["Location"]
    wrong = client.post(verify_url, {"code": "12345x", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert client.get("/admin/pages/").status_code == 302

    right = client.post(verify_url, {"code": code_for(device), "next": "/admin/pages/"})
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_code_page_never_sends_anyone_to_another_site(client, editor, clock):
    _page, device = turn_on(client)
    clock()
    client.logout()
    client.force_login(editor)

    response = client.post(
        reverse("two_factor_verify"), {"code": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_guessing_codes_is_slowed_down(client, editor, clock):
    _page, device = turn_on(client)
    clock()
    client.logout()
    client.force_login(editor)

    for _ in range(3):
        client.post(reverse("two_factor_verify"), {"code": "000000"})
    response = client.post(reverse("two_factor_verify"), {"code": code_for(device)})

    assert response.status_code == 200
    assert "しばらく待ってから" in response.content.decode()


def test_turning_it_off_needs_a_code(client, editor, clock):
    _page, device = turn_on(client)

    client.post(reverse("two_factor_settings"), {"code": "000000"})
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    clock()
    device.refresh_from_db()
    client.post(reverse("two_factor_settings"), {"code": code_for(device)})
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_the_account_page_offers_two_factor_sign_in(client, editor):
    soup = html(client.get("/admin/account/"))
    assert soup.find("a", href=reverse("two_factor_settings"))
