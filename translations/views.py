import io
import tempfile
import zipfile

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from core.models import GlossaryTerm
from translations.models import SegmentReview
from translations.po_files import POFileError, export_translations, import_po_files
from translations.publishing import (
    PUBLISH_INCOMPLETE,
    language_name,
    refuse,
    untranslated_text,
)
from translations.review import suggestions_to_review
from translations.status import State, counts_by_state, translated_by, translation_status
from translations.sync import unread_machine_translations

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
            "language": [
                (code, get_language_info(code)["name_translated"])
                for code in sorted({row.target_locale for row in rows})
            ],
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
        mine = self.request.GET.get("mine") == "1"
        if mine:
            worked_on = translated_by(self.request.user)
            shown = [row for row in shown if (row.translation_key, row.target_locale) in worked_on]
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
            mine=mine,
            order=order,
            target_languages=[
                code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
            ],
            columns=[
                ("title", _("Title")),
                ("type", _("Type")),
                ("language", _("Language")),
                ("state", _("Status")),
            ],
        )
        return context


class TranslationPOExportView(View):
    """Every translation into one language as PO files in a ZIP, for external translators."""

    def get(self, request):
        locale = Locale.objects.filter(language_code=request.GET.get("locale", "")).first()
        if locale is None or locale.language_code == settings.LANGUAGE_CODE:
            messages.error(request, _("Choose a language to export."))
            return redirect("translation_status")
        translations = Translation.objects.filter(target_locale=locale, enabled=True)
        buffer = io.BytesIO()
        with tempfile.TemporaryDirectory() as directory, zipfile.ZipFile(buffer, "w") as archive:
            for path in export_translations(
                translations.select_related("source", "target_locale", "source__locale"),
                directory,
            ):
                archive.write(path, arcname=path.name)
        response = HttpResponse(buffer.getvalue(), content_type="application/zip")
        response["Content-Disposition"] = (
            f'attachment; filename="kira-translations-{locale.language_code}.zip"'
        )
        return response


class TranslationPOImportView(View):
    """PO files back from external translators: all imported, or none with the reason."""

    def post(self, request):
        uploads = request.FILES.getlist("po_files")
        if not uploads:
            messages.error(request, _("Choose one or more PO files to import."))
            return redirect("translation_status")
        files = [
            (upload.name, upload.read().decode("utf-8", errors="replace")) for upload in uploads
        ]
        try:
            translations = import_po_files(files, user=request.user)
        except POFileError as error:
            messages.error(request, _("%(error)s Nothing was imported.") % {"error": error})
        else:
            messages.success(
                request,
                _("Imported %(count)s PO file(s). Open each translation to review and publish.")
                % {"count": len(translations)},
            )
        return redirect("translation_status")


class TranslationTargetView(WagtailAdminTemplateMixin, TemplateView):
    """A page about one translation's target (a page or a snippet), for those `allowed`."""

    header_icon = "warning"

    def dispatch(self, request, translation_id):
        self.translation = get_object_or_404(
            Translation.objects.select_related("source", "target_locale"),
            pk=translation_id,
            enabled=True,
        )
        self.instance = self.translation.get_target_instance()
        if not self.allowed(request.user):
            raise PermissionDenied
        self.edit_url = self.translation.get_target_instance_edit_url()
        return super().dispatch(request)

    def allowed(self, user):
        raise NotImplementedError

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.edit_url, "label": str(self.instance)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(instance=self.instance, edit_url=self.edit_url, **kwargs)


class PublishIncompleteTranslationView(TranslationTargetView):
    """Publishes a translation with untranslated text, after listing the text visitors will
    read in the source language. Only for people with the permission, and never by accident:
    the translation editor refuses such a publish and links here."""

    template_name = "translations/publish_incomplete.html"
    page_title = _("Publish with untranslated text")

    def allowed(self, user):
        if not user.has_perm(PUBLISH_INCOMPLETE):
            return False
        if isinstance(self.instance, Page):
            return self.instance.permissions_for_user(user).can_publish()
        return True

    def get(self, request):
        return self._refuse_machine_text(request) or super().get(request)

    def _refuse_machine_text(self, request):
        # Machine output nobody has read is never published, with or without the permission.
        if unread_machine_translations(
            self.translation.source, self.translation.target_locale
        ).exists():
            refuse(request, self.translation)
            return redirect(self.edit_url)
        return None

    def get_context_data(self, **kwargs):
        self.left = untranslated_text(self.translation)
        return super().get_context_data(
            language=language_name(self.translation.target_locale),
            source_language=language_name(self.translation.source.locale),
            left=self.left,
            **kwargs,
        )

    def post(self, request):
        if refused := self._refuse_machine_text(request):
            return refused
        self.left = untranslated_text(self.translation)
        self.translation.save_target(user=request.user, publish=True)
        messages.warning(
            request,
            ngettext(
                "Published “%(title)s” with %(count)d untranslated text.",
                "Published “%(title)s” with %(count)d untranslated texts.",
                len(self.left),
            )
            % {"title": self.instance, "count": len(self.left)},
        )
        return redirect(self.edit_url)


class ReviewTranslationView(TranslationTargetView):
    """The translations to look at again in one translation: the source's change, old and new
    with the difference marked, beside the kept translation, each accepted in one step. To
    change one instead, the translator edits it in the translation editor as usual."""

    template_name = "translations/review.html"
    page_title = _("Translations to review")

    def allowed(self, user):
        if isinstance(self.instance, Page):
            return self.instance.permissions_for_user(user).can_edit()
        meta = self.instance._meta
        return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            suggestions=suggestions_to_review(self.translation), **kwargs
        )

    def post(self, request):
        suggestions = suggestions_to_review(self.translation)
        chosen = request.POST.getlist("accept")
        accepted = [
            suggestion
            for suggestion in suggestions
            if "all" in chosen or str(suggestion.review.pk) in chosen
        ]
        SegmentReview.objects.filter(pk__in=[s.review.pk for s in accepted]).delete()
        messages.success(
            request,
            ngettext(
                "Accepted %(count)d translation.",
                "Accepted %(count)d translations.",
                len(accepted),
            )
            % {"count": len(accepted)},
        )
        if len(accepted) == len(suggestions):
            return redirect(self.edit_url)
        return redirect(request.path)


def glossary_terms(request):
    """The glossary for the translation editor's hints (translations/upstream/editor_strings.py)."""
    return JsonResponse({"terms": GlossaryTerm.objects.longest_first()})
