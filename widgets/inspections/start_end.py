"""The inspection mode's first and last pages: the start page (start a round, or
resume or finish the account's interrupted one) and the round's summary. Their strings
keep the mode's translation context."""

from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.records import inspection_view as view
from widgets.inspections import texts
from widgets.inspections.parts import big, larger

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


class StartPage(QWidget):
    """What the inspector can do on entering the mode, and why not when the role may
    not record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        larger(self.text, 4)
        self.resume_button = big(QPushButton(translate("InspectionMode", "Resume this round")))
        self.restart_button = big(QPushButton(
            translate("InspectionMode", "Finish it and start a new round")))
        self.start_button = big(QPushButton(translate("InspectionMode", "Start a new round")))
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.text)
        for b in (self.resume_button, self.start_button, self.restart_button):
            b.setMinimumWidth(420)
            column.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def offer(self, role: str, may: bool, interrupted: view.RoundState | None,
              time: Callable[[float], str]) -> None:
        """Start (``may`` record), or resume ``interrupted``; ``time`` writes a moment."""
        self.resume_button.setVisible(interrupted is not None)
        self.restart_button.setVisible(interrupted is not None)
        self.start_button.setVisible(interrupted is None)
        self.start_button.setEnabled(may)
        if not may:
            self.text.setText(translate("InspectionMode",
                                        "The %1 role cannot record inspections.")
                              .replace("%1", role))
        elif interrupted is not None:
            s = view.summary(interrupted)
            self.text.setText(
                translate("InspectionMode",
                          "Round %1, started %2, was interrupted: %3 of %4 windows done. "
                          "Resume it where you left off?")
                .replace("%1", interrupted.code).replace("%2", time(interrupted.started_at))
                .replace("%3", str(s.visited)).replace("%4", str(s.windows)))
        else:
            self.text.setText(translate("InspectionMode",
                                        "Walk the hall window by window. Every toggle "
                                        "and note is saved as you make it."))


class SummaryPage(QWidget):
    """The round's summary at the end, and the way back to the tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = larger(QTextBrowser(), 2)
        self.done_button = big(QPushButton(translate("InspectionMode", "Back to the tabs")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.done_button)

    def show_round(self, state: view.RoundState) -> None:
        self.summary.setHtml(texts.summary_html(state))
