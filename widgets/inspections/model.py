"""Table models of the inspections tab: one thin model over rows that app/figures
returns, each row shown through a function that gives its cells; column 0 carries
the row itself in ``Qt.UserRole``. A proxy narrows the findings to a round, a window
or an item."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PyQt6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.figures.inspections import FindingRow

Index = QModelIndex | QPersistentModelIndex
Cell = str | int | float | None
SORT_ROLE = Qt.ItemDataRole.UserRole + 1       # the cell's own value, for sorting


class RowsModel(QAbstractTableModel):
    """Rows shown as ``cells(row)``; numbers sort as numbers and align right."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[Cell]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.cells = cells
        self.rows: list[Any] = []
        self._shown: list[Sequence[Cell]] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._shown = [self.cells(r) for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self._shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return f"{value:.1f}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole and index.column() == 0:
            return self.rows[index.row()]
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by the cell values (numbers as numbers); keeps the rows a filter allows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keep: Callable[[Any], bool] | None = None

    def set_keep(self, keep: Callable[[Any], bool] | None) -> None:
        self.keep = keep
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.keep is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return self.keep(model.rows[source_row])

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        return str(a or "") < str(b or "")


def findings_of(round_code: str | None = None, window: str | None = None,
                item: str | None = None) -> Callable[[Any], bool] | None:
    """A findings filter (None keeps all)."""
    if round_code is None and window is None and item is None:
        return None

    def keep(row: Any) -> bool:
        assert isinstance(row, FindingRow)
        return ((round_code is None or row.round_code == round_code)
                and (window is None or row.window == window)
                and (item is None or row.item == item))
    return keep
