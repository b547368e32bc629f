"""The Tutors page: the register, hours used this term, and one tutor's plan in detail."""

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.released_time import plan_of
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import TutorKind
from coachdesk.services import Desk
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.end_agreement_dialog import end_agreement
from coachdesk.ui.dialogs.privacy_actions import erase_person, export_person
from coachdesk.ui.dialogs.served_schools_dialog import edit_served_schools
from coachdesk.ui.dialogs.strengths_dialog import edit_strengths
from coachdesk.ui.dialogs.tutor_dialog import edit_tutor
from coachdesk.ui.formatting import format_date
from coachdesk.ui.hours import hours_figure, is_prorated, prorated_tip, used_of_allotted
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.detail_panel import DetailPanel, heading, side_by_side
from coachdesk.ui.widgets.labelled import labelled, refill
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.remembered_splitter import RememberedSplitter
from coachdesk.ui.widgets.term_picker import TermPicker, period_parameters

RENEWAL_DAYS = 60
RENEWAL_COLOR = "#fff1c7"  # a soft amber behind rows whose agreement ends soon
RENEWAL_TEXT = "#7a4b00"
ENDED_COLOR = "#8a8a8a"
TERM_KEY = "tutors/term_start"
CURRENT_KEY = "tutors/current_only"


def _hours(value: float) -> str:
    return tr("{hours} h").format(hours=hours_figure(value))


def hours_text(used: float | None, allotted: float | None) -> str:
    """The list's "Hours used / allotted": "12.5 / 108", or only the hours used."""
    return used_of_allotted(used, allotted)


