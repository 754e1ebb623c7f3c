"""The shared table model and proxy (widgets/table_model.py) through a small concrete
model: headers, cells as shown, numbers aligned right, the row in UserRole, rows reset,
appended, inserted and replaced, sorting numbers as numbers, a filter, and the model
tester on the model and the proxy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester

from PyQt6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PyQt6.QtGui import QBrush, QColor
from PyQt6.QtWidgets import QApplication

from widgets.table_model import RIGHT, SORT_ROLE, Column, TableModel, TableProxy, shown

DISPLAY, ALIGN, USER = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.UserRole)


@dataclass(frozen=True)
class Desk:
    code: str
    waiting: int
    rate: float | None
    closed: bool = False


class DeskModel(TableModel[Desk]):
    """Three columns, the code left, the waiting count given as text but aligned right
    and sorted as a number; closed desks in grey."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("Desk", lambda d: d.code),
            Column("Waiting", lambda d: f"{d.waiting} people", right=True,
                   sort=lambda d: d.waiting),
            Column("Rate", lambda d: d.rate)], parent)

    def cell_data(self, row: Desk, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.closed:
            return QBrush(QColor("#9e9e9e"))
        return None


DESKS = [Desk("W01", 12, 97.25), Desk("W02", 3, None, closed=True), Desk("W10", 100, 88.0)]


@pytest.fixture
def model(qapp: QApplication) -> DeskModel:
    m = DeskModel()
    m.set_rows(DESKS)
    return m


def cells(model: TableModel[Any] | TableProxy, role: int = DISPLAY) -> list[list[Any]]:
    return [[model.index(r, c).data(role) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_headers_cells_alignment_and_the_row(model: DeskModel) -> None:
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Desk", "Waiting", "Rate"]
    assert model.headerData(3, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert cells(model) == [["W01", "12 people", "97.2"], ["W02", "3 people", ""],
                            ["W10", "100 people", "88.0"]]
    # a number aligns right; text does not unless its column says so; None is not a number
    assert cells(model, ALIGN) == [[None, RIGHT, RIGHT], [None, RIGHT, None],
                                   [None, RIGHT, RIGHT]]
    assert {model.index(1, c).data(USER) for c in range(3)} == {DESKS[1]}
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 1).data(SORT_ROLE) == 12
    assert model.text(DESKS[2], 1) == "100 people" and model.text(DESKS[2], 7) == ""
    assert shown(True) == "True" and shown(0) == "0"


def test_row_at_takes_a_position_or_an_index(model: DeskModel) -> None:
    assert model.row_at(2) == DESKS[2]
    assert model.row_at(model.index(1, 2)) == DESKS[1]
    assert model.row_at(QPersistentModelIndex(model.index(0, 0))) == DESKS[0]
    assert model.row_at(3) is None and model.row_at(-1) is None
    assert model.row_at(QModelIndex()) is None


def test_rows_appended_inserted_replaced_and_reset(model: DeskModel,
                                                   qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(model)
    seen: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("insert", first, last)))
    model.dataChanged.connect(lambda a, b: seen.append(("changed", a.row(), b.column())))
    model.modelReset.connect(lambda: seen.append(("reset", 0, 0)))
    model.append_rows([Desk("W11", 1, None), Desk("W12", 2, None)])
    model.append_rows([])
    model.insert_row(0, Desk("W00", 0, 50.0))
    model.replace_row(1, Desk("W01", 13, 97.25))
    assert seen == [("insert", 3, 4), ("insert", 0, 0), ("changed", 1, 2)]
    assert [r.code for r in model.rows] == ["W00", "W01", "W02", "W10", "W11", "W12"]
    assert model.index(1, 1).data() == "13 people"
    model.set_rows([])
    assert seen[-1] == ("reset", 0, 0) and model.rowCount() == 0
    assert model.index(0, 0).data() is None


def test_the_proxy_sorts_numbers_as_numbers_and_filters(model: DeskModel,
                                                        qtmodeltester: ModelTester) -> None:
    proxy = TableProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    # as text "3 people" would come first; the sort key is the number
    assert [proxy.index(r, 0).data() for r in range(3)] == ["W10", "W01", "W02"]
    proxy.sort(2, Qt.SortOrder.AscendingOrder)       # nothing sorts before any number
    assert [proxy.index(r, 0).data() for r in range(3)] == ["W02", "W10", "W01"]
    proxy.set_keep(lambda d: not d.closed)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["W10", "W01"]
    model.append_rows([Desk("W20", 5, 99.0), Desk("W21", 5, None, closed=True)])
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "W10", "W01", "W20"]
    qtmodeltester.check(proxy)
    proxy.set_keep(None)
    assert proxy.rowCount() == 5
