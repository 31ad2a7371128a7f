"""The admin speaks Japanese to Japanese editors, with this site's labels and help texts."""

from bs4 import BeautifulSoup


def labels(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {label.get_text(" ", strip=True) for label in soup.select("label")}


def test_recruitment_create_form_is_in_japanese(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    news = site.page("news/")

    response = client.get(f"/admin/pages/add/news/recruitmentpage/{news.pk}/")

    assert response.status_code == 200
    text = labels(response)
    for label in ("締切日", "受付開始日", "募集人数", "費用の目安（円）", "事業（都市）"):
        assert any(label in item for item in text), label
    assert "応募を受け付ける最終日" in response.content.decode()


def test_wrong_dates_are_refused_with_a_japanese_message_and_input_kept(
    client, site, admin_user_ja
):
    client.force_login(admin_user_ja)
    news = site.page("news/")
    torrance = site.page("cities/torrance/")
    data = {
        "title": "テスト募集",
        "slug": "test-call",
        "city": torrance.pk,
        "kind": "youth_delegate",
        "summary": "概要をここに書きました",
        "application_opens": "2026-12-10",
        "application_closes": "2026-12-01",
        "documents-count": 0,
        "briefing_sessions-count": 0,
        "body-count": 0,
    }

    response = client.post(f"/admin/pages/add/news/recruitmentpage/{news.pk}/", data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "締切日を受付開始日より前にすることはできません。" in page
    assert "概要をここに書きました" in page
    assert not news.get_children().filter(slug="test-call").exists()


def test_contact_details_snippet_edit_form_is_in_japanese(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/snippets/home/contactdetails/")
    assert response.status_code == 200
    assert "連絡先" in response.content.decode()
