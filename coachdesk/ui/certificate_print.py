"""Certificates of participation as PDF: one A4 page per teacher, in the teaching language
of the teacher's school (or the one asked for), with the training's dates, hours and
topics, the organiser, the coordinator's signature line, and the verification code
printed and as a QR code.

    paths = write_certificates(desk, training_id, folder)          # one PDF per teacher
    path = write_certificates(desk, training_id, folder, one_file=True)[0]  # to print
    drafts = write_mails(desk, facts, certificates, folder)  # .eml, the PDF attached

The certificates are issued first (:meth:`CertificateService.issue`): a teacher who has
one already gets the same code again. The drawing reuses :mod:`coachdesk.ui.printing`.
"""

import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.file_names import safe_file_name, unique_file_names
from coachdesk.domain.formats import format_date, format_date_range, format_number
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.certificate_mails import certificate_mail
from coachdesk.reports.messages import save_eml
from coachdesk.reports.outfiles import made_folder
from coachdesk.services import Desk
from coachdesk.services.certificates import Certificate
from coachdesk.services.trainings import TrainingFacts
from coachdesk.ui.printing import GREY, INK, Canvas, Paint, paint_qr, write_pdf

FRAME = 12.0  # mm from the paper's edge to the frame
INSIDE = 30.0  # mm from the paper's edge to the text
QR_MM = 30.0  # the QR code's side, its quiet zone included
ACCENT = QColor("#1f4e79")


def qr_rect_mm(canvas_height: float = 297.0) -> tuple[float, float, float]:
    """(x, y, side) in mm of the QR code on a certificate (the tests read it there)."""
    return INSIDE - 2, canvas_height - INSIDE - QR_MM + 4, QR_MM


def certificate_document(facts: TrainingFacts, certificates: Sequence[Certificate],
                         language: str | None = None) -> Paint:
    """One page per certificate, each in ``language`` or else in that of the teacher's
    school."""

    def paint(painter: QPainter, device: QPagedPaintDevice) -> None:
        for n, cert in enumerate(certificates):
            if n:
                device.newPage()
            with speaking(language or cert.language):
                draw_certificate(Canvas(painter, device), facts, cert)

    return paint


def draw_certificate(c: Canvas, facts: TrainingFacts, cert: Certificate) -> None:
    width = c.width - 2 * INSIDE
    center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    c.painter.setPen(QPen(ACCENT, 0.8 * c.k))
    c.painter.drawRect(c.rect(FRAME, FRAME, c.width - 2 * FRAME, c.height - 2 * FRAME))
    c.painter.setPen(QPen(ACCENT, 0.3 * c.k))
    c.painter.drawRect(c.rect(FRAME + 1.8, FRAME + 1.8, c.width - 2 * FRAME - 3.6,
                              c.height - 2 * FRAME - 3.6))

    def centred(y: float, text: str, size: float, bold: bool = False,
                color: QColor = INK) -> float:
        """Draw ``text`` centred, wrapping; returns the y below it."""
        font = c.font(size, bold)
        h = c.wrapped_height(text, font, width)
        c.painter.setFont(font)
        c.painter.setPen(color)
        c.painter.drawText(c.rect(INSIDE, y, width, h + 1),
                           int(center | Qt.TextFlag.TextWordWrap), text)
        return y + h

    y = INSIDE + 2
    if facts.organiser:
        y = centred(y, facts.organiser, 11, color=GREY) + 14
    else:
        y += 18
    y = centred(y, tr("Certificate of participation").upper(), 24, True, ACCENT) + 16
    y = centred(y, tr("This certifies that"), 12, color=GREY) + 4
    y = centred(y, cert.teacher, 22, True) + 2
    y = centred(y, cert.school, 12, color=GREY) + 12
    y = centred(y, tr("has completed the training"), 12, color=GREY) + 4
    y = centred(y, facts.name, 18, True) + 4
    when = (format_date_range(facts.first_day, facts.last_day)
            if facts.first_day and facts.last_day else "")
    details = tr("{dates} · {hours} hours · {n} sessions").format(
        dates=when, hours=format_number(facts.hours), n=len(facts.sessions))
    y = centred(y, details, 12) + 10
    if facts.description:
        y = centred(y, facts.description, 10.5) + 6
    topics = facts.topics
    if topics:
        y = centred(y, tr("Topics"), 10, True, GREY) + 1.5
        y = centred(y, " · ".join(topics), 10.5) + 6

    # Issued on, and the signature line above the coordinator's name.
    sign_y = c.height - INSIDE - 58
    half = (width - 16) / 2
    right = INSIDE + half + 16
    c.text(INSIDE, sign_y + 13.5, half, 6, tr("Issued on {day}").format(
        day=format_date(cert.issued_on)), c.font(11))
    c.hline(right, right + half, sign_y + 12, INK, 0.3)
    c.text(right, sign_y + 13.5, half, 6, facts.signer or "", c.font(11, True))
    c.text(right, sign_y + 19.5, half, 6, tr("ICT coordinator"), c.font(9.5), color=GREY)

    # The verification code, printed and as a QR code.
    x, qy, side = qr_rect_mm(c.height)
    paint_qr(c.painter, c.rect(x, qy, side, side), cert.code)
    text_x = x + side + 4
    c.text(text_x, qy + 5, width - side, 6, tr("Verification code"), c.font(9), color=GREY)
    c.text(text_x, qy + 10.5, width - side, 8, cert.code, c.font(14, True))
    c.paragraph(text_x, qy + 19, width - side - 4, tr(
        "The organiser confirms with this code that the certificate is genuine."),
        c.font(8.5), GREY)


