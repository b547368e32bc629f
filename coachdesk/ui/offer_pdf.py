"""The term's offer as a printable PDF: the same page as the HTML, laid out by Qt's rich
text engine on A4 (no browser needed, so the command line can write it too)."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coachdesk.reports.outfiles import check_suffix, write_bytes_atomically

MARGINS_MM = QMarginsF(18, 16, 18, 16)


def offer_pdf(page: str, title: str = "") -> bytes:
    """``page`` (the offer's HTML) laid out on A4 pages, as a PDF."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CoachDesk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(page)
    document.print_(writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(data.data())


def write_offer_pdf(page: str, path: Path | str, title: str = "") -> Path:
    """Write the offer's PDF to ``path`` completely or not at all."""
    return write_bytes_atomically(offer_pdf(page, title), check_suffix(path, ".pdf"))
