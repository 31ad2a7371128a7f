from django.core.management.base import BaseCommand, CommandError

from translations.catalogues import coverage, english_catalogues


class Command(BaseCommand):
    help = "Reports how much of Wagtail's and wagtail-localize's interface is in Japanese."

    def handle(self, *args, **options):
        incomplete = 0
        for package, english in english_catalogues():
            result = coverage(package, english)
            translated = result.needed - len(result.missing)
            self.stdout.write(
                f"{result.percent:3d}%  {translated:4d}/{result.needed:<4d}  {package}/{english}"
            )
            incomplete += bool(result.missing)
        if incomplete:
            raise CommandError(f"{incomplete} catalogue(s) are below 100 %.", returncode=1)
