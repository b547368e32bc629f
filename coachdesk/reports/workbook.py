"""The one place that styles a CoachDesk workbook and saves it.

Every report builds its sheets through :class:`ReportBook`: styled header rows, frozen
panes below them, an autofilter, column widths from the content, real dates in the
Finnish format, numbers as numbers, landscape pages fitted to the width with the header
repeated, and the document's title and author. Text a user typed is never a formula
(:func:`safe_text`), and :func:`save_atomically` never leaves a half-written file.

A workbook is written in the language being spoken (``with speaking(language):`` around
the build): every text, a status's label, yes and no, a month's name ("elokuu 2026") is
made as its cell is added. Excel's number formats stay Excel's: the reader's Excel shows
its own decimal mark. Hours are given as whole minutes and shown as hours and minutes
(1:30), so that the rows and their totals agree to the minute; money with the euro sign.
Every style names its font, and rows of wrapped text are made tall enough for it: no
program fits a row's height to its text on opening, and LibreOffice shows a style without
a font name in a serif font.
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
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.axis import ChartLines
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.drawing.text import Font as DrawingFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break  # what write-only mode gives
from openpyxl.worksheet.worksheet import Worksheet

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.formats import format_date, format_month
from coachdesk.domain.text import tr
from coachdesk.reports.outfiles import write_bytes_atomically

CREATOR = "CoachDesk"
DATE_FORMAT = "d.m.yyyy"
DATETIME_FORMAT = "d.m.yyyy h:mm"
TIME_FORMAT = "h:mm"
HOURS_FORMAT = "[h]:mm"  # a duration: 100:30 after a hundred hours
PERCENT_FORMAT = "0%"
MONEY_FORMAT = '#,##0.00 "€"'  # 1 099,00 € in a Finnish Excel
INTEGER_FORMAT = "#,##0"  # 36 089 in a Finnish Excel

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
MINUTES_A_DAY = 24 * 60  # Excel counts durations in days

MIN_WIDTH, MAX_WIDTH = 6, 60
LINE_HEIGHT = 15  # points: one line of the default 11-point font
MAX_LINES = 27  # a row of wrapped text is at most this tall (409 points is Excel's limit)
CHART_MAX_HEIGHT = 17.0  # cm: a chart on a landscape page of its own
MAX_TEXT = 32_767  # Excel's limit for one cell
FORMULA_START = ("=", "+", "-", "@")

FONT = "Calibri"  # named, or a program without Excel's default shows another one
FONT_FACE = DrawingFont(typeface=FONT)  # the same, for a chart's texts
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E78", end_color="1F4E78")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
TITLE_FONT = Font(name=FONT, bold=True, size=14)
SUBTITLE_FONT = Font(name=FONT, italic=True, color="595959")
SECTION_FONT = Font(name=FONT, bold=True, size=12)
TOTAL_FONT = Font(name=FONT, bold=True)
TOTAL_BORDER = Border(top=Side(style="thin", color="000000"))
NOTE_FONT = Font(name=FONT, italic=True, size=10, color="595959")
WARNING_FILL = PatternFill("solid", start_color="F8CBAD", end_color="F8CBAD")
WRAP = Alignment(vertical="top", wrap_text=True, indent=1)  # apart from a number before it
TOP = Alignment(vertical="top")


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
    columns: int  # how many
    first_col: int = 1

    @property
    def last_col(self) -> int:
        return self.first_col + self.columns - 1

    @property
    def ref(self) -> str:
        return (f"{get_column_letter(self.first_col)}{self.header_row}:"
                f"{get_column_letter(self.last_col)}{self.last_row}")


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
    """A value, its number format and whether it sits at the top of a tall row. It becomes
    a cell only while it is written, through one cell per format, as openpyxl writes plain
    values through one cell."""

    value: object
    number_format: str
    top: bool = False


def formatted(ws, value: object, number_format: str, top: bool = False) -> Cell:
    cell = WriteOnlyCell(ws, value)
    cell.number_format = number_format
    if top:
        cell.alignment = TOP
    return cell


def as_cell(ws, value: object) -> Cell:
    """A value kept for a sheet, as a cell of its own that can be styled."""
    if isinstance(value, Cell):
        return value
    if isinstance(value, Formatted):
        return formatted(ws, *value)
    return WriteOnlyCell(ws, value)


def at_top(value: object):
    """A value of a table with wrapped text: at the top of its row, as the wrapped text
    is, not at the bottom where a cell is by default."""
    if value is None:
        return None
    if isinstance(value, Formatted):
        return value._replace(top=True)
    if isinstance(value, Cell):
        if value.alignment.wrap_text is not True:
            value.alignment = TOP
        return value
    return Formatted(value, "General", True)


def cell_value(ws, value: object, kind: str = TEXT):
    """One value the way its column shows it (numbers as numbers, dates as dates): the
    plain value where no style is needed, the value and its format, or a styled cell."""
    if type(value) is str:  # most values: checked first
        return text_cell(ws, value) if value else None
    if value is None:
        return None
    if isinstance(value, Formatted | Cell):  # made already, with its own format
        return value
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
    if kind == HOURS and isinstance(value, int | float):
        return Formatted(value / MINUTES_A_DAY, HOURS_FORMAT)
    if isinstance(value, int | float):
        # Excel's General format shows a whole number below a thousand as "#,##0" does:
        # only fractions, thousands and the other kinds need a format (a styled cell
        # costs more to write).
        if kind in NUMBER_FORMATS and not (kind == INTEGER and isinstance(value, int)
                                           and -1000 < value < 1000):
            return Formatted(value, FORMATS[kind])
        return value
    return text_cell(ws, value)


def shown_length(value: object, kind: str) -> int:
    """About how many characters the value takes on screen, for the column width."""
    if value is None:
        return 0
    if isinstance(value, Formatted):
        value = value.value
    if kind == HOURS and isinstance(value, int | float):
        return len(str(int(value // 60))) + 3  # 120:45
    if kind == MONTH and isinstance(value, date):
        return len(month_text(value))
    if kind in SHOWN_WIDTH and not isinstance(value, str):
        return SHOWN_WIDTH[kind]
    if isinstance(value, Enum):
        value = getattr(value, "label", value.value)
    if isinstance(value, float | Decimal) and kind == MONEY:
        return len(f"{value:,.2f}") + 3  # and " €", apart from the next column
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    if isinstance(value, datetime | date):
        return SHOWN_WIDTH[DATETIME if isinstance(value, datetime) else DATE]
    text = value if isinstance(value, str) else str(value)
    if "\n" not in text and "\r" not in text:
        return len(text)
    return max((len(line) for line in text.splitlines()), default=0)


# How wide the letters of Calibri (and of its metric twin Carlito) are, in the width of a
# digit, which is what a column's width counts: measured once from the font and grouped.
LETTER_WIDTHS = {**dict.fromkeys("ijlI'.,:;|", 0.5), **dict.fromkeys("frtJ-()!", 0.63),
                 **dict.fromkeys("csz/", 0.8), **dict.fromkeys("mwMW%&@", 1.6)}
SPACE_WIDTH = 0.45
LOWER, UPPER = 0.97, 1.12  # the other letters, on average
BOLD = 1.03  # a bold letter against a regular one
PADDING = 0.8  # a cell's margins, in digits
INDENT = 1.0  # the indent of wrapped text (WRAP)


def text_width(text: str, bold: bool = False) -> float:
    """How wide ``text`` is on one line, in digits."""
    width = 0.0
    for ch in text:
        found = LETTER_WIDTHS.get(ch)
        if found is None:
            found = SPACE_WIDTH if ch == " " else UPPER if ch.isupper() else (
                1.0 if ch.isdigit() else LOWER)
        width += found
    return width * BOLD if bold else width


def word_width(text: str) -> float:
    """The width a column needs for the header's longest word, never broken."""
    return max((text_width(word, bold=True) for word in text.split()), default=0) + 2


