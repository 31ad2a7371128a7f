from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation

from translations.sync import untranslated_segments

BATCH_SIZE = 50


class Command(BaseCommand):
    help = (
        "Machine-translates every untranslated segment into one language. The results are "
        "marked as machine translations that need review; nothing is published."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", required=True, help="Target language code, e.g. en.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be translated only."
        )

    def handle(self, *args, **options):
        try:
            locale = Locale.objects.get(language_code=options["locale"])
        except Locale.DoesNotExist:
            codes = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(
                f"No language '{options['locale']}'. Choose from: {codes}."
            ) from None
        translator = get_machine_translator()
        if translator is None:
            raise CommandError("No machine translator is configured.")

        total = 0
        translations = Translation.objects.filter(target_locale=locale, enabled=True)
        for translation in translations.select_related("source", "source__locale"):
            source = translation.source
            if not translator.can_translate(source.locale, locale):
                continue
            segments = list(untranslated_segments(source, locale))
            if not segments:
                continue
            if not options["dry_run"]:
                for start in range(0, len(segments), BATCH_SIZE):
                    self.translate_batch(
                        translator, source, locale, segments[start : start + BATCH_SIZE]
                    )
            total += len(segments)
            self.stdout.write(f"{source.object_repr}: {len(segments)} segment(s)")
        verb = "would be" if options["dry_run"] else "were"
        self.stdout.write(
            f"{total} segment(s) {verb} machine-translated into {locale.language_code} "
            f"with {translator.display_name}; each is marked for review."
        )

    def translate_batch(self, translator, source, locale, segments):
        strings = [segment.string.as_value() for segment in segments]
        results = translator.translate(source.locale, locale, strings)
        for segment, string in zip(segments, strings, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": results[string].data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": translator.display_name,
                },
            )
