"""Where the risks sit: the category × grade matrix (6 × 3 counts) and the 5 × 5
likelihood × impact heat map. Clicking a cell asks the page to filter the table.

Signals: ``MatrixView.chosen(str category, int grade)``;
``HeatMap.chosen(int likelihood, int impact)``.
"""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, QEvent, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QShowEvent
from PyQt6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.config import RiskGrading
from app.records import risk_rules as rules

ZONE = {1: "#e06666", 2: "#f6b26b", 3: "#93c47d"}      # 一级 red, 二级 amber, 三级 green


# A grid's row at its smallest: one line of text and this much room.
ROW_ROOM = 6


def _grid(table: QTableWidget, rows: int, cols: int) -> None:
    """A grid whose cells share the room; it asks for the height that shows every row
    (``_Grid.minimumSizeHint``), and scrolls (visibly) should it get less."""
    table.setRowCount(rows)
    table.setColumnCount(cols)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    for header in (table.horizontalHeader(), table.verticalHeader()):
        assert header is not None
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # the columns stretch to the width: never wider than it
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class _Grid(QTableWidget):
    """A table of a few rows that always asks for room for all of them, in the font it
    is shown in (the application's font and style come after construction)."""

    def row_min(self) -> int:
        return self.fontMetrics().height() + ROW_ROOM

    def all_rows_height(self) -> int:
        """The height at which every row shows at its smallest."""
        horizontal = self.horizontalHeader()
        assert horizontal is not None
        return (horizontal.sizeHint().height() + self.rowCount() * self.row_min()
                + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.all_rows_height())

    def changeEvent(self, event: QEvent | None) -> None:
        super().changeEvent(event)
        if event is not None and event.type() in (QEvent.Type.FontChange,
                                                  QEvent.Type.StyleChange):
            self._fit()

    def showEvent(self, event: QShowEvent | None) -> None:
        self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        vertical = self.verticalHeader()
        assert vertical is not None
        vertical.setMinimumSectionSize(self.row_min())
        self.updateGeometry()


def _item(text: str, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if colour:
        item.setBackground(QBrush(QColor(colour)))
    return item


class MatrixView(_Grid):
    """Points per category (rows) and grade (columns)."""

    chosen = pyqtSignal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _grid(self, len(rules.CATEGORIES), len(rules.GRADES))
        self.setHorizontalHeaderLabels([rules.GRADE_LABELS[g] for g in rules.GRADES])
        self.setVerticalHeaderLabels([rules.CATEGORY_LABELS[c] for c in rules.CATEGORIES])
        self.setToolTip(QCoreApplication.translate(
            "RiskCharts", "Points by category and grade; click a cell to list them"))
        self.cellClicked.connect(self._clicked)

    def set_counts(self, counts: dict[tuple[str, int], int]) -> None:
        for r, category in enumerate(rules.CATEGORIES):
            for c, grade in enumerate(rules.GRADES):
                n = counts.get((category, grade), 0)
                self.setItem(r, c, _item(str(n), ZONE[grade] if n else None))

    def count(self, category: str, grade: int) -> int:
        item = self.item(rules.CATEGORIES.index(category), rules.GRADES.index(grade))
        return int(item.text()) if item is not None else 0

    def _clicked(self, row: int, col: int) -> None:
        self.chosen.emit(rules.CATEGORIES[row], rules.GRADES[col])


class HeatMap(_Grid):
    """Points per likelihood (rows, 5 at the top) and impact (columns, 1–5), each cell
    coloured by the grade its score gives."""

    chosen = pyqtSignal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _grid(self, 5, 5)
        self.grading = RiskGrading()
        self.setHorizontalHeaderLabels([str(i) for i in rules.LEVELS])
        self.setVerticalHeaderLabels([str(li) for li in reversed(rules.LEVELS)])
        self.setToolTip(QCoreApplication.translate(
            "RiskCharts", "Likelihood (rows) × impact (columns); click a cell to list its "
            "points"))
        self.cellClicked.connect(self._clicked)

    def set_counts(self, counts: dict[tuple[int, int], int], grading: RiskGrading) -> None:
        self.grading = grading
        for r, likelihood in enumerate(reversed(rules.LEVELS)):
            for c, impact in enumerate(rules.LEVELS):
                n = counts.get((likelihood, impact), 0)
                grade = rules.score_grade(likelihood, impact, grading)
                item = _item(str(n) if n else "", ZONE[grade])
                if not n:
                    item.setForeground(QBrush(QColor("#666666")))
                self.setItem(r, c, item)

    def cell_of(self, likelihood: int, impact: int) -> tuple[int, int]:
        return 5 - likelihood, impact - 1

    def _clicked(self, row: int, col: int) -> None:
        self.chosen.emit(5 - row, col + 1)
