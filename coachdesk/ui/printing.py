"""Printouts: asset labels, a loan's handover form, and everything one borrower holds.

Every printout is a *document*: a function ``paint(painter, device)`` that draws its
pages on a ``QPagedPaintDevice`` (a ``QPdfWriter`` or a ``QPrinter``) and calls
``device.newPage()`` between them. The data is read from the services when the document
is made, so a refusal (``NotFound``, ``ValidationError``) comes before any file is opened.

For other pages (the Devices page, the loan dialogs)::

    from coachdesk.ui import printing

    paint = printing.labels_document(desk, device_ids)        # 24 labels per A4 sheet
    paint = printing.handover_document(desk, [loan_id, ...])  # one borrower's loans
    paint = printing.holdings_document(desk, kind, borrower_id)
    printing.print_document(parent, paint, title)   # Qt's print dialog, then the printer
    printing.save_pdf(parent, paint, "labels.pdf")  # asks where, writes the PDF
    printing.write_pdf(path, paint, title)          # no questions (tests, the CLI)

``labels_pdf``, ``handover_pdf`` and ``holdings_pdf`` make a document and write it.

A printout goes to a borrower, so it is written in the teaching language of the
borrower's school (a teacher's school, a tutor's home school, a school's own), whatever
the window speaks; a label in that of the device's current borrower, else the window's.
The language is chosen when the document is made and spoken while it is drawn (a
document is drawn later, and again for each printer).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coachdesk.domain.devices import BorrowerKind
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.language import LANGUAGES, current_language, speaking
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.formatting import format_date

Paint = Callable[[QPainter, QPagedPaintDevice], None]

PDF_DPI = 300
A4_MM = (210.0, 297.0)
# An A4 sheet of 3 × 8 self-adhesive labels, 70 × 37 mm each (e.g. Avery 3475).
LABEL_COLUMNS, LABEL_ROWS = 3, 8
LABELS_PER_SHEET = LABEL_COLUMNS * LABEL_ROWS
LABEL_W, LABEL_H = 70.0, 37.0
LABEL_TOP = (A4_MM[1] - LABEL_ROWS * LABEL_H) / 2  # the sheet's top margin
LABEL_PAD = 3.0
QR_BORDER = 2  # quiet zone in modules; the label's padding adds white beyond it
MARGIN = 18.0  # of the forms
INK = QColor("#000000")
GREY = QColor("#666666")
RULE = QColor("#999999")


# -- writing and printing -------------------------------------------------------------------
def write_pdf(path: str | Path, paint: Paint, title: str = "") -> Path:
    """Draw the document into a PDF file at ``path`` (A4, 300 dpi)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("CoachDesk")
    painter = QPainter()
    if not painter.begin(writer):
        raise CoachDeskError(tr("Could not write {path}. Choose a folder you can write to "
                                "and close the file if another program has it open.")
                             .format(path=path))
    try:
        paint(painter, writer)
    finally:
        painter.end()
    return path


def print_document(parent: QWidget | None, paint: Paint, title: str = "") -> bool:
    """Qt's print dialog, then the document on the chosen printer; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # our coordinates are from the paper's corner
    printer.setDocName(title or "CoachDesk")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or tr("Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        raise CoachDeskError(tr("The printer could not be started. Check that it is on "
                                "and try again."))
    try:
        paint(painter, printer)
    finally:
        painter.end()
    return True


def save_pdf(parent: QWidget | None, paint: Paint, suggested: str, title: str = ""
             ) -> Path | None:
    """Ask where to save, then write the PDF; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save as PDF"), suggested,
                                          tr("PDF files (*.pdf)"))
    if not name:
        return None
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    return write_pdf(name, paint, title)


def labels_pdf(desk: Desk, device_ids: Sequence[int], path: str | Path,
               outlines: bool = False, language: str | None = None) -> Path:
    return write_pdf(path, labels_document(desk, device_ids, outlines, language),
                     tr("Asset labels"))


def handover_pdf(desk: Desk, loan_ids: int | Sequence[int], path: str | Path,
                 today: date | None = None, language: str | None = None) -> Path:
    paint = handover_document(desk, loan_ids, today, language)
    with speaking(paint.language):
        title = tr("Device handover")
    return write_pdf(path, paint, title)


