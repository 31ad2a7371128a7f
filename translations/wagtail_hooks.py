from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations.panels import TranslationsToDoPanel
from translations.publishing import refuse_incomplete_bulk_publish, refuse_incomplete_publish
from translations.review import point_to_review
from translations.sync import REFRESH_LOG_ACTION
from translations.upstream.editor_strings import editor_script
from translations.views import (
    PublishIncompleteTranslationView,
    ReviewTranslationView,
    TranslationPOExportView,
    TranslationPOImportView,
    TranslationStatusView,
    glossary_terms,
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
        path(
            "translations/<int:translation_id>/publish-untranslated/",
            PublishIncompleteTranslationView.as_view(),
            name="translation_publish_incomplete",
        ),
        path("translations/glossary.json", glossary_terms, name="translation_glossary"),
        path(
            "translations/<int:translation_id>/review/",
            ReviewTranslationView.as_view(),
            name="translation_review",
        ),
    ]


# Before wagtail-localize's own hooks (order 0), which publish the translation.
@hooks.register("before_edit_page", order=-1)
def refuse_incomplete_page_translation(request, page):
    return refuse_incomplete_publish(request, page)


@hooks.register("before_edit_page", order=-1)
def point_to_page_translations_to_review(request, page):
    point_to_review(request, page)


@hooks.register("before_edit_snippet", order=-1)
def refuse_incomplete_snippet_translation(request, instance):
    if not hasattr(instance, "translation_key"):
        return None
    point_to_review(request, instance)
    return refuse_incomplete_publish(request, instance)


hooks.register("before_bulk_action", refuse_incomplete_bulk_publish)


@hooks.register("register_log_actions")
def register_refresh_log_action(actions):
    actions.register_action(
        REFRESH_LOG_ACTION,
        _("Updated with its source"),
        _("Brought up to date with its published source by the association, and published"),
    )


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


@hooks.register("insert_global_admin_css")
def translation_editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("translations/admin.css"))


hooks.register("insert_global_admin_js", editor_script)
