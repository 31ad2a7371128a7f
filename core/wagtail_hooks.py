from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import GlossaryTerm


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["japanese", "english"]
    search_fields = ["japanese", "english"]
    panels = [FieldPanel("japanese"), FieldPanel("english")]


register_snippet(GlossaryViewSet)
