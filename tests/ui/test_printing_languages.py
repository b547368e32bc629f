"""The printouts a borrower receives are in the language of the borrower's school,
whatever the window speaks: the handover form, the holdings and the asset labels, read
back from the PDF."""

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from coachdesk.domain.schools import Language
from coachdesk.services import Desk
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage import tables as t
from coachdesk.ui import printing
from coachdesk.ui.app import make_application
from tests.drafts import edit
from tests.reports.languages import english_in

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with Desk.open(path) as desk:
        fill_demo_data(desk, "small", today=TODAY)
    return path


@pytest.fixture
def world(demo_file, tmp_path):
    """A copy of the demo where a teacher with a device on loan works at a school that
    teaches in Swedish, and that device is a kit of six; the window speaks English."""
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    with Desk.open(path) as desk:
        lo, te = t.loans.c, t.teachers.c
        with desk.db.reading() as conn:
            loan = conn.execute(
                select(lo.id, lo.device_id, lo.teacher_id, te.school_id)
                .join(t.teachers, te.id == lo.teacher_id)
                .where(lo.returned_on.is_(None), lo.lost_on.is_(None))
                .order_by(lo.id).limit(1)).one()
            idle = conn.scalar(select(t.devices.c.id).where(
                t.devices.c.id.not_in(select(lo.device_id).where(lo.returned_on.is_(None))))
                .limit(1))
        edit(desk.schools, loan.school_id, language=Language.SWEDISH)
        with desk.db.engine.begin() as conn:
            conn.execute(update(t.devices).where(t.devices.c.id.in_([loan.device_id, idle]))
                         .values(content_count=6))
        make_application()  # installs the catalogues; the window speaks English
        yield desk, loan, idle


def pdf_lines(path) -> list[str]:
    return [line.replace("\t", " ").strip() for page in PdfReader(path).pages
            for line in page.extract_text().splitlines() if line.strip()]


def typed(desk, loan) -> set[str]:
    """Names, tags and models on the form: they stay as typed."""
    device = desk.devices.get(loan.device_id)
    teacher = desk.teachers.get(loan.teacher_id)
    return {device.asset_tag, device.category, device.model, teacher.name, teacher.email,
            f"{device.model} (sats om 6 delar)"}


def test_a_handover_form_is_in_the_borrowers_schools_language(world, tmp_path):
    desk, loan, _ = world
    lines = pdf_lines(printing.handover_pdf(desk, [loan.id], tmp_path / "h.pdf", today=TODAY))
    for expected in ("Överlåtelse av enheter", "Låntagare", "Lånevillkor", "Underskrift",
                     "Mottaget av", "Sida 1"):
        assert expected in lines, expected
    assert english_in(lines, "sv", typed(desk, loan)) == []
    assert "Device handover" not in " ".join(lines)
    assert [line for line in lines if "…" in line] == []  # longer words, nothing cut off

    finnish = pdf_lines(printing.handover_pdf(desk, [loan.id], tmp_path / "f.pdf",
                                              today=TODAY, language="fi"))
    assert "Laitteiden luovutus" in finnish and "Lainaaja" in finnish


def test_holdings_and_labels_follow_the_borrower(world, tmp_path):
    desk, loan, idle = world
    lines = pdf_lines(printing.holdings_pdf(desk, "teacher", loan.teacher_id,
                                            tmp_path / "held.pdf", today=TODAY))
    assert "Enheter hos låntagaren" in lines and "Kontrollerat tillsammans" in lines
    assert english_in(lines, "sv", typed(desk, loan)) == []
    assert [line for line in lines if "…" in line] == []

    labels = " ".join(pdf_lines(printing.labels_pdf(desk, [loan.device_id, idle],
                                                    tmp_path / "labels.pdf")))
    assert "Sats om 6 delar" in labels  # lent to the Swedish-language school
    assert "Kit of 6" in labels  # in the store room: the window's language
