"""Certificates read back from the PDF: the teacher, the training, the hours and the code
in the teacher's school's language, and a QR code that is the code."""

import shutil
import subprocess

import pytest
import segno
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from coachdesk.domain.errors import ValidationError
from coachdesk.ui import certificate_print, printing
from coachdesk.ui.app import make_application
from tests.services.test_certificates import AFTER, ISSUED, _empty_training
from tests.services.test_certificates import training as training  # noqa: F401 (fixture)


def pdf_text(path) -> list[str]:
    """The text of each page, its lines joined by spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def write(desk, training_id, folder, **options):
    return certificate_print.write_certificates(desk, training_id, folder, today=ISSUED,
                                                now=AFTER, **options)


def test_each_certificate_in_its_schools_language_with_name_training_hours_and_code(
        desk, training, tmp_path):
    training_id, _people = training
    make_application()  # the catalogues; the window speaks English
    paths = write(desk, training_id, tmp_path / "out")
    assert [p.name for p in paths] == ["Digiloikka – Aino.pdf", "Digiloikka – Cecilia.pdf"]
    codes = {c.teacher: c.code for c in desk.certificates.of_training(training_id)}
    aino, cecilia = (pdf_text(p) for p in paths)
    assert len(aino) == len(cecilia) == 1
    for text, name, code in ((aino[0], "Aino", codes["Aino"]),
                             (cecilia[0], "Cecilia", codes["Cecilia"])):
        assert name in text and "Digiloikka" in text and code in text
        assert "Vantaan kaupunki" in text and "Kaisa Koordinaattori" in text
        assert "1.–15.9.2026" in text and "2.10.2026" in text
    assert "OSALLISTUMISTODISTUS" in aino[0] and "4,5 tuntia" in aino[0]
    assert "DELTAGARINTYG" in cecilia[0] and "4,5 timmar" in cecilia[0]

    # All in one file for printing, in the language asked for; the codes stay the same.
    (one,) = write(desk, training_id, tmp_path / "print", one_file=True, language="en")
    pages = pdf_text(one)
    assert len(pages) == 2
    assert all("CERTIFICATE OF PARTICIPATION" in page for page in pages)
    assert codes["Aino"] in pages[0] and codes["Cecilia"] in pages[1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler) to "
                    "render the PDF")
def test_the_qr_code_printed_is_the_verification_code(desk, training, tmp_path):
    training_id, _people = training
    make_application()
    (path,) = write(desk, training_id, tmp_path, one_file=True)
    code = desk.certificates.of_training(training_id)[0].code
    dpi = 300
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(path),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    matrix = segno.make(code, error="m", micro=False).matrix
    assert matrix == printing.qr_matrix(code)
    n = len(matrix)
    x, y, side = certificate_print.qr_rect_mm()
    px = dpi / 25.4
    module = side * px / (n + 2 * printing.QR_BORDER)
    left, top = x * px + printing.QR_BORDER * module, y * px + printing.QR_BORDER * module

    def dark(column: float, row: float) -> bool:
        return QColor(image.pixel(int(left + (column + 0.5) * module),
                                  int(top + (row + 0.5) * module))).lightness() < 128

    read = tuple(bytearray(int(dark(c, r)) for c in range(n)) for r in range(n))
    assert read == tuple(matrix)
    assert not dark(-1.5, -1.5)  # the quiet zone is white


def test_nobody_completed_writes_nothing(desk, tmp_path):
    make_application()
    with pytest.raises(ValidationError, match="No teacher has completed"):
        write(desk, _empty_training(desk), tmp_path / "none")
    assert not (tmp_path / "none").exists()
