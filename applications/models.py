"""Applications sent through the site: host families apply under their recruitment notice."""

import datetime
import logging

from django_tasks import task

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import connection, models, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, FormMixin, FormSubmission
from wagtail.fields import RichTextField
from wagtail.rich_text import get_text_for_indexing

from applications.forms import HostFamilyApplicationForm
from core.client_address import client_address
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.forms import SiteFormPageForm
from core.pages import SitePage
from core.retries import next_attempt_at
from news.models import RecruitmentKind, RecruitmentStatus
from search.index import JapaneseSearchMixin

logger = logging.getLogger(__name__)


class HostFamilyApplicationPage(JapaneseSearchMixin, SitePage, AbstractEmailForm):
    """The online application form of one host-family recruitment notice.

    Its questions are fixed in code (applications.forms), not built by editors, so that the
    consent to the privacy notice can never be removed and every submission has the same columns
    for staff to export.
    """

    template = "applications/host_family_application_page.html"
    landing_page_template = "applications/host_family_application_page_landing.html"
    parent_page_types = ["news.RecruitmentPage"]
    subpage_types = []
    max_count_per_parent = 1
    summary_field = "introduction"
    search_label = _("Application form")
    page_description = _(
        "The online form host families fill in to apply, added under a host-family "
        "recruitment notice. Staff receive an email for each application."
    )

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the form: who can apply and what happens next."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=["bold", "link", "ul"],
        help_text=_(
            "How the association uses and keeps the family's personal data. Applicants must "
            "agree to it before they can send the form."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        features=["bold", "link"],
        blank=True,
        help_text=_("Shown after a family has applied, below a standard thank-you."),
    )
    # The staff notification email: Wagtail's fields, with help text for the office staff.
    from_address = models.EmailField(
        _("from address"),
        max_length=255,
        blank=True,
        help_text=_(
            "The sender of the email that tells staff an application has arrived. Leave blank "
            "to use the site's usual sender address."
        ),
    )
    subject = models.CharField(
        _("subject"),
        max_length=255,
        blank=True,
        help_text=_("The subject of that email. Leave blank for 'New host family application'."),
    )

    base_form_class = SiteFormPageForm
    content_panels = SitePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification email to staff"),
        ),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("introduction", "privacy_notice", "thank_you_text")
        + synchronised("to_address", "from_address", "subject")
    )

    class Meta:
        verbose_name = _("host family application form")
        verbose_name_plural = _("host family application forms")

    @classmethod
    def can_create_at(cls, parent):
        parent = parent.specific
        return super().can_create_at(parent) and (
            getattr(parent, "kind", None) == RecruitmentKind.HOST_FAMILY
        )

    @property
    def notice(self):
        return self.get_parent().specific

    # The form's questions come from code; Wagtail's form builder is not used.
    def get_form_fields(self):
        return []

    def get_form_class(self):
        return HostFamilyApplicationForm

    def get_context(self, request, *args, **kwargs):
        # Here, not in serve(), so that Wagtail's preview (which skips serve) has it too.
        context = super().get_context(request, *args, **kwargs)
        context["notice"] = self.notice
        # The deletion visitors are told of is the one the site carries out (settings), so
        # that the privacy notice an editor writes cannot promise another.
        context["retention_days"] = settings.APPLICATION_RETENTION.days
        return context

    def serve(self, request, *args, **kwargs):
        # Before the period check: a family who applied just before closing still sees it.
        if request.method != "POST" and self.RECEIVED_PARAMETER in request.GET:
            return self.render_received(request, request.GET[self.RECEIVED_PARAMETER])

        context = self.get_context(request, *args, **kwargs)
        notice = context["notice"]
        if notice.status != RecruitmentStatus.OPEN:
            context["closed"] = True
            status = 403 if request.method == "POST" else 200
            return TemplateResponse(request, self.get_template(request), context, status=status)

        if request.method != "POST":
            context["form"] = self.get_form(page=self, user=request.user)
            return TemplateResponse(request, self.get_template(request), context)

        form = self.get_form(request.POST, page=self, user=request.user)
        if not form.is_valid():
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context)
        if not submission_allowed(request):
            context["form"] = form
            context["rate_limited"] = True
            return TemplateResponse(request, self.get_template(request), context, status=429)
        submission = None if form.is_spam else self.process_form_submission(form)
        # Post/redirect/get: reloading the thank-you page never sends the application again.
        return redirect(self.received_url(request, submission))

    RECEIVED_PARAMETER = "received"
    # How long the thank-you address shows the reference number; the email keeps it for good.
    RECEIVED_SHOWN_FOR = datetime.timedelta(days=1)

    def received_url(self, request, submission):
        token = signing.dumps(
            [self.pk, submission.pk if submission else None], salt="applications.received"
        )
        return f"{self.get_url(request)}?{urlencode({self.RECEIVED_PARAMETER: token})}#thanks"

    def render_received(self, request, token):
        try:
            page_pk, submission_pk = signing.loads(
                token, salt="applications.received", max_age=self.RECEIVED_SHOWN_FOR
            )
        except signing.SignatureExpired:
            page_pk, submission_pk = self.pk, None
        except (signing.BadSignature, ValueError, TypeError):
            return redirect(self.get_url(request))
        if page_pk != self.pk:
            return redirect(self.get_url(request))
        submission = HostFamilyApplication.objects.filter(pk=submission_pk, page=self).first()
        response = self.render_landing_page(request, submission)
        # The reference number is this family's: no shared cache or browser keeps the page.
        add_never_cache_headers(response)
        return response

    def get_submission_class(self):
        return HostFamilyApplication

    def get_submissions_list_view_class(self):
        # Admin views import the page models, so they cannot be imported while models load.
        from applications.views import ApplicationsListView

        return ApplicationsListView

    def get_submissions(self):
        return (
            super().get_submissions().select_related("staff_notification", "applicant_confirmation")
        )

    def get_data_fields(self):
        return [
            (HostFamilyApplication.REFERENCE_FIELD, _("Reference number")),
            ("submit_time", _("Submission date")),
            *HostFamilyApplicationForm.data_fields(),
            (HostFamilyApplication.NOTIFICATION_FIELD, _("Email to staff")),
            (HostFamilyApplication.CONFIRMATION_FIELD, _("Confirmation to the family")),
        ]

    def process_form_submission(self, form):
        """Stores the application and, in the same transaction, the jobs of telling staff and
        confirming to the family.

        Wagtail's email form would send the email here, inside the family's request, so a mail
        server that is down turned a stored application into an error page and the family
        applied again. The jobs are committed with the application or not at all, and a worker
        sends them (ApplicationEmail.deliver).
        """
        with transaction.atomic():
            # FormMixin's saving, without EmailFormMixin's sending in the request.
            submission = FormMixin.process_form_submission(self, form)
            notify_staff.enqueue(StaffNotification.objects.create(submission=submission).pk)
            confirm_to_applicant.enqueue(
                ApplicantConfirmation.objects.create(submission=submission).pk
            )
        return submission

    def staff_addresses(self):
        return [address.strip() for address in self.to_address.split(",") if address.strip()]

    def notification_message(self, submission):
        """Tells staff an application arrived. The personal data stays in the admin."""
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or _("New host family application")
            listing = settings.WAGTAILADMIN_BASE_URL + reverse(
                "wagtailforms:list_submissions", args=[self.pk]
            )
            body = _(
                "A host family application has arrived through “%(form)s” (%(language)s).\n\n"
                "Reference number: %(reference)s\nHousehold: %(household)s\n\n"
                "Read and export applications in the admin:\n%(url)s"
            ) % {
                "form": self.title,
                "language": self.locale.get_display_name(),
                "reference": reference_number(submission),
                "household": submission.form_data.get("household_name", ""),
                "url": listing,
            }
            return EmailMessage(
                str(subject),
                body,
                self.from_address or settings.DEFAULT_FROM_EMAIL,
                self.staff_addresses(),
            )

    def confirmation_message(self, submission):
        """Tells the family, in the language of the form they used, what they sent and what
        happens next; a reply reaches the staff who handle the call."""
        with translation.override(self.locale.language_code):
            answers = HostFamilyApplicationForm.readable_answers(submission.form_data)
            body = render_to_string(
                "applications/email/confirmation.txt",
                {
                    "page": self,
                    "notice": self.notice,
                    "notice_url": self.notice.get_full_url(),
                    "submission": submission,
                    "reference": reference_number(submission),
                    "answers": [
                        (label, answers.get(name, ""))
                        for name, label in HostFamilyApplicationForm.data_fields()
                    ],
                    "next_steps": get_text_for_indexing(self.thank_you_text),
                    "site_name": settings.WAGTAIL_SITE_NAME,
                },
            )
            subject = _("We have received your host family application (%(reference)s)") % {
                "reference": reference_number(submission)
            }
            return EmailMessage(
                subject,
                body,
                self.from_address or settings.DEFAULT_FROM_EMAIL,
                [submission.form_data["email"]],
                reply_to=self.staff_addresses(),
            )


