"""A family types as their phone or keyboard lets them, sends once, and gets a reference
number on screen and by email, in the language they applied in, whatever the mail server does."""

import datetime
import smtplib
from unittest import mock

import pytest

from django.core import mail, signing
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.roles import EDITORS
from applications.models import ApplicantConfirmation, StaffNotification
from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.news import RecruitmentPageFactory
from tests.support.applications import APPLICATION, notice_with_form, staff_member
from tests.support.html import html
from tests.support.tasks import run_notification_worker


def stored_answers(form_page):
    (submission,) = form_page.get_submissions()
    return submission.form_data


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("phone", "０９０－１２３４－５６７８", "090-1234-5678"),
        ("phone", "０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("phone", "090‐1234‐5678", "090-1234-5678"),
        ("phone", "（04）7157-0281", "(04)7157-0281"),
        ("phone", "０４７１５７０２８１", "0471570281"),
        ("phone", "+81　90　1234　5678", "+81 90 1234 5678"),
        ("postal_code", "〒277-0005", "277-0005"),
        ("postal_code", "２７７－０００５", "277-0005"),
        ("postal_code", "２７７ー０００５", "277-0005"),
        ("postal_code", "2770005", "277-0005"),
        ("postal_code", "〒 277 0005", "277-0005"),
        ("household_members", "４", 4),
        ("household_members", "４人", 4),
        ("household_members", "3 名", 3),
        ("email", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ", "hanako@example.jp"),
    ],
)
def test_full_width_and_every_common_form_is_accepted_and_stored_plainly(
    client, site, field, typed, stored
):
    notice, form_page = notice_with_form(site)

    response = client.post(form_page.url, {**APPLICATION, field: typed})

    assert response.status_code == 302
    assert stored_answers(form_page)[field] == stored


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("postal_code", "277-000", "郵便番号は7桁の数字で"),
        ("postal_code", "柏市", "郵便番号は7桁の数字で"),
        ("phone", "０９０－１２３４", "電話番号は数字で"),
        ("household_members", "四人", "整数"),
    ],
)
def test_what_cannot_be_read_is_explained_and_kept_as_typed(client, site, field, typed, message):
    notice, form_page = notice_with_form(site)

    response = client.post(form_page.url, {**APPLICATION, field: typed})

    assert response.status_code == 200
    soup = html(response)
    assert message in soup.select_one("#form-errors").get_text()
    assert soup.select_one(f"input[name={field}]")["value"] == typed
    assert soup.select_one(f"input[name={field}]")["aria-describedby"].endswith(f"id_{field}_error")
    assert not form_page.get_submissions().exists()


def test_the_thank_you_page_shows_the_reference_and_a_reload_sends_nothing_again(client, site):
    notice, form_page = notice_with_form(site)

    sent = client.post(form_page.url, APPLICATION)
    thanks = client.get(sent["Location"])
    again = client.get(sent["Location"])

    assert sent.status_code == 302
    assert sent["Location"].startswith(form_page.url + "?received=")
    assert sent["Location"].endswith("#thanks")
    (submission,) = form_page.get_submissions()
    for response in (thanks, again):
        assert response.status_code == 200
        assert html(response).select_one(".reference dd").get_text() == submission.reference
        assert "no-store" in response["Cache-Control"]
    assert form_page.get_submissions().count() == 1
    assert submission.reference.startswith(f"{submission.submit_time.year}-")


def test_a_thank_you_address_that_was_tampered_with_leads_back_to_the_form(client, site):
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)
    (submission,) = form_page.get_submissions()
    forged = signing.dumps([form_page.pk, submission.pk], salt="another.salt")

    for token in (forged, "nonsense", ""):
        response = client.get(form_page.url, {"received": token})
        assert response.status_code == 302
        assert response["Location"] == form_page.url


def test_the_thank_you_address_of_another_form_shows_nothing_of_its_application(client, site):
    notice, form_page = notice_with_form(site)
    other_notice = RecruitmentPageFactory(
        parent=notice.get_parent(), kind=notice.kind, city=notice.city
    )
    other_form = HostFamilyApplicationPageFactory(parent=other_notice)
    sent = client.post(other_form.url, APPLICATION)

    response = client.get(form_page.url + sent["Location"].removeprefix(other_form.url))

    assert response.status_code == 302


def test_a_day_later_the_thank_you_page_points_to_the_email_for_the_number(client, site):
    notice, form_page = notice_with_form(site)
    sent = client.post(form_page.url, APPLICATION)
    (submission,) = form_page.get_submissions()

    later = datetime.datetime.now().timestamp() + 2 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.get(sent["Location"])

    assert response.status_code == 200
    assert submission.reference not in response.content.decode()
    assert "確認メール" in response.content.decode()


