"""The dashboard panel translators act on: what is missing, out of date or under way."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from translations.status import State, counts_by_state, translation_status


class TranslationsToDoPanel(Component):
    name = "translations_to_do"
    order = 60
    template_name = "translations/panels/translations_to_do.html"

    def get_context_data(self, parent_context):
        counts = counts_by_state(translation_status())
        return {
            "missing": counts[State.MISSING],
            "outdated": counts[State.OUTDATED],
            "in_progress": counts[State.IN_PROGRESS],
            "title": _("Translations to do"),
        }