def holdings_pdf(desk: Desk, kind: BorrowerKind | str, borrower_id: int, path: str | Path,
                 today: date | None = None, language: str | None = None) -> Path:
    paint = holdings_document(desk, kind, borrower_id, today, language)
    with speaking(paint.language):
        title = tr("Devices held")
    return write_pdf(path, paint, title)


class Spoken:
    """A document drawn in one language, whenever and wherever it is drawn."""

    def __init__(self, paint: Paint, language: str | None):
        with speaking(language) as chosen:  # another language falls back to the window's
            self.language = chosen
        self.paint = paint

    def __call__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        with speaking(self.language):
            self.paint(painter, device)


# -- drawing in millimetres ------------------------------------------------------------------
class Canvas:
    """A painter that takes millimetres from the paper's top-left corner."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice):
        self.painter = painter
        self.device = device
        self.k = device.logicalDpiX() / 25.4  # device pixels per millimetre
        self.width = device.width() / self.k
        self.height = device.height() / self.k
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF(x * k, y * k, w * k, h * k)

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont("Sans Serif")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_width(self, text: str, font: QFont) -> float:
        return self.metrics(font).horizontalAdvance(text) / self.k

    def line_height(self, font: QFont) -> float:
        return self.metrics(font).lineSpacing() / self.k

    def text(self, x: float, y: float, w: float, h: float, text: str, font: QFont,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
             color: QColor = INK, elide: bool = True) -> None:
        shown = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, w * self.k) \
            if elide else text
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(self.rect(x, y, w, h), int(align), shown)

    def wrapped_height(self, text: str, font: QFont, w: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        box = self.metrics(font).boundingRect(QRectF(0, 0, w * self.k, 1e6), flags, text)
        return box.height() / self.k

    def paragraph(self, x: float, y: float, w: float, text: str, font: QFont,
                  color: QColor = INK) -> float:
        """Draw word-wrapped text; returns its height in millimetres."""
        h = self.wrapped_height(text, font, w)
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(self.rect(x, y, w, h + 1),
                              int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
        return h

    def hline(self, x1: float, x2: float, y: float, color: QColor = RULE,
              width: float = 0.25) -> None:
        self.painter.setPen(QPen(color, width * self.k))
        self.painter.drawLine(QPointF(x1 * self.k, y * self.k), QPointF(x2 * self.k, y * self.k))


def qr_matrix(text: str) -> tuple[bytearray, ...]:
    """The QR code's modules (1 = dark), without the quiet zone."""
    return segno.make(text, error="m", micro=False).matrix


def paint_qr(painter: QPainter, rect: QRectF, text: str, border: int = QR_BORDER) -> None:
    """Draw ``text`` as a QR code filling the square ``rect`` (device pixels), quiet zone
    of ``border`` modules included. Each row's dark runs become one filled path."""
    matrix = qr_matrix(text)
    n = len(matrix)
    side = min(rect.width(), rect.height())
    module = side / (n + 2 * border)
    x0 = rect.x() + border * module
    y0 = rect.y() + border * module
    painter.fillRect(QRectF(rect.x(), rect.y(), side, side), QColor("#ffffff"))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            # a hair taller than a module, so that no seam shows between rows
            path.addRect(QRectF(x0 + start * module, y0 + r * module,
                                (c - start) * module, module * 1.04))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(path.simplified(), INK)
    painter.restore()


# -- asset labels ------------------------------------------------------------------------
@dataclass(frozen=True)
class LabelData:
    asset_tag: str
    category: str
    model: str
    content_count: int | None


def label_origin(index: int) -> tuple[float, float]:
    """Top-left corner (mm) of label ``index`` on its sheet, filled row by row."""
    slot = index % LABELS_PER_SHEET
    row, column = divmod(slot, LABEL_COLUMNS)
    return column * LABEL_W, LABEL_TOP + row * LABEL_H


def label_qr_rect(index: int) -> tuple[float, float, float]:
    """(x, y, side) of the QR code of label ``index``, in millimetres."""
    x, y = label_origin(index)
    return x + LABEL_PAD, y + LABEL_PAD, LABEL_H - 2 * LABEL_PAD


