"""The dashboard panel editors act on: recruitment notices still taking applications."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from news.models import RecruitmentPage


class OpenRecruitmentPanel(Component):
    name = "open_recruitment"
    order = 50
    template_name = "news/panels/open_recruitment.html"

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        notices = (
            RecruitmentPage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, application_closes__gte=today)
            .order_by("application_closes", "pk")
        )
        return {"notices": notices, "today": today, "title": _("Open recruitment notices")}
