"""Create a school year: the starting year and the winter break week; the rest is default."""

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.domain.calendar import DEFAULT_WINTER_WEEK, SchoolYearDraft
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def school_year_fields() -> list[Field]:
    return [
        Field("start_year", tr("Starts in autumn of"), "count", required=True,
              placeholder=tr("e.g. {year}").format(year=date.today().year)),
        Field("winter_week", tr("Winter break week"), "count", required=True,
              placeholder=str(DEFAULT_WINTER_WEEK)),
    ]


def current_start_year(today: date) -> int:
    """The autumn the school year of ``today`` started in (school years start on 1 August)."""
    return today.year if today.month >= 8 else today.year - 1


def suggested_start_year(desk: Desk, today: date | None = None) -> int:
    """The current school year, or the first one after it that is not there yet."""
    present = {desk.school_years.get(year_id)[0].starts.year
               for year_id, _ in desk.school_years.years()}
    year = current_start_year(today or date.today())
    while year in present:
        year += 1
    return year


def new_school_year(parent: QWidget | None, desk: Desk) -> int | None:
    """Ask for the year and the winter break week; returns the new year's id or None."""
    values = {"start_year": suggested_start_year(desk), "winter_week": DEFAULT_WINTER_WEEK}

    def save(values: dict) -> int:
        return perform(lambda: desk.school_years.create(SchoolYearDraft(**values)))

    dialog = _YearDialog(parent, tr("New school year"), school_year_fields(), values, save,
                         "school_year_dialog",
                         check=problems_of(lambda values: SchoolYearDraft(**values)))
    note = tr("The new year gets the usual Finnish terms and breaks (autumn break in week "
              "42, Christmas, the winter break, Easter) and the public holidays. You can "
              "change them afterwards.")
    dialog.layout().insertWidget(0, QLabel(note, wordWrap=True))
    dialog.resize(dialog.width(), dialog.layout().totalHeightForWidth(dialog.width()))
    return dialog.result_value if dialog.exec() else None


class _YearDialog(FormDialog):
    """The note above the fields wraps; the dialog grows when errors appear below them."""

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