def labels_document(desk: Desk, device_ids: Sequence[int], outlines: bool = False,
                    language: str | None = None) -> Paint:
    """Labels for these devices, in this order: the tag as text and as a QR code, with the
    category and model. ``outlines`` draws cutting guides for plain paper. Each label is
    in ``language``, or else in the language of the device's borrower, or the window's."""
    if not device_ids:
        raise ValidationError({"devices": tr("Choose the devices to print labels for.")})
    labels = []
    for device_id in device_ids:
        d = desk.devices.get(device_id)
        labels.append(LabelData(d.asset_tag, d.category, d.model, d.content_count))
    window = current_language()
    borrowers = desk.reports.loan_languages(device_ids=list(device_ids))
    languages = [language or borrowers.get(i) for i in device_ids]
    languages = [x if x in LANGUAGES else window for x in languages]

    def paint(painter: QPainter, device: QPagedPaintDevice) -> None:
        canvas = Canvas(painter, device)
        for index, (label, spoken) in enumerate(zip(labels, languages, strict=True)):
            if index and index % LABELS_PER_SHEET == 0:
                device.newPage()
            with speaking(spoken):
                _paint_label(canvas, index, label, outlines)

    return paint


def _paint_label(canvas: Canvas, index: int, label: LabelData, outline: bool) -> None:
    x, y = label_origin(index)
    qx, qy, side = label_qr_rect(index)
    if outline:
        canvas.painter.setPen(QPen(QColor("#cccccc"), 0.2 * canvas.k, Qt.PenStyle.DashLine))
        canvas.painter.setBrush(Qt.BrushStyle.NoBrush)
        canvas.painter.drawRect(canvas.rect(x, y, LABEL_W, LABEL_H))
    paint_qr(canvas.painter, canvas.rect(qx, qy, side, side), label.asset_tag)
    tx = qx + side + 1.5
    tw = x + LABEL_W - LABEL_PAD - tx
    # The tag as large as fits the column: it is what people read.
    size = 16.0
    font = canvas.font(size, bold=True)
    while size > 7 and canvas.text_width(label.asset_tag, font) > tw:
        size -= 0.5
        font = canvas.font(size, bold=True)
    top = y + LABEL_PAD + 2
    canvas.text(tx, top, tw, canvas.line_height(font) + 1, label.asset_tag, font)
    top += canvas.line_height(font) + 1.5
    small = canvas.font(8)
    lines = [label.category]
    if label.model:
        lines.extend(_two_lines(canvas, label.model, small, tw))
    if label.content_count:
        lines.append(tr("Kit of {n}").format(n=label.content_count))
    for line in lines:
        canvas.text(tx, top, tw, canvas.line_height(small), line, small, color=GREY)
        top += canvas.line_height(small)


def _two_lines(canvas: Canvas, text: str, font: QFont, width: float) -> list[str]:
    """``text`` in one line if it fits, else broken between words into two."""
    words = text.split()
    if canvas.text_width(text, font) <= width or len(words) < 2:
        return [text]
    first = words[0]
    for n in range(2, len(words)):
        candidate = " ".join(words[:n])
        if canvas.text_width(candidate, font) > width:
            break
        first = candidate
    return [first, text[len(first):].strip()]


