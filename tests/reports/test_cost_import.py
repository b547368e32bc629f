"""Importing the costs of an accounting export: read from a real .xlsx, all rows saved or
none, every problem said with its row number."""

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from coachdesk.domain.schools import SchoolDraft
from coachdesk.reports.cost_import import read_costs
from coachdesk.reports.imports import ImportFileError
from coachdesk.services.costs import CostImportProblems
from coachdesk.storage.lists import ListRequest
from tests.domain.test_grants import helsinki

D = Decimal
HEADER = ["Tosite", "Tositepvm", "Selite", "Budjettirivi", "Koulu", "Summa"]


def export(path, rows, header=HEADER, title_rows=1):
    """An accounting export as the city's system writes it: a title, a header, totals."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Kirjanpito"
    for _ in range(title_rows):
        ws.append(["Tiliote: tutoropettajahanke"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.append([None, None, "Yhteensä", None, None, "=SUM(F3:F9)"])
    book.save(path)
    return path


@pytest.fixture
def grant(desk):
    desk.schools.add(SchoolDraft(name="Kallion koulu"))
    return desk.grants.add(helsinki())


def test_every_row_is_imported_exactly(desk, grant, tmp_path):
    path = export(tmp_path / "kirjanpito.xlsx", [
        ["V-1001", datetime(2019, 9, 12), "Venue", "Development days", "Kallion koulu",
         1234.5],
        [1002, "1.10.2019", "Substitute, 2 days", "tutor salaries, SWEDISH", None,
         "310,00"],
        ["V-1003", date(2019, 10, 2), "Refund", "Development days", None, "120,00-"],
        [None, None, None, None, None, None],
    ])
    sheet = read_costs(path)
    assert (sheet.sheet, sheet.header_row, len(sheet.rows)) == ("Kirjanpito", 2, 3)
    assert desk.costs.import_costs(grant, sheet.rows) == 3
    lines = {line.name: line.costs for line in desk.grants.lines(grant)}
    assert lines["Development days"] == D("1114.50")
    assert lines["Tutor salaries, Swedish"] == D("310.00")
    costs = [desk.costs.get(i) for i in desk.costs.list_source().ids(ListRequest())]
    assert {(c.reference, c.spent_on, c.amount) for c in costs} == {
        ("V-1001", date(2019, 9, 12), D("1234.50")), ("1002", date(2019, 10, 1), D("310.00")),
        ("V-1003", date(2019, 10, 2), D("-120.00"))}


def test_a_file_with_problems_imports_nothing_and_names_each_row(desk, grant, tmp_path):
    path = export(tmp_path / "kirjanpito.xlsx", [
        ["V-1", "12.9.2019", "Venue", "Development days", None, "100"],
        ["V-2", "31.2.2019", "Bad day", "Development days", None, "100"],
        ["V-3", "1.10.2019", "No such line", "Travel", None, "50"],
        ["V-4", "1.10.2021", "After the period", "Development days", None, "50"],
        ["V-5", "1.10.2019", "Bad amount", "Development days", "Nowhere koulu", "abc"],
    ])
    with pytest.raises(CostImportProblems) as caught:
        desk.costs.import_costs(grant, read_costs(path).rows)
    message = str(caught.value)
    assert message.splitlines()[0] == ("Nothing was imported: 4 rows have problems. Correct "
                                       "them in the file, then import it again.")
    assert set(caught.value.errors) == {"row 4", "row 5", "row 6", "row 7"}
    assert "Row 4: Date: write the date as 1.8.2026." in message
    assert "Row 5: No budget line of the grant is called “Travel”" in message
    assert "Row 6: The grant's period is 1.1.2019–31.7.2020" in message
    assert "Row 7: Amount must be a number. There is no school called “Nowhere koulu”." \
        in message
    assert all(line.costs == 0 for line in desk.grants.lines(grant))


def test_a_sheet_without_a_date_and_an_amount_column_is_refused(tmp_path):
    path = export(tmp_path / "x.xlsx", [["a", "b"]], header=["Nimi", "Selite"])
    with pytest.raises(ImportFileError) as caught:
        read_costs(path)
    assert "must name the columns, at least a date and an amount" in str(caught.value)


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_text("Tosite;Summa\n1;2\n")
    with pytest.raises(ImportFileError) as caught:
        read_costs(path)
    assert "is not an Excel workbook" in str(caught.value)


def test_the_command_line_imports_all_or_nothing(desk, grant, tmp_path, capsys):
    from coachdesk.cli import main

    if desk.path is None:
        pytest.skip("the command line opens a file")
    desk.close()
    bad = export(tmp_path / "bad.xlsx", [
        ["V-1", "12.9.2019", "Venue", "Development days", None, "100"],
        ["V-2", "12.9.2019", "Venue", "Development days", None, "x"]])
    argv = ["import", "costs", "--db", str(desk.path), "--grant", "Tutor teachers 2019–2020"]
    assert main([*argv[:2], str(bad), *argv[2:]]) == 1
    assert "Row 4: Amount must be a number." in capsys.readouterr().err
    good = export(tmp_path / "good.xlsx", [
        ["V-1", "12.9.2019", "Venue", "Development days", None, "100"]])
    assert main([*argv[:2], str(good), *argv[2:]]) == 0
    assert "Imported 1 costs on Tutor teachers 2019–2020." in capsys.readouterr().out
    assert main([*argv[:2], str(good), "--db", str(desk.path)]) != 0
    assert "--grant NAME" in capsys.readouterr().err
