"""The Stock-take page, and the printouts: asset labels, the handover form, holdings."""

import re
from datetime import date, timedelta

import pytest
import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReturnRequest,
)
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import TeacherDraft
from coachdesk.ui import printing
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.stocktake_page import StocktakePage
from tests.ui.helpers import fill, with_dialog

TODAY = date(2027, 3, 3)


@pytest.fixture
def devices(desk):
    desk.devices.add_category(CategoryDraft(name="Tablet", loan_days=28))
    desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))
    ids = [desk.devices.add(DeviceDraft(asset_tag=f"VTU-{n:05d}", category="Tablet", model="iPad",
                                        location="Store room")) for n in range(1, 5)]
    ids.append(desk.devices.add(DeviceDraft(asset_tag="VTU-00005", category="Robot kit",
                                            model="LEGO Spike Prime", content_count=6,
                                            location="ICT cupboard")))
    return ids


@pytest.fixture
def anna(desk, school_id):
    return desk.teachers.add(TeacherDraft(name="Anna Aalto", school_id=school_id,
                                          email="anna@x.fi"))


@pytest.fixture
def page(qtbot, desk, answers, devices):
    make_application()
    p = StocktakePage(desk, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.start()
    return p


def scan(qtbot, page, tag: str) -> None:
    qtbot.keyClicks(page.field.edit, tag)
    qtbot.keyClick(page.field.edit, Qt.Key.Key_Return)


def unseen_rows(page) -> list[tuple[str, str, str]]:
    view = page.unseen
    return [(view.item(r, 0).text(), view.item(r, 3).text(), view.item(r, 4).text())
            for r in range(view.rowCount())]


def test_a_stock_take_ticks_scanned_devices_and_lists_the_unseen(
        qtbot, page, desk, devices, anna):
    desk.loans.check_out(LoanRequest(devices[1], BorrowerKind.TEACHER, anna,
                                     out_on=TODAY - timedelta(days=40)),
                         today=TODAY - timedelta(days=40))
    desk.loans.check_in(ReturnRequest(devices[1], returned_on=TODAY - timedelta(days=5)),
                        today=TODAY)
    assert not page.field.isEnabled()  # nothing open yet

    with_dialog(page.start_audit, lambda d: (fill(d, name="Spring 2027"), d.accept()))
    assert page.heading.text() == "Spring 2027 — started 3.3.2027"
    assert page.field.isEnabled()
    assert page.progress_label.text() == "0 of 5 seen"

    scan(qtbot, page, "VTU-00001")
    scan(qtbot, page, "vtu-00003")
    scan(qtbot, page, "VTU-00001")  # twice: said, not counted

    assert page.progress_label.text() == "2 of 5 seen"
    assert page.field.message.text() == "VTU-00001 was already ticked."
    assert page.field.edit.text() == ""
    assert unseen_rows(page) == [("VTU-00002", "Anna Aalto", "Store room"),
                                 ("VTU-00004", "never lent", "Store room"),
                                 ("VTU-00005", "never lent", "ICT cupboard")]
    assert page.unseen_title.text() == "Not seen in Spring 2027: 3"
    assert page.found.rowCount() == 2
    audit_id = desk.audits.open_audit()[0]
    assert desk.audits.progress(audit_id) == (2, 5)
    assert [x.asset_tag for x in desk.audits.unseen(audit_id)] == [
        "VTU-00002", "VTU-00004", "VTU-00005"]


def test_an_unknown_tag_is_said_and_ticks_nothing(qtbot, page, desk):
    audit_id = desk.audits.start("Spring 2027", today=TODAY)
    page.refresh()

    scan(qtbot, page, "ABC-1")

    assert page.field.message.text() == "No device has the tag “ABC-1”."
    assert desk.audits.progress(audit_id) == (0, 5)


def test_tick_by_hand_untick_and_close_after_asking(qtbot, page, desk, answers):
    audit_id = desk.audits.start("Spring 2027", today=TODAY)
    page.refresh()
    page.unseen.selectRow(0)

    page.tick_selected()
    assert desk.audits.progress(audit_id) == (1, 5)
    page.found.selectRow(0)
    page.untick_selected()
    assert desk.audits.progress(audit_id) == (0, 5)
    assert len(unseen_rows(page)) == 5

    answers["answer"] = False
    page.close_audit()
    assert desk.audits.open_audit() is not None  # asked, and the answer was no
    answers["answer"] = True
    page.close_audit()
    assert "5 not seen stay listed" in answers["confirm"][-1]
    assert desk.audits.open_audit() is None
    assert not page.field.isEnabled()
    assert page.audits.item(0, 2).text() == "3.3.2027"
    assert len(unseen_rows(page)) == 5  # the closed stock-take's missing devices


# -- printouts --------------------------------------------------------------------------------
def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_a_labels_pdf_has_one_page_per_24_labels(desk, devices, tmp_path):
    make_application()
    extra = [desk.devices.add(DeviceDraft(asset_tag=f"LAB-{n:03d}", category="Tablet"))
             for n in range(43)]
    ids = devices + extra  # 48 labels: two sheets
    path = printing.labels_pdf(desk, ids, tmp_path / "labels.pdf")

    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) == 2
    one = printing.labels_pdf(desk, ids[:24], tmp_path / "one.pdf").read_bytes()
    assert pdf_pages(one) == 1
    with pytest.raises(ValidationError):
        printing.labels_pdf(desk, [], tmp_path / "none.pdf")


def test_the_qr_code_drawn_is_segnos_code_for_the_tag():
    make_application()
    tag = "VTU-00012"
    matrix = printing.qr_matrix(tag)
    assert matrix == segno.make(tag, error="m", micro=False).matrix
    assert segno.make(tag, error="m", micro=False).designator  # a real QR symbol
    n = len(matrix)
    border = printing.QR_BORDER
    module = 8
    side = (n + 2 * border) * module
    image = QImage(side + 20, side + 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    painter = QPainter(image)
    printing.paint_qr(painter, QRectF(10, 10, side, side), tag)
    painter.end()

    def dark(x: float, y: float) -> bool:
        return QColor(image.pixel(int(x), int(y))).lightness() < 128

    origin = 10 + border * module
    read = [bytearray(int(dark(origin + (c + 0.5) * module, origin + (r + 0.5) * module))
                      for c in range(n)) for r in range(n)]
    assert tuple(read) == tuple(matrix)
    assert not dark(10 + module / 2, 10 + module / 2)  # the quiet zone is white


def test_a_handover_form_and_a_holdings_printout(desk, devices, anna, school_id, tmp_path):
    make_application()
    loans = [desk.loans.check_out(LoanRequest(i, BorrowerKind.TEACHER, anna),
                                  today=TODAY) for i in devices[:2]]
    other = desk.loans.check_out(LoanRequest(devices[2], BorrowerKind.SCHOOL, school_id),
                                 today=TODAY)

    form = printing.handover_pdf(desk, loans, tmp_path / "handover.pdf", today=TODAY)
    assert form.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError, match="one borrower"):
        printing.handover_pdf(desk, [loans[0], other], tmp_path / "mixed.pdf")
    with pytest.raises(ValidationError, match="no longer exists"):
        printing.handover_pdf(desk, 999, tmp_path / "gone.pdf")

    held = printing.holdings_pdf(desk, "teacher", anna, tmp_path / "held.pdf",
                                 today=TODAY + timedelta(days=60))
    assert pdf_pages(held.read_bytes()) == 1