# -- forms: a page of text and tables ------------------------------------------------------
class Sheet:
    """A portrait form that flows down the page and starts a new one when full."""

    def __init__(self, canvas: Canvas, title: str):
        self.c = canvas
        self.title = title
        self.page = 1
        self.left = MARGIN
        self.right = canvas.width - MARGIN
        self.bottom = canvas.height - MARGIN - 6
        self.y = MARGIN
        self._repeat: Callable[[], None] | None = None

    @property
    def width(self) -> float:
        return self.right - self.left

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` millimetres still fit on this one."""
        if self.y + height <= self.bottom:
            return
        self.footer()
        self.c.device.newPage()
        self.page += 1
        self.y = MARGIN
        self.c.text(self.left, self.y, self.width, 6, self.title, self.c.font(9), color=GREY)
        self.y += 8
        if self._repeat is not None:
            self._repeat()

    def footer(self) -> None:
        font = self.c.font(8)
        self.c.text(self.left, self.c.height - MARGIN, self.width, 5,
                    tr("Page {n}").format(n=self.page), font,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, GREY)

    def heading(self, text: str, printed: date) -> None:
        self.c.text(self.left, self.y, self.width * 0.7, 12, text, self.c.font(18, True))
        self.c.text(self.left + self.width * 0.6, self.y + 1.5, self.width * 0.4, 6,
                    tr("Printed {day}").format(day=format_date(printed)), self.c.font(9),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, GREY)
        self.y += 13
        self.c.hline(self.left, self.right, self.y, INK, 0.4)
        self.y += 5

    def section(self, text: str) -> None:
        font = self.c.font(11, True)
        self.room(self.c.line_height(font) + 14)
        self.y += 2
        self.c.text(self.left, self.y, self.width, 7, text, font)
        self.y += self.c.line_height(font) + 1.5

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label and value pairs, the labels in a grey column as wide as the longest
        (a Finnish or Swedish label is longer than the English one)."""
        font, bold = self.c.font(10), self.c.font(10, True)
        h = self.c.line_height(font) + 1
        labels = min(self.width * 0.45,
                     max(max((self.c.text_width(label, font) for label, _ in rows),
                             default=0) + 1, 40))
        for label, value in rows:
            self.room(h)
            self.c.text(self.left, self.y, labels, h, label, font, color=GREY)
            self.c.text(self.left + labels + 2, self.y, self.width - labels - 2, h, value,
                        bold)
            self.y += h
        self.y += 2

    def paragraph(self, text: str, size: float = 9.5) -> None:
        font = self.c.font(size)
        self.room(self.c.wrapped_height(text, font, self.width))
        self.y += self.c.paragraph(self.left, self.y, self.width, text, font) + 2

    def table(self, headers: Sequence[str], widths: Sequence[float],
              rows: Sequence[Sequence[str]], marks: Sequence[bool] = ()) -> None:
        """A ruled table; ``widths`` are the fractions of the width the columns share
        beyond what their texts need, ``marks`` bold rows. Texts wrap between words."""
        head = self.c.font(9, True)
        fonts = [self.c.font(9.5, n < len(marks) and marks[n]) for n in range(len(rows))]
        fitted = self._column_widths(headers, widths, rows, head, fonts)
        xs = [self.left]
        for w in fitted:
            xs.append(xs[-1] + w)

        def height(texts: Sequence[str], font: QFont) -> float:
            return max(self.c.wrapped_height(text, font, xs[i + 1] - xs[i] - 2)
                       for i, text in enumerate(texts)) + 2.2

        def line(texts: Sequence[str], font: QFont, color: QColor, h: float) -> None:
            for i, text in enumerate(texts):
                self.c.paragraph(xs[i] + 1, self.y + 1.1, xs[i + 1] - xs[i] - 2, text, font,
                                 color)
            self.y += h

        head_h = height(headers, head)

        def header() -> None:
            line(headers, head, GREY, head_h)
            self.c.hline(self.left, self.right, self.y, INK, 0.3)

        self.room(head_h + height(rows[0], fonts[0]) if rows else head_h)
        self._repeat = header
        header()
        for row, font in zip(rows, fonts, strict=True):
            h = height(row, font)
            self.room(h)
            line(row, font, INK, h)
            self.c.hline(self.left, self.right, self.y)
        self._repeat = None
        self.y += 4

    def _column_widths(self, headers: Sequence[str], shares: Sequence[float],
                       rows: Sequence[Sequence[str]], head: QFont,
                       fonts: Sequence[QFont]) -> list[float]:
        """Millimetres per column: each as wide as its longest text if there is room
        (what is left is shared by ``shares``); if not, the widest are narrowed to one
        width, never below their longest word, so that as few columns wrap as can be."""
        def widths(i: int, words: bool) -> float:
            cells = [(headers[i], head)] + [(row[i], f) for row, f in zip(rows, fonts,
                                                                           strict=True)]
            parts = [(part, font) for text, font in cells
                     for part in (text.split() if words else [text])]
            return max((self.c.text_width(part, font) for part, font in parts), default=0) + 2

        least = [widths(i, True) for i in range(len(headers))]
        whole = [max(a, widths(i, False)) for i, a in enumerate(least)]
        total = self.width
        if sum(whole) <= total:
            spare = total - sum(whole)
            return [w + spare * share / sum(shares) for w, share in zip(whole, shares,
                                                                         strict=True)]
        if sum(least) > total:
            return [a * total / sum(least) for a in least]  # too narrow: squeezed
        low, high = 0.0, max(whole)  # the widest columns' width, found by halving
        for _ in range(40):
            level = (low + high) / 2
            used = sum(max(a, min(w, level)) for a, w in zip(least, whole, strict=True))
            low, high = (level, high) if used <= total else (low, level)
        fitted = [max(a, min(w, low)) for a, w in zip(least, whole, strict=True)]
        spare = total - sum(fitted)
        return [w + spare * share / sum(shares) for w, share in zip(fitted, shares,
                                                                     strict=True)]

    def signatures(self, left: str, right: str) -> None:
        """Two signature blocks side by side: signature, name in capitals, date and place."""
        font = self.c.font(8.5)
        gap = 12.0
        w = (self.width - gap) / 2
        bold = self.c.font(10, True)
        heading = max(self.c.wrapped_height(text, bold, w) for text in (left, right))
        self.room(42 + heading)
        self.c.paragraph(self.left, self.y, w, left, bold)  # wraps: a long Finnish title
        self.c.paragraph(self.left + w + gap, self.y, w, right, bold)
        self.y += max(6.0, heading + 1.5)
        for caption in (tr("Signature"), tr("Name in capitals"), tr("Date and place")):
            self.y += 11
            for x in (self.left, self.left + w + gap):
                self.c.hline(x, x + w, self.y, INK, 0.3)
                self.c.text(x, self.y + 0.6, w, 4, caption, font, color=GREY)
        self.y += 8

    def blanks(self, captions: Sequence[str]) -> None:
        """One row of captioned blanks to fill in by hand."""
        font = self.c.font(8.5)
        gap = 6.0
        w = (self.width - gap * (len(captions) - 1)) / len(captions)
        self.room(16)
        self.y += 10
        for i, caption in enumerate(captions):
            x = self.left + i * (w + gap)
            self.c.hline(x, x + w, self.y, INK, 0.3)
            self.c.text(x, self.y + 0.6, w, 4, caption, font, color=GREY)
        self.y += 8


# -- the handover form ---------------------------------------------------------------------
def handover_document(desk: Desk, loan_ids: int | Sequence[int], today: date | None = None,
                      language: str | None = None) -> Spoken:
    """The form a borrower signs on taking one or more devices: who, what, when back,
    the conditions, and signature lines for both parties; in ``language`` or else in
    that of the borrower's school."""
    ids = [loan_ids] if isinstance(loan_ids, int) else list(loan_ids)
    source = desk.loans.loans_source()
    found = source.rows_by_id(ids)
    if not ids or any(i not in found for i in ids):
        raise ValidationError({"loan": tr("That loan no longer exists.")})
    keys = [c.key for c in source.columns]
    loans = [dict(zip(keys, found[i], strict=True)) for i in ids]
    first = loans[0]
    if any((x["borrower"], x["borrower_kind"]) != (first["borrower"], first["borrower_kind"])
           for x in loans):
        raise ValidationError({"loan": tr("A handover form is for one borrower's loans.")})
    spoken = language or desk.reports.loan_languages(loan_ids=ids[:1]).get(ids[0])
    devices = [desk.devices.find_by_tag(loan["asset_tag"]) for loan in loans]
    printed = today or date.today()
    outs = sorted({x["out_on"] for x in loans})
    dues = sorted({x["due_on"] for x in loans})
    kind = BorrowerKind(first["borrower_kind"])

    def paint(painter: QPainter, device: QPagedPaintDevice) -> None:
        items = []
        for loan, lent in zip(loans, devices, strict=True):
            model = lent.model
            if lent.content_count:
                model = tr("{model} (kit of {n})").format(model=model, n=lent.content_count)
            items.append([loan["asset_tag"], loan["category"], model, lent.serial_number,
                          loan["condition_out"] or lent.condition or "—"])
        sheet = Sheet(Canvas(painter, device), tr("Device handover — {who}").format(
            who=first["borrower"]))
        sheet.heading(tr("Device handover"), printed)
        sheet.facts([
            (tr("Borrower"), first["borrower"]),
            (tr("Borrower is a"), kind.label.lower()),
            (tr("Contact"), first["email"] or "—"),
            (tr("Lent on"), ", ".join(format_date(d) for d in outs)),
            (tr("Due back"), ", ".join(format_date(d) for d in dues)),
            (tr("Loan number"), ", ".join(str(i) for i in ids)),
        ])
        sheet.section(tr("Devices ({n})").format(n=len(items)))
        sheet.table([tr("Asset tag"), tr("Category"), tr("Model"), tr("Serial number"),
                     tr("Condition")], [0.14, 0.2, 0.27, 0.22, 0.17], items)
        sheet.section(tr("Conditions"))
        sheet.paragraph(tr(
            "The borrower looks after the devices listed above, uses them for the "
            "programme's work and returns them with their chargers, cases and accessories "
            "by the due date, or earlier when asked. Loss, theft or damage is reported to "
            "the ICT coordinator at once. The devices are not lent on to anyone else "
            "without the coordinator's consent. Data on a device is the borrower's "
            "responsibility; devices are reset when they come back."))
        sheet.section(tr("Handed over"))
        sheet.signatures(tr("For the programme (lender)"), tr("Borrower"))
        sheet.section(tr("Returned"))
        sheet.blanks([tr("Returned on"), tr("Condition on return"), tr("Received by")])
        sheet.footer()

    return Spoken(paint, spoken)


# -- what one borrower holds ---------------------------------------------------------------
def borrower_name_and_contact(desk: Desk, kind: BorrowerKind, borrower_id: int
                              ) -> tuple[str, str]:
    if kind is BorrowerKind.TUTOR:
        tutor = desk.tutors.get(borrower_id)
        return tutor.name, tutor.email
    if kind is BorrowerKind.TEACHER:
        teacher = desk.teachers.get(borrower_id)
        return teacher.name, teacher.email
    school = desk.schools.get(borrower_id)
    contact = ", ".join(x for x in (school.ict_contact_name, school.ict_contact_email) if x)
    return school.name, contact


def holdings_document(desk: Desk, kind: BorrowerKind | str, borrower_id: int,
                      today: date | None = None, language: str | None = None) -> Spoken:
    """Every device a tutor, teacher or school holds now, with due dates (overdue in
    bold), and what they have reserved; a line to sign when checked together. In
    ``language``, or else in that of the borrower's school."""
    kind = BorrowerKind(kind)
    today = today or date.today()
    name, contact = borrower_name_and_contact(desk, kind, borrower_id)
    spoken = language or desk.reports.language_of(kind.value, borrower_id)
    lines = desk.devices.holdings(kind, borrower_id, current_only=True)
    models = {x.device_id: desk.devices.get(x.device_id).model for x in lines}
    loans = sorted((x for x in lines if x.kind == "loan"), key=lambda x: (x.last, x.asset_tag))
    reservations = sorted((x for x in lines if x.kind != "loan"), key=lambda x: x.first)
    overdue = [x.last < today for x in loans]

    def paint(painter: QPainter, device: QPagedPaintDevice) -> None:
        loan_rows = [[x.asset_tag, x.category, models[x.device_id], format_date(x.first),
                      format_date(x.last) + (" — " + tr("overdue") if late else "")]
                     for x, late in zip(loans, overdue, strict=True)]
        sheet = Sheet(Canvas(painter, device), tr("Devices held by {name}").format(name=name))
        sheet.heading(tr("Devices held"), today)
        late = sum(overdue)
        sheet.facts([
            (tr("Borrower"), name),
            (tr("Borrower is a"), kind.label.lower()),
            (tr("Contact"), contact or "—"),
            (tr("On loan now"), str(len(loans)) + (
                tr(", {n} overdue").format(n=late) if late else "")),
        ])
        sheet.section(tr("On loan ({n})").format(n=len(loans)))
        if loans:
            sheet.table([tr("Asset tag"), tr("Category"), tr("Model"), tr("Lent on"),
                         tr("Due")], [0.15, 0.22, 0.26, 0.11, 0.26], loan_rows, overdue)
        else:
            sheet.paragraph(tr("Nothing is on loan."))
        if reservations:
            sheet.section(tr("Reserved ({n})").format(n=len(reservations)))
            sheet.table([tr("Asset tag"), tr("Category"), tr("Model"), tr("From"),
                         tr("Until")], [0.15, 0.22, 0.26, 0.11, 0.26],
                        [[x.asset_tag, x.category, models[x.device_id], format_date(x.first),
                          format_date(x.last)] for x in reservations])
        sheet.section(tr("Checked together"))
        sheet.signatures(tr("For the programme"), tr("Borrower"))
        sheet.footer()

    return Spoken(paint, spoken)
