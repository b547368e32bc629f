"""What a window shows, and which of it is CoachDesk's English left untranslated.

``shown_texts(widget)`` gathers every text a person can see in a widget and its visible
children: labels, buttons, check boxes, placeholders, tab titles, group titles, window
titles, menus, table headers and the cells of the first rows, combo box items.
``english_in(texts)`` names those that are one of CoachDesk's English source texts (or
made from one by filling in its placeholders) while the language spoken translates it
into something else: the window speaks Finnish or Swedish, so an English source text on
screen is one that escaped translation. Names, codes and numbers are not source texts.
"""

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%n")


@cache
def translated_sources(language: str) -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """The English texts that the .ts file translates differently into ``language``: plain
    ones, and patterns for those with placeholders."""
    plain, patterns = set(), []
    tree = ET.parse(SOURCES / f"coachdesk_{language}.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        if not source.strip() or all(_clean(f) == _clean(source) for f in forms):
            continue  # the same in both languages ("OK", "micro:bit", "{name}")
        text = _clean(source)
        if _PLACEHOLDER.search(source):
            fixed = [p for p in _PLACEHOLDER.split(text) if p.strip()]
            if sum(len(p.strip()) for p in fixed) >= 6:  # enough words to be recognised
                parts = [re.escape(p) for p in _PLACEHOLDER.split(text)]
                pattern = "^" + "(.+?)".join(parts) + "$"
                patterns.append(re.compile(pattern, re.DOTALL))
        elif len(text) > 1:
            plain.add(text)
    return frozenset(plain), tuple(patterns)


def _clean(text: str) -> str:
    """Text as a person reads it: no mnemonic ampersand, no markup, no trailing colon."""
    text = _TAG.sub("", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return " ".join(text.split()).rstrip(":").strip()


def english_in(texts, language: str) -> list[str]:
    plain, patterns = translated_sources(language)
    found = []
    for shown in texts:
        text = _clean(shown)
        if not text:
            continue
        lines = [_clean(line) for line in shown.splitlines()] or [text]
        if text in plain or any(line in plain for line in lines) or any(
                p.match(text) for p in patterns):
            found.append(text)
    return sorted(set(found))


def shown_texts(root: QWidget, rows: int = 5) -> list[str]:
    texts = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(min(rows * 4, widget.count()))]
        elif isinstance(widget, QTableWidget):
            texts += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())
                      if widget.horizontalHeaderItem(c) is not None]
            texts += [widget.item(r, c).text() for r in range(min(rows, widget.rowCount()))
                      for c in range(widget.columnCount()) if widget.item(r, c) is not None]
        elif isinstance(widget, QTreeWidget):
            texts += [widget.headerItem().text(c) for c in range(widget.columnCount())]
            for i in range(min(rows, widget.topLevelItemCount())):
                item = widget.topLevelItem(i)
                texts += [item.text(c) for c in range(widget.columnCount())]
                texts += [item.child(j).text(0) for j in range(min(rows, item.childCount()))]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model(), rows)
    for menu in root.findChildren(QMenu):
        texts += [action.text() for action in menu.actions()]
    return [t for t in texts if t]


def _model_texts(model, rows: int) -> list[str]:
    texts = []
    columns = model.columnCount(QModelIndex())
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            index = model.index(row, column)
            texts.append(str(model.data(index) or ""))
            child_rows = model.rowCount(index) if column == 0 else 0
            for child in range(min(rows, child_rows)):
                texts.append(str(model.data(model.index(child, 0, index)) or ""))
    return texts
