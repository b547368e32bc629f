"""The main window: navigation on the left, one page at a time, menus and status bar."""

import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services.file_lock import DatabaseLock
from coachdesk.ui import messages
from coachdesk.ui.background import in_background
from coachdesk.ui.desk_opener import open_desk
from coachdesk.ui.dialogs.about_dialog import AboutDialog
from coachdesk.ui.language_menu import add_language_menu
from coachdesk.ui.operations import operations, run_op
from coachdesk.ui.others_work import OthersWatch
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.catalog import PAGES, REPORTS, home_of, page_class, row_of
from coachdesk.ui.settings import recent_files, remember_file, settings
from coachdesk.ui.widgets.page_scroller import PageScroller

# The window is painted before SQLAlchemy and the services are imported (open_desk
# imports them beside it), so they are imported here only where they are used.
if TYPE_CHECKING:
    from coachdesk.services import Desk
    from coachdesk.services.dashboard import Target

log = logging.getLogger(__name__)


def page_key(row: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for the tenth."""
    return f"Ctrl+{row + 1}" if row < 9 else "Ctrl+0" if row == 9 else ""


FILE_FILTER = "CoachDesk database (*.sqlite3 *.db);;All files (*)"

class LazyPages(Sequence):
    """The window's pages, each built on first use: ``pages[i]`` builds page ``i``."""

    def __init__(self, build):
        self._build = build
        self._built: dict[int, Page] = {}

    def __len__(self) -> int:
        return len(PAGES)

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(len(PAGES))[row]]
        row = range(len(PAGES))[row]
        if row not in self._built:
            self._built[row] = self._build(row)
        return self._built[row]

    def index(self, page, start: int = 0, stop: int | None = None) -> int:
        for row, built in self._built.items():
            if built is page:
                return row
        raise ValueError("not one of this window's pages")

    def built(self) -> Iterator[Page]:
        """The pages built so far (closing saves only what was shown)."""
        return iter(list(self._built.values()))

    def row_of(self, cls: type[Page]) -> int:
        return row_of(cls)


