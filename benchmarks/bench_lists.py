"""The lists on the large demo database (300 schools, 10,000 teachers, 200 tutors),
as the pages use them through the generic lazy table model.

    python benchmarks/bench_lists.py [--db PATH]

Builds benchmarks/.cache/large.sqlite3 on first use. Prints the median and spread of
opening each list, sorting by each column, one filter keystroke and picking a school.
"""

import argparse
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from common import large_demo, timed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.services import Desk
from coachdesk.ui.table_model import LazyTableModel


def bench_list(name: str, model: LazyTableModel, keystrokes: list[str]) -> None:
    print(f"-- {name}")
    timed("open (ids + first window)", model.refresh)
    for column in range(model.columnCount()):
        key = model.column_key(column)
        # Each sample starts from another order, so that every click really sorts.
        timed(f"sort by {key}", lambda c=column: model.sort(c, Qt.SortOrder.DescendingOrder),
              setup=lambda c=column: model.sort(c, Qt.SortOrder.AscendingOrder))
    model.sort(0)
    typed = ""
    for key in keystrokes:
        before, typed = typed, typed + key
        timed(f"filter keystroke → {typed!r}", lambda t=typed: model.set_text(t),
              setup=lambda b=before: model.set_text(b))
    model.set_text("")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    with Desk.open(large_demo(args.db)) as desk:
        bench_list("Schools", LazyTableModel(desk.schools.list_source()), list("kou"))
        teachers = LazyTableModel(desk.teachers.list_source())
        bench_list("Teachers", teachers, list("mäki"))
        school = desk.schools.choices()[0][0]
        timed("Teachers: pick one school", lambda: teachers.set_filter("school_id", school),
              setup=lambda: teachers.set_filter("school_id", None))
        tutors = LazyTableModel(desk.tutors.list_source())
        bench_list("Tutors (hours used this school year)", tutors, list("ma"))
        _, _, first, last = desk.school_years.term_on(date.today())
        autumn = {"period_start": datetime.combine(first, time()),
                  "period_end": datetime.combine(last + timedelta(days=1), time())}

        def pick_term():
            for name, value in autumn.items():
                tutors.set_filter(name, value)

        timed("Tutors: pick a term (hours re-read)", pick_term,
              setup=lambda: [tutors.set_filter(n, None) for n in autumn])
        lessons = LazyTableModel(desk.lessons.list_source())
        bench_list("Lessons (20,000)", lessons, list("scr"))
        candidates = LazyTableModel(desk.recruitment.list_source())
        candidates.set_filter("round_id", desk.recruitment.rounds()[0][0])
        bench_list("Candidates of the open round", candidates, list("a"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
