from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    """A short guide for the association's editors, moderators and translators, in their
    language, in place of Wagtail's English editor guide."""

    template_name = "adminsite/editor_guide.html"
    page_title = _("Editor's guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]
