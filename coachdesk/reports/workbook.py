"""The one place that styles a CoachDesk workbook and saves it.

Every report builds its sheets through :class:`ReportBook`: styled header rows, frozen
panes below them, an autofilter, column widths from the content, real dates in the
Finnish format, numbers as numbers, landscape pages fitted to the width with the header
repeated, and the document's title and author. Text a user typed is never a formula
(:func:`safe_text`), and :func:`save_atomically` never leaves a half-written file.

A workbook is written in the language being spoken (``with speaking(language):`` around
the build): every text, a status's label, yes and no, a month's name ("elokuu 2026") is
made as its cell is added. Excel's number formats stay Excel's: the reader's Excel shows
its own decimal mark.
"""

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # what write-only mode gives
from openpyxl.worksheet.worksheet import Worksheet

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.formats import format_date, format_month
from coachdesk.domain.text import tr
from coachdesk.reports.outfiles import write_bytes_atomically

CREATOR = "CoachDesk"
DATE_FORMAT = "d.m.yyyy"
DATETIME_FORMAT = "d.m.yyyy h:mm"
TIME_FORMAT = "h:mm"
HOURS_FORMAT = "0.0"
PERCENT_FORMAT = "0%"
MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"

# Column kinds: how a value is written and shown.
TEXT, INTEGER, HOURS, NUMBER, PERCENT, MONEY, DATE, DATETIME, TIME, MONTH = (
    "text", "integer", "hours", "number", "percent", "money", "date", "datetime", "time",
    "month")
FORMATS = {INTEGER: INTEGER_FORMAT, HOURS: HOURS_FORMAT, PERCENT: PERCENT_FORMAT,
           MONEY: MONEY_FORMAT, DATE: DATE_FORMAT, DATETIME: DATETIME_FORMAT,
           TIME: TIME_FORMAT, NUMBER: "General"}
DAY_KINDS = (DATE, DATETIME, TIME)
NUMBER_FORMATS = {INTEGER, HOURS, PERCENT, MONEY}  # kinds whose numbers get a format
SHOWN_WIDTH = {DATE: 10, DATETIME: 15, TIME: 5, PERCENT: 5}

MIN_WIDTH, MAX_WIDTH = 6, 60
LINE_HEIGHT = 15  # points: one line of the default 11-point font
MAX_TEXT = 32_767  # Excel's limit for one cell
FORMULA_START = ("=", "+", "-", "@")

FONT = "Calibri"  # named, or a program without Excel's default shows another one
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E78", end_color="1F4E78")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
TITLE_FONT = Font(name=FONT, bold=True, size=14)
SUBTITLE_FONT = Font(name=FONT, italic=True, color="595959")
SECTION_FONT = Font(name=FONT, bold=True, size=12)
WARNING_FILL = PatternFill("solid", start_color="F8CBAD", end_color="F8CBAD")
WRAP = Alignment(vertical="top", wrap_text=True)


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, the kind of values and, if fixed, its width."""

    title: str
    kind: str = TEXT
    width: float | None = None
    wrap: bool = False  # long free text (notes, descriptions): wrapped, not widened


@dataclass(frozen=True)
class TableArea:
    """Where a table landed: header row, first and last data row, last column."""

    header_row: int
    first_row: int
    last_row: int  # == header_row when the table has no rows
    columns: int

    @property
    def ref(self) -> str:
        return f"A{self.header_row}:{get_column_letter(self.columns)}{self.last_row}"


def day_text(day: date) -> str:
    """A day for titles and messages: 1.8.2026."""
    return format_date(day)


def period_text(first: date, last: date) -> str:
    """A report's period in full, 1.8.2026–31.12.2026, as principals read it."""
    return f"{format_date(first)}–{format_date(last)}"


def month_text(value: date) -> str:
    """A month of a MONTH column, named in the language spoken: "elokuu 2026"."""
    return format_month(value.year, value.month)


def safe_text(value: object) -> str:
    """``value`` as text fit for a cell: characters XML cannot hold removed, at most
    Excel's 32,767 characters. Write it with :func:`text_cell`, which keeps text that
    starts with =, +, - or @ from ever becoming a formula."""
    text = value if isinstance(value, str) else str(value)
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_TEXT]


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def text_cell(ws, value: object):
    """User text for a cell: a plain string, or, where it starts like a formula, a cell
    that stays text (never a formula, even once edited in Excel)."""
    text = safe_text(value)
    if not looks_like_formula(text):
        return text
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"  # openpyxl took a leading "=" for a formula
    cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    return cell


