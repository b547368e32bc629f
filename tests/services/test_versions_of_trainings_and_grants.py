"""The records added after revision 0010 that forms edit — trainings, grants with their
budget lines, costs — carry a version too (revision 0015): a save over a change made
since the form opened is refused with who changed what, and goes through when the user
keeps their values on purpose; two saves of one training at the same moment keep one."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial

import pytest

from coachdesk.domain.errors import ChangedMeanwhile
from coachdesk.domain.grants import CostDraft
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.training import TrainingDraft
from coachdesk.services import Desk
from tests.domain.test_grants import helsinki
from tests.services.test_enrollments import add_series
from tests.services.test_two_desks import ROUNDS, at_once, one_won, two_desks  # noqa: F401

STARTS = [datetime(2026, 9, 1, 14, 0) + timedelta(weeks=i) for i in range(3)]


def training(desk, school_id) -> int:
    series_id, _lessons = add_series(desk, school_id, STARTS, title="Digiloikka")
    return desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id,
                                            min_attendance=80))


def grant(desk, _school_id) -> int:
    return desk.grants.add(helsinki())


def cost(desk, school_id) -> int:
    line = desk.grants.lines(grant(desk, school_id))[0].id
    return desk.costs.add(CostDraft(line, date(2019, 9, 12), Decimal("120.00"), "Venue"))


# kind, service, a record of it, the change someone else makes, the change I make
RECORDS = {
    "training": (RecordKind.TRAINING, "trainings", training, {"signer": "Anna"},
                 {"description": "mine"}),
    "grant": (RecordKind.GRANT, "grants", grant, {"funder": "OPH"}, {"notes": "mine"}),
    "cost": (RecordKind.COST, "costs", cost, {"reference": "INV-2"},
             {"description": "mine"}),
}


@pytest.mark.parametrize("name", RECORDS)
def test_a_save_over_a_change_made_since_is_refused(desk, school_id, name):
    kind, service, make, theirs, mine = RECORDS[name]
    record = make(desk, school_id)
    opened = desk.versions.of(kind, record)
    assert opened == 1
    other = getattr(Desk(desk.db), service)  # another coordinator's desk
    other.update(record, replace(other.draft(record), **theirs))
    assert desk.versions.of(kind, record) == opened + 1
    before = getattr(desk, service).draft(record)  # theirs
    my_draft = replace(before, **mine)

    with pytest.raises(ChangedMeanwhile) as refused, \
            desk.versions.expecting(kind, record, opened):
        getattr(desk, service).update(record, my_draft)
    assert refused.value.version == opened + 1
    assert getattr(desk, service).draft(record) == before  # nothing of mine was saved

    with desk.versions.expecting(kind, record, refused.value.version):  # keep mine
        getattr(desk, service).update(record, my_draft)
    saved = getattr(desk, service).draft(record)
    assert all(getattr(saved, key) == value for key, value in mine.items())
    assert desk.versions.of(kind, record) == opened + 2


def test_a_training_saved_unchanged_stays_at_its_version(desk, school_id):
    record = training(desk, school_id)
    desk.trainings.update(record, desk.trainings.draft(record))
    assert desk.versions.of(RecordKind.TRAINING, record) == 1


def test_the_same_training_saved_twice_at_once_keeps_one_whole(two_desks):  # noqa: F811
    a, b = two_desks
    school = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    record = training(a, school)

    def save(desk, version, draft):
        with desk.versions.expecting(RecordKind.TRAINING, record, version):
            desk.trainings.update(record, draft)

    for round_ in range(ROUNDS):
        version = a.versions.of(RecordKind.TRAINING, record)
        drafts = [replace(a.trainings.draft(record), description=f"{who} {round_}",
                          signer=f"{who} {round_}") for who in "ab"]
        outcomes = at_once(partial(save, a, version, drafts[0]),
                           partial(save, b, version, drafts[1]))
        one_won(outcomes, ChangedMeanwhile)
        assert b.trainings.draft(record) == drafts[outcomes.index(None)]
        assert b.versions.of(RecordKind.TRAINING, record) == version + 1