class MainWindow(QMainWindow):
    """The window over one open database. Given no desk, it opens without one and
    :meth:`open_file` opens the database beside it (``ready`` once it is open)."""

    ready = Signal()

    def __init__(self, desk: "Desk | None" = None, lock: DatabaseLock | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.desk = desk
        self.lock = lock  # held while this window works on the file
        self.opening: Future | None = None  # the database being opened beside the window
        self.backing_up: Future | None = None  # the day's copy, taken beside the window
        self._opening_lock: DatabaseLock | None = None  # and its lock
        self.pages = LazyPages(self._build_page)
        self._started: set[int] = set()
        self._wanted_row = 0  # the page chosen while the database was still opening
        self._closed = False

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
        # On a shared server, the others' saves reach the pages as operations do.
        self.others_watch = OthersWatch(self, lambda: self.desk,
                                        lambda text: self.statusBar().showMessage(text))
        self.others_watch.start()
        self._build_menus()
        if desk is not None:
            self._load_pages()
        else:
            self._fill_navigation()
            self._enable_file_actions(False)

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
        """(Re)start the pages on the open desk: at start and after opening another file.
        Each page is built when it is first shown (or asked for)."""
        self._fill_navigation()
        self.setWindowTitle(f"CoachDesk — {self._file_name()}")
        self.db_label.setText(tr("Database: {path}").format(path=self.desk.label))

    def _fill_navigation(self, waiting: str = "") -> None:
        """The navigation and a place held for each page until it is built; ``waiting``
        says there what is happening while a database opens."""
        self.nav.blockSignals(True)
        for page in self.pages.built():  # taken out: it no longer hears of changes
            operations().did_execute.disconnect(page.on_changes)
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.clear()
        self._started.clear()
        self.pages = LazyPages(self._build_page)
        for number, entry in enumerate(PAGES, start=1):
            holder = QLabel(waiting, objectName="page_holder")
            holder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(holder)
            self.nav.addItem(entry.title())
            if page_key(number - 1):
                self.nav.item(number - 1).setToolTip(page_key(number - 1))
        self.nav.blockSignals(False)

    def _build_page(self, row: int) -> Page:
        page = page_class(row)(self.desk)
        name = PAGES[row].class_name
        if name == "SchoolsPage":
            page.show_teachers.connect(lambda school_id: self.open_teachers_of(school_id))
        elif name == "CalendarPage":
            page.open_lesson.connect(lambda lesson_id: self._visit_page(
                self._page_named("LessonsPage"),
                lambda: self._page_named("LessonsPage").open_lesson(lesson_id)))
            page.open_visit.connect(lambda visit_id: self._visit_page(
                self._page_named("VisitsPage"),
                lambda: self._page_named("VisitsPage").open_visit(visit_id)))
            page.plan_lesson_at.connect(lambda moment: self._visit_page(
                self._page_named("LessonsPage"),
                lambda: self._page_named("LessonsPage").plan_lesson_at(moment)))
        elif hasattr(page, "target_chosen"):  # Today; lists of other pages' records
            page.target_chosen.connect(self.open_target)
        # A page larger than a small window scrolls instead of holding the window big.
        holder = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.blockSignals(True)
        self.stack.insertWidget(row, PageScroller(page))
        self.stack.removeWidget(holder)
        holder.deleteLater()
        self.stack.setCurrentIndex(current)
        self.stack.blockSignals(False)
        return page

    def _page_named(self, name: str) -> Page:
        return self.pages[next(row for row, p in enumerate(PAGES) if p.class_name == name)]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        if self.desk is None or self.opening is not None:  # shown once the file is open
            self._wanted_row = row
            self.stack.setCurrentIndex(row)
            return
        page = self.pages[row]
        self.stack.setCurrentIndex(row)
        if row in self._started:
            # Something it shows changed while it was out of sight.
            if page.stale:
                page.stale = False
                page.refresh()
        else:
            self._started.add(row)
            page.start()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def page(self, cls: type[Page]) -> Page:
        return self.pages[self.pages.row_of(cls)]

    def open_target(self, target: "Target") -> None:
        """Show what a click on Today leads to (a dashboard Target): the page that looks
        after its kind of record, with the record selected or the rule's records shown
        through the page's filters; or the import, for records still to import."""
        row = REPORTS if target.importing else home_of(target.kind)
        if row is None:
            return
        page = self.pages[row]
        self.nav.setCurrentRow(row)
        if not target.importing:
            page.show_target(target.kind, target.record_id, target.filters)

    def _visit_page(self, page: Page, work) -> None:
        """The calendar opens a lesson or visit on its own page, then comes back."""
        calendar = self.current_page()
        self.nav.setCurrentRow(self.pages.index(page))
        work()
        self.nav.setCurrentRow(self.pages.index(calendar))

    def open_teachers_of(self, school_id: int) -> None:
        teachers = self._page_named("TeachersPage")
        self.nav.setCurrentRow(self.pages.index(teachers))
        teachers.show_school(school_id)

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.open_action = self._menu_action(file_menu, tr("&Open database…"),
                                             self.open_database, QKeySequence.StandardKey.Open)
        self.new_action = self._menu_action(file_menu, tr("&New database…"),
                                            self.new_database, "Ctrl+Shift+N")
        self.connect_action = self._menu_action(file_menu, tr("&Connect to server…"),
                                                self.connect_to_server)
        file_menu.addSeparator()
        self.backup_action = self._menu_action(file_menu, tr("&Back up now"), self.back_up_now)
        self.restore_action = self._menu_action(file_menu, tr("&Restore from backup…"),
                                                self.restore_backup)
        self.recent_menu = file_menu.addMenu(tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        add_language_menu(file_menu, self)
        file_menu.addSeparator()
        self._menu_action(file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.undo_action = self._menu_action(edit_menu, tr("&Undo delete"), self.undo_delete,
                                             QKeySequence.StandardKey.Undo)
        # What there is to undo changes with every operation that writes the change log.
        operations().did_execute.connect(self._operation_done)
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

    def _enable_file_actions(self, enabled: bool) -> None:
        """What needs an open database (or would race the one being opened)."""
        for action in (self.open_action, self.new_action, self.connect_action,
                       self.backup_action,
                       self.restore_action, self.recent_menu.menuAction()):
            action.setEnabled(enabled)
        self.update_undo()

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
        for row, entry in enumerate(PAGES):
            act = self.go_menu.addAction(entry.title())
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
    # Opening, switching and restoring work on the file beside the window
    # (``in_background``): the pages give way to "Opening …" meanwhile, so nothing can
    # write to a file that is being replaced; ``opening`` is the work under way.
    def open_file(self, path: Path | None, url: str | None = None) -> None:
        """Open a database beside the window (the first one, at start): the window stays
        responsive meanwhile. If it cannot be used, say why and offer to choose another."""
        self._open_beside(path, url, lambda message: self._open_failed(message, path))

    def switch_to(self, path: Path) -> None:
        """Open another database in this window, beside it (``ready`` once it is open);
        the current one stays open, and comes back, if the other cannot be used."""
        if self.desk.path is not None and path.resolve() == self.desk.path:
            return
        self._save_pages()
        self._open_beside(path, None, self._switch_failed)

    def _open_beside(self, path: Path | None, url: str | None,
                     failed: Callable[[str], None]) -> None:
        self._wanted_row = max(0, self.nav.currentRow())
        lock = None
        if url is None:
            # Taking the lock makes the data folder (private) on the very first start.
            lock = DatabaseLock(Path(path).expanduser().resolve())
            try:
                lock.acquire()
            except CoachDeskError as exc:  # before any work: nothing to run beside
                failed(str(exc))
                return
        self._opening_lock = lock
        self.opening = in_background(self, lambda: open_desk(path, url), self._opened,
                                     failed)
        self._hold_pages(tr("Opening {name}…").format(name=url or Path(path).name))
        self.db_label.setText(tr("Opening {path}…").format(path=url or path))

    def _hold_pages(self, waiting: str) -> None:
        """Pages give way to ``waiting`` while the file is opened or replaced."""
        self._fill_navigation(waiting)
        self._enable_file_actions(False)
        self.nav.setCurrentRow(self._wanted_row)

    def _opened(self, desk: "Desk", said: str = "", refused: str = "") -> None:
        """A database is open: the pages start on it (the one before is closed)."""
        if self._closed:  # closed meanwhile: closeEvent has closed the desk
            return
        self.opening = None
        old, self.desk = self.desk, desk
        # Another file (its lock replaces the old one), or a server instead of a file.
        if self._opening_lock is not None or (old is not None and desk.path is None):
            if old is not None:
                old.close()
            if self.lock is not None:
                self.lock.release()
            self.lock, self._opening_lock = self._opening_lock, None
        log.info("opened %s", desk.label)
        if desk.path is not None:
            remember_file(str(desk.path))
        self._start_pages()
        self._back_up_beside(desk)
        if said:
            self.statusBar().showMessage(said, 8000)
        if refused:
            messages.error(self, refused)
        self.ready.emit()

    def _back_up_beside(self, desk: "Desk") -> None:
        """The day's copy of the file (Database.take_daily_backup), taken on a worker once
        the page on screen has read its figures, so that it never delays them; ``backing_up``
        is the work under way. Closing CoachDesk meanwhile lets the copy finish (or, if the
        process is killed, leaves only a temporary file that no backup list shows)."""
        if desk.path is None:
            return
        page = self.current_page()
        loaded = getattr(page, "loaded", None)
        if loaded is None or not page.is_reading():
            self._start_backup(desk)
            return

        def once() -> None:
            loaded.disconnect(once)
            self._start_backup(desk)

        loaded.connect(once)

    def _start_backup(self, desk: "Desk") -> None:
        if self._closed or desk is not self.desk:
            return
        self.backing_up = in_background(self, desk.db.take_daily_backup, lambda _none: None,
                                        lambda message: log.warning("no daily copy: %s",
                                                                    message))

    def _start_pages(self) -> None:
        """The pages on the open desk, on the page chosen meanwhile; whatever else
        listens reads everything again."""
        self._load_pages()
        self._enable_file_actions(True)
        operations().did_execute.emit(Changes.everything(), self)
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(self._wanted_row)

    def _open_failed(self, message: str, path: Path | None) -> None:
        if self._closed:
            return
        log.warning("cannot open %s: %s", path, message)
        self._release_opening()
        self._fill_navigation()
        self.db_label.setText("")
        messages.error(self, message, tr("Cannot open the database"))
        folder = Path(path).expanduser().parent if path else Path.home()
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Open another database"),
                                                str(folder), FILE_FILTER)
        if chosen:
            self.open_file(Path(chosen))
        else:
            self.close()  # nothing to work on: CoachDesk ends

    def _switch_failed(self, message: str) -> None:
        """The other file cannot be used: back to the one open, and say why."""
        if self._closed:
            return
        self._release_opening()
        self._start_pages()
        messages.error(self, message, tr("Cannot open the database"))

    def _release_opening(self) -> None:
        self.opening = None
        if self._opening_lock is not None:
            self._opening_lock.release()
            self._opening_lock = None

    def connect_to_server(self) -> None:
        """A shared database on a PostgreSQL server, opened beside the window; the one
        open now comes back if the server cannot be used."""
        from coachdesk.ui.dialogs.server_dialog import ask_server

        url = ask_server(self)
        if url is None or (self.desk is not None and self.desk.label == url):
            return
        self._save_pages()
        self._open_beside(None, url, self._switch_failed)

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

    def back_up_now(self) -> None:
        from coachdesk.services.backups import backup_now

        path = self.desk.path
        if path is None:
            messages.inform(self, tr("Back up"), tr("A database server is backed up by its "
                                                    "administrator, not by CoachDesk."))
            return
        # A copy of a big file takes a while: the window paints meanwhile.
        made = run_op(self, lambda: backup_now(path))
        if made:
            self.statusBar().showMessage(tr("Backed up to {path}").format(path=made.value),
                                         8000)

    def restore_backup(self) -> None:
        """Put a backup in place of the open file, beside the window; the file as it was
        is kept first. The file is opened again either way (``ready`` then)."""
        from coachdesk.services.backups import restore
        from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

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
        self._wanted_row = max(0, self.nav.currentRow())
        self.desk.close()  # the file is replaced: nothing may hold it open
        self.desk = None

        def reopen(said: str = "", refused: str = "") -> None:
            """The restored file, or the untouched one if the restore was refused."""
            if self._closed:
                return
            self.opening = in_background(
                self, lambda: open_desk(path),
                lambda desk: self._opened(desk, said, refused),
                lambda message: self._open_failed(message, path))

        self.opening = in_background(
            self, lambda: restore(path, source),
            lambda _kept: reopen(said=tr("Restored {copy}").format(copy=source.name)),
            lambda message: reopen(refused=message))
        self._hold_pages(tr("Restoring {copy}…").format(copy=source.name))

    # -- undo -----------------------------------------------------------------------------
    def update_undo(self) -> None:
        """Edit ▸ Undo delete names what it would restore; disabled with nothing to undo."""
        try:
            deletion = (self.desk.history.last_deletion()
                        if self.desk and self.opening is None else None)
        except Exception:  # a busy or closing database: nothing to offer just now
            deletion = None
        self.undo_action.setEnabled(deletion is not None)
        self.undo_action.setText(tr("&Undo delete: {what}").format(
            what=deletion.description.replace("&", "&&")) if deletion else tr("&Undo delete"))

    def _operation_done(self, changes: "Changes", _initiator: object) -> None:
        if RecordKind.HISTORY in changes.kinds:
            self.update_undo()

    def undo_delete(self) -> None:
        """Restore the last deleted record after asking; the pages that show it read
        again through the operation's changes."""
        found = run_op(self, lambda: self.desk.history.last_deletion())
        deletion = found.value
        if not found:
            return
        if deletion is None:
            self.statusBar().showMessage(tr("There is no deletion to undo."), 5000)
        elif messages.confirm(self, tr("Undo delete"),
                              tr("Restore {what}?").format(what=deletion.description),
                              tr("Restore")):
            done = run_op(self, self.desk.history.undo_last_deletion, failure=lambda exc:
                          messages.error(self, str(exc), tr("Cannot undo the deletion")))
            if done:
                self.statusBar().showMessage(
                    tr("Restored {what}.").format(what=deletion.description), 8000)
        self.update_undo()

    def about(self) -> None:
        AboutDialog(self.desk.label if self.desk else tr("(opening)"), self).exec()

    def _folder(self) -> Path:
        return self.desk.path.parent if self.desk.path else Path.home()

    def _file_name(self) -> str:
        return self.desk.path.name if self.desk.path else self.desk.label

    # -- closing --------------------------------------------------------------------------
    def _save_pages(self) -> None:
        for page in self.pages.built():
            page.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.others_watch.stop()
        if self.opening is not None:  # closed while opening: an upgrade is not cut short
            from coachdesk.services import Desk  # loaded: a file was being opened

            wait_for([self.opening])
            opened = self.opening.result() if self.opening.exception() is None else None
            if isinstance(opened, Desk):  # (a restore's first step gives the copy kept)
                opened.close()
            if self._opening_lock is not None:
                self._opening_lock.release()
            self.opening = self._opening_lock = None
        self._save_pages()
        state = settings()
        state.setValue("main_window/geometry", self.saveGeometry())
        state.setValue("main_window/page", self.nav.currentRow())
        super().closeEvent(event)