def wrapped_lines(text: str, width: float, bold: bool = True, indent: float = 0) -> int:
    """How many lines one paragraph takes in a column ``width`` digits wide, broken
    between words ("Toteutuneet koulukäynnit" in a narrow value column); a word longer
    than the line is broken where the line ends. By default a bold header's."""
    room = max(1.0, width - PADDING - indent)
    lines, used = 1, 0.0
    for word in text.split():
        size = text_width(word, bold)
        needed = size if not used else used + SPACE_WIDTH + size
        if used and needed > room:
            lines, used = lines + 1, size
        else:
            used = needed
        while used > room:
            lines, used = lines + 1, used - room
    return lines


def text_lines(text: str, width: float) -> int:
    """How many lines wrapped text (WRAP) takes in a column ``width`` digits wide, its own
    line breaks kept."""
    return sum(wrapped_lines(line, width, bold=False, indent=INDENT)
               for line in text.splitlines()) or 1


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
        self._heights: dict[str, dict[int, int]] = {}  # sheet → row → lines of text
        self._written = False

    # -- sheets ---------------------------------------------------------------------------
    def sheet(self, name: str, one_page: bool = False) -> WriteOnlyWorksheet:
        """A landscape A4 sheet fitted to the page's width; ``one_page``: to one page."""
        ws = self.wb.create_sheet(sheet_title(name, self.wb.sheetnames))
        ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1 if one_page else 0  # 0: as many pages down as it takes
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.oddFooter.left.text = safe_text(self.title).replace("&", "&&")
        ws.oddFooter.right.text = "&P / &N"
        for part in (ws.oddFooter.left, ws.oddFooter.right):
            part.font, part.size = FONT, 9
        self._widths[ws.title] = {}
        self._fixed[ws.title] = set()
        self._rows[ws.title] = {}
        self._heights[ws.title] = {}
        return ws

    def _put(self, ws: WriteOnlyWorksheet, row: int, column: int, value: object) -> None:
        self._rows[ws.title].setdefault(row, {})[column] = value

    def _cell(self, ws: WriteOnlyWorksheet, row: int, column: int) -> Cell:
        """The cell at ``row``, ``column``, made a cell of its own to be styled."""
        cells = self._rows[ws.title].setdefault(row, {})
        cell = cells[column] = as_cell(ws, cells.get(column))
        return cell

    def _styled_text(self, ws: WriteOnlyWorksheet, row: int, text: str, font: Font,
                     column: int = 1) -> None:
        cell = as_cell(ws, text_cell(ws, text))
        cell.font = font
        self._put(ws, row, column, cell)

    def _lines(self, ws: WriteOnlyWorksheet, row: int, lines: int) -> None:
        """Make ``row`` tall enough for ``lines`` lines (never lower than another asked)."""
        heights = self._heights[ws.title]
        heights[row] = max(heights.get(row, 1), min(lines, MAX_LINES))

    def heading(self, ws: WriteOnlyWorksheet, title: str, *lines: str) -> int:
        """A title and lines under it from the top; returns the next free row after a gap."""
        self._styled_text(ws, 1, title, TITLE_FONT)
        ws.row_dimensions[1].height = 21  # the 14-point title
        for n, line in enumerate(lines, start=2):
            self._styled_text(ws, n, line, SUBTITLE_FONT)
        return len(lines) + 3

    def section(self, ws: WriteOnlyWorksheet, row: int, title: str, column: int = 1) -> int:
        self._styled_text(ws, row, title, SECTION_FONT, column)
        ws.row_dimensions[row].height = 18  # the 12-point section title
        return row + 1

    def note(self, ws: WriteOnlyWorksheet, row: int, text: str, column: int = 1) -> int:
        """A small grey line of text (what a table leaves out, where to read more)."""
        self._styled_text(ws, row, text, NOTE_FONT, column)
        return row + 1

    def table(self, ws: WriteOnlyWorksheet, columns: Sequence[Column], rows: Iterable[Sequence],
              start_row: int = 1, main: bool = True, start_col: int = 1) -> TableArea:
        """Write a header and the rows, the first column at ``start_col``. The sheet's
        ``main`` table gets the frozen panes, the autofilter and the repeated print title
        (a sheet has one autofilter)."""
        sheet_rows = self._rows[ws.title]
        header = sheet_rows.setdefault(start_row, {})
        last_col = start_col + len(columns) - 1
        places = range(start_col, last_col + 1)
        for col, column in zip(places, columns, strict=True):
            cell = as_cell(ws, text_cell(ws, column.title))
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment, cell.border = HEADER_ALIGNMENT, HEADER_BORDER
            header[col] = cell
        widths = self._widths[ws.title]
        fixed = self._fixed[ws.title]
        longest = [len(c.title) for c in columns]
        # Per column: its kind, whether it wraps, whether its width follows the content.
        plan = [(c.kind, c.wrap, c.width is None and col not in fixed)
                for col, c in zip(places, columns, strict=True)]
        wrapped: list[tuple[int, int, str]] = []  # (row, column, text) to fit the height to
        wraps = any(c.wrap for c in columns)
        row_no = start_row
        labels: dict[Enum, str] = {}  # a status's label, translated once per table
        for row_no, values in enumerate(rows, start=start_row + 1):
            cells = sheet_rows.setdefault(row_no, {})
            for col, value, (kind, wrap, measured) in zip(places, values, plan, strict=True):
                if isinstance(value, Enum):
                    value = labels.get(value) or labels.setdefault(
                        value, getattr(value, "label", value.value))
                cell = cell_value(ws, value, kind)
                if wrap and cell is not None:
                    cell = as_cell(ws, cell)
                    cell.alignment = WRAP
                    if isinstance(value, str):
                        wrapped.append((row_no, col, value))
                elif wraps:
                    cell = at_top(cell)
                cells[col] = cell
                if measured:
                    n = shown_length(value, kind)
                    if n > longest[col - start_col]:
                        longest[col - start_col] = n
        for col, column in zip(places, columns, strict=True):
            if column.width is not None:
                widths[col] = column.width
                fixed.add(col)
            elif col not in fixed:
                width = min(MAX_WIDTH, max(MIN_WIDTH, longest[col - start_col] + 2))
                widths[col] = max(widths.get(col, 0), width)
            # No header's word is broken, however narrow the column was made.
            widths[col] = max(widths[col], word_width(column.title))
            ws.column_dimensions[get_column_letter(col)].width = widths[col]
        # A header longer than its column (a fixed width, an earlier table's) wraps, and so
        # does long text: its row is made tall enough, as no program fits a row's height
        # on opening (the text would run over the next row).
        self._lines(ws, start_row, max(wrapped_lines(c.title, widths[col])
                                       for col, c in zip(places, columns, strict=True)))
        for row, col, text in wrapped:
            self._lines(ws, row, text_lines(text, widths[col]))
        area = TableArea(start_row, start_row + 1, row_no, len(columns), start_col)
        if main:
            ws.freeze_panes = f"A{start_row + 1}"
            ws.auto_filter.ref = area.ref
            ws.print_title_rows = f"{start_row}:{start_row}"
        return area

    def figures(self, ws: WriteOnlyWorksheet, titles: Sequence[str],
                rows: Iterable[tuple], start_row: int, widths: Sequence[float] = (),
                start_col: int = 1) -> TableArea:
        """A table of figures: each row (label, kind, value, …) with its own kind, so that
        hours show as hours and shares as per cent in the same column."""
        columns = [Column(title, width=widths[n] if n < len(widths) else None,
                          wrap=n == 0 and bool(widths))
                   for n, title in enumerate(titles)]
        return self.table(ws, columns, ((label, *(cell_value(ws, v, kind) for v in values))
                                        for label, kind, *values in rows),
                          start_row=start_row, main=False, start_col=start_col)

    def total_row(self, ws: WriteOnlyWorksheet, area: TableArea, values: Sequence,
                  kinds: Sequence[str | None]) -> int:
        """A bold row of totals right under a table; returns its row."""
        row = area.last_row + 1
        for col, value, kind in zip(range(area.first_col, area.last_col + 1), values, kinds,
                                    strict=True):
            cell = as_cell(ws, cell_value(ws, value, kind or TEXT))
            cell.font, cell.border = TOTAL_FONT, TOTAL_BORDER
            self._put(ws, row, col, cell)
        return row

    def _table_cm(self, ws: WriteOnlyWorksheet, area: TableArea) -> float:
        """About how wide the table is on paper at full size, in cm (a unit of column
        width is a digit of the default font, 7 pixels, and 5 pixels of padding)."""
        widths = self._widths[ws.title]
        pixels = sum(widths.get(col, 8.43) * 7 + 5
                     for col in range(area.first_col, area.last_col + 1))
        return pixels / 96 * 2.54

    def page_break(self, ws: WriteOnlyWorksheet, after_row: int) -> None:
        """Print what comes after ``after_row`` on a new page."""
        ws.row_breaks.append(Break(id=after_row))

    def highlight(self, ws: WriteOnlyWorksheet, area: TableArea, rows: Iterable[int],
                  fill: PatternFill = WARNING_FILL) -> None:
        """Fill whole table rows (0 = the first data row), e.g. overdue loans."""
        for n in rows:
            for col in range(area.first_col, area.last_col + 1):
                self._cell(ws, area.first_row + n, col).fill = fill

    def chart(self, ws: WriteOnlyWorksheet, area: TableArea, anchor: str, title: str,
              bars: Sequence[int], y_title: str = "", horizontal: bool = False,
              data_ws: WriteOnlyWorksheet | None = None, size: tuple[float, float] | None = None,
              percent: bool = False, stacked: bool = False) -> None:
        """A native Excel bar chart of a table (on ``data_ws``, by default this sheet):
        its columns ``bars`` (counted from the table's first, 1) against its first column
        as categories, one labelled bar group per row. Without ``size`` (width, height in
        cm) it grows with the rows: every category keeps its label. ``stacked``: one bar
        per row, its columns stacked (the parts of a whole)."""
        if area.last_row <= area.header_row:
            return  # nothing to draw
        source = data_ws or ws
        count = area.last_row - area.header_row
        chart = BarChart()
        chart.type = "bar" if horizontal else "col"
        chart.grouping = "stacked" if stacked else "clustered"
        if stacked:
            chart.overlap = 100  # the parts on one bar, not side by side
        chart.title = title
        chart.y_axis.title = y_title
        if size:
            chart.width, chart.height = size
        elif horizontal:  # a row of bars per category, the legend and the title; a page
            chart.width = max(18.0, self._table_cm(source, area))
            chart.height = min(CHART_MAX_HEIGHT,
                               max(7.5, 3.5 + count * (0.25 + 0.2 * len(bars))))
        else:
            chart.width, chart.height = max(16, 3 + count * 1.1), 9
        categories = Reference(source, min_col=area.first_col, min_row=area.first_row,
                               max_row=area.last_row)
        for col in bars:
            column = area.first_col + col - 1
            chart.add_data(Reference(source, min_col=column, min_row=area.header_row,
                                     max_row=area.last_row), titles_from_data=True)
        chart.set_categories(categories)
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.x_axis.tickLblSkip = 1  # every school, month or topic named, none skipped
        chart.x_axis.tickMarkSkip = 1
        if horizontal:
            chart.x_axis.scaling.orientation = "maxMin"  # the table's first row on top
        if percent:
            chart.y_axis.number_format = PERCENT_FORMAT
            chart.y_axis.scaling.max = 1
        chart.y_axis.scaling.min = 0
        chart.y_axis.majorGridlines = ChartLines()
        chart.gapWidth = 60
        chart.legend.position = "b"
        _chart_font(chart)
        ws.add_chart(chart, anchor)

    def workbook(self) -> Workbook:
        """The finished workbook, every sheet's rows written in order: it can be saved
        once (openpyxl's write-only mode)."""
        if not self._written:
            if not self.wb.sheetnames:
                self.sheet(tr("Report"))
            for ws in self.wb.worksheets:
                for row, lines in self._heights[ws.title].items():
                    if lines > 1:
                        ws.row_dimensions[row].height = LINE_HEIGHT * lines
                rows = self._rows[ws.title]
                shared: dict[tuple[str, bool], Cell] = {}  # one cell per number format
                for row in range(1, max(rows, default=0) + 1):
                    cells = rows.get(row)
                    if not cells:
                        ws.append(())
                        continue
                    line: list[object] = [None] * max(cells)
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


