"""Wagtail's `publish_scheduled`, with each page on its own.

Wagtail's loop stops at the first page that fails to publish or unpublish, and every page due
after it silently stays as it was. Here each one is tried in its own transaction; a failure is
reported to staff (publishing/problems.py), the rest go live, and the run ends with a non-zero
status so that cron's mail names it too. `--dryrun` is Wagtail's own.
"""

from django.apps import apps
from django.core.management.base import CommandError
from django.utils import timezone

from wagtail.management.commands import publish_scheduled
from wagtail.models import DraftStateMixin, Page, Revision

from publishing.models import PublishingProblem
from publishing.problems import attempt


class Command(publish_scheduled.Command):
    help = "Publishes and unpublishes what is due, each page on its own."

    def handle(self, *args, **options):
        if options["dryrun"]:
            return super().handle(*args, **options)
        failed = self.unpublish_expired() + self.publish_due()
        if failed:
            raise CommandError(f"{failed} scheduled change(s) failed; see the dashboard.")

    def unpublish_expired(self):
        failed = 0
        for model in [Page, *_snippet_models_with_drafts()]:
            expired = model.objects.filter(live=True, expire_at__lt=timezone.now())
            for obj in list(expired.order_by("expire_at")):
                failed += not self.run_alone(
                    obj,
                    lambda obj=obj: obj.unpublish(
                        set_expired=True, log_action="wagtail.unpublish.scheduled"
                    ),
                )
        return failed

    def publish_due(self):
        failed = 0
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        for revision in list(due.order_by("approved_go_live_at")):
            failed += not self.run_alone(
                revision.content_object,
                lambda revision=revision: revision.publish(log_action="wagtail.publish.scheduled"),
            )
        return failed

    def run_alone(self, obj, work):
        return attempt(PublishingProblem.Kind.SCHEDULED_PUBLISH, obj, work)


def _snippet_models_with_drafts():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
