"""The inspection mode's visit page: one window at a time — its name, live state and
last findings, the checklist as big pass/fail toggles, the note and photo of the chosen
item, the saved mark, previous and next. It turns on a horizontal swipe (``turned``).

The page only shows what the mode (widgets/inspections/mode.py) hands it; its strings
keep the mode's translation context.

Signals: turned(int) from SwipePage; chosen(str key), outcome(str key, str outcome)
from the checklist rows.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from PyQt6.QtCore import QCoreApplication, Qt, pyqtSignal
from PyQt6.QtGui import QImage, QPixmap
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.records import inspection_view as view
from widgets.inspections.parts import THUMB, ChecklistRow, NoteEdit, SwipePage, big, larger

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


class VisitPage(SwipePage):
    """The walk through the hall, one window shown."""

    chosen = pyqtSignal(str)
    outcome = pyqtSignal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, ChecklistRow] = {}
        self.window_title = larger(QLabel(), 8, bold=True)
        self.window_where = QLabel()
        self.window_where.setContentsMargins(14, 0, 0, 3)
        self.live_line = QLabel()
        self.live_line.setTextFormat(Qt.TextFormat.RichText)
        larger(self.live_line, 2)
        head = QVBoxLayout()
        head.setSpacing(0)
        name_row = QHBoxLayout()
        name_row.addWidget(self.window_title)
        name_row.addWidget(self.window_where, 1, Qt.AlignmentFlag.AlignBottom)
        head.addLayout(name_row)
        head.addWidget(self.live_line)

        self.checklist = QVBoxLayout()
        self.checklist.setSpacing(4)
        self.pass_rest_button = big(QPushButton(
            translate("InspectionMode", "All others pass")), 2)
        left = QVBoxLayout()
        left.addLayout(self.checklist)
        left.addStretch(1)

        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setMinimumHeight(60)
        self.note_label = QLabel()
        self.note = NoteEdit()
        self.note.setPlaceholderText(
            translate("InspectionMode", "What did you see? (saved as you type)"))
        larger(self.note, 3)
        self.photo_button = big(QPushButton(translate("InspectionMode", "Attach photo…")), 2)
        self.photo = QLabel()
        self.photo.setFixedSize(THUMB)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background:#f2f2f2;border:1px solid #ddd")
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color:#2e7d32")
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("InspectionMode", "Last findings at this window")))
        right.addWidget(self.history)
        right.addWidget(self.note_label)
        right.addWidget(self.note, 1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addWidget(self.photo_button, 1, Qt.AlignmentFlag.AlignTop)
        right.addLayout(photo_row)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_label, 1)
        saved_row.addWidget(self.pass_rest_button, 2)
        right.addLayout(saved_row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        self.prev_button = big(QPushButton(translate("InspectionMode", "◀ Previous")))
        self.next_button = big(QPushButton(translate("InspectionMode", "Next ▶")))
        self.position_label = QLabel()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button, 1)
        bottom.addWidget(self.position_label, 1)
        bottom.addWidget(self.next_button, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def set_checklist(self, items: list[view.Item]) -> None:
        """One toggle row per checklist item (kept when the items are the same)."""
        if list(self.rows) == [i.key for i in items]:
            return
        for row in self.rows.values():
            self.checklist.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for item in items:
            row = ChecklistRow(item.key, item.label)
            row.chosen.connect(self.chosen)
            row.outcome.connect(self.outcome)
            self.checklist.addWidget(row)
            self.rows[item.key] = row

    def show_stop(self, stop: view.Stop, position: int, count: int,
                  past: list[view.PastFinding], day: Callable[[float], str]) -> None:
        """The window's name and place, its last findings and where it is on the walk
        (``position`` counts from 0)."""
        self.window_title.setText(f"{stop.code}  {stop.label}".strip())
        self.window_where.setText(translate("InspectionMode", "%1 · floor %2")
                                  .replace("%1", stop.department)
                                  .replace("%2", str(stop.floor)))
        if past:
            self.history.setText("<br>".join(
                f"{day(p.observed_at)} {escape(p.item)}"
                + (f" — {escape(p.note)}" if p.note else "") for p in past))
        else:
            self.history.setText(translate("InspectionMode", "No findings in earlier rounds."))
        self.position_label.setText(translate("InspectionMode", "Window %1 of %2").replace(
            "%1", str(position + 1)).replace("%2", str(count)))
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < count - 1)

    def show_row(self, state: view.RoundState, code: str, key: str, current: bool,
                 enabled: bool) -> None:
        row = self.rows.get(key)
        if row is None:
            return
        r = state.result(code, key)
        row.set_result(state.outcome(code, key), bool(r and r.note), r.photos if r else 0,
                       current, enabled)

    def show_results(self, state: view.RoundState, code: str, item: str | None,
                     enabled: bool) -> None:
        """Every toggle as the round has it at window ``code``; ``item`` is chosen;
        nothing can be changed unless ``enabled``."""
        for key in self.rows:
            self.show_row(state, code, key, key == item, enabled)
        self.pass_rest_button.setEnabled(enabled)
        self.photo_button.setEnabled(enabled and item is not None)
        self.note.setReadOnly(not enabled)

    def show_note(self, label: str, text: str) -> None:
        """The chosen item's note (without it counting as typed); no photo yet."""
        self.note_label.setText(translate("InspectionMode", "Note on “%1”").replace(
            "%1", label))
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)
        self.photo.clear()
        self.photo.setText(translate("InspectionMode", "No photo"))

    def show_photo(self, image: QImage) -> None:
        self.photo.setPixmap(QPixmap.fromImage(image))

    def show_saved(self, pending: int) -> None:
        self.saved_label.setText(translate("InspectionMode", "All saved") if pending == 0
                                 else translate("InspectionMode", "Saving…"))