class HostFamilyApplication(FormSubmission):
    """A stored application, read by staff in the admin's table and exports in words: the
    option a family chose ("はい", "Nobody smokes"), not the value the form stores."""

    REFERENCE_FIELD = "reference"
    NOTIFICATION_FIELD = "staff_notification_status"
    CONFIRMATION_FIELD = "applicant_confirmation_status"

    class Meta:
        proxy = True
        verbose_name = _("host family application")
        verbose_name_plural = _("host family applications")

    def get_data(self):
        data = super().get_data()
        readable = HostFamilyApplicationForm.readable_answers(self.form_data)
        notification = getattr(self, "staff_notification", None)
        confirmation = getattr(self, "applicant_confirmation", None)
        return {
            **data,
            **readable,
            self.REFERENCE_FIELD: self.reference,
            self.NOTIFICATION_FIELD: notification.summary() if notification else "",
            self.CONFIRMATION_FIELD: confirmation.summary() if confirmation else "",
        }

    @property
    def reference(self):
        return reference_number(self)


def reference_number(submission):
    """The number a family quotes when they call: the year they applied and a serial."""
    return f"{timezone.localtime(submission.submit_time):%Y}-{submission.pk:05d}"


class NoRecipients(Exception):
    """An email that has nobody to go to: trying again would not help."""


