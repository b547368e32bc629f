"""ValidationError carries every field message and shows them all."""

import pytest

from coachdesk.domain.errors import CoachDeskError, NotFound, ValidationError


def test_validation_error_keeps_a_copy_of_the_field_messages():
    given = {"name": "Name is required.", "email": "Bad address."}
    error = ValidationError(given)
    given["extra"] = "added later"
    assert error.errors == {"name": "Name is required.", "email": "Bad address."}


def test_validation_error_message_lists_every_field_message_on_its_own_line():
    error = ValidationError({"name": "Name is required.", "email": "Bad address."})
    assert str(error) == "Name is required.\nBad address."


@pytest.mark.parametrize("kind", [ValidationError, NotFound])
def test_user_errors_are_coachdesk_errors(kind):
    assert issubclass(kind, CoachDeskError)
    assert not issubclass(kind, ValueError)
