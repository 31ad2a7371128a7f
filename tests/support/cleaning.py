import pytest

from django.core.exceptions import ValidationError


def clean_with_something_missing(page, what):
    """Runs clean(); a ValidationError is a fine answer, any other exception is the bug."""
    try:
        page.clean()
    except ValidationError:
        pass
    except Exception as error:  # noqa: BLE001 - any other exception is what these tests look for
        pytest.fail(f"{type(page).__name__}.clean() with {what} missing: {error!r}")
