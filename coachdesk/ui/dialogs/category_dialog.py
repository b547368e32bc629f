"""Device categories and their loan periods: a list to add to and edit."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.devices import CategoryDraft
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def category_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Robot kit")),
        Field("loan_days", tr("Loan period (days)"), "count", required=True),
        Field("until_agreement_end", tr("Lent to a tutor"), "checkbox"),
        Field("description", tr("Description"), "multiline"),
    ]


def edit_category(parent: QWidget | None, desk: Desk,
                  category_id: int | None = None) -> int | None:
    """Open the form; returns the category's id once saved, None if cancelled."""
    if category_id is None:
        values = vars(CategoryDraft())
        title = tr("New category")

        def save(values: dict) -> int:
            return perform(lambda: desk.devices.add_category(CategoryDraft(**values)))
    else:
        values = vars(desk.devices.category_draft(category_id))
        title = tr("Edit {name}").format(name=values["name"])

        def save(values: dict) -> int:
            perform(lambda: desk.devices.update_category(category_id, CategoryDraft(**values)))
            return category_id

    dialog = FormDialog(parent, title, category_fields(), values, save, "category_dialog",
                        check=problems_of(lambda values: CategoryDraft(**values)))
    dialog.editors["until_agreement_end"].setText(tr("until the tutor's agreement ends"))
    return dialog.result_value if dialog.exec() else None


class CategoriesDialog(QDialog):
    """Every category with its loan period; New and Edit open the category form."""

    def __init__(self, parent: QWidget | None, desk: Desk):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("categories_dialog")
        self.setWindowTitle(tr("Device categories"))
        self.tree = QTreeWidget(objectName="categories_tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([tr("Category"), tr("Loan period"), tr("To a tutor"),
                                   tr("Description")])
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.new_button = QPushButton(tr("New category…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.new_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("A loan's due date comes from its device's category; it "
                                   "can still be changed on each loan."), wordWrap=True))
        layout.addWidget(self.tree)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(620, 360)
        self.load()

    def load(self, select_id: int | None = None) -> None:
        self.tree.clear()
        for category in self.desk.devices.categories():
            item = QTreeWidgetItem([
                category.name,
                tr("%n days", None, category.loan_days),
                tr("until the agreement ends") if category.until_agreement_end else "",
                category.description.replace("\n", " "),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, category.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if category.id == select_id:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        new_id = edit_category(self, self.desk)
        if new_id is not None:
            self.load(new_id)

    def edit(self) -> None:
        category_id = self.selected_id()
        if category_id is not None and edit_category(self, self.desk, category_id):
            self.load(category_id)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)
