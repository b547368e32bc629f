"""Form exports written the way Microsoft Forms, Google Forms and Webropol write them:
a header row of the questions as typed, a timestamp per answer and multi-choice answers
separated by semicolons. Written with xlsxwriter, not openpyxl, which reads them."""

from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter

# Microsoft Forms: ID, Start time, Completion time, then the questions as the form asks.
SIGNUP_HEADERS = ["ID", "Aloitusaika", "Valmistumisaika", "Nimi", "Sähköposti", "Koulu",
                  "Mihin koulutuksiin ilmoittaudut?"]
CANCEL_HEADERS = ["Aikaleima", "Sähköposti", "Nimi", "Peruttavat koulutukset"]
REQUEST_HEADERS = ["Aikaleima", "Koulu", "Nimi", "Rooli", "Sähköposti", "Käynnin tarkoitus",
                   "Aiheet", "Toivotut ajat", "Kiireellisyys", "Opettajien määrä",
                   "Lisätiedot"]


def write_form(path: Path, headers: list[str], rows: list[list[Any]],
               sheet: str = "Sheet1") -> Path:
    """A workbook of one sheet: the header row, then one row per answer (timestamps as
    date cells, the way the tools write them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(sheet)
    moment = book.add_format({"num_format": "d.m.yyyy h:mm:ss"})
    ws.write_row(0, 0, headers)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, datetime):
                ws.write_datetime(r, c, value, moment)
            elif value is not None:
                ws.write(r, c, value)
    book.close()
    return path


def signup(number: int, when: datetime, name: str, email: str, school: str,
           *choices: str) -> list[Any]:
    """One Microsoft Forms answer: its choices joined by ";" with the trailing ";"."""
    return [number, when, when, name, email, school, "".join(f"{c};" for c in choices)]
