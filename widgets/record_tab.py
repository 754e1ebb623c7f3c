"""What the record tabs (the ledger, the risk register, the inspections, the audit log)
build alike: the table of records, the table | detail splitter, and the page's column
of bars above (and below) it. Each tab keeps its own widths, sizes and strings."""

from __future__ import annotations

from collections.abc import Sequence

from PyQt6.QtCore import QAbstractItemModel, Qt
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def record_table(model: QAbstractItemModel, widths: Sequence[int], *, row_height: int,
                 sort: tuple[int, Qt.SortOrder] | None = None,
                 stretch_last: bool = False) -> QTableView:
    """A read-only table choosing one whole row at a time, one line a row (no row
    numbers), the columns ``widths`` wide; sortable by its header when ``sort`` gives
    the column and order it starts with."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if sort is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(*sort)
    vertical, horizontal = table.verticalHeader(), table.horizontalHeader()
    assert vertical is not None and horizontal is not None
    vertical.setVisible(False)
    vertical.setDefaultSectionSize(row_height)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if stretch_last:
        horizontal.setStretchLastSection(True)
    return table


def fixed_rows(table: QTableView) -> None:
    """Rows of one height whatever the content (cheap on a long table)."""
    vertical = table.verticalHeader()
    assert vertical is not None
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)


def side_by_side(left: QWidget, right: QWidget, stretch: tuple[int, int],
                 sizes: tuple[int, int] | None = None) -> QSplitter:
    """``left`` | ``right`` in a splitter sharing new room as ``stretch`` says."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    if sizes is not None:
        splitter.setSizes(list(sizes))
    return splitter


def page_column(page: QWidget, above: Sequence[QLayout], body: QWidget,
                below: Sequence[QLayout | QWidget] = ()) -> QVBoxLayout:
    """The page's layout: the bars ``above``, then ``body`` taking the room left, then
    what goes ``below``."""
    layout = QVBoxLayout(page)
    for bar in above:
        layout.addLayout(bar)
    layout.addWidget(body, 1)
    for part in below:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
