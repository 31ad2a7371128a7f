from django.db import models
from django.utils.translation import gettext_lazy as _


class PublishingProblem(models.Model):
    """Something the site tried to publish on staff's behalf and could not: a scheduled page,
    or the refresh of a translation after its source was published.

    One open problem per page and kind: the cron run every few minutes finds the same failure
    again, and staff are told once, not every run. It is closed when the same work succeeds.
    """

    class Kind(models.TextChoices):
        SCHEDULED_PUBLISH = "scheduled", _("Scheduled publishing")
        TRANSLATION_REFRESH = "translation", _("Updating a translation")

    kind = models.CharField(_("what was tried"), max_length=20, choices=Kind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    error = models.TextField(_("what went wrong"))
    occurrences = models.PositiveIntegerField(_("times tried"), default=1)
    first_seen_at = models.DateTimeField(_("first failed at"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last failed at"), auto_now=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    staff_told_at = models.DateTimeField(_("staff emailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("publishing problem")
        verbose_name_plural = _("publishing problems")
        ordering = ["-last_seen_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "page"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_problem_per_page_and_kind",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page_id}"
