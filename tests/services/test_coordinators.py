"""Two coordinators, each with their own login on one PostgreSQL server: the change log
says who changed what, the history shows it, and Undo offers each their own deletions."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from coachdesk.domain.calendar import BreakDraft, BreakKind, SchoolYearDraft
from coachdesk.domain.errors import ChangedMeanwhile, NotFound
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk

OTHER = "anna"  # the second coordinator's login


@pytest.fixture
def two_coordinators(postgres, pg_desk_url):
    """(the postgres login's desk, anna's desk) on one database."""
    with postgres.admin.connect() as conn:
        if not conn.exec_driver_sql(
                f"SELECT 1 FROM pg_roles WHERE rolname = '{OTHER}'").first():
            conn.exec_driver_sql(f"CREATE ROLE {OTHER} LOGIN")
    engine = create_engine(pg_desk_url.replace("postgresql://", "postgresql+psycopg://"),
                           poolclass=NullPool)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {OTHER}")
        conn.exec_driver_sql(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {OTHER}")
    engine.dispose()
    mine = Desk.open_url(pg_desk_url)
    theirs = Desk.open_url(pg_desk_url.replace("postgresql://postgres@",
                                               f"postgresql://{OTHER}@"))
    yield mine, theirs
    mine.close()
    theirs.close()


def school(desk, name="Korson koulu") -> int:
    return desk.schools.add(SchoolDraft(name=name, kind="primary", language="fi"))


def test_the_history_says_who_changed_what(two_coordinators):
    mine, theirs = two_coordinators
    assert (mine.db.login, theirs.db.login) == ("postgres", OTHER)
    school_id = school(mine)
    theirs.schools.update(school_id, replace(theirs.schools.draft(school_id), notes="x"))
    entries = mine.history.of(RecordKind.SCHOOL, school_id)
    assert [(e.what, e.login) for e in entries] == [("Changed", OTHER),
                                                    ("Created", "postgres")]


def test_a_refused_save_names_the_other_coordinator(two_coordinators):
    mine, theirs = two_coordinators
    school_id = school(mine)
    opened = mine.versions.of(RecordKind.SCHOOL, school_id)
    theirs.schools.update(school_id, replace(theirs.schools.draft(school_id),
                                             address="Heidän tie 2"))
    with pytest.raises(ChangedMeanwhile) as refused, \
            mine.versions.expecting(RecordKind.SCHOOL, school_id, opened):
        mine.schools.update(school_id, replace(mine.schools.draft(school_id), notes="y"))
    assert refused.value.who == (OTHER,)
    assert refused.value.fields == ("Address",)
    assert str(refused.value).startswith(f"{OTHER} changed this school after you opened it")


def test_undo_offers_only_my_own_deletions(two_coordinators):
    mine, theirs = two_coordinators
    year = mine.school_years.create(SchoolYearDraft(2026))

    def gap(desk, name, day) -> int:
        return desk.school_years.add_break(year, BreakDraft(name, BreakKind.OTHER, day, day))

    my_gap = gap(mine, "Koulutuspäivä", date(2026, 10, 2))
    their_gap = gap(theirs, "Suunnittelupäivä", date(2026, 10, 9))
    mine.school_years.delete_break(my_gap)
    theirs.school_years.delete_break(their_gap)  # newer, but anna's
    assert mine.history.last_deletion().name == "Koulutuspäivä"
    assert theirs.history.last_deletion().name == "Suunnittelupäivä"
    assert mine.history.undo_last_deletion().name == "Koulutuspäivä"
    with pytest.raises(NotFound):
        mine.history.undo_last_deletion()  # nothing of mine is left to undo
    assert theirs.history.last_deletion().name == "Suunnittelupäivä"