def _streamed(ws, line: list, shared: dict[tuple[str, bool], Cell]):
    """A row for ``ws.append``, each Formatted value through the shared cell of its
    format: a write-only sheet writes each cell before it asks for the next one."""
    for value in line:
        if isinstance(value, Formatted):
            key = value.number_format, value.top
            cell = shared.get(key)
            if cell is None:
                cell = shared[key] = formatted(ws, None, *key)
            cell.value = value.value
            yield cell
        else:
            yield value


def _chart_font(chart: BarChart) -> None:
    """The chart's texts in the workbook's font: a chart names none by default, and
    LibreOffice then draws them in another."""
    def text(size: int, bold: bool = False) -> RichText:
        props = CharacterProperties(latin=FONT_FACE, sz=size * 100, b=bold)
        return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])

    for axis in (chart.x_axis, chart.y_axis):
        axis.txPr = text(9)
        if axis.title is not None:
            for paragraph in axis.title.tx.rich.p:
                for run in paragraph.r or ():
                    run.rPr = CharacterProperties(latin=FONT_FACE, sz=1000, b=True)
    chart.legend.txPr = text(9)
    if chart.title is not None:
        for paragraph in chart.title.tx.rich.p:
            for run in paragraph.r or ():
                run.rPr = CharacterProperties(latin=FONT_FACE, sz=1200, b=True)


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
