"""Pages as a visitor or a member of staff reads them, for every test to share."""

from bs4 import BeautifulSoup


def html(response, status=200):
    """The page as it was served, parsed; any status but `status` fails the test."""
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def visible_text(page):
    """The words a reader sees on `page` (a response, or its HTML), in order: scripts,
    styles, templates and noscript fallbacks left out."""
    markup = getattr(page, "content", page)
    soup = BeautifulSoup(markup, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript"]):
        hidden.decompose()
    return soup.get_text(" ", strip=True)
