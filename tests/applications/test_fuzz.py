"""Generated input to the host-family form, whatever a visitor or a bot posts: never a 500."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.core.cache import cache

from tests.support.applications import notice_with_form
from tests.support.fuzzing import fuzz, values

FIELDS = [
    "household_name",
    "contact_person",
    "email",
    "phone",
    "postal_code",
    "address",
    "household_members",
    "languages",
    "pets",
    "smoking",
    "preferred_period",
    "message",
    "consent",
    "website",
]


@pytest.fixture
def open_form(site):
    _notice, form_page = notice_with_form(site)
    return form_page


@fuzz
@given(data=st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS)))
def test_the_application_form_never_fails(client, open_form, data):
    cache.clear()
    client.raise_request_exception = False

    response = client.post(open_form.url, data)

    assert response.status_code in (200, 302, 429), data


@fuzz
@given(token=values)
def test_the_thank_you_address_never_fails_whatever_it_carries(client, open_form, token):
    client.raise_request_exception = False

    response = client.get(open_form.url, {"received": token})

    # 400: a NUL or other character no address may carry, refused before the page is asked.
    assert response.status_code in (302, 400), token
