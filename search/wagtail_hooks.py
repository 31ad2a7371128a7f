from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__"]
    search_fields = ["words"]
    panels = [
        HelpPanel(
            _(
                "When visitors search for a word the site does not use (a misspelling, another "
                "name of a city, an English word on the Japanese site), add it here with the "
                "word the pages use. Searches find the change at once."
            )
        ),
        FieldPanel("words"),
    ]


register_snippet(SynonymViewSet)
