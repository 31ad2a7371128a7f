"""A family applies to the production server while its mail server is down: they are thanked
once, their application is stored once, and staff get the email once the server is back.

Real processes: gunicorn with the production settings on a scratch PostgreSQL database, the
queue's worker (`manage.py db_worker`), and an SMTP server (aiosmtpd) that starts late.
"""

import email
from contextlib import contextmanager
from email.policy import default as default_policy

import psycopg
import pytest
from aiosmtpd.controller import Controller

from tests.support.applications import APPLICATION, FORM, REOPEN_THE_DEMO_CALL
from tests.support.processes import (
    app_server,
    free_port,
    manage,
)
from tests.support.web_server import Visitor

pytestmark = [pytest.mark.service, pytest.mark.xdist_group("production_demo_on_postgres")]


@contextmanager
def mail_server(port):
    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(email.message_from_bytes(envelope.content, policy=default_policy))
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield received
    finally:
        controller.stop()


def notifications(database_url):
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT status, attempts FROM applications_staffnotification"
        ).fetchall()


def stored_applications(database_url):
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT form_data->>'household_name' FROM wagtailforms_formsubmission"
        ).fetchall()


def test_a_family_is_thanked_while_mail_and_redis_are_down_and_staff_are_told_once_mail_is_back(
    production_demo_on_postgres,
):
    smtp_port = free_port()
    environment = production_demo_on_postgres
    database_url = environment["DATABASE_URL"]
    environment.update(
        EMAIL_URL=f"smtp://127.0.0.1:{smtp_port}",
        # Redis is down too: the cache fails quietly, and the limit lives in the database.
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
        NOTIFICATION_RETRY_DELAYS="3600",
    )
    manage(environment, "shell", "-c", REOPEN_THE_DEMO_CALL)

    with app_server(environment) as server:
        family = Visitor(server)
        sent, _html = family.submit(FORM, APPLICATION)
        thanks = family.redirected_to
        status, html = family.follow(thanks)
        reloaded, _html = family.follow(thanks)

    assert (sent, status, reloaded) == (302, 200, 200)
    assert "お申し込みありがとうございました" in html
    assert stored_applications(database_url) == [("鈴木家",)]

    def run_worker():
        manage(environment, "db_worker", "--backend", "notifications", "--batch")

    run_worker()
    assert notifications(database_url) == [("pending", 1)]

    with mail_server(smtp_port) as received:
        # An hour later, as far as the queue can tell.
        with psycopg.connect(database_url) as connection:
            connection.execute(
                "UPDATE django_tasks_database_dbtaskresult SET run_after = now() "
                "WHERE status = 'READY'"
            )
        run_worker()
        run_worker()

    assert notifications(database_url) == [("sent", 2)]
    to_staff, to_family = sorted(received, key=lambda message: message["To"] != "kcc@kira-kira.jp")
    assert to_staff["To"] == "kcc@kira-kira.jp"
    assert "鈴木家" in to_staff.get_body().get_content()
    assert "hanako@example.jp" not in to_staff.get_body().get_content()
    assert to_family["To"] == "hanako@example.jp"
    assert "受付番号" in to_family["Subject"]
    assert "千葉県柏市柏1-1-1" in to_family.get_body().get_content()
