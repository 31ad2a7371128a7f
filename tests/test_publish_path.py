"""A publish walks the path docs/paths.md draws: the receivers of Wagtail's `page_published`
run in the order they were connected, which today only INSTALLED_APPS gives. Whoever changes
that order, or adds a receiver, changes the drawing too."""

import weakref

from wagtail.signals import page_published

PUBLISH_PATH = [
    # The English copy is refreshed first (translations/sync.py),
    "translations.signal_handlers.refresh_published_page",
    # then the caches renew what the publish changed and purge the front cache,
    "caching.signal_handlers.renew_what_a_publish_changed",
    # then Wagtail's own front-cache handler purges the page again (connected per page type).
    "wagtail.contrib.frontend_cache.signal_handlers.page_published_signal_handler",
]


def receivers_in_order(signal):
    names = []
    for entry in signal.receivers:
        reference = entry[1]
        receiver = reference() if isinstance(reference, weakref.ReferenceType) else reference
        name = f"{receiver.__module__}.{receiver.__qualname__}"
        if name not in names:
            names.append(name)
    return names


def test_a_publish_runs_its_steps_in_the_order_docs_paths_md_draws():
    assert receivers_in_order(page_published) == PUBLISH_PATH
