from django.conf import settings
from django.core.management.base import BaseCommand

from wagtail.contrib.forms.models import FormSubmission

from applications.models import expired_submissions


class Command(BaseCommand):
    help = "Deletes host-family applications older than APPLICATION_RETENTION_DAYS (run daily)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        expired = expired_submissions()
        days = settings.APPLICATION_RETENTION.days
        if dry_run:
            self.stdout.write(f"{expired.count()} applications are older than {days} days.")
            return
        # Each application takes its email-to-staff record with it; count applications only.
        _total, by_model = expired.delete()
        deleted = by_model.get(FormSubmission._meta.label, 0)
        self.stdout.write(f"Deleted {deleted} applications older than {days} days.")
