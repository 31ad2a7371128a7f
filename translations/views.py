from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from translations.status import State, counts_by_state, translation_status

SORT_KEYS = {
    "title": lambda row: row.title,
    "type": lambda row: row.type_name,
    "language": lambda row: row.target_locale,
    "state": lambda row: State.ORDER.index(row.state),
    "progress": lambda row: row.percent,
}


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = translation_status()
        choices = {
            "state": [(state, State.LABELS[state]) for state in State.ORDER],
            "language": sorted({(row.target_locale, row.target_locale) for row in rows}),
            "type": sorted({(row.type_name, row.type_name) for row in rows}),
        }
        # Only values that exist filter the table; anything else in the URL is ignored.
        selected = {}
        for name, options in choices.items():
            value = self.request.GET.get(name, "")
            if value in {option for option, _label in options}:
                selected[name] = value
        attribute = {"state": "state", "language": "target_locale", "type": "type_name"}
        shown = [
            row
            for row in rows
            if all(getattr(row, attribute[name]) == value for name, value in selected.items())
        ]
        order = self.request.GET.get("order", "")
        if order.lstrip("-") in SORT_KEYS:
            shown.sort(key=SORT_KEYS[order.lstrip("-")], reverse=order.startswith("-"))
        else:
            order = ""
        context.update(
            rows=shown,
            counts=[
                (state, State.LABELS[state], count)
                for state, count in counts_by_state(rows).items()
            ],
            choices=choices,
            selected=selected,
            order=order,
            columns=[
                ("title", _("Title")),
                ("type", _("Type")),
                ("language", _("Language")),
                ("state", _("Status")),
            ],
        )
        return context
