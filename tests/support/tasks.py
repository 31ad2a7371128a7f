from django.core.management import call_command


def run_notification_worker():
    """What `manage.py db_worker --backend notifications` does on a server, run until the
    queue holds nothing that is due."""
    call_command("db_worker", "--backend", "notifications", "--batch", "--no-startup-delay")
