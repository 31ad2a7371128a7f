from unittest import mock

from django.core.management import call_command


def run_notification_worker():
    """What `manage.py db_worker --backend notifications` does on a server, run until the
    queue holds nothing that is due.

    A worker closes its database connection between tasks, as a long-running process should;
    in a test that connection holds the test's own transaction (on PostgreSQL it would be
    gone), so here it is kept.
    """
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--backend", "notifications", "--batch", "--no-startup-delay")
