from django.core.management.base import BaseCommand

from caching.pages import invalidate_all_pages


class Command(BaseCommand):
    help = "Stops serving every cached page (after restoring a backup, for example)."

    def handle(self, *args, **options):
        invalidate_all_pages()
        self.stdout.write("Cached pages will be rendered afresh.")
