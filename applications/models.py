"""Applications sent through the site: host families apply under their recruitment notice."""

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm
from wagtail.fields import RichTextField

from applications.forms import HostFamilyApplicationForm
from home.localization import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from news.models import RecruitmentKind, RecruitmentStatus
from search.index import JapaneseSearchMixin


class HostFamilyApplicationPage(JapaneseSearchMixin, AbstractEmailForm):
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

    content_panels = AbstractEmailForm.content_panels + [
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

    def get_data_fields(self):
        return [("submit_time", _("Submission date")), *HostFamilyApplicationForm.data_fields()]

    def serve(self, request, *args, **kwargs):
        notice = self.notice
        context = self.get_context(request, *args, **kwargs)
        context["notice"] = notice
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
        if form.is_spam:
            return self.render_landing_page(request, None, *args, **kwargs)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def send_mail(self, form):
        """Tells staff an application arrived. The personal data stays in the admin."""
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or _("New host family application")
            listing = settings.WAGTAILADMIN_BASE_URL + reverse(
                "wagtailforms:list_submissions", args=[self.pk]
            )
            body = _(
                "A host family application has arrived through “%(form)s” (%(language)s).\n\n"
                "Household: %(household)s\n\nRead and export applications in the admin:\n%(url)s"
            ) % {
                "form": self.title,
                "language": self.locale.get_display_name(),
                "household": form.cleaned_data["household_name"],
                "url": listing,
            }
            send_mail(
                str(subject),
                body,
                self.from_address or settings.DEFAULT_FROM_EMAIL,
                [address.strip() for address in self.to_address.split(",")],
            )


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def submission_allowed(request):
    """At most APPLICATION_RATE_LIMIT applications per address per APPLICATION_RATE_PERIOD."""
    limit, period = settings.APPLICATION_RATE_LIMIT, settings.APPLICATION_RATE_PERIOD
    key = f"applications:rate:{client_address(request)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=period)
        count = 1
    return count <= limit


def expired_submissions(now=None):
    """Host-family applications older than the retention period in settings."""
    from wagtail.contrib.forms.models import FormSubmission

    cutoff = (now or timezone.now()) - settings.APPLICATION_RETENTION
    return FormSubmission.objects.filter(
        page__in=HostFamilyApplicationPage.objects.values("pk"), submit_time__lt=cutoff
    )
