"""The main window: navigation on the left, one page at a time, menus and status bar."""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.backups import backup_now, restore
from coachdesk.ui import messages
from coachdesk.ui.db_lock import DatabaseLock
from coachdesk.ui.dialogs.about_dialog import AboutDialog
from coachdesk.ui.dialogs.restore_dialog import RestoreDialog
from coachdesk.ui.pages.attendance_page import AttendancePage
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.calendar_page import CalendarPage
from coachdesk.ui.pages.dashboard_page import DashboardPage
from coachdesk.ui.pages.devices_page import DevicesPage
from coachdesk.ui.pages.lessons_page import LessonsPage
from coachdesk.ui.pages.planning_page import PlanningPage
from coachdesk.ui.pages.recruitment_page import RecruitmentPage
from coachdesk.ui.pages.reports_page import ReportsPage
from coachdesk.ui.pages.scan_desk_page import ScanDeskPage
from coachdesk.ui.pages.schools_page import SchoolsPage
from coachdesk.ui.pages.stocktake_page import StocktakePage
from coachdesk.ui.pages.teachers_page import TeachersPage
from coachdesk.ui.pages.topics_page import TopicsPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from coachdesk.ui.pages.visits_page import VisitsPage
from coachdesk.ui.settings import recent_files, remember_file, settings
from coachdesk.ui.widgets.page_scroller import PageScroller


