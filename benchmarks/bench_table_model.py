"""How the generic lazy table model behaves on 100,000 teachers.

    python benchmarks/bench_table_model.py [--rows 100000]

Builds a temporary database (300 schools, N teachers) and times what a coordinator
does on the Teachers page: open it, sort by each column, type a filter, pick a school,
scroll to the bottom. Prints the median of several runs in milliseconds.
"""

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from common import timed
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from coachdesk.domain.schools import School, Teacher
from coachdesk.services import Desk
from coachdesk.storage import tables
from coachdesk.ui.table_model import LazyTableModel

FIRST = ["Anna", "Mikko", "Liisa", "Jukka", "Åsa", "Päivi", "Timo", "Sanna", "Erik", "Outi"]
LAST = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Lindqvist", "Hämäläinen", "Laine",
        "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Söderberg"]


def build(path: Path, rows: int) -> Desk:
    desk = Desk.open(path)
    rnd = random.Random(1)
    schools = []
    for n in range(300):
        s = School(name=f"Koulu {n:03d}")
        s.check()
        schools.append({"id": n + 1, "name": s.name, "name_key": s.name_key, "kind": s.kind,
                        "language": s.language, "search_key": s.search_key})
    teachers = []
    for n in range(rows):
        t = Teacher(name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", school_id=rnd.randint(1, 300),
                    email=f"opettaja{n}@opetus.example.fi", subjects="matematiikka")
        t.check()
        teachers.append({"name": t.name, "email": t.email, "school_id": t.school_id,
                         "subjects": t.subjects, "search_key": t.search_key})
    with desk.db.engine.begin() as conn:
        conn.execute(insert(tables.schools), schools)
        conn.execute(insert(tables.teachers), teachers)
    return desk


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        desk = build(Path(folder) / "bench.sqlite3", args.rows)
        print(f"built {args.rows} teachers in {time.perf_counter() - start:.1f} s")
        model = LazyTableModel(desk.teachers.list_source())
        timed("open the list (ids + first window)", model.refresh)
        for column in range(model.columnCount()):
            key = model.column_key(column)
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                def sort(column=column, order=order):
                    model.sort(column, order)
                    model.sort(column, Qt.SortOrder.DescendingOrder
                               if order == Qt.SortOrder.AscendingOrder
                               else Qt.SortOrder.AscendingOrder)
                timed(f"sort by {key} {order.name[:-5].lower()} (x2)", sort, repeat=3)
        model.sort(0)
        for text in ("virta", "mäkinen koulu 01", "zzz"):
            def search(text=text):
                model.set_text(text)
                model.set_text("")
            timed(f"filter {text!r} and clear (x2)", search)
        timed("pick one school and back (x2)",
              lambda: (model.set_filter("school_id", 7), model.set_filter("school_id", None)))

        def fetch_window():
            if not model.canFetchMore(QModelIndex()):
                model.refresh()
            model.fetchMore(QModelIndex())
        timed("read one more window of 200 rows", fetch_window, repeat=20)

        def scroll_to_end():
            model.refresh()
            while model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
        timed("scroll through every row", scroll_to_end, repeat=1)
        timed("render one screen (40 rows x all columns)",
              lambda: [model.index(r, c).data() for r in range(40)
                       for c in range(model.columnCount())])
        desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
