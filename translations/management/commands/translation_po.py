from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from translations.po_files import POFileError, export_translations, import_po_files


class Command(BaseCommand):
    help = "Exports translations as PO files for external translators, or imports them back."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Write one PO file per translation.")
        export.add_argument("--locale", required=True, help="Target language code, e.g. en.")
        export.add_argument("--page", type=int, help="Only this page (its id, in any language).")
        export.add_argument("--output", default="po-export", help="Directory for the files.")
        import_ = actions.add_parser("import", help="Read PO files back; all or nothing.")
        import_.add_argument("files", nargs="+", help="PO files to import.")
        import_.add_argument(
            "--publish", action="store_true", help="Publish each translation after importing."
        )

    def handle(self, *args, **options):
        if options["action"] == "export":
            self.export(options)
        else:
            self.import_(options)

    def export(self, options):
        locale = Locale.objects.filter(language_code=options["locale"]).first()
        if locale is None:
            raise CommandError(f"No language '{options['locale']}'.")
        translations = Translation.objects.filter(target_locale=locale, enabled=True)
        if options["page"]:
            page = Page.objects.filter(pk=options["page"]).first()
            if page is None:
                raise CommandError(f"No page with id {options['page']}.")
            translations = translations.filter(
                source__in=TranslationSource.objects.filter(object_id=page.translation_key)
            )
            if not translations.exists():
                raise CommandError(f"'{page.title}' has no translation into {locale}.")
        paths = export_translations(
            translations.select_related("source", "target_locale", "source__locale"),
            options["output"],
        )
        for path in paths:
            self.stdout.write(str(path))
        self.stdout.write(f"{len(paths)} PO file(s) written to {options['output']}.")

    def import_(self, options):
        files = []
        for name in options["files"]:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"{name} does not exist; nothing was imported.")
            files.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
        try:
            # The rest of this command speaks English; so do the reasons a file is refused.
            with translation.override("en"):
                translations = import_po_files(files)
        except POFileError as error:
            raise CommandError(f"{error} Nothing was imported.") from None
        for imported in translations:
            if options["publish"]:
                imported.save_target(publish=True)
            self.stdout.write(f"Imported {imported.source.object_repr}")
        self.stdout.write(f"{len(translations)} PO file(s) imported.")