def test_a_thank_you_page_stays_after_the_call_closes(client, site):
    notice, form_page = notice_with_form(site)
    sent = client.post(form_page.url, APPLICATION)
    notice.application_closes = notice.application_opens
    notice.save_revision().publish()

    response = client.get(sent["Location"])

    assert "お申し込みありがとうございました" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "subject", "greeting", "consent"),
    [
        ("ja", "ホストファミリーのお申し込みを受け付けました", "鈴木 花子 様", "はい"),
        ("en", "We have received your host family application", "Dear 鈴木 花子,", "Yes"),
    ],
)
def test_the_family_is_sent_what_they_sent_in_their_language(
    client, site, language, subject, greeting, consent
):
    notice, form_page = notice_with_form(site, language)
    client.post(form_page.url, {**APPLICATION, "smoking": "outside"})
    (submission,) = form_page.get_submissions()

    run_notification_worker()

    (confirmation,) = [email for email in mail.outbox if email.to == ["hanako@example.jp"]]
    assert subject in confirmation.subject
    assert submission.reference in confirmation.subject
    assert confirmation.body.startswith(greeting)
    assert submission.reference in confirmation.body
    assert "千葉県柏市柏1-1-1" in confirmation.body and "277-0005" in confirmation.body
    assert f"{consent}\n" in confirmation.body
    assert notice.get_full_url() in confirmation.body
    assert confirmation.reply_to == ["staff@kira-kira.jp"]
    staff_email = next(email for email in mail.outbox if email.to == ["staff@kira-kira.jp"])
    assert submission.reference in staff_email.body
    assert ApplicantConfirmation.objects.get().status == ApplicantConfirmation.Status.SENT


class Refusing(LocmemBackend):
    error = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    def send_messages(self, messages):
        raise self.error


class TimingOut(Refusing):
    error = TimeoutError("timed out")


class RejectingTheAddress(Refusing):
    error = smtplib.SMTPRecipientsRefused({"hanako@example.jp": (550, b"No such user")})


class BreakingOnTheMessage(Refusing):
    # What a backend raises for a header it cannot encode.
    error = ValueError("Header values may not contain linefeed or carriage return characters")


@pytest.mark.parametrize(
    "backend", [Refusing, TimingOut, RejectingTheAddress, BreakingOnTheMessage]
)
def test_eight_families_are_thanked_and_stored_whatever_the_mail_server_does(
    client, site, settings, backend
):
    settings.EMAIL_BACKEND = f"{__name__}.{backend.__name__}"
    notice, form_page = notice_with_form(site)

    for number in range(8):
        answers = {**APPLICATION, "household_name": f"家族{number}", "email": f"f{number}@ex.jp"}
        sent = client.post(form_page.url, answers, REMOTE_ADDR=f"203.0.113.{number + 1}")
        thanks = client.get(sent["Location"])
        assert sent.status_code == 302, number
        assert "お申し込みありがとうございました" in thanks.content.decode(), number
    run_notification_worker()

    assert form_page.get_submissions().count() == 8
    for model in (StaffNotification, ApplicantConfirmation):
        assert model.objects.count() == 8
        assert not model.objects.filter(status=model.Status.SENT).exists()
        errors = model.objects.values_list("last_error", flat=True)
        assert all(type(backend.error).__name__ in error for error in errors)


def test_a_slow_mail_server_never_holds_up_the_family(client, site, settings):
    notice, form_page = notice_with_form(site)

    with mock.patch.object(LocmemBackend, "send_messages", side_effect=AssertionError) as send:
        sent = client.post(form_page.url, APPLICATION)
        client.get(sent["Location"])

    assert not send.called
    assert form_page.get_submissions().count() == 1


def test_staff_see_each_reference_and_whether_the_family_was_told(client, site, django_user_model):
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)
    (submission,) = form_page.get_submissions()
    run_notification_worker()
    client.force_login(staff_member(django_user_model, EDITORS))

    listing = html(client.get(f"/admin/forms/submissions/{form_page.pk}/"))

    headings = [th.get_text(" ", strip=True) for th in listing.select("thead th")]
    assert "受付番号" in headings and "ご家族への確認メール" in headings
    cells = [td.get_text(" ", strip=True) for td in listing.select("tbody td")]
    assert submission.reference in cells
    assert cells.count("送信済み") == 2


def test_the_form_asks_for_the_postal_code_with_the_phone_s_autofill(client, site):
    notice, form_page = notice_with_form(site)

    postal_code = html(client.get(form_page.url)).select_one("input[name=postal_code]")

    assert postal_code["autocomplete"] == "postal-code"
    assert postal_code["inputmode"] == "numeric"


def test_the_thank_you_page_costs_one_query_more_than_the_form_its_application(client, site):
    notice, form_page = notice_with_form(site)
    client.get(form_page.url)
    sent = client.post(form_page.url, APPLICATION)
    client.get(sent["Location"])

    with CaptureQueriesContext(connection) as form:
        client.get(form_page.url)
    with CaptureQueriesContext(connection) as thanks:
        client.get(sent["Location"])

    assert len(thanks) == len(form) + 1
