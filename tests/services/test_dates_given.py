"""Services refuse a date no school has, whichever way it came."""

from datetime import date

import pytest

from coachdesk.domain.devices import CategoryDraft, DeviceDraft
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.tutors import TutorDraft


def test_a_form_refuses_a_two_digit_year_too(desk):
    """Forms and imports share the date parser (which refuses "1.8.26"); the year 26 that
    reaches a service anyway is refused there too."""
    desk.devices.add_category(CategoryDraft(name="iPad"))
    with pytest.raises(ValidationError, match="between 1900 and 2200"):
        desk.devices.add(DeviceDraft(asset_tag="IPAD-1", category="iPad",
                                     purchase_date=date(26, 8, 1)))
    with pytest.raises(ValidationError, match="between 1900 and 2200"):
        desk.tutors.add(TutorDraft(name="Aino", agreement_start=date(2026, 8, 1),
                                   agreement_end=date(2270, 7, 31)))
