"""The demo's ICT situations: the school report and the municipal summary have needs to
show on first look, and the demo's situations obey the rules typed ones do."""

from datetime import date

import openpyxl
from sqlalchemy import select

from coachdesk.domain.situations import NeedDraft, NeedStatus, SituationDraft
from coachdesk.reports.school_report import write_school_report
from coachdesk.storage import tables as t
from tests.prepared import open_copy
from tests.reports.read_back import table_below

TODAY = date(2026, 11, 24)


def test_the_demo_notes_needs_at_schools_and_leaves_some_schools_unlooked(small_demo,
                                                                         tmp_path):
    demo = small_demo(TODAY)
    with open_copy(demo.path, tmp_path / "demo.sqlite3") as desk:
        schools = desk.schools.choices()
        situations = [desk.situations.get(school_id) for school_id, _ in schools]
        recorded = [s for s in situations if s.recorded]
        assert demo.counts["situations"] == len(recorded) >= len(schools) - 4
        for situation in recorded:
            SituationDraft(*situation.draft.__dict__.values()).check()
            assert situation.draft.devices and situation.draft.platforms
            for need in situation.needs:
                NeedDraft(need.description, need.noted_on, need.tutor_id).check()
        needs = [n for s in situations for n in s.needs]
        assert demo.counts["needs"] == len(needs)
        assert {n.status for n in needs} == set(NeedStatus)
        assert all(n.request_id or n.lesson_id for n in needs
                   if n.status is NeedStatus.PLANNED)  # made into a request or a lesson
        assert any(n.noted_by for n in needs) and any(not n.noted_by for n in needs)
        with desk.db.engine.connect() as conn:  # noted at a done visit by its tutor
            v, n = t.visits.c, t.school_needs.c
            rows = conn.execute(select(n.school_id, n.tutor_id, n.noted_on, v.school_id,
                                       v.tutor_id, v.starts_at)
                                .join(t.visits, v.id == n.visit_id)).all()
        assert rows and all(r[0] == r[3] and r[1] == r[4] and r[2] == r[5].date()
                            for r in rows)
        city = desk.situations.city(TODAY)
        assert city.most_noted[0].schools >= 3  # a need common in the city
        assert 2 <= len(city.not_looked) <= 4


def test_a_schools_report_shows_its_situation_on_first_look(small_demo, tmp_path):
    with open_copy(small_demo(TODAY).path, tmp_path / "demo.sqlite3") as desk:
        school_id = desk.schools.choices()[0][0]
        path = write_school_report(desk, school_id, date(2026, 8, 1), date(2027, 7, 31),
                                   tmp_path / "report.xlsx", today=TODAY)
        ws = openpyxl.load_workbook(path)["The situation at your school"]
        assert len(table_below(ws, "Need")) >= 2
        assert len(table_below(ws, "Used by")) >= 2
