"""Every id a page refers to (aria-describedby, aria-labelledby, a label's for) exists on it.

Screen readers read an error or a hint only through these references, and a reference to a
missing id fails silently: the Nu Html Checker does not report it and axe-core only lists it as
"needs review". Checked on every page the HTML checker sees, the form with its errors included.
"""

from bs4 import BeautifulSoup

from tests.demo.validators.pages import rendered_pages

REFERENCES = ["aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "for"]


def broken_references(html):
    soup = BeautifulSoup(html, "html.parser")
    ids = {element["id"] for element in soup.find_all(id=True)}
    for attribute in REFERENCES:
        for element in soup.find_all(attrs={attribute: True}):
            for target in element[attribute].split():
                if target not in ids:
                    yield f'<{element.name} {attribute}="{element[attribute]}">: no id {target}'


def test_every_reference_points_at_an_element_of_the_page(client, demo):
    pages = rendered_pages(client, demo)
    # Guards the check itself: the form with errors must show messages it can refer to.
    assert any('aria-invalid="true"' in html for _status, html in pages.values())

    broken = {
        label: problems
        for label, (_status, html) in pages.items()
        if (problems := list(broken_references(html)))
    }

    assert not broken, "\n".join(f"{label}: {p}" for label, ps in broken.items() for p in ps)
