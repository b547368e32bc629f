"""The one workbook helper: text that looks like a formula stays text, real dates and
numbers, frozen header, filter, print set-up, and a save that never leaves a broken file."""

import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import openpyxl
import pytest

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.lessons import Attendance
from coachdesk.reports import outfiles
from coachdesk.reports.workbook import (
    DATE,
    HOURS,
    INTEGER,
    MAX_WIDTH,
    MONEY,
    PERCENT,
    TIME,
    Column,
    ReportBook,
    safe_text,
    save_atomically,
    sheet_title,
)

FORMULA_LIKE = ["=1+2", "=HYPERLINK(\"http://x.example\",\"click\")", "+358 40 123 4567",
                "-5", "@SUM(A1:A3)", "=cmd|' /C calc'!A0"]


def reopen(path):
    return openpyxl.load_workbook(path)


def one_table(tmp_path, columns, rows, **kwargs):
    book = ReportBook("A test report", subject="Tests")
    ws = book.sheet("Data")
    start = book.heading(ws, "Title", "A line") if kwargs.pop("heading", False) else 1
    book.table(ws, columns, rows, start_row=start)
    return book.save(tmp_path / "out.xlsx")


def test_formula_looking_text_stays_literal_text_after_reopening(tmp_path):
    path = one_table(tmp_path, [Column("Notes")], [[text] for text in FORMULA_LIKE])
    ws = reopen(path)["Data"]
    for row, text in enumerate(FORMULA_LIKE, start=2):
        cell = ws.cell(row=row, column=1)
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    # The values computed by a formula-evaluating reader are the texts themselves.
    values = reopen_values(path)
    assert [values.cell(row=r, column=1).value for r in range(2, 2 + len(FORMULA_LIKE))] \
        == FORMULA_LIKE


def reopen_values(path):
    return openpyxl.load_workbook(path, data_only=True)["Data"]


def test_safe_text_drops_characters_xml_cannot_hold_and_caps_the_length():
    assert safe_text("a\x00b\x07c") == "abc"
    assert safe_text("tab\tand\nnewline") == "tab\tand\nnewline"
    assert len(safe_text("x" * 40_000)) == 32_767
    assert safe_text(12) == "12"


def test_dates_are_real_dates_in_the_finnish_format_and_numbers_are_numbers(tmp_path):
    columns = [Column("Day", DATE), Column("At", TIME), Column("Hours", HOURS),
               Column("Count", INTEGER), Column("Share", PERCENT), Column("Price", MONEY),
               Column("Attendance"), Column("Flag")]
    path = one_table(tmp_path, columns, [
        [date(2026, 9, 1), time(8, 15), 90, 3, 0.25, Decimal("199.90"), Attendance.LATE,
         True],
        [datetime(2026, 9, 2, 10, 30), None, 0, 0, None, None, None, False],
    ])
    ws = reopen(path)["Data"]
    day = ws["A2"]
    assert day.is_date and day.value == datetime(2026, 9, 1)
    assert day.number_format == "d.m.yyyy"
    assert ws["A3"].is_date and ws["A3"].number_format == "d.m.yyyy"
    assert ws["B2"].is_date and ws["B2"].number_format == "h:mm"
    # Hours are given in minutes and shown as hours and minutes: 90 minutes is 1:30
    assert (ws["C2"].value, ws["C2"].number_format) == (timedelta(minutes=90), "[h]:mm")
    assert (ws["D2"].value, ws["D2"].data_type) == (3, "n")
    assert (ws["E2"].value, ws["E2"].number_format) == (0.25, "0%")
    assert ws["F2"].value == pytest.approx(199.9) and ws["F2"].data_type == "n"
    assert ws["F2"].number_format == '#,##0.00 "€"'
    assert ws["G2"].value == "Late"  # an enum is written as its label
    assert (ws["H2"].value, ws["H3"].value) == ("yes", "no")
    assert ws["B3"].value is None and ws["E3"].value is None


def test_header_is_styled_frozen_filtered_and_repeated_on_every_printed_page(tmp_path):
    rows = [[f"row {n}", n] for n in range(20)]
    path = one_table(tmp_path, [Column("Name"), Column("Number", INTEGER)], rows,
                     heading=True)
    book = reopen(path)
    ws = book["Data"]
    header = 4  # a title, one line and a gap above it
    assert ws.cell(row=header, column=1).value == "Name"
    assert ws.cell(row=header, column=1).font.bold
    assert ws.cell(row=header, column=1).fill.fgColor.rgb.endswith("1F4E78")
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.auto_filter.ref == f"A{header}:B{header + len(rows)}"
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert book.properties.creator == "CoachDesk"
    assert book.properties.title == "A test report"
    assert book.properties.subject == "Tests"


def test_column_widths_follow_the_content_and_are_capped(tmp_path):
    path = one_table(tmp_path, [Column("Id"), Column("Long"), Column("Fixed", width=30)],
                     [["a", "x" * 300, "y"], ["bb", "short", "z"]])
    ws = reopen(path)["Data"]
    assert ws.column_dimensions["A"].width < 10
    assert ws.column_dimensions["B"].width == MAX_WIDTH
    assert ws.column_dimensions["C"].width == 30


