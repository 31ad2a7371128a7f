from django.core.management.base import BaseCommand, CommandError

from wagtail_localize.machine_translators import get_machine_translator

from translations.machine import GlossaryDeepLTranslator


class Command(BaseCommand):
    help = "Creates the KIRA proper-noun glossaries in DeepL and prints the settings to use them."

    def handle(self, *args, **options):
        translator = get_machine_translator()
        if not isinstance(translator, GlossaryDeepLTranslator):
            raise CommandError("Set DEEPL_API_KEY first: DeepL is not configured.")
        ids = translator.create_glossaries()
        self.stdout.write("Add these to the environment:")
        self.stdout.write(f"DEEPL_GLOSSARY_JA_EN={ids[('JA', 'EN')]}")
        self.stdout.write(f"DEEPL_GLOSSARY_EN_JA={ids[('EN', 'JA')]}")