class RenewalDelegate(QStyledItemDelegate):
    """Rows whose agreement ends within 60 days are tinted and say so; ended ones are grey."""

    def __init__(self, panel: ListPanel, today: date):
        super().__init__(panel.view)
        self.model = panel.model
        self.today = today

    def _state(self, row: int) -> str:
        if row >= self.model.rowCount():
            return ""
        if self.model.value(row, "renewal"):
            return "renewal"
        ends = self.model.value(row, "agreement_end")
        return "ended" if ends is not None and ends < self.today else ""

    def _prorated_tip(self, index) -> str:
        """On "Hours used / allotted": why fewer hours than per term are allotted."""
        if (index.row() >= self.model.rowCount()
                or self.model.column_key(index.column()) != "hours"):
            return ""
        allotted = self.model.value(index.row(), "allotted_in_period")
        per_term = self.model.value(index.row(), "allotted")
        return prorated_tip(allotted, per_term) if is_prorated(allotted, per_term) else ""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        state = self._state(index.row())
        if self.model.column_key(index.column()) == "renewal":
            option.text = ""  # the database says 0 / 1; only "Renewal due" is worth reading
        if state == "renewal":
            option.backgroundBrush = QBrush(QColor(RENEWAL_COLOR))
            option.palette.setColor(option.palette.ColorRole.Text, QColor(RENEWAL_TEXT))
            if self.model.column_key(index.column()) == "renewal":
                option.text = tr("Renewal due")
                option.icon = option.widget.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        elif state == "ended":
            option.palette.setColor(option.palette.ColorRole.Text, QColor(ENDED_COLOR))

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = self._prorated_tip(index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
            state = self._state(index.row())
            ends = self.model.value(index.row(), "agreement_end") if state else None
            if state == "renewal":
                QToolTip.showText(event.globalPos(), tr(
                    "The agreement ends on {day}: renew it or let it end.").format(
                    day=format_date(ends)), view)
                return True
            if state == "ended":
                QToolTip.showText(event.globalPos(), tr("The agreement ended on {day}.")
                                  .format(day=format_date(ends)), view)
                return True
        return super().helpEvent(event, view, option, index)


class TutorDetail(DetailPanel):
    """One tutor at a glance: agreement, plan in words, hours of the term, strengths."""

    def __init__(self, desk: Desk, today: date, parent: QWidget | None = None):
        super().__init__("tutor_detail", parent)
        self.desk = desk
        self.today = today
        self.setMinimumHeight(160)
        self.show_tutor(None, None)

    def show_tutor(self, tutor_id: int | None, term: tuple[str, date, date] | None) -> None:
        self.show_record(
            tutor_id,
            tr("Choose a tutor to see their released time, hours, strengths and schools."),
            lambda i: self._html(i, term))

    def _html(self, tutor_id: int, term: tuple[str, date, date] | None) -> str:
        desk = self.desk
        tutor = desk.tutors.get(tutor_id)
        schools = dict(desk.schools.choices(include_archived=True))
        parts = [f"<h3 style='margin-top: 0px; margin-bottom: 2px'>{escape(tutor.name)}</h3>"]
        who = [tutor.kind.label, tr("home school {school}").format(
            school=schools.get(tutor.home_school_id, "—"))]
        parts.append("<p>" + escape(" · ".join(who))
                     + (f"<br>{escape(tutor.email)}" if tutor.email else "") + "</p>")

        parts.append(heading(tr("Agreement")))
        first = format_date(tutor.agreement_start) if tutor.agreement_start else "…"
        last = format_date(tutor.agreement_end) if tutor.agreement_end else "…"
        agreement = escape(f"{first} – {last}")
        ends = tutor.agreement_end
        if ends is not None and self.today <= ends <= self.today + timedelta(days=RENEWAL_DAYS):
            days = (ends - self.today).days
            due = escape(tr("Renewal due"))  # lupdate does not look inside f-strings
            agreement += (
                f"<br><span style='background-color: {RENEWAL_COLOR}; color: {RENEWAL_TEXT};"
                f" font-weight: bold'>&nbsp;{due}&nbsp;</span> "
                + escape(tr("ends in %n days", None, days)))
        elif ends is not None and ends < self.today:
            ended = escape(tr("Ended"))
            agreement += f"<br><span style='color: {ENDED_COLOR}'>{ended}</span>"
        parts.append(f"<p>{agreement}</p>")

        parts.append(heading(tr("Released time")))
        parts.append(f"<p>{escape(plan_of(tutor).describe())}</p>")

        if term is not None:
            name, first_day, last_day = term
            planned = desk.tutors.planned_hours(tutor_id, first_day, last_day)
            used = desk.tutors.hours_used(tutor_id, first_day, last_day)
            rows = [(tr("Planned"), _hours(planned)), (tr("Used"), _hours(used))]
            allotment = desk.tutors.allotment(tutor_id, first_day, last_day)
            if allotment is not None:
                rows.append((tr("Allotted"), _hours(allotment.hours)))
            parts.append(heading(name))
            parts.append("<table cellspacing='0' cellpadding='1'>" + "".join(
                f"<tr><td>{escape(label)}</td><td align='right' style='padding-left: 16px'>"
                f"{escape(value)}</td></tr>" for label, value in rows) + "</table>")
            if allotment is not None and is_prorated(allotment.hours, allotment.per_term):
                parts.append("<p style='color: palette(dark)'>" + escape(
                    prorated_tip(allotment.hours, allotment.per_term)) + "</p>")

        columns = ["".join(parts)]
        parts = [heading(tr("Strengths"))]
        strengths = desk.tutors.strengths_of(tutor_id)
        parts.append("<p>" + ("<br>".join(
            f"{escape(topic)} <span style='color: palette(dark)'>"
            f"({escape(Level(level).label.lower())})</span>"
            for _id, topic, level in strengths) or escape(tr("None recorded yet"))) + "</p>")

        columns.append("".join(parts))
        served = desk.tutors.schools_of(tutor_id)
        parts = [heading(tr("Schools served"))]
        if tutor.kind is TutorKind.SCHOOL:
            parts.append("<p>" + escape(tr("Own school only: {school}").format(
                school=schools.get(tutor.home_school_id, "—"))) + "</p>")
        else:
            parts.append("<p>" + ("<br>".join(escape(name) for _id, name in served)
                                  or escape(tr("None chosen yet"))) + "</p>")
        if tutor.notes:
            parts.append(heading(tr("Notes")))
            parts.append(f"<p>{escape(tutor.notes)}</p>")
        columns.append("".join(parts))
        return side_by_side(columns)


class TutorsPage(ListPage):
    history_kind = RecordKind.TUTOR
    # Besides the list: the term picker, the topic picker and the detail's planned hours.
    shows = frozenset({RecordKind.SCHOOL_YEAR, RecordKind.TERM, RecordKind.BREAK,
                       RecordKind.TOPIC})

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today or date.today()
        self.new_action = self.action(tr("New tutor"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.strengths_action = self.action(tr("Strengths…"), self.edit_strengths, "Ctrl+T")
        self.schools_action = self.action(tr("Schools served…"), self.edit_schools, "Ctrl+K")
        self.end_action = self.action(tr("End agreement…"), self.end_agreement)
        self.calendar_action = self.action(
            tr("Export calendar (.ics)…"), self.export_calendar, None,
            tr("The tutor's visits and lessons in the chosen term, for their calendar"))

        self.export_data_action = self.action(
            tr("Export personal data…"), self.export_personal_data, None,
            tr("Everything CoachDesk holds about the tutor, as a workbook"))
        self.erase_data_action = self.action(
            tr("Erase personal data…"), self.erase_personal_data, None,
            tr("Remove the tutor's personal data; visits, lessons and hours stay"))

        panel = ListPanel(
            desk.tutors.list_source(self.today),
            "tutors",
            lambda n: tr("Tutors: {n}").format(n=n),
            tr("No tutors here yet. Add one with “New tutor” (Ctrl+N), or appoint a "
               "candidate on the Recruitment page."),
            columns=looks(
                name=Look(tr("Name"), stretch=True), school=tr("Home school"), kind=tr("Kind"),
                strengths=tr("Strengths"), schools=tr("Schools served"),
                hours=Look(tr("Hours used / allotted"), hours_text,
                           with_key="allotted_in_period"),
                allotted_in_period=tr("Allotted in the term"),
                allotted=tr("Allotted per term"), agreement_end=tr("Agreement ends"),
                renewal=tr("Renewal due"), archived=tr("Archived")),
        )
        self.set_list(panel, [self.edit_action, self.strengths_action, self.schools_action,
                              self.end_action, self.calendar_action,
                              self.export_data_action, self.erase_data_action])
        panel.show_column("archived", False)  # tutors are not archived: agreements end
        panel.show_column("allotted_in_period", False)  # shown in "used / allotted"
        panel.show_column("allotted", False)  # its prorated share is
        self.delegate = RenewalDelegate(panel, self.today)
        panel.view.setItemDelegate(self.delegate)

        # the list's choices in a row of their own above the list and the detail
        self.term_picker = TermPicker(desk, self.today, TERM_KEY, "tutors_term",
                                      with_school_year=False)
        self.term_picker.setToolTip(tr("The period of “Hours used” in the list and the detail"))
        self.term_picker.chosen.connect(lambda _term: self._term_chosen())
        self.kind_picker = QComboBox(objectName="tutors_kind")
        self.kind_picker.addItem(tr("All kinds"), None)
        for kind in TutorKind:
            self.kind_picker.addItem(kind.label, kind.value)
        self.kind_picker.currentIndexChanged.connect(
            lambda: self.list.set_filter("kind", self.kind_picker.currentData()))
        self.topic_picker = QComboBox(objectName="tutors_topic")
        self.topic_picker.addItem(tr("any topic"), None)
        self.topic_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic_picker.setMinimumContentsLength(12)
        self.topic_picker.currentIndexChanged.connect(
            lambda: self.list.set_filter("topic_id", self.topic_picker.currentData()))
        self.current_only = QCheckBox(tr("Current agreements only"), objectName="tutors_current")
        self.current_only.setChecked(settings().value(CURRENT_KEY, False, type=bool))
        self.current_only.toggled.connect(self._current_toggled)
        choices = QHBoxLayout()
        for widget in (labelled(tr("Hours used in"), self.term_picker),
                       labelled(tr("Kind"), self.kind_picker),
                       labelled(tr("Strong in"), self.topic_picker)):
            choices.addWidget(widget)
            choices.addSpacing(12)
        choices.addStretch(1)
        self.body.insertLayout(1, choices)
        panel.add_control(self.current_only)  # beside the filter box, as "Show archived" is
        panel.set_filter("current", self.current_only.isChecked())

        self.detail = TutorDetail(desk, self.today)
        # the splitter takes the list out of the page's layout
        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "tutors/splitter",
                                           [panel, self.detail], (3, 2), (440, 300))
        self.body.addWidget(self.splitter)
        panel.selection_changed.connect(self.show_detail)
        panel.model.modelReset.connect(self.show_detail)

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_choices()
        self.list.start()
        self.show_detail()

    def refresh(self) -> None:
        self.reload_choices()
        self.list.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        if changes.touches({RecordKind.SCHOOL_YEAR, RecordKind.TERM}):
            self._reload_terms()
        if changes.touches({RecordKind.TOPIC}):
            self._reload_topics()
        self.show_detail()  # its plan, hours and strengths may be what changed

    def save_state(self) -> None:
        super().save_state()
        self.splitter.save()

    def reload_choices(self) -> None:
        """Terms and topics may have changed on other pages."""
        self._reload_terms()
        self._reload_topics()

    def _reload_topics(self) -> None:
        refill(self.topic_picker, self.desk.topics.choices())
        self.list.set_filter("topic_id", self.topic_picker.currentData())

    def _reload_terms(self) -> None:
        self.term_picker.reload()
        self._apply_term()

    def term(self) -> tuple[str, date, date] | None:
        return self.term_picker.term()

    def _term_chosen(self) -> None:
        self._apply_term()
        self.show_detail()

    def _apply_term(self) -> None:
        term = self.term()
        if term is None:
            return
        for name, value in period_parameters(term).items():
            self.list.set_filter(name, value)

    # -- what Today calls -------------------------------------------------------------------
    def widen_filters(self, panel: ListPanel) -> None:
        super().widen_filters(panel)  # archived tutors too
        for picker in (self.kind_picker, self.topic_picker):
            picker.setCurrentIndex(0)  # every kind, any topic
        self.current_only.setChecked(False)

    def apply_target_filters(self, filters: dict[str, object]) -> None:
        """Tutors whose agreement is in force (Today's rule of agreements ending)."""
        if filters.get("current"):
            self.current_only.setChecked(True)
        self.list.view.setFocus()

    def _current_toggled(self, only: bool) -> None:
        settings().setValue(CURRENT_KEY, only)
        self.list.set_filter("current", only)

    def export_calendar(self) -> None:
        from coachdesk.ui.dialogs.communication_actions import export_tutor_calendar

        term = self.term()
        first, last = (term[1], term[2]) if term else (self.today, self.today + timedelta(90))
        self.with_selected(lambda tutor_id: export_tutor_calendar(self, self.desk, tutor_id,
                                                                  first, last))

    def show_detail(self) -> None:
        self.detail.show_tutor(self.list.selected_id(), self.term())

    # -- actions --------------------------------------------------------------------------
    def add(self) -> None:
        new_id = edit_tutor(self, self.desk, today=self.today)
        if new_id is not None:
            self.list.select_id(new_id)

    def edit(self) -> None:
        tutor_id = self.list.selected_id()
        if tutor_id is not None:
            edit_tutor(self, self.desk, tutor_id, self.today)

    def edit_strengths(self) -> None:
        tutor_id = self.list.selected_id()
        if tutor_id is not None:
            edit_strengths(self, self.desk, tutor_id)

    def edit_schools(self) -> None:
        tutor_id = self.list.selected_id()
        if tutor_id is not None:
            edit_served_schools(self, self.desk, tutor_id)

    def end_agreement(self) -> None:
        tutor_id = self.list.selected_id()
        if tutor_id is not None:
            end_agreement(self, self.desk, tutor_id, self.today)

    def export_personal_data(self) -> None:
        self.with_selected(lambda tid: export_person(self, self.desk, "tutor", tid))

    def erase_personal_data(self) -> None:
        self.with_selected(lambda tid: erase_person(self, self.desk, "tutor", tid))
