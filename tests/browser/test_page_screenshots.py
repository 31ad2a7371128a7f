"""Every page type, in both languages, as a visitor sees it on a 375 px phone and a 1280 px
desktop: it fits the width without sideways scrolling, and its picture goes to
.ci/artifacts/pages/ for people to look at (`{language}-{width}-{page}.png`)."""

import pytest

from tests.browser.conftest import ARTIFACTS, DESKTOP, PHONE
from tests.support.pages import PAGE_OF_EACH_TYPE

pytestmark = pytest.mark.browser
PAGES = [*PAGE_OF_EACH_TYPE, "search/?q=交流"]


def picture_name(path):
    return path.split("?")[0].strip("/").replace("/", "_") or "home"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_page_type_fits_a_phone_and_a_desktop(live_site, chromium, language):
    (ARTIFACTS / "pages").mkdir(parents=True, exist_ok=True)
    for viewport in (PHONE, DESKTOP):
        context = chromium.new_context(viewport=viewport, locale=f"{language}-JP")
        page = context.new_page()
        for path in PAGES:
            page.goto(f"{live_site.url}/{language}/{path}")
            width = viewport["width"]
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (
                f"/{language}/{path} scrolls sideways by {overflow}px at {width}px"
            )
            page.screenshot(
                path=ARTIFACTS / "pages" / f"{language}-{width}-{picture_name(path)}.png",
                full_page=True,
            )
        context.close()