class ApplicationEmail(models.Model):
    """An email about one application, sent by the queue's worker, and whether it got through.

    Never sent inside the family's request: a mail server that is down, slow or refusing must
    not turn a stored application into an error page.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Could not be sent")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.submission_id}: {self.get_status_display()}"

    def message(self):
        raise NotImplementedError

    def job(self):
        """The task that sends this kind of email."""
        raise NotImplementedError

    def summary(self):
        if self.status == self.Status.PENDING and self.attempts:
            return ngettext(
                "Not sent yet (%(attempts)d failed attempt; trying again): %(error)s",
                "Not sent yet (%(attempts)d failed attempts; trying again): %(error)s",
                self.attempts,
            ) % {"attempts": self.attempts, "error": self.last_error}
        if self.status == self.Status.FAILED:
            return ngettext(
                "Could not be sent (%(attempts)d attempt): %(error)s",
                "Could not be sent (%(attempts)d attempts): %(error)s",
                self.attempts,
            ) % {"attempts": self.attempts, "error": self.last_error}
        return self.get_status_display()

    def deliver(self):
        """Sends the email once; on failure, logs it and tries again later, and after the last
        of NOTIFICATION_RETRY_DELAYS gives up and says so to staff."""
        if self.status != self.Status.PENDING:
            return
        now = timezone.now()
        # Counted before sending, so that a worker killed mid-send leaves a trace staff see.
        self.attempts += 1
        self.last_attempt_at = now
        self.save(update_fields=["attempts", "last_attempt_at"])
        try:
            self.message().send()
        # Whatever the mail backend raises (refused, timed out, rejected), the application is
        # safe; the job is kept and the failure recorded for staff.
        except Exception as error:
            self.last_error = f"{type(error).__name__}: {error}"[:500]
            self.record_failure(now, retry=not isinstance(error, NoRecipients))
            return
        self.status = self.Status.SENT
        self.sent_at = now
        self.last_error = ""
        self.save()

    def record_failure(self, now, retry=True):
        retry_at = next_attempt_at(self.attempts, now) if retry else None
        if retry_at is None:
            self.status = self.Status.FAILED
            self.save()
            logger.error(
                "Gave up sending the %s of application %s after %s attempts: %s",
                self._meta.model_name,
                self.submission_id,
                self.attempts,
                self.last_error,
            )
            return
        with transaction.atomic():
            self.save()
            self.job().using(run_after=retry_at).enqueue(self.pk)
        logger.warning(
            "Could not send the %s of application %s (attempt %s), trying again at %s: %s",
            self._meta.model_name,
            self.submission_id,
            self.attempts,
            retry_at.isoformat(),
            self.last_error,
        )


class StaffNotification(ApplicationEmail):
    """The email that tells staff an application arrived."""

    submission = models.OneToOneField(
        FormSubmission,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="staff_notification",
    )

    class Meta:
        verbose_name = _("email to staff")
        verbose_name_plural = _("emails to staff")

    def message(self):
        message = self.submission.page.specific.notification_message(self.submission)
        if not message.recipients():
            raise NoRecipients(_("The form has no “to address” for staff."))
        return message

    def job(self):
        return notify_staff


class ApplicantConfirmation(ApplicationEmail):
    """The email that tells the family, in the language they applied in, what they sent,
    its reference number and what happens next."""

    submission = models.OneToOneField(
        FormSubmission,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="applicant_confirmation",
    )

    class Meta:
        verbose_name = _("confirmation to the family")
        verbose_name_plural = _("confirmations to families")

    def message(self):
        return self.submission.page.specific.confirmation_message(self.submission)

    def job(self):
        return confirm_to_applicant


# The jobs beside the models they deliver; workers find them by this module's path.
@task(backend="notifications")
def notify_staff(notification_id):
    deliver_if_still_there(StaffNotification, notification_id)


@task(backend="notifications")
def confirm_to_applicant(confirmation_id):
    deliver_if_still_there(ApplicantConfirmation, confirmation_id)


def deliver_if_still_there(model, pk):
    email = model.objects.select_related("submission__page").filter(pk=pk).first()
    # None: the application was deleted (retention, or by staff) before the email went.
    if email is not None:
        email.deliver()


class RecentApplication(models.Model):
    """An application accepted from one address, kept while it counts toward the limit.

    In the database, so that every worker and server counts the same applications; the
    address itself is not stored, only a keyed digest of it.
    """

    address_digest = models.CharField(max_length=64, db_index=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.address_digest[:8]} {self.received_at.isoformat()}"


def submission_allowed(request):
    """At most APPLICATION_RATE_LIMIT applications per address per APPLICATION_RATE_PERIOD.

    Requests from one address take turns: PostgreSQL holds a lock on the address's digest
    until the transaction ends, and SQLite lets one writer at a time anyway, so two requests at
    the same moment can never both take the last place.
    """
    limit, period = settings.APPLICATION_RATE_LIMIT, settings.APPLICATION_RATE_PERIOD
    since = timezone.now() - datetime.timedelta(seconds=period)
    digest = salted_hmac("applications.rate-limit", client_address(request)).hexdigest()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [digest])
        mine = RecentApplication.objects.create(address_digest=digest)
        place = RecentApplication.objects.filter(
            address_digest=digest, received_at__gte=since
        ).count()
        if place > limit:
            mine.delete()
            return False
    RecentApplication.objects.filter(received_at__lt=since).delete()
    return True


def expired_submissions(now=None):
    """Host-family applications older than the retention period in settings."""
    cutoff = (now or timezone.now()) - settings.APPLICATION_RETENTION
    return FormSubmission.objects.filter(
        page__in=HostFamilyApplicationPage.objects.values("pk"), submit_time__lt=cutoff
    )
