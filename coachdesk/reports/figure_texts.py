"""The names of the reports' figures and what each counts, in one place: the school report
and the municipal summary name a figure alike, and their sheet "How these figures are
counted" says what it means (the definitions are coachdesk/services/figures.py's).

Made when asked, in the language being spoken (never at import time).
"""

from coachdesk.domain.text import tr
from coachdesk.reports.workbook import Column, ReportBook


def figure_names() -> dict[str, str]:
    """Each figure's name as a row or a column of a report says it."""
    return {
        "visits_done": tr("Visits done"),
        "visits_planned": tr("Visits planned"),
        "visit_hours": tr("Tutor hours at the school"),
        "visit_hours_all": tr("Tutor hours in visits"),
        "contacts": tr("Teacher contacts in visits"),
        "visited": tr("Teachers reached by visits"),
        "attendances": tr("Lesson attendances"),
        "lesson_hours": tr("Hours of lessons attended"),
        "attending": tr("Teachers who attended a lesson"),
        "upcoming": tr("Upcoming lessons with the school's teachers enrolled"),
        "reached": tr("Teachers reached by visits or lessons"),
        "active": tr("Active teachers"),
        "share_reached": tr("Share of the staff reached"),
        "share_attending": tr("Share of the staff who attended a lesson"),
        "open_requests": tr("Open requests"),
        "longest_wait": tr("Longest wait of an open request, days"),
        "median": tr("Median school in the city"),
        "tutors": tr("Tutors"),
        "hours_used": tr("Tutor hours used"),
        "hours_allotted": tr("Tutor hours allotted"),
        "share_used": tr("Share of allotted hours used"),
        "lessons": tr("Lessons"),
        "lessons_held": tr("Lessons held"),
        "devices": tr("Devices on loan"),
    }


def explanations() -> dict[str, str]:
    """What each figure counts, in a sentence or two."""
    texts = {
        "period": tr("Visits and lessons that start from the first day of the period to "
                     "the last, both included."),
        "visits_done": tr("Visits the tutor logged as done."),
        "visits_planned": tr("Visits booked from the day the report was made on to the end "
                             "of the period. A visit booked earlier but not yet logged is "
                             "counted in neither."),
        "visit_hours": tr("The time the tutor logged as spent at a done visit, or else the "
                          "time booked. Hours are shown as hours:minutes (1:30 is an hour "
                          "and a half), so that totals match the rows to the minute."),
        "contacts": tr("The number of teachers each done visit reached, added up: a teacher "
                       "at three visits counts three times."),
        "visited": tr("Different teachers named in the log of a done visit, each once. A "
                      "visit logged with a number of teachers only is counted in the "
                      "contacts, not here."),
        "attendances": tr("A teacher enrolled in a lesson (not cancelled) and marked present "
                          "or late: each teacher at each lesson once."),
        "lesson_hours": tr("The length of each lesson attended, once per teacher who "
                           "attended it."),
        "attending": tr("Different teachers with at least one lesson attendance, each once."),
        "upcoming": tr("Lessons planned or published from the day the report was made on, "
                       "with at least one of the school's teachers enrolled."),
        "reached": tr("Different teachers reached by a visit or who attended a lesson, each "
                      "once."),
        "active": tr("The teachers on the school's staff in CoachDesk when the report was "
                     "made (not archived). Teachers are counted with the school they are at "
                     "now, and only active teachers are counted as reached, so a share of "
                     "the staff never passes 100 %."),
        "share_reached": tr("Teachers reached by visits or lessons, of the active teachers."),
        "share_attending": tr("Teachers who attended a lesson, of the active teachers: the "
                              "share that CoachDesk's Today and Attendance pages show."),
        "median": tr("Each figure of the school in the middle when the city's schools (not "
                     "archived) are put in order by it: half have as much or less, half as "
                     "much or more."),
        "open_requests": tr("Requests for a visit that came in by the period's last day and "
                            "are not yet done or cancelled; a request waits from the day it "
                            "came in."),
        "devices": tr("Devices lent to the school or to one of its teachers on that day."),
        "hours_used": tr("Hours of the tutor's done visits and of the held lessons the tutor "
                         "taught."),
        "hours_allotted": tr("The tutor's hours per term, for the part of each term of the "
                             "period that the tutor's agreement covers."),
        "lessons": tr("Lessons not cancelled that start in the period; held: those marked "
                      "held."),
    }
    texts["visit_hours_all"] = texts["visit_hours"]
    return texts


def definitions_sheet(book: ReportBook, keys: list[str]) -> None:
    """The last sheet: what each of the report's figures counts."""
    names, texts = figure_names(), explanations()
    names["period"] = tr("Period")
    ws = book.sheet(tr("How these figures are counted"), one_page=True)
    row = book.heading(ws, tr("How these figures are counted"))
    book.table(ws, [Column(tr("Figure"), width=40, wrap=True),
                    Column(tr("How it is counted"), width=90, wrap=True)],
               [(names[key], texts[key]) for key in keys], start_row=row, main=False)