def test_sheet_names_are_made_acceptable_and_unique():
    assert sheet_title("a/b:c*d?[e]") == "a b c d  e"
    assert len(sheet_title("x" * 50)) == 31
    assert sheet_title("Visits", ["visits"]) == "Visits (2)"


def test_an_empty_table_still_has_its_header_filter_and_frozen_row(tmp_path):
    path = one_table(tmp_path, [Column("Due", DATE), Column("Device")], [])
    ws = reopen(path)["Data"]
    assert [c.value for c in ws[1]] == ["Due", "Device"]
    assert ws.auto_filter.ref == "A1:B1"
    assert ws.freeze_panes == "A2"


# -- saving -------------------------------------------------------------------------------
def small_book(text="new"):
    book = ReportBook("Saved")
    book.table(book.sheet("S"), [Column("Value")], [[text]])
    return book


def test_atomic_save_replaces_the_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "report.xlsx"
    save_atomically(small_book("old"), target)
    save_atomically(small_book("new"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    assert reopen(target)["S"]["A2"].value == "new"


def test_a_target_open_in_excel_gives_a_clear_message_and_keeps_the_old_file(
        tmp_path, monkeypatch):
    target = tmp_path / "report.xlsx"
    save_atomically(small_book("old"), target)

    def locked(_src, _dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outfiles.os, "replace", locked)
    with pytest.raises(CoachDeskError, match="open in another program") as refused:
        save_atomically(small_book("new"), target)
    assert str(target) in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    monkeypatch.undo()
    assert reopen(target)["S"]["A2"].value == "old"


def test_a_folder_that_is_not_writable_is_refused_with_a_clear_message(
        tmp_path, monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outfiles.tempfile, "mkstemp", refused)
    with pytest.raises(CoachDeskError, match="Cannot write to the folder") as error:
        save_atomically(small_book(), tmp_path / "report.xlsx")
    assert "Permission denied" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_under_a_file_is_refused(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file")
    with pytest.raises(CoachDeskError, match="Cannot write to the folder"):
        save_atomically(small_book(), blocker / "report.xlsx")
    assert blocker.read_text() == "a file"


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(CoachDeskError, match="is a folder"):
        save_atomically(small_book(), tmp_path)


def test_a_failure_while_writing_leaves_nothing_behind(tmp_path, monkeypatch):
    wb = small_book()

    def broken(_self, _file):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(type(wb), "write", broken)
    with pytest.raises(RuntimeError):
        save_atomically(wb, tmp_path / "report.xlsx")
    assert list(tmp_path.iterdir()) == []


# -- looking finished ---------------------------------------------------------------------
def test_hours_add_up_to_the_minute_where_tenths_of_an_hour_would_not(tmp_path):
    """Twelve 45-minute visits are 9:00, a month of 2 h 15 min is 2:15, never "0.8" twelve
    times over "9.0"."""
    path = one_table(tmp_path, [Column("Hours", HOURS)], [[45]] * 12 + [[135]])
    ws = reopen(path)["Data"]
    values = [ws.cell(row, 1).value for row in range(2, 15)]
    assert values[:12] == [timedelta(minutes=45)] * 12
    assert sum(values[:12], timedelta()) == timedelta(hours=9)
    assert values[12] == timedelta(hours=2, minutes=15)


def test_wrapped_text_rows_are_tall_enough_and_the_row_reads_from_the_top(tmp_path):
    note = "A long note that a tutor wrote after the visit, " * 6
    path = one_table(tmp_path, [Column("Day", DATE), Column("Notes", width=30, wrap=True)],
                     [[date(2026, 9, 1), note], [date(2026, 9, 2), "short"],
                      [date(2026, 9, 3), "two\nlines"]])
    ws = reopen(path)["Data"]
    assert ws.row_dimensions[2].height >= 15 * 8  # ~290 letters in lines of ~35
    assert ws.row_dimensions[3].height is None  # one line: the default height
    assert ws.row_dimensions[4].height == 30
    assert ws["B2"].alignment.wrap_text and ws["B2"].alignment.vertical == "top"
    assert ws["A2"].alignment.vertical == "top" and ws["A2"].number_format == "d.m.yyyy"


def test_every_cell_and_chart_text_names_its_font(tmp_path):
    book = ReportBook("Fonts")
    ws = book.sheet("Data")
    row = book.heading(ws, "Title", "A line")
    row = book.section(ws, row, "Section")
    area = book.table(ws, [Column("Name"), Column("Count", INTEGER)], [["a", 1], ["b", 2]],
                      start_row=row)
    book.note(ws, area.last_row + 2, "A note")
    book.chart(ws, area, "E2", "A chart", bars=[2], y_title="Count")
    path = book.save(tmp_path / "fonts.xlsx")
    with zipfile.ZipFile(path) as z:
        styles = z.read("xl/styles.xml").decode()
        chart = z.read("xl/charts/chart1.xml").decode()
    fonts = styles.split("<fonts", 1)[1].split("</fonts>", 1)[0]
    assert fonts.count("<font>") + fonts.count("<font ") == fonts.count('<name val="Calibri"')
    assert 'typeface="Calibri"' in chart and "<c:smooth" not in chart.replace(
        '<c:smooth val="0"', "")
