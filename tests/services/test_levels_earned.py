"""A training may state the competence level it earns: issuing its certificates records
that level for each teacher certified whose level is lower, once."""

from datetime import date, timedelta

import pytest

from coachdesk.domain.competence import LevelDraft, LevelSource
from coachdesk.domain.errors import ValidationError
from tests.drafts import edit
from tests.services.test_certificates import AFTER, ISSUED, training  # noqa: F401 (fixture)


def test_certificates_earn_the_level_once_and_never_lower_one(desk, training):  # noqa: F811
    training_id, people = training
    desk.levels.record(LevelDraft(people["Cecilia"], 3, date(2026, 5, 1), LevelSource.SELF))
    edit(desk.trainings, training_id, earns_level=2)
    assert desk.trainings.draft(training_id).earns_level == 2
    desk.certificates.issue(training_id, ISSUED, AFTER)
    aino = desk.levels.history(people["Aino"])
    assert [(h.level, h.assessed_on, h.source) for h in aino] == [
        (2, ISSUED, LevelSource.CERTIFICATE)]
    assert [h.source for h in desk.levels.history(people["Cecilia"])] == [LevelSource.SELF]
    assert desk.levels.history(people["Bertta"]) == []  # did not complete
    desk.certificates.issue(training_id, ISSUED + timedelta(days=30), AFTER)  # again
    assert len(desk.levels.history(people["Aino"])) == 1


def test_a_training_earns_no_level_unless_told_and_only_one_of_a_scale(desk, training):  # noqa: F811
    training_id, people = training
    desk.certificates.issue(training_id, ISSUED, AFTER)
    assert desk.levels.history(people["Aino"]) == []
    with pytest.raises(ValidationError) as caught:
        edit(desk.trainings, training_id, earns_level=5)
    assert list(caught.value.errors) == ["earns_level"]
