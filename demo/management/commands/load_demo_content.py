from django.core.management.base import BaseCommand

from demo.builder import DemoContentBuilder


class Command(BaseCommand):
    help = "Builds the demo site in Japanese and English. Does nothing if the site has content."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        if DemoContentBuilder.has_content():
            if verbosity:
                self.stdout.write("The site already has content; nothing was changed.")
            return
        DemoContentBuilder(stdout=self.stdout if verbosity > 1 else None).build()
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Demo content loaded in Japanese and English."))
