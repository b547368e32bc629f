"""Reading a written report back: its tables as the reader sees them, and its charts from
the workbook's XML as Excel and LibreOffice read them."""

import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def minutes(value: timedelta | float) -> int:
    """An [h]:mm cell's value in whole minutes: openpyxl reads it as a duration."""
    if isinstance(value, timedelta):
        return round(value.total_seconds() / 60)
    return round(value * 24 * 60)


def plain(value):
    """A cell's value, a duration in whole minutes."""
    return minutes(value) if isinstance(value, timedelta) else value


def data_rows(ws) -> list[tuple]:
    return list(ws.iter_rows(min_row=2, values_only=True))


def table_below(ws, header: str, column: int = 1) -> dict[str, tuple]:
    """The table whose header starts with ``header`` in ``column``: first cell → the row's
    values from that column on, down to the first empty row."""
    found, inside = {}, False
    for row in ws.iter_rows(values_only=True):
        cells = row[column - 1:]
        if not inside and cells and cells[0] == header:
            inside = True
        elif inside and (not cells or cells[0] is None):
            break
        elif inside:
            found[cells[0] if isinstance(cells[0], str) else str(cells[0])] = tuple(
                plain(v) for v in cells)
    return found


def first_page_figures(ws) -> dict[str, tuple]:
    """A first page's key figures: label → (value, the median school's or None); hours
    in minutes."""
    table = table_below(ws, "Key figure") or table_below(ws, "Figure")
    return {label: (row[1], row[2] if len(row) > 2 else None)
            for label, row in table.items()}


@dataclass(frozen=True)
class ChartPart:
    sheet: str
    kind: str  # the plot's tag: barChart, lineChart, …
    smooth: bool  # any series drawn as a curve
    categories: list[str]  # each series' category reference
    series_titles: list[str]  # each series' title reference
    label_skip: str | None  # the category axis's tickLblSkip


def chart_parts(path: Path) -> list[ChartPart]:
    """Every chart of the workbook, read from its XML, with the sheet it is drawn on."""
    with zipfile.ZipFile(path) as z:
        names = _sheet_files(z)
        found = []
        for sheet_file, sheet in names.items():
            for drawing in _related(z, sheet_file, "drawing"):
                for chart in _related(z, drawing, "chart"):
                    found.append(_chart(sheet, ET.fromstring(z.read(chart))))
    return found


def _chart(sheet: str, root: ET.Element) -> ChartPart:
    plot = root.find(f"{C}chart/{C}plotArea")
    kinds = [el for el in plot if el.tag.endswith("Chart")]
    series = [s for k in kinds for s in k.findall(f"{C}ser")]
    smooth = any(el.get("val") in (None, "1", "true") for el in root.iter(f"{C}smooth"))
    skip = plot.find(f"{C}catAx/{C}tickLblSkip")
    return ChartPart(
        sheet, kinds[0].tag.removeprefix(C), smooth,
        [s.find(f"{C}cat").find(f".//{C}f").text for s in series],
        [s.find(f"{C}tx").find(f".//{C}f").text for s in series],
        None if skip is None else skip.get("val"))


def _sheet_files(z: zipfile.ZipFile) -> dict[str, str]:
    book = ET.fromstring(z.read("xl/workbook.xml"))
    targets = {r.get("Id"): r.get("Target") for r in ET.fromstring(
        z.read("xl/_rels/workbook.xml.rels")).iter(f"{PACKAGE_REL}Relationship")}
    return {_resolve("xl/workbook.xml", targets[s.get(f"{REL}id")]): s.get("name")
            for s in book.iter(f"{MAIN}sheet")}


def _related(z: zipfile.ZipFile, part: str, kind: str) -> list[str]:
    folder, name = part.rsplit("/", 1)
    rels = f"{folder}/_rels/{name}.rels"
    if rels not in z.namelist():
        return []
    return [_resolve(part, r.get("Target"))
            for r in ET.fromstring(z.read(rels)).iter(f"{PACKAGE_REL}Relationship")
            if r.get("Type").endswith("/" + kind)]


def _resolve(part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = part.rsplit("/", 1)[0].split("/") + target.split("/")
    out: list[str] = []
    for p in parts:
        if p == "..":
            out.pop()
        elif p and p != ".":
            out.append(p)
    return re.sub("/+", "/", "/".join(out))
