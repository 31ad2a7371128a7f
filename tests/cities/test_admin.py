"""Editors of city pages are refused impossible dates in Japanese, on the field at fault."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from tests.factories.cities import CityIndexPageFactory, CityPageFactory, DelegationPageFactory


def test_a_delegation_returning_before_it_leaves_is_refused_on_the_field_in_japanese(site):
    city = CityPageFactory(parent=CityIndexPageFactory(parent=site.home("ja")))
    delegation = DelegationPageFactory(parent=city, departure_date=datetime.date(2025, 8, 4))
    delegation.return_date = datetime.date(2025, 8, 1)

    with translation.override("ja"):
        with pytest.raises(ValidationError) as refused:
            delegation.full_clean()
        # The messages are lazy: read them while the editor's language is active.
        messages = refused.value.message_dict["return_date"]

    assert "帰国日を出発日より前にすることはできません。" in messages
