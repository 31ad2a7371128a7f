"""Staff read applications in the admin's table and in CSV and Excel exports, in words, and
opening an export never runs what a visitor typed."""

import io

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.roles import EDITORS
from tests.support.applications import APPLICATION, notice_with_form, staff_member

FORMULAS = {
    "household_name": '=HYPERLINK("http://evil.example","Click")',
    "contact_person": "@SUM(1+1)*cmd|' /C calc'!A0",
    "languages": "+1-1",
    "preferred_period": "-2+3",
}


@pytest.fixture
def editor_with_applications(client, site, django_user_model):
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, {**APPLICATION, **FORMULAS}, REMOTE_ADDR="203.0.113.1")
    client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.2")
    client.force_login(staff_member(django_user_model, EDITORS))
    return form_page


def export(client, form_page, export_format):
    response = client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": export_format})
    return b"".join(response.streaming_content)


def test_the_csv_opens_in_excel_with_japanese_intact_and_no_formulas(
    client, editor_with_applications
):
    content = export(client, editor_with_applications, "csv")

    assert content.startswith("\ufeff".encode())
    text = content.decode("utf-8-sig")
    assert "世帯名" in text.splitlines()[0]
    assert "鈴木家" in text
    for value in FORMULAS.values():
        assert f",{value}" not in text and f'"{value}' not in text
    assert "'=HYPERLINK" in text and "'@SUM" in text and "'+1-1" in text and "'-2+3" in text


def test_the_excel_export_keeps_what_was_typed_as_text(client, editor_with_applications):
    sheet = load_workbook(io.BytesIO(export(client, editor_with_applications, "xlsx"))).active

    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert FORMULAS["household_name"] in values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_the_table_and_exports_show_the_answers_in_words(client, editor_with_applications):
    listing = BeautifulSoup(
        client.get(f"/admin/forms/submissions/{editor_with_applications.pk}/").content,
        "html.parser",
    )
    cells = [cell.get_text(" ", strip=True) for cell in listing.select("tbody td")]
    csv_text = export(client, editor_with_applications, "csv").decode("utf-8-sig")

    assert "喫煙する人はいない" in cells and "はい" in cells
    assert ",喫煙する人はいない," in csv_text and ",はい," in csv_text
    assert "none" not in cells and "True" not in cells
    assert ",none," not in csv_text and ",True," not in csv_text
    assert "千葉県柏市柏1-1-1" in cells


def test_the_table_and_exports_cost_no_query_per_application(client, site, django_user_model):
    notice, form_page = notice_with_form(site)
    client.force_login(staff_member(django_user_model, EDITORS))
    listing = f"/admin/forms/submissions/{form_page.pk}/"

    def queries_for(url, params=None):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, params or {})
            if response.streaming:
                b"".join(response.streaming_content)
        return len(captured)

    client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.1")
    one = [queries_for(listing), queries_for(listing, {"export": "csv"})]
    for number in range(2, 7):
        client.post(form_page.url, APPLICATION, REMOTE_ADDR=f"203.0.113.{number}")
    six = [queries_for(listing), queries_for(listing, {"export": "csv"})]

    assert six == one
