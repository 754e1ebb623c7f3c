"""One table model for the tabs' tables: the columns are declared as data (a header
already translated, the cell's value from a row, how the value reads, whether it aligns
right, what it sorts by) and the model does the Qt plumbing over a plain list of rows
that app/ returns. Every column gives the row itself in ``Qt.UserRole`` and its sort key
in ``SORT_ROLE``; ``TableProxy`` sorts by that key (numbers as numbers) and keeps the
rows a predicate allows.

A subclass adds colours and tooltips by overriding ``cell_data``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PyQt6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1       # the cell's sort key
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def shown(value: Any) -> str:
    """A cell as text: nothing for None, floats to one decimal, the rest as str()."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column. ``title`` is translated by the caller (a literal tr()/translate call
    that pylupdate6 sees); ``value`` gives the cell's value from a row, ``text`` how it
    reads; ``right`` aligns it right (None: when the value is a number); ``sort`` the
    key the proxy sorts by (None: the value)."""

    title: str
    value: Callable[[R], Any]
    text: Callable[[Any], str] = shown
    right: bool | None = None
    sort: Callable[[R], Any] | None = None


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows shown through ``columns``; read-only, flat."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self.rows: list[R] = []

    # -- rows ------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R]) -> None:
        """Every row anew."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        """More rows at the end (a page of a lazily loaded table)."""
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def insert_row(self, position: int, row: R) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, row)
        self.endInsertRows()

    def replace_row(self, position: int, row: R) -> None:
        """A fresh copy of the row at ``position``; it stays where it is."""
        self.rows[position] = row
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, len(self.columns) - 1))

    def row_at(self, index: int | Index) -> R | None:
        """The row at a position or a (source) model index; None outside the rows."""
        position = index if isinstance(index, int) else index.row()
        return self.rows[position] if 0 <= position < len(self.rows) else None

    # -- Qt --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or not 0 <= index.row() < len(self.rows)
                or not 0 <= index.column() < len(self.columns)):
            return None
        row, col = self.rows[index.row()], index.column()
        column = self.columns[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(column.value(row))
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == SORT_ROLE:
            return column.value(row) if column.sort is None else column.sort(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column.right
            if right is None:
                right = is_number(column.value(row))
            return RIGHT if right else None
        return self.cell_data(row, col, role)

    def cell_data(self, row: R, col: int, role: int) -> Any:
        """Other roles (colours, tooltips) of a cell; none here."""
        return None

    def text(self, row: R, col: int) -> str:
        """What the cell of ``row`` in column ``col`` reads."""
        if not 0 <= col < len(self.columns):
            return ""
        column = self.columns[col]
        return column.text(column.value(row))


class TableProxy(QSortFilterProxyModel):
    """Sorts a ``TableModel`` by ``SORT_ROLE`` (numbers as numbers, the rest as text;
    nothing before anything) and keeps the rows ``keep`` allows (None keeps all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keep: Callable[[Any], bool] | None = None

    def set_keep(self, keep: Callable[[Any], bool] | None) -> None:
        self.keep = keep
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.keep is None or not isinstance(model, TableModel):
            return True
        return self.keep(model.rows[source_row])

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if is_number(a) and is_number(b):
            return bool(a < b)
        return str(a or "") < str(b or "")
