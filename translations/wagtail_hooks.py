from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations.panels import TranslationsToDoPanel
from translations.views import (
    TranslationPOExportView,
    TranslationPOImportView,
    TranslationStatusView,
)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path(
            "reports/translation-status/po/export/",
            TranslationPOExportView.as_view(),
            name="translation_po_export",
        ),
        path(
            "reports/translation-status/po/import/",
            TranslationPOImportView.as_view(),
            name="translation_po_import",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="site",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_translations_to_do_panel(request, panels):
    panels.append(TranslationsToDoPanel())