def write_certificates(desk: Desk, training_id: int, folder: str | Path,
                       language: str | None = None, one_file: bool = False,
                       today: date | None = None, now: datetime | None = None) -> list[Path]:
    """Issue the training's certificates and write them (see :func:`write_files`)."""
    certificates = desk.certificates.issue(training_id, today, now)
    return write_files(desk.trainings.facts(training_id), certificates, folder, language,
                       one_file)


def write_files(facts: TrainingFacts, certificates: Sequence[Certificate],
                folder: str | Path, language: str | None = None,
                one_file: bool = False) -> list[Path]:
    """Write certificates into ``folder`` (made if missing): one PDF per teacher, or all
    in one PDF for printing. Each file is written completely or not at all. Returns the
    paths written."""
    folder = made_folder(folder)
    if one_file:
        jobs = [(safe_file_name(facts.name) + ".pdf", list(certificates))]
    else:
        names = file_names(facts, certificates, ".pdf")
        jobs = [(name, [x]) for name, x in zip(names, certificates, strict=True)]
    written = []
    for name, group in jobs:
        path = folder / name
        temp = folder / f".~{name}.tmp"
        try:
            write_pdf(temp, certificate_document(facts, group, language), facts.name)
            os.replace(temp, path)
        except OSError as exc:
            raise CoachDeskError(tr("Cannot save {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc.__class__.__name__)) from exc
        finally:
            temp.unlink(missing_ok=True)
        written.append(path)
    return written


def write_mails(desk: Desk, facts: TrainingFacts, certificates: Sequence[Certificate],
                folder: str | Path, language: str | None = None) -> list[Path]:
    """One e-mail draft (.eml) per teacher into ``folder``, their certificate attached,
    in the certificate's language. Returns the paths written."""
    folder = made_folder(folder)
    pdfs = file_names(facts, certificates, ".pdf")
    written = []
    for cert, pdf_name, eml_name in zip(certificates, pdfs,
                                        file_names(facts, certificates, ".eml"), strict=True):
        temp = folder / f".~{eml_name}.pdf.tmp"
        try:
            write_pdf(temp, certificate_document(facts, [cert], language), facts.name)
            data = temp.read_bytes()
        except OSError as exc:
            raise CoachDeskError(tr("Cannot save {path}: {reason}.").format(
                path=folder / eml_name, reason=exc.strerror or exc.__class__.__name__)
            ) from exc
        finally:
            temp.unlink(missing_ok=True)
        mail = certificate_mail(desk, facts, cert, pdf_name, data, language)
        written.append(save_eml(mail, folder / eml_name))
    return written


def file_names(facts: TrainingFacts, certificates: Sequence[Certificate],
               suffix: str) -> list[str]:
    """"Training – Teacher.pdf", distinct and safe on every system."""
    return unique_file_names([f"{facts.name} – {x.teacher}" for x in certificates], suffix)
