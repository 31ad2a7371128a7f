"""Panels on the admin dashboard: what editors and translators need to act on."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from news.models import RecruitmentPage


class OpenRecruitmentPanel(Component):
    name = "open_recruitment"
    order = 50
    template_name = "home/panels/open_recruitment.html"

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        notices = (
            RecruitmentPage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, application_closes__gte=today)
            .order_by("application_closes", "pk")
        )
        return {"notices": notices, "today": today, "title": _("Open recruitment notices")}


class TranslationsToDoPanel(Component):
    name = "translations_to_do"
    order = 60
    template_name = "home/panels/translations_to_do.html"

    def get_context_data(self, parent_context):
        from translations.status import State, counts_by_state, translation_status

        counts = counts_by_state(translation_status())
        return {
            "missing": counts[State.MISSING],
            "outdated": counts[State.OUTDATED],
            "in_progress": counts[State.IN_PROGRESS],
            "title": _("Translations to do"),
        }