class Formatted(NamedTuple):
    """A value and its number format. It becomes a cell only while it is written, through
    one cell per format, as openpyxl writes plain values through one cell."""

    value: object
    number_format: str


def formatted(ws, value: object, number_format: str) -> Cell:
    cell = WriteOnlyCell(ws, value)
    cell.number_format = number_format
    return cell


def as_cell(ws, value: object) -> Cell:
    """A value kept for a sheet, as a cell of its own that can be styled."""
    if isinstance(value, Cell):
        return value
    if isinstance(value, Formatted):
        return formatted(ws, value.value, value.number_format)
    return WriteOnlyCell(ws, value)


def cell_value(ws, value: object, kind: str = TEXT):
    """One value the way its column shows it (numbers as numbers, dates as dates): the
    plain value where no style is needed, the value and its format, or a styled cell."""
    if type(value) is str:  # most values: checked first
        return text_cell(ws, value) if value else None
    if value is None:
        return None
    if isinstance(value, Enum):
        value = getattr(value, "label", value.value)
        if value == "":
            return None
    if isinstance(value, bool):
        return text_cell(ws, tr("yes") if value else tr("no"))
    if kind == MONTH and isinstance(value, date):
        return month_text(value)  # text: Excel would name it in the reader's language
    if isinstance(value, datetime):
        return Formatted(value, FORMATS[kind] if kind in DAY_KINDS else DATETIME_FORMAT)
    if isinstance(value, date):
        return Formatted(value, DATE_FORMAT)
    if isinstance(value, time):
        return Formatted(value, TIME_FORMAT)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, int | float):
        # Excel's General format shows a whole number as "0" does: only fractions and
        # the other kinds need a format (a styled cell costs more to write).
        if kind in NUMBER_FORMATS and not (kind == INTEGER and isinstance(value, int)):
            return Formatted(value, FORMATS[kind])
        return value
    return text_cell(ws, value)


def shown_length(value: object, kind: str) -> int:
    """About how many characters the value takes on screen, for the column width."""
    if value is None:
        return 0
    if kind == MONTH and isinstance(value, date):
        return len(month_text(value))
    if kind in SHOWN_WIDTH and not isinstance(value, str):
        return SHOWN_WIDTH[kind]
    if isinstance(value, Enum):
        value = getattr(value, "label", value.value)
    if isinstance(value, float):
        return len(f"{value:,.1f}" if kind != MONEY else f"{value:,.2f}")
    if isinstance(value, datetime | date):
        return SHOWN_WIDTH[DATETIME if isinstance(value, datetime) else DATE]
    text = value if isinstance(value, str) else str(value)
    if "\n" not in text and "\r" not in text:
        return len(text)
    return max((len(line) for line in text.splitlines()), default=0)


def header_room(width: float) -> float:
    """How many letters of a header fit on one line of a column ``width`` wide (a column
    is made two wider than its longest text)."""
    return max(1.0, width - 2)


def word_width(text: str) -> float:
    """The width a column needs for the header's longest word, never broken."""
    return max((len(word) for word in text.split()), default=0) + 2


def wrapped_lines(text: str, width: float) -> int:
    """How many lines a bold header takes in a column ``width`` characters wide, broken
    between words ("Toteutuneet koulukäynnit" in a narrow value column)."""
    room = header_room(width)
    lines, used = 1, 0
    for word in text.split():
        needed = len(word) if not used else used + 1 + len(word)
        if used and needed > room:
            lines, used = lines + 1, len(word)
        else:
            used = needed
    return lines


