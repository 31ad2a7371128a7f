"""Staff hear of every application by email from a queue: a mail server that is down never
reaches the family, and a send that keeps failing is shown to staff instead of lost."""

import datetime
import logging

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.utils import timezone

from accounts.roles import EDITORS
from applications.models import StaffNotification
from tests.support.applications import APPLICATION, notice_with_form, staff_member
from tests.support.processes import free_port
from tests.support.tasks import run_notification_worker as run_worker


@pytest.fixture
def unreachable_mail_server(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 2
    return settings


def the_notification():
    (notification,) = StaffNotification.objects.all()
    return notification


def test_the_email_waits_in_the_queue_until_a_worker_sends_it(client, site):
    notice, form_page = notice_with_form(site)

    response = client.post(form_page.url, APPLICATION, follow=True)

    assert response.status_code == 200
    assert "お申し込みありがとうございました" in response.content.decode()
    assert not mail.outbox
    assert the_notification().status == StaffNotification.Status.PENDING

    run_worker()

    assert sorted(email.to[0] for email in mail.outbox) == [
        "hanako@example.jp",
        "staff@kira-kira.jp",
    ]
    assert the_notification().status == StaffNotification.Status.SENT
    run_worker()
    assert len(mail.outbox) == 2


def test_a_mail_server_that_is_down_is_never_the_familys_problem(
    client, site, unreachable_mail_server, caplog
):
    notice, form_page = notice_with_form(site)

    response = client.post(form_page.url, APPLICATION, follow=True)
    with caplog.at_level(logging.WARNING, logger="applications.models"):
        run_worker()

    assert response.status_code == 200
    assert "お申し込みありがとうございました" in response.content.decode()
    assert form_page.get_submissions().count() == 1
    notification = the_notification()
    assert notification.status == StaffNotification.Status.PENDING
    assert notification.attempts == 1
    assert "ConnectionRefusedError" in notification.last_error
    assert "trying again" in caplog.text
    # The staff email and the family's confirmation, each waiting for its next attempt.
    retries = DBTaskResult.objects.filter(status="READY")
    assert retries.count() == 2
    assert all(
        retry.run_after > timezone.now() + datetime.timedelta(seconds=30) for retry in retries
    )


def test_a_send_that_keeps_failing_is_given_up_and_shown_to_staff(
    client, site, unreachable_mail_server, django_user_model, caplog
):
    unreachable_mail_server.NOTIFICATION_RETRY_DELAYS = [0, 0]
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)

    with caplog.at_level(logging.ERROR, logger="applications.models"):
        run_worker()

    notification = the_notification()
    assert notification.status == StaffNotification.Status.FAILED
    assert notification.attempts == 3
    assert "Gave up" in caplog.text
    client.force_login(staff_member(django_user_model, EDITORS))
    dashboard = client.get("/admin/").content.decode()
    assert "スタッフへの通知メールが届いていない応募" in dashboard
    assert form_page.title in dashboard
    listing = client.get(f"/admin/forms/submissions/{form_page.pk}/").content.decode()
    assert "送信できませんでした（3回試行）" in listing


def test_the_dashboard_says_nothing_while_every_email_got_through(client, site, django_user_model):
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)
    run_worker()
    client.force_login(staff_member(django_user_model, EDITORS))

    assert "スタッフへの通知メールが届いていない応募" not in client.get("/admin/").content.decode()


def test_a_form_without_a_to_address_is_shown_to_staff_not_reported_sent(
    client, site, django_user_model
):
    notice, form_page = notice_with_form(site)
    form_page.to_address = ""
    form_page.save_revision().publish()
    client.post(form_page.url, APPLICATION)

    run_worker()

    notification = the_notification()
    assert notification.status == StaffNotification.Status.FAILED
    assert notification.attempts == 1
    assert [email.to for email in mail.outbox] == [["hanako@example.jp"]]
    client.force_login(staff_member(django_user_model, EDITORS))
    assert "宛先" in client.get("/admin/").content.decode()


def test_an_email_no_worker_has_picked_up_is_shown_after_a_while(client, site, django_user_model):
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)
    client.force_login(staff_member(django_user_model, EDITORS))

    assert "スタッフへの通知メールが届いていない応募" not in client.get("/admin/").content.decode()
    form_page.get_submissions().update(submit_time=timezone.now() - datetime.timedelta(hours=1))
    dashboard = client.get("/admin/").content.decode()
    assert "スタッフへの通知メールが届いていない応募" in dashboard
    assert "db_worker" in dashboard
