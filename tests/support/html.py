from bs4 import BeautifulSoup


def html(response):
    """The page a visitor was served, parsed; anything but 200 fails the test."""
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")