def sheet_title(name: str, taken: Iterable[str] = ()) -> str:
    """A sheet name Excel accepts: no []:*?/\\, at most 31 characters, unique."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip("' ") or "Sheet"
    clean = clean[:31]
    lowered = {t.casefold() for t in taken}
    candidate, n = clean, 2
    while candidate.casefold() in lowered:
        suffix = f" ({n})"
        candidate, n = clean[:31 - len(suffix)] + suffix, n + 1
    return candidate


class ReportBook:
    """A workbook under construction. Add sheets, tables and charts, then :meth:`save`.

    openpyxl writes it in write-only mode, the fastest it has: cells are kept per sheet
    until the save (tables fix their column widths from the content first) and then
    streamed row by row, plain values without a cell object of their own."""

    def __init__(self, title: str, subject: str = "", description: str = ""):
        self.wb = Workbook(write_only=True)
        props = self.wb.properties
        props.title = safe_text(title)
        props.subject = safe_text(subject)
        props.description = safe_text(description)
        props.creator = CREATOR
        props.lastModifiedBy = CREATOR
        props.created = props.modified = datetime.now().replace(microsecond=0)
        self.title = title
        self._widths: dict[str, dict[int, float]] = {}
        self._fixed: dict[str, set[int]] = {}
        self._rows: dict[str, dict[int, dict[int, object]]] = {}  # sheet → row → column
        self._written = False

    # -- sheets ---------------------------------------------------------------------------
    def sheet(self, name: str) -> WriteOnlyWorksheet:
        ws = self.wb.create_sheet(sheet_title(name, self.wb.sheetnames))
        ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as it takes
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.oddFooter.left.text = safe_text(self.title).replace("&", "&&")
        ws.oddFooter.right.text = "&P / &N"
        self._widths[ws.title] = {}
        self._fixed[ws.title] = set()
        self._rows[ws.title] = {}
        return ws

    def _put(self, ws: WriteOnlyWorksheet, row: int, column: int, value: object) -> None:
        self._rows[ws.title].setdefault(row, {})[column] = value

    def _cell(self, ws: WriteOnlyWorksheet, row: int, column: int) -> Cell:
        """The cell at ``row``, ``column``, made a cell of its own to be styled."""
        cells = self._rows[ws.title].setdefault(row, {})
        cell = cells[column] = as_cell(ws, cells.get(column))
        return cell

    def _styled_text(self, ws: WriteOnlyWorksheet, row: int, text: str, font: Font) -> None:
        cell = as_cell(ws, text_cell(ws, text))
        cell.font = font
        self._put(ws, row, 1, cell)

    def heading(self, ws: WriteOnlyWorksheet, title: str, *lines: str) -> int:
        """A title and lines under it from the top; returns the next free row after a gap."""
        self._styled_text(ws, 1, title, TITLE_FONT)
        for n, line in enumerate(lines, start=2):
            self._styled_text(ws, n, line, SUBTITLE_FONT)
        return len(lines) + 3

    def section(self, ws: WriteOnlyWorksheet, row: int, title: str) -> int:
        self._styled_text(ws, row, title, SECTION_FONT)
        return row + 1

    def table(self, ws: WriteOnlyWorksheet, columns: Sequence[Column], rows: Iterable[Sequence],
              start_row: int = 1, main: bool = True) -> TableArea:
        """Write a header and the rows. The sheet's ``main`` table gets the frozen panes,
        the autofilter and the repeated print title (a sheet has one autofilter)."""
        sheet_rows = self._rows[ws.title]
        header = sheet_rows.setdefault(start_row, {})
        for col, column in enumerate(columns, start=1):
            cell = as_cell(ws, text_cell(ws, column.title))
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment, cell.border = HEADER_ALIGNMENT, HEADER_BORDER
            header[col] = cell
        widths = self._widths[ws.title]
        fixed = self._fixed[ws.title]
        longest = [len(c.title) for c in columns]
        # Per column: its kind, whether it wraps, whether its width follows the content.
        plan = [(c.kind, c.wrap, c.width is None and col not in fixed)
                for col, c in enumerate(columns, start=1)]
        row_no = start_row
        labels: dict[Enum, str] = {}  # a status's label, translated once per table
        for row_no, values in enumerate(rows, start=start_row + 1):
            cells = sheet_rows.setdefault(row_no, {})
            for col, (value, (kind, wrap, measured)) in enumerate(
                    zip(values, plan, strict=True), start=1):
                if isinstance(value, Enum):
                    value = labels.get(value) or labels.setdefault(
                        value, getattr(value, "label", value.value))
                cell = cell_value(ws, value, kind)
                if wrap and cell is not None:
                    cell = as_cell(ws, cell)
                    cell.alignment = WRAP
                cells[col] = cell
                if measured:
                    n = shown_length(value, kind)
                    if n > longest[col - 1]:
                        longest[col - 1] = n
        for col, column in enumerate(columns, start=1):
            if column.width is not None:
                widths[col] = column.width
                fixed.add(col)
            elif col not in fixed:
                width = min(MAX_WIDTH, max(MIN_WIDTH, longest[col - 1] + 2))
                widths[col] = max(widths.get(col, 0), width)
            # No header's word is broken, however narrow the column was made.
            widths[col] = max(widths[col], word_width(column.title))
            ws.column_dimensions[get_column_letter(col)].width = widths[col]
        # A header longer than its column (a fixed width, an earlier table's) wraps: the
        # row is made tall enough, as no program fits a row's height on opening.
        lines = max(wrapped_lines(c.title, widths[col]) for col, c in enumerate(columns, 1))
        if lines > 1:
            ws.row_dimensions[start_row].height = LINE_HEIGHT * lines
        area = TableArea(start_row, start_row + 1, row_no, len(columns))
        if main:
            ws.freeze_panes = f"A{start_row + 1}"
            ws.auto_filter.ref = area.ref
            ws.print_title_rows = f"{start_row}:{start_row}"
        return area

    def highlight(self, ws: WriteOnlyWorksheet, area: TableArea, rows: Iterable[int],
                  fill: PatternFill = WARNING_FILL) -> None:
        """Fill whole table rows (0 = the first data row), e.g. overdue loans."""
        for n in rows:
            for col in range(1, area.columns + 1):
                self._cell(ws, area.first_row + n, col).fill = fill

    def figure_formats(self, ws: WriteOnlyWorksheet, area: TableArea, kinds: Sequence[str],
                       column: int = 2) -> None:
        """Give each row of a two-column "figure, value" table its own number format."""
        for n, kind in enumerate(kinds):
            if kind in FORMATS and kind not in DAY_KINDS:
                self._cell(ws, area.first_row + n, column).number_format = FORMATS[kind]

    def chart(self, ws: WriteOnlyWorksheet, area: TableArea, anchor: str, title: str,
              bars: Sequence[int], lines: Sequence[int] = (), y_title: str = "",
              y2_title: str = "", horizontal: bool = False) -> None:
        """A native Excel chart of a table: columns ``bars`` as bars and ``lines`` as
        lines on a second axis, against the table's first column as categories."""
        if area.last_row <= area.header_row:
            return  # nothing to draw
        chart = BarChart()
        chart.type = "bar" if horizontal else "col"
        chart.title = title
        chart.y_axis.title = y_title
        chart.height, chart.width = 8, 18
        categories = Reference(ws, min_col=1, min_row=area.first_row, max_row=area.last_row)
        for col in bars:
            chart.add_data(Reference(ws, min_col=col, min_row=area.header_row,
                                     max_row=area.last_row), titles_from_data=True)
        chart.set_categories(categories)
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.majorGridlines = None
        if lines:
            line = LineChart()
            for col in lines:
                line.add_data(Reference(ws, min_col=col, min_row=area.header_row,
                                        max_row=area.last_row), titles_from_data=True)
            line.set_categories(categories)
            for series in line.series:
                series.smooth = False  # a curve would dip below zero between the months
            line.y_axis.axId = 200
            line.y_axis.title = y2_title
            line.y_axis.crosses = "max"
            line.y_axis.delete = False
            chart += line
        chart.legend.position = "b"
        ws.add_chart(chart, anchor)

    def workbook(self) -> Workbook:
        """The finished workbook, every sheet's rows written in order: it can be saved
        once (openpyxl's write-only mode)."""
        if not self._written:
            if not self.wb.sheetnames:
                self.sheet(tr("Report"))
            for ws in self.wb.worksheets:
                rows = self._rows[ws.title]
                shared: dict[str, Cell] = {}  # one cell per number format
                for row in range(1, max(rows, default=0) + 1):
                    cells = rows.get(row)
                    if not cells:
                        ws.append(())
                        continue
                    line = [None] * max(cells)
                    for col, value in cells.items():
                        line[col - 1] = value
                    ws.append(_streamed(ws, line, shared))
            self._rows.clear()
            self._written = True
        return self.wb

    def write(self, out) -> None:
        """Write the workbook to an open binary file."""
        self.workbook().save(out)

    def save(self, path: Path | str) -> Path:
        return save_atomically(self, path)


def _streamed(ws, line: list, shared: dict[str, Cell]):
    """A row for ``ws.append``, each Formatted value through the shared cell of its
    format: a write-only sheet writes each cell before it asks for the next one."""
    for value in line:
        if isinstance(value, Formatted):
            cell = shared.get(value.number_format)
            if cell is None:
                cell = shared[value.number_format] = formatted(ws, None, value.number_format)
            cell.value = value.value
            yield cell
        else:
            yield value


def save_atomically(book: ReportBook, path: Path | str) -> Path:
    """Write ``book`` to ``path`` completely or not at all (see outfiles.py). It is built in
    memory first: openpyxl then never meets a failing file (a full disk), which it would
    complain about as it is cleaned up ("Exception ignored … I/O operation on closed
    file") after the clear message."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise CoachDeskError(tr("{path} is a folder: give a file name ending in .xlsx.")
                             .format(path=path))
    data = io.BytesIO()
    book.write(data)
    return write_bytes_atomically(data.getvalue(), path)
