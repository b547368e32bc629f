"""A page built around one list: actions that need a selection, archiving, errors shown."""

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QWidget

from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.ui.dialogs.record_history_dialog import show_record_history
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.base import Page
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.list_panel import ListPanel


class ListPage(Page):
    # The kind of records the list shows; set it to get a "History…" action.
    history_kind: RecordKind | None = None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list: ListPanel | None = None
        self.archive_action: QAction | None = None
        self.show_archived: QCheckBox | None = None
        self._selection_actions: list[QAction] = []
        self.record_history_action: QAction | None = None

    # -- what a click on Today asks for ----------------------------------------------------
    def show_target(self, kind: RecordKind, record_id: int | None,
                    filters: dict[str, object]) -> None:
        if record_id is None:
            self.apply_target_filters(filters)
        else:
            self.select_record(self.panel_for(kind), record_id)

    def panel_for(self, kind: RecordKind) -> ListPanel | None:
        """The list that shows records of this kind (a page with two lists overrides)."""
        return self.list

    def select_record(self, panel: ListPanel | None, record_id: int) -> bool:
        """Select the record, widening the page's filters if they hide it."""
        if panel is None:
            return False
        if panel.select_id(record_id):
            return True
        self.widen_filters(panel)
        panel.clear_search()
        panel.refresh(select_id=record_id)
        return panel.selected_id() == record_id

    def widen_filters(self, panel: ListPanel) -> None:
        """Set the page's own filters so that ``panel`` shows every record."""
        if self.show_archived is not None:
            self.show_archived.setChecked(True)

    def apply_target_filters(self, filters: dict[str, object]) -> None:
        """Show the records of a rule on Today through the page's own filters (pickers
        and check boxes the coordinator can see and change back)."""

    def set_list(self, panel: ListPanel, selection_actions: list[QAction]) -> None:
        """Put the list on the page; ``selection_actions`` are enabled only with a row."""
        self.list = panel
        if self.history_kind is not None:
            self.record_history_action = self.action(
                tr("History…"), self.show_record_history, "Ctrl+H",
                tr("Every change of the selected record: when, which field, old and new"))
            selection_actions = [*selection_actions, self.record_history_action]
        self._selection_actions = selection_actions
        panel.activated.connect(lambda _id: self.edit())
        panel.selection_changed.connect(self._update_actions)
        panel.model.modelReset.connect(self._update_actions)
        self.body.addWidget(panel)
        self._update_actions()

    def add_archive_toggle(self, settings_key: str) -> None:
        """"Show archived": remembered, and shows the Archived column while it is on."""
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.setChecked(settings().value(settings_key, False, type=bool))

        def toggle(show: bool) -> None:
            settings().setValue(settings_key, show)
            self.list.set_filter("archived", show)
            self.list.show_column("archived", show)

        self.show_archived.toggled.connect(toggle)
        self.list.add_control(self.show_archived)
        toggle(self.show_archived.isChecked())

    def with_selected(self, work: Callable[[int], object]) -> None:
        """Call ``work`` (a dialog, which saves through operations) with the selected
        row's id; the lists read again from what the operations changed."""
        row_id = self.list.selected_id()
        if row_id is not None:
            work(row_id)

    def op_on_selected(self, op: Callable[[int], object]) -> None:
        """Run ``op`` (service calls) on the selected row's id as an operation: a refusal
        is shown, and the lists showing what changed read again."""
        row_id = self.list.selected_id()
        if row_id is not None:
            run_op(self, lambda: op(row_id), initiator=self)

    def show_record_history(self) -> None:
        """The selected record's changes, newest first."""
        row, row_id = self.list.selected_row(), self.list.selected_id()
        if row is None or row_id is None or self.history_kind is None:
            return
        name = ""
        for key in ("name", "title", "asset_tag"):
            try:
                name = str(self.list.model.value(row, key) or "")
            except (StopIteration, IndexError):
                continue
            if name:
                break
        show_record_history(self, self.desk, self.history_kind, row_id, name)

    def edit(self) -> None:
        """Open the selected row (a double click or Enter does the same)."""

    def panels(self) -> list[ListPanel]:
        """Every list on the page (the main one first)."""
        found = self.findChildren(ListPanel)
        return sorted(found, key=lambda panel: panel is not self.list)

    def kinds_shown(self) -> frozenset[RecordKind]:
        return self.shows.union(*(panel.kinds for panel in self.panels()))

    def refresh_for(self, changes: Changes) -> None:
        """Only the lists that show what changed read again (keeping selection and
        scroll), then what else the page shows."""
        for panel in self.panels():
            if changes.touches(panel.kinds):
                panel.refresh()
        self.refresh_extras(changes)

    def refresh_extras(self, changes: Changes) -> None:
        """Read again what the page shows beside its lists (its pickers, the selected
        record's details) if ``changes`` touch it; pages that have such things override."""

    def start(self) -> None:
        self.list.start()

    def refresh(self) -> None:
        self.list.refresh()

    def save_state(self) -> None:
        self.list.save_state()

    def _update_actions(self) -> None:
        if self.list is None:
            return
        row = self.list.selected_row()
        for act in self._selection_actions:
            act.setEnabled(row is not None)
        if self.archive_action is not None:
            archived = row is not None and bool(self.list.model.value(row, "archived"))
            self.archive_action.setText(tr("Restore") if archived else tr("Archive"))
