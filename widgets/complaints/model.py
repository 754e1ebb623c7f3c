"""Table model of the complaint ledger over rows from app.records.ledger.

The model holds every entry; the filter and the sort order are applied in bulk by
``LedgerIndex.select`` / ``sort_rows`` and the model then shows the result. A
QSortFilterProxyModel that asked ``filterAcceptsRow``/``lessThan`` row by row would
call back into Python once per row (0.2–0.4 s per keystroke at 100,000 entries,
measured) — so ``LedgerProxy`` stands between the view and the model as in every
table here, but hands sorting to the model and filters nothing itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PyQt6.QtGui import QBrush, QColor

from app.records.ledger import LedgerFilter, LedgerIndex, LedgerRow, sort_rows
from widgets.complaints.labels import source_label, state_label
from widgets.table_model import Column, TableModel

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

STATE_COLOURS = {
    "registered": "#dde8f5", "verifying": "#fff2cc", "appealed": "#f3d9fa",
    "substantiated": "#f8d7da", "unsubstantiated": "#e2e2e2", "rectifying": "#fde2c4",
    "followed_up": "#d4edda", "closed": "#cfe8cf", "voided": "#eeeeee",
}
OVERDUE_COLOUR = QColor("#c62828")
# The columns in order: the sort key of app.records.ledger.SORT_KEYS for each. What
# the director reads first (number, time, source, window, state, deadline) leads.
COLUMNS = ("code", "registered_at", "source", "window", "state", "due", "overdue",
           "content", "citizen", "phone", "department", "category", "handler")
STATE_COLUMN, DUE_COLUMN, OVERDUE_COLUMN, CONTENT_COLUMN = 4, 5, 6, 7


def column_titles() -> tuple[str, ...]:
    return (translate("LedgerModel", "Number"), translate("LedgerModel", "Registered"),
            translate("LedgerModel", "Source"), translate("LedgerModel", "Window"),
            translate("LedgerModel", "State"), translate("LedgerModel", "Due"),
            translate("LedgerModel", "Overdue"), translate("LedgerModel", "Complaint"),
            translate("LedgerModel", "Citizen"), translate("LedgerModel", "Phone"),
            translate("LedgerModel", "Department"), translate("LedgerModel", "Category"),
            translate("LedgerModel", "Handler"))


def _first_line(content: str) -> str:
    first = content.split("\n", 1)[0]
    return first if len(first) <= 80 else first[:79] + "…"


class LedgerModel(TableModel[LedgerRow]):
    """Every ledger entry; shows those passing ``filter`` in the chosen order. Every
    column carries the ``LedgerRow`` in ``Qt.UserRole``."""

    def __init__(self, tz: dt.tzinfo, parent: QObject | None = None) -> None:
        overdue_word = translate("LedgerModel", "Overdue")
        cells: dict[str, Callable[[LedgerRow], str]] = {
            "code": lambda r: r.code,
            "registered_at": lambda r: dt.datetime.fromtimestamp(
                r.registered_at, self.tz).strftime("%Y-%m-%d %H:%M"),
            "source": lambda r: source_label(r.source),
            "window": lambda r: r.window,
            "state": lambda r: state_label(r.state),
            "due": lambda r: r.due.isoformat() if r.due else "",
            "overdue": lambda r: overdue_word if r.overdue else "",
            "content": lambda r: _first_line(r.content),
            "citizen": lambda r: r.citizen_name,
            "phone": lambda r: r.citizen_phone,
            "department": lambda r: r.department_name,
            "category": lambda r: r.category,
            "handler": lambda r: self.names.get(r.handler, r.handler),
        }
        # all text, none aligned right: the view need not work a cell out twice
        super().__init__([Column(title, cells[key], right=False)
                          for key, title in zip(COLUMNS, column_titles(), strict=True)],
                         parent)
        self.tz = tz
        self.names: dict[str, str] = {}      # account name → the person's name
        self.index_ = LedgerIndex([])
        self.filter = LedgerFilter()
        self.sort_key, self.descending = "registered_at", True
        self._brushes = {k: QBrush(QColor(v)) for k, v in STATE_COLOURS.items()}

    # -- Qt ------------------------------------------------------------------------------
    def cell_data(self, row: LedgerRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == STATE_COLUMN:
                return self._brushes.get(row.state)
            if col == OVERDUE_COLUMN and row.overdue:
                return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and col == OVERDUE_COLUMN and row.overdue:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.ToolTipRole and col == CONTENT_COLUMN:
            return row.content
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.rows = sort_rows(self.rows, self.sort_key, self.descending)
        self.layoutChanged.emit()

    # -- ours ----------------------------------------------------------------------------
    def set_index(self, index: LedgerIndex) -> None:
        """All entries anew (a reload)."""
        self.index_ = index
        self._show()

    def set_filter(self, f: LedgerFilter) -> None:
        self.filter = f
        self._show()

    def _show(self) -> None:
        rows = self.index_.select(self.filter)
        if (self.sort_key, self.descending) != ("registered_at", True):
            rows = sort_rows(rows, self.sort_key, self.descending)
        self.set_rows(rows)

    def position_of(self, complaint_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row.id == complaint_id:
                return i
        return None

    def update_row(self, row: LedgerRow) -> None:
        """A fresh copy of one entry after a step; it stays where it is on screen
        (until the filter is applied again) so the selection does not jump."""
        if self.index_.replace(row) is None:
            self.index_.add(row)
            self.insert_row(0, row)
            return
        position = self.position_of(row.id)
        if position is not None:
            self.replace_row(position, row)

    def all_rows(self) -> list[LedgerRow]:
        return self.index_.rows


class LedgerProxy(QSortFilterProxyModel):
    """The view's model: passes the entries through and hands sorting to
    ``LedgerModel.sort`` (one key-function sort, not a comparison per pair)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, LedgerModel):
            source.sort(column, order)
