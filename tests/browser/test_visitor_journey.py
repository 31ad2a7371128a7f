"""A visitor on a phone reads about a sister city and switches to English on the same page."""

import pytest

pytestmark = pytest.mark.browser


def test_visitor_on_a_phone_reaches_the_interview_and_switches_language(
    live_site, phone, screenshot
):
    page = phone
    page.goto(f"{live_site.url}/ja/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.get_by_role("heading", level=1).inner_text() == "柏市国際交流協会"
    screenshot(page, "visitor-1-home")

    page.get_by_role("navigation", name="メインメニュー").get_by_role(
        "link", name="姉妹都市・友好都市"
    ).click()
    page.wait_for_url("**/ja/cities/")
    assert page.locator("main .card__title").all_inner_texts() == [
        "トーランス",
        "承徳",
        "グアム",
        "キャムデン",
    ]
    screenshot(page, "visitor-2-cities")

    page.get_by_role("link", name="トーランス", exact=True).click()
    page.wait_for_url("**/ja/cities/torrance/")
    assert "1973年2月20日" in page.locator("main dl").inner_text()
    screenshot(page, "visitor-3-torrance")

    page.get_by_role("link", name="トーランスとの歩み").click()
    page.wait_for_url("**/ja/cities/torrance/history/")
    assert page.locator("ol.timeline > li").count() == 7
    screenshot(page, "visitor-4-history")

    page.go_back()
    page.get_by_role("link", name="二つの街、一つの空", exact=False).click()
    page.wait_for_url("**/ja/cities/torrance/2025-adult-leader-interview/")
    assert page.locator(".qa__question").first.inner_text() == "引率者に応募した理由は？"
    screenshot(page, "visitor-5-interview")

    page.get_by_role("navigation", name="言語").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/cities/torrance/2025-adult-leader-interview/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".qa__question").first.inner_text() == (
        "Why did you apply to be an adult leader?"
    )
    screenshot(page, "visitor-6-interview-english")


@pytest.mark.parametrize(
    ("language", "status_text", "closed_sentence"),
    [
        ("ja", "受付終了", "この募集は2025年6月28日（土）で締め切りました。"),
        ("en", "Applications closed", "This call closed on Sat, June 28, 2025."),
    ],
)
def test_a_parent_on_a_small_phone_sees_the_calls_status_and_deadline_on_the_first_screen(
    live_site, chromium, screenshot, language, status_text, closed_sentence
):
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, locale=f"{language}-JP", is_mobile=True
    )
    page = context.new_page()
    page.goto(f"{live_site.url}/{language}/news/16th-chengde-youth-delegates/")

    status = page.locator(".key-facts .status")
    note = page.locator(".key-facts .status-note")
    assert status.inner_text() == status_text
    assert note.inner_text() == closed_sentence
    box = note.bounding_box()
    assert box["y"] + box["height"] <= 740, f"the deadline ends at y={box['y'] + box['height']}"
    assert "受付中" not in page.locator("main").inner_text()
    screenshot(page, f"notice-closed-360-{language}")
    context.close()


@pytest.mark.parametrize("width", [320, 360])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_phone_header_keeps_brand_and_languages_on_one_row_and_leaves_room_for_the_page(
    live_site, chromium, screenshot, language, width
):
    context = chromium.new_context(
        viewport={"width": width, "height": 740}, locale=f"{language}-JP", is_mobile=True
    )
    page = context.new_page()
    page.goto(f"{live_site.url}/{language}/news/")

    brand = page.locator(".site-header .brand").bounding_box()
    switcher = page.locator(".site-header .language-switcher").bounding_box()
    menu_links = page.locator(".site-nav a")
    menu_tops = {round(menu_links.nth(i).bounding_box()["y"]) for i in range(menu_links.count())}
    header = page.locator(".site-header").bounding_box()
    assert switcher["y"] < brand["y"] + brand["height"], "the switcher wrapped below the name"
    assert len(menu_tops) == 1, f"the menu wrapped onto rows at {sorted(menu_tops)}"
    assert header["height"] <= 190, f"the header is {header['height']} px tall"
    # No word of a menu item is broken across its two lines, and screen readers still hear
    # the association's name where the phone shows only KIRA.
    broken = page.evaluate(
        """() => [...document.querySelectorAll('.site-nav a')].flatMap(link => {
            const text = link.firstChild, words = [];
            for (const match of text.data.matchAll(/[A-Za-z]+/g)) {
                const range = document.createRange();
                range.setStart(text, match.index);
                range.setEnd(text, match.index + match[0].length);
                if (range.getClientRects().length > 1) words.push(match[0]);
            }
            return words;
        })"""
    )
    assert broken == [], f"words broken across lines: {broken}"
    name = {"ja": "柏市国際交流協会", "en": "Kashiwa International Relations Association"}[language]
    assert page.locator(".site-header").get_by_role("link", name=name).count() == 1
    screenshot(page, f"header-{width}-{language}")
    context.close()
