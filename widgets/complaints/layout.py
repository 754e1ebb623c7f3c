"""The widgets of the ledger tab and how they are laid out; the page wires them."""

from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate, QObject, QSortFilterProxyModel, Qt
from PyQt6.QtGui import QKeySequence
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.records import complaint_rules as rules
from app.records.ledger import UNSET, Choices, Counts
from app.security.permissions import allows
from widgets.complaints.labels import SHORTCUTS, action_label, source_label, state_label
from widgets.record_tab import fixed_rows, page_column, record_table, side_by_side

COLUMN_WIDTHS = (140, 112, 58, 46, 62, 86, 44, 260, 60, 100, 120, 70, 70)
TILE = ("QPushButton{border:1px solid #c8c8c8;border-radius:3px;padding:3px 8px;"
        "background:%s;text-align:center}")


class LedgerLayout(QObject):
    """Builds the tab: count tiles, filter bar, tool row, table | detail."""

    def __init__(self, page: QWidget, model: QSortFilterProxyModel, role: str,
                 today: dt.date) -> None:
        super().__init__(page)

        self.count_buttons: dict[str, QPushButton] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(4)
        for key in ("", *rules.STATES, "overdue"):
            button = QPushButton()
            button.setObjectName(f"count_{key or 'all'}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumWidth(76)
            tiles.addWidget(button)
            self.count_buttons[key] = button
        tiles.addStretch(1)

        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), "")
        for key in rules.STATES:
            self.state.addItem(state_label(key), key)
        self.source = QComboBox()
        self.source.addItem(self.tr("All sources"), "")
        for key in rules.SOURCES:
            self.source.addItem(source_label(key), key)
        self.window = QComboBox()
        self.department = QComboBox()
        self.window.setMinimumContentsLength(10)
        self.department.setMinimumContentsLength(8)
        # 投诉类别 and 承办人, each item with its number of entries
        self.category = QComboBox()
        self.category.setObjectName("filter_category")
        self.handler = QComboBox()
        self.handler.setObjectName("filter_handler")
        self.category.setMinimumContentsLength(9)
        self.handler.setMinimumContentsLength(10)
        self._names: dict[str, str] = {}
        self.use_dates = QCheckBox(self.tr("Registered from"))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        self.set_today(today)
        for date in (self.date_from, self.date_to):
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.setEnabled(False)
            self.use_dates.toggled.connect(date.setEnabled)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search number, complaint, window, citizen… (Ctrl+F)"))
        # Two rows, so that the bar fits a 1366-pixel screen with a large system font:
        # what an entry is, then when and the free text.
        filters, when = QHBoxLayout(), QHBoxLayout()
        for widget in (self.state, self.source, self.window, self.department, self.category,
                       self.handler):
            filters.addWidget(widget)
        filters.addStretch(1)
        for part in (self.use_dates, self.date_from, QLabel("–"), self.date_to,
                     self.overdue):
            when.addWidget(part)
        when.addWidget(self.search, 1)

        self.register = QPushButton(self.tr("Register a complaint…"))
        self.register.setShortcut(QKeySequence("Ctrl+N"))
        self.register.setToolTip("Ctrl+N")
        self.register.setVisible(role in rules.REGISTER_ROLES)
        self.import_ = QPushButton(self.tr("Import…"))
        self.import_.setVisible(role in rules.IMPORT_ROLES)
        self.export = QPushButton(self.tr("Export…"))
        self.export.setVisible(allows(role, "complaint.export"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.shown = QLabel()
        self.shown.setObjectName("shown")
        tools = QHBoxLayout()
        for tool in (self.register, self.import_, self.export, self.progress, self.cancel,
                     self.status):
            tools.addWidget(tool)
        tools.addStretch(1)
        tools.addWidget(self.shown)

        self.table = record_table(model, COLUMN_WIDTHS, row_height=26,
                                  sort=(1, Qt.SortOrder.DescendingOrder), stretch_last=True)
        self.table.setObjectName("ledger_table")
        self.table.setAlternatingRowColors(True)
        fixed_rows(self.table)

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        # The steps the entry's state allows are shown, in workflow order; a hidden
        # button takes no room. Correcting and voiding sit apart, on their own row.
        self.step_buttons: dict[str, QPushButton] = {}
        workflow, records = QHBoxLayout(), QHBoxLayout()
        for action in rules.ACTIONS:
            button = QPushButton(action_label(action))
            button.setObjectName(f"step_{action}")
            if action in SHORTCUTS:
                button.setShortcut(QKeySequence(SHORTCUTS[action]))
                button.setToolTip(SHORTCUTS[action])
            button.hide()
            (records if action == "void" else workflow).addWidget(button)
            self.step_buttons[action] = button
        workflow.addStretch(1)
        self.correct = QPushButton(self.tr("Correct…"))
        self.correct.setObjectName("correct")
        self.correct.hide()
        records.insertWidget(0, self.correct)
        self.assign = QPushButton(self.tr("Category and handler…"))
        self.assign.setObjectName("assign")
        self.assign.hide()
        records.insertWidget(1, self.assign)
        records.addStretch(1)
        steps = QVBoxLayout()
        steps.addLayout(workflow)
        steps.addLayout(records)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(steps)
        page_column(page, (tiles, filters, when, tools),
                    side_by_side(self.table, side, (3, 2), (900, 440)))

    def set_today(self, today: dt.date) -> None:
        """The date filter's default span, the last 30 days to ``today`` (the hall's
        date); left alone while the filter is in use."""
        if not self.use_dates.isChecked():
            self.date_from.setDate(QDate(today.year, today.month, today.day).addDays(-30))
            self.date_to.setDate(QDate(today.year, today.month, today.day))

    def set_choices(self, choices: Choices) -> None:
        for box, everything, items in (
                (self.window, self.tr("All windows"),
                 [(f"{code} {label}".rstrip(), code) for code, label, _ in choices.windows]),
                (self.department, self.tr("All departments"),
                 [(f"{code} {name}", code) for code, name in choices.departments])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)
        self._names = dict(choices.handlers)
        self._fill(self.category, self.tr("All categories"), self.tr("No category yet"),
                   [(c, c) for c in choices.categories], {})
        self._fill(self.handler, self.tr("All handlers"), self.tr("Nobody yet"),
                   list(choices.handlers), {})

    def _fill(self, box: QComboBox, everything: str, unset: str,
              items: list[tuple[str, str]], counts: dict[str, int]) -> None:
        """A category or handler filter: every choice with its count, then any value an
        entry carries that is no longer offered, then the entries without one."""
        current = box.currentData()
        known = {key for key, _ in items}
        items = items + [(k, self._names.get(k, k)) for k in sorted(counts)
                         if k and k not in known]
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for key, text in items:
            box.addItem(f"{text} ({counts.get(key, 0):,})" if counts else text, key)
        box.addItem(f"{unset} ({counts.get('', 0):,})" if counts else unset, UNSET)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def _refill(self, box: QComboBox, everything: str, unset: str,
                counts: dict[str, int]) -> None:
        items = [(box.itemData(i), box.itemText(i).rsplit(" (", 1)[0])
                 for i in range(1, box.count()) if box.itemData(i) != UNSET]
        self._fill(box, everything, unset, items, counts)

    def show_counts(self, counts: Counts) -> None:
        for key, button in self.count_buttons.items():
            if key == "":
                n, label, colour = counts.total, self.tr("All"), "#ffffff"
            elif key == "overdue":
                n, label = counts.overdue, self.tr("Overdue")
                colour = "#f8d7da" if n else "#ffffff"
            else:
                n, label, colour = counts.by_state[key], state_label(key), "#ffffff"
            button.setText(f"{label}  {n:,}")
            button.setStyleSheet(TILE % colour)
        self._refill(self.category, self.tr("All categories"), self.tr("No category yet"),
                     counts.by_category)
        self._refill(self.handler, self.tr("All handlers"), self.tr("Nobody yet"),
                     counts.by_handler)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def transfer_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.import_.setEnabled(False)
        self.export.setEnabled(False)
        self.status.setText("")

    def transfer_ended(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self.import_.setEnabled(True)
        self.export.setEnabled(True)

