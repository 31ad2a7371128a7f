"""Pages published as an editor publishes them."""


def published(page):
    """`page` published through a revision, so that it carries its first and last publication
    times (the page factories write live pages without a revision, and so without either)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page
