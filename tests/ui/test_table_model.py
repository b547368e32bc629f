from PySide6.QtCore import QModelIndex, Qt

from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.ui.table_model import LazyTableModel


def _fill(desk, schools=3, teachers_each=150):
    ids = []
    for s in range(schools):
        school = desk.schools.add(SchoolDraft(name=f"Koulu {s:02d}",
                                              language="sv" if s % 2 else "fi"))
        ids.append(school)
        for t in range(teachers_each):
            desk.teachers.add(TeacherDraft(name=f"Opettaja {s:02d}-{t:03d}", school_id=school,
                                           email=f"o{s}.{t}@opetus.example.fi"))
    return ids


def test_teacher_model_passes_qtmodeltester(qtmodeltester, desk):
    _fill(desk)
    model = LazyTableModel(desk.teachers.list_source())
    model.sort(0)
    qtmodeltester.check(model)


def test_school_model_passes_qtmodeltester(qtmodeltester, desk):
    _fill(desk, schools=4, teachers_each=1)
    model = LazyTableModel(desk.schools.list_source())
    model.sort(0)
    qtmodeltester.check(model)


def test_rows_are_read_in_windows(desk):
    _fill(desk)
    model = LazyTableModel(desk.teachers.list_source())
    model.sort(0)
    assert model.total == 450
    assert model.rowCount() == LazyTableModel.WINDOW
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())


def test_sort_and_filter_happen_in_the_database(desk):
    _fill(desk, schools=2, teachers_each=5)
    model = LazyTableModel(desk.teachers.list_source())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Opettaja 01-004"
    model.set_text("00-003")
    assert model.total == 1
    assert model.index(0, 0).data() == "Opettaja 00-003"
    model.set_filter("school_id", None)
    model.set_text("")
    assert model.total == 10


def test_enum_values_are_shown_as_labels_and_counts_right_aligned(desk):
    _fill(desk, schools=2, teachers_each=2)
    model = LazyTableModel(desk.schools.list_source())
    model.sort(0)
    columns = {model.column_key(i): i for i in range(model.columnCount())}
    assert model.index(1, columns["language"]).data() == "Swedish"
    assert model.index(0, columns["teachers"]).data() == "2"
    align = model.index(0, columns["teachers"]).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)


def test_rows_deleted_after_reading_ids_are_skipped(desk):
    ids = _fill(desk, schools=2, teachers_each=0)
    model = LazyTableModel(desk.schools.list_source())
    model._started = True
    model._ids = [*ids, 999_999]
    model._rows = []
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2
    assert not model.canFetchMore(QModelIndex())