def page_key(row: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for the tenth."""
    return f"Ctrl+{row + 1}" if row < 9 else "Ctrl+0" if row == 9 else ""


FILE_FILTER = "CoachDesk database (*.sqlite3 *.db);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, lock: DatabaseLock | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.desk = desk
        self.lock = lock  # held while this window works on the file
        self.pages: list[Page] = []
        self._started: set[int] = set()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_page)

        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._load_pages()

        state = settings()
        geometry = state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1200, 760))
        # CoachDesk opens on Today, the page that says what needs the coordinator now;
        # the page last used is one key away (Go → Last page, Ctrl+Backspace).
        self.nav.setCurrentRow(0)

    # -- pages ----------------------------------------------------------------------------
    def _load_pages(self) -> None:
        """(Re)build the pages on the open desk: at start and after opening another file."""
        self.nav.blockSignals(True)
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.clear()
        self._started.clear()
        schools = SchoolsPage(self.desk)
        teachers = TeachersPage(self.desk)
        schools.show_teachers.connect(lambda school_id: self.open_teachers_of(school_id))
        lessons = LessonsPage(self.desk)
        visits = VisitsPage(self.desk)
        planning = PlanningPage(self.desk)
        planning.open_lesson.connect(lambda lesson_id: self._visit_page(
            lessons, lambda: lessons.open_lesson(lesson_id)))
        planning.open_visit.connect(lambda visit_id: self._visit_page(
            visits, lambda: visits.open_visit(visit_id)))
        planning.plan_lesson_at.connect(lambda moment: self._visit_page(
            lessons, lambda: lessons.plan_lesson_at(moment)))
        dashboard = DashboardPage(self.desk)
        dashboard.open_target.connect(self.open_record)
        self.pages = [dashboard, schools, teachers, TutorsPage(self.desk),
                      RecruitmentPage(self.desk),
                      TopicsPage(self.desk), lessons, visits, planning,
                      AttendancePage(self.desk), DevicesPage(self.desk),
                      ScanDeskPage(self.desk), StocktakePage(self.desk),
                      ReportsPage(self.desk), CalendarPage(self.desk)]
        for number, page in enumerate(self.pages, start=1):
            # A page larger than a small window scrolls instead of holding the window big.
            self.stack.addWidget(PageScroller(page))
            self.nav.addItem(tr(page.title))
            if page_key(number - 1):
                self.nav.item(number - 1).setToolTip(page_key(number - 1))
        self.nav.blockSignals(False)
        self.setWindowTitle(f"CoachDesk — {self._file_name()}")
        self.db_label.setText(tr("Database: {path}").format(path=self.desk.label))

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        if row in self._started:
            page.refresh()  # another page may have changed what this one shows
        else:
            self._started.add(row)
            page.start()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def page(self, cls: type[Page]) -> Page:
        return next(p for p in self.pages if isinstance(p, cls))

    def open_record(self, title: str, record_id: int | None) -> None:
        """Show the page with this (English) title, with the record selected."""
        page = next((p for p in self.pages if p.title == title), None)
        if page is None:
            return
        self.nav.setCurrentRow(self.pages.index(page))
        panel = getattr(page, "list", None)
        if record_id is not None and panel is not None:
            panel.select_id(record_id)

    def _visit_page(self, page: Page, work) -> None:
        """The calendar opens a lesson or visit on its own page, then comes back."""
        calendar = self.current_page()
        self.nav.setCurrentRow(self.pages.index(page))
        work()
        self.nav.setCurrentRow(self.pages.index(calendar))

    def open_teachers_of(self, school_id: int) -> None:
        teachers = self.page(TeachersPage)
        self.nav.setCurrentRow(self.pages.index(teachers))
        teachers.show_school(school_id)

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self._menu_action(file_menu, tr("&Open database…"), self.open_database,
                          QKeySequence.StandardKey.Open)
        self._menu_action(file_menu, tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        file_menu.addSeparator()
        self.backup_action = self._menu_action(file_menu, tr("&Back up now"), self.back_up_now)
        self.restore_action = self._menu_action(file_menu, tr("&Restore from backup…"),
                                                self.restore_backup)
        self.recent_menu = file_menu.addMenu(tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._menu_action(file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.undo_action = self._menu_action(edit_menu, tr("&Undo delete"), self.undo_delete,
                                             QKeySequence.StandardKey.Undo)
        edit_menu.aboutToShow.connect(self.update_undo)
        # Every deletion asks first, so focus comes back to the window after one: a good
        # moment to see whether there is something to undo (Ctrl+Z needs the action enabled).
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.update_undo()

        go_menu = self.menuBar().addMenu(tr("&Go"))
        last = QAction(self)
        last.setShortcut(QKeySequence("Ctrl+Backspace"))
        last.triggered.connect(self.go_to_last_page)
        self.addAction(last)
        self.last_page_action = last
        for row in range(10):
            act = QAction(self)
            act.setShortcut(QKeySequence(page_key(row)))
            act.triggered.connect(lambda _=False, r=row: self._go(r))
            self.addAction(act)
        self.go_menu = go_menu
        go_menu.aboutToShow.connect(self._fill_go)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._menu_action(help_menu, tr("&About CoachDesk"), self.about)

    def _menu_action(self, menu, text, slot, shortcut=None) -> QAction:
        act = menu.addAction(text)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    def go_to_last_page(self) -> None:
        """The page the coordinator left CoachDesk on last time."""
        self._go(min(settings().value("main_window/page", 0, type=int), len(self.pages) - 1))

    def _fill_go(self) -> None:
        self.go_menu.clear()
        self.go_menu.addAction(self.last_page_action)
        self.last_page_action.setText(tr("Last page used"))
        self.go_menu.addSeparator()
        for row, page in enumerate(self.pages):
            act = self.go_menu.addAction(tr(page.title))
            if page_key(row):
                act.setShortcut(QKeySequence(page_key(row)))
            act.triggered.connect(lambda _=False, r=row: self._go(r))

    def _go(self, row: int) -> None:
        if row < len(self.pages):
            self.nav.setCurrentRow(row)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)
        for path in files:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.switch_to(Path(p)))

    # -- databases ------------------------------------------------------------------------
    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open database"), str(self._folder()), FILE_FILTER
        )
        if path:
            self.switch_to(Path(path))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("New database"), str(self._folder() / "coachdesk.sqlite3"), FILE_FILTER
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            messages.error(self, tr("{path} already exists. Choose another name, or open it with "
                                    "File ▸ Open database.").format(path=target))
            return
        self.switch_to(target)

    def switch_to(self, path: Path) -> bool:
        """Open another database in this window; the current one stays open on failure."""
        if self.desk.path is not None and path.resolve() == self.desk.path:
            return True
        lock = DatabaseLock(path.resolve())
        try:
            lock.acquire()
            desk = Desk.open(path)
        except CoachDeskError as exc:
            lock.release()
            messages.error(self, str(exc), tr("Cannot open the database"))
            return False
        except OSError as exc:
            lock.release()
            messages.error(self, tr("Cannot open {path}: {reason}").format(
                path=path, reason=exc.strerror or exc), tr("Cannot open the database"))
            return False
        self._save_pages()
        old, self.desk = self.desk, desk
        old.close()
        if self.lock is not None:
            self.lock.release()
        self.lock = lock
        remember_file(str(desk.path))
        row = max(0, self.nav.currentRow())
        self._load_pages()
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(row)
        self.statusBar().showMessage(tr("Opened {path}").format(path=desk.label), 5000)
        return True

    def back_up_now(self) -> None:
        if self.desk.path is None:
            messages.inform(self, tr("Back up"), tr("A database server is backed up by its "
                                                    "administrator, not by CoachDesk."))
            return
        try:
            made = backup_now(self.desk.path)
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        self.statusBar().showMessage(tr("Backed up to {path}").format(path=made), 8000)

    def restore_backup(self) -> None:
        """Put a backup in place of the open file; the file as it was is kept first."""
        path = self.desk.path
        if path is None:
            return
        dialog = RestoreDialog(path, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        source = dialog.chosen()
        if not messages.confirm(self, tr("Restore from backup"), tr(
                "Replace everything in {name} with the copy {copy}? The database as it is "
                "now is kept as a backup first.").format(name=path.name, copy=source.name),
                tr("Restore")):
            return
        self._save_pages()
        self.desk.close()
        try:
            restore(path, source)
        except CoachDeskError as exc:
            messages.error(self, str(exc))
        self.desk = Desk.open(path)  # the restored file, or the untouched one on failure
        row = max(0, self.nav.currentRow())
        self._load_pages()
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(row)
        self.statusBar().showMessage(tr("Restored {copy}").format(copy=source.name), 8000)

    # -- undo -----------------------------------------------------------------------------
    def update_undo(self) -> None:
        """Edit ▸ Undo delete names what it would restore; disabled with nothing to undo."""
        try:
            deletion = self.desk.history.last_deletion()
        except Exception:  # a busy or closing database: nothing to offer just now
            deletion = None
        self.undo_action.setEnabled(deletion is not None)
        self.undo_action.setText(tr("&Undo delete: {what}").format(
            what=deletion.description.replace("&", "&&")) if deletion else tr("&Undo delete"))

    def _focus_changed(self, _old, _new) -> None:
        if self.isVisible():
            self.update_undo()

    def undo_delete(self) -> None:
        """Restore the last deleted record after asking, then show the page again."""
        try:
            deletion = self.desk.history.last_deletion()
            if deletion is None:
                self.statusBar().showMessage(tr("There is no deletion to undo."), 5000)
            elif messages.confirm(self, tr("Undo delete"),
                                  tr("Restore {what}?").format(what=deletion.description),
                                  tr("Restore")):
                self.desk.history.undo_last_deletion()
                self.statusBar().showMessage(
                    tr("Restored {what}.").format(what=deletion.description), 8000)
                self.current_page().refresh()
        except CoachDeskError as exc:
            messages.error(self, str(exc), tr("Cannot undo the deletion"))
        self.update_undo()

    def about(self) -> None:
        AboutDialog(self.desk.label, self).exec()

    def _folder(self) -> Path:
        return self.desk.path.parent if self.desk.path else Path.home()

    def _file_name(self) -> str:
        return self.desk.path.name if self.desk.path else self.desk.label

    # -- closing --------------------------------------------------------------------------
    def _save_pages(self) -> None:
        for page in self.pages:
            page.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_pages()
        state = settings()
        state.setValue("main_window/geometry", self.saveGeometry())
        state.setValue("main_window/page", self.nav.currentRow())
        super().closeEvent(event)


