"""The audit trail: every change of an entity lands in change_log, in its transaction."""

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, update

from coachdesk.domain.calendar import Break, BreakDraft, BreakKind, SchoolYearDraft
from coachdesk.domain.devices import CategoryDraft, DeviceDraft, DeviceStatus
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import SchoolKind
from coachdesk.storage import audit, tables
from tests.drafts import edit

cl = tables.change_log.c


def _entries(desk, table: str, row_id: int | None = None) -> list[tuple[str, dict]]:
    query = select(cl.action, cl.changes).where(cl.table_name == table).order_by(cl.id)
    if row_id is not None:
        query = query.where(cl.row_id == row_id)
    with desk.db.reading() as conn:
        return [(action, json.loads(changes)) for action, changes in conn.execute(query)]


def _count(desk) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(tables.change_log))


def test_an_insert_is_logged_with_its_values(desk, school_id):
    [(action, changes)] = _entries(desk, "schools", school_id)
    assert action == "insert"
    assert changes["name"] == [None, "Korson koulu"]
    assert changes["kind"] == [None, "comprehensive"]  # the enum's value
    assert "id" not in changes


def test_an_update_logs_only_the_changed_fields_old_and_new(desk, school_id):
    edit(desk.schools, school_id, name="Korson koulu", teacher_count=40)
    edit(desk.schools, school_id, teacher_count=42)
    inserted, first, second = _entries(desk, "schools", school_id)
    assert first == ("update", {"teacher_count": [None, 40]})  # the same name is no change
    assert second == ("update", {"teacher_count": [40, 42]})


def test_setting_the_same_values_logs_nothing(desk, school_id):
    before = _count(desk)
    edit(desk.schools, school_id, name="Korson koulu")
    assert _count(desk) == before


def test_a_delete_logs_the_whole_row(desk):
    year_id = desk.school_years.create(SchoolYearDraft(2026))
    gap = desk.school_years.add_break(year_id, BreakDraft(name="Koulutuspäivä", kind="other",
                                                          starts=date(2026, 10, 2),
                                                          ends=date(2026, 10, 2)))
    desk.school_years.delete_break(gap)
    action, row = _entries(desk, "breaks", gap)[-1]
    assert action == "delete"
    assert row == {"id": gap, "school_year_id": year_id, "name": "Koulutuspäivä",
                   "kind": "other", "starts": "2026-10-02", "ends": "2026-10-02", "version": 1}


def test_the_entry_says_when(desk, school_id):
    with desk.db.reading() as conn:
        at = conn.scalar(select(cl.at).where(cl.row_id == school_id))
    assert abs((datetime.now() - at).total_seconds()) < 60


def test_nothing_is_logged_when_the_transaction_rolls_back(desk):
    year_id = desk.school_years.create(SchoolYearDraft(2026))
    before = _count(desk)
    with pytest.raises(RuntimeError), desk.db.transaction() as s:
        s.add(Break(year_id, "Loma", BreakKind.OTHER, date(2026, 10, 5), date(2026, 10, 6)))
        s.flush()  # the entry is written here…
        assert _count_in(s) == before + 1
        raise RuntimeError("something went wrong")  # …and goes with the rollback
    assert _count(desk) == before


def _count_in(session) -> int:
    return session.scalar(select(func.count()).select_from(tables.change_log))


def test_a_refused_service_call_logs_nothing(desk, school_id):
    before = _count(desk)
    with pytest.raises(ValidationError):
        edit(desk.schools, school_id, name="")
    assert _count(desk) == before


def test_dates_enums_and_decimals_are_plain_json_and_come_back(desk):
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    device_id = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad",
                                             price=Decimal("199.9"),
                                             purchase_date=date(2026, 8, 1)))
    edit(desk.devices, device_id, price=Decimal("249.50"), purchase_date=date(2026, 8, 15))
    [(_, created), (_, changed)] = _entries(desk, "devices", device_id)
    assert created["price"][0] is None and Decimal(created["price"][1]) == Decimal("199.9")
    assert created["status"][1] == DeviceStatus.AVAILABLE.value
    assert [Decimal(v) for v in changed["price"]] == [Decimal("199.9"), Decimal("249.5")]
    assert changed["purchase_date"] == ["2026-08-01", "2026-08-15"]

    c = tables.devices.c
    assert audit.restore_value(c.price, changed["price"][1]) == Decimal("249.50")
    assert isinstance(audit.restore_value(c.price, "249.50"), Decimal)
    assert audit.restore_value(c.purchase_date, "2026-08-15") == date(2026, 8, 15)
    assert audit.restore_value(c.status, "available") is DeviceStatus.AVAILABLE
    assert audit.restore_value(tables.lessons.c.starts_at, "2026-09-01T12:30:00") == \
        datetime(2026, 9, 1, 12, 30)
    assert audit.restore_value(c.asset_tag, None) is None
    for value in (date(2026, 8, 1), datetime(2026, 8, 1, 8, 15), SchoolKind.PRIMARY,
                  Decimal("1.10"), True, 3, 2.5, "teksti", None):
        plain = audit.plain(value)
        assert json.loads(json.dumps(plain)) == plain


def test_a_core_update_through_the_session_is_logged_row_by_row(desk):
    desk.devices.add_category(CategoryDraft(name="Tablet", loan_days=30))
    category = desk.devices.category_named("Tablet")
    first = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="Tablet"))
    second = desk.devices.add(DeviceDraft(asset_tag="VAN-002", category="Tablet"))
    # renames on devices by statement
    desk.devices.update_category(category.id, replace(desk.devices.category_draft(category.id),
                                                      name="iPad"))
    for device_id in (first, second):
        assert _entries(desk, "devices", device_id)[-1] == (
            "update", {"category": ["Tablet", "iPad"]})


def test_a_core_delete_through_the_session_logs_the_rows_as_part_of_an_edit(desk):
    year_id = desk.school_years.create(SchoolYearDraft(2026))
    with desk.db.transaction() as s:
        ids = s.scalars(select(Break.id).where(Break.school_year_id == year_id)).all()
        s.execute(delete(tables.breaks).where(tables.breaks.c.school_year_id == year_id))
    for row_id in ids:
        action, row = _entries(desk, "breaks", row_id)[-1]
        assert action == "delete" and row["id"] == row_id and row[audit.STATEMENT] is True
    assert desk.history.last_deletion() is None  # went with an edit: not for Undo


def test_statements_on_tables_that_are_not_entities_are_left_alone(desk):
    before = _count(desk)
    with desk.db.transaction() as s:
        s.execute(update(tables.change_log).values(undone=False))
        s.execute(select(tables.schools.c.id)).all()
    assert _count(desk) == before
