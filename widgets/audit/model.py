"""The audit log as a lazy table: the count first, then pages of entries (newest
first) fetched off the UI thread as the view scrolls (``canFetchMore``/``fetchMore``).
A page that arrives after the filter changed is dropped.

Signals: loaded(int rows, int total) after each page; failed(str) on an error.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from PyQt6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, pyqtSignal

from app import labels
from app.hall_time import default_tz, local_text
from app.i18n import message
from app.security.auditlog import PAGE, AuditRow
from widgets.labels import action_label, field_label, label, person_text
from widgets.table_model import Column, Index, TableModel
from widgets.tasks import run_task

Fetch = Callable[[int, int], list[AuditRow]]
Count = Callable[[], int]


def columns(zone: Callable[[], dt.tzinfo],
            names: Callable[[], Mapping[str, str]]) -> list[Column[AuditRow]]:
    """The log's columns; times on the hall's clock, ``zone()`` read as each is shown;
    people by their names (``names()``: login → display name), the login itself in the
    entry's details."""
    return [
        Column(QCoreApplication.translate("AuditModel", "No."), lambda r: r.seq),
        Column(QCoreApplication.translate("AuditModel", "Time"),
               lambda r: local_text(r.ts, zone(), "%Y-%m-%d %H:%M:%S")),
        Column(QCoreApplication.translate("AuditModel", "Person"),
               lambda r: person_text(r.actor, names())),
        Column(QCoreApplication.translate("AuditModel", "Action"),
               lambda r: action_label(r.action)),
        Column(QCoreApplication.translate("AuditModel", "Record"), record_text),
        Column(QCoreApplication.translate("AuditModel", "Detail"),
               lambda r: _summary(r.detail))]


def record_text(row: AuditRow) -> str:
    return f"{label('entity', row.entity)} {row.entity_id}".strip()


def _value(value: Any) -> str:
    if isinstance(value, str):
        return label("state", value) if value in labels.STATES else value
    return json.dumps(value, ensure_ascii=False)


def _summary(detail: str) -> str:
    try:
        data = json.loads(detail)
    except ValueError:
        return detail[:120]
    if isinstance(data, dict):
        return QCoreApplication.translate("AuditModel", ", ").join(
            f"{field_label(k)}: {_value(v)}" for k, v in data.items())[:160]
    return detail[:120]


class AuditModel(TableModel[AuditRow]):
    """Entries loaded so far of ``total``; every column carries the ``AuditRow`` in
    ``Qt.UserRole``."""

    loaded = pyqtSignal(int, int)
    failed = pyqtSignal(str)

    def __init__(self, parent: QObject | None = None, tz: dt.tzinfo | None = None) -> None:
        super().__init__(columns(lambda: self.tz, lambda: self.names), parent)
        self.names: dict[str, str] = {}     # login → the person's name
        self.total = 0
        self.tz: dt.tzinfo = tz or default_tz()       # the hall's zone
        self._fetch: Fetch | None = None
        self._generation = 0
        self._loading = False

    # -- loading -------------------------------------------------------------------------
    def start(self, count: Count, fetch: Fetch) -> None:
        """Forget what is shown and load the count and the first page for a new filter."""
        self._generation += 1
        generation = self._generation
        self.total, self._fetch = 0, fetch
        self.set_rows([])
        self._loading = True

        def work() -> tuple[int, list[AuditRow]]:
            return count(), fetch(0, PAGE)

        run_task(work, lambda result, error: self._first(generation, result, error))

    def _arrived(self, generation: int, error: BaseException | None) -> bool:
        """Whether a page is for the filter shown and came without an error (which is
        said through ``failed``)."""
        if generation != self._generation:
            return False
        if error is not None:
            self._loading = False
            self.failed.emit(message(error))
            return False
        return True

    def _first(self, generation: int, result: Any, error: BaseException | None) -> None:
        if not self._arrived(generation, error):
            return
        total, rows = result
        self.total = total
        self._append(rows)

    def _append(self, rows: list[AuditRow]) -> None:
        """Add a page; still "loading" while the rows go in, so that a view asking for
        more from inside the insertion does not fetch the same page again."""
        self.append_rows(rows)
        if len(rows) < PAGE:
            self.total = len(self.rows)   # the log ended sooner than counted
        self._loading = False
        self.loaded.emit(len(self.rows), self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._fetch is not None and not self._loading
                and len(self.rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation, fetch, offset = self._generation, self._fetch, len(self.rows)

        def done(rows: Any, error: BaseException | None) -> None:
            if self._arrived(generation, error):
                self._append(rows)

        run_task(lambda: fetch(offset, PAGE), done)

    @property
    def loading(self) -> bool:
        return self._loading

    # -- the table -----------------------------------------------------------------------
    def cell_data(self, row: AuditRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.action in (
                "access.denied", "login.failed", "account.lock"):
            from PyQt6.QtGui import QBrush, QColor

            return QBrush(QColor("#c62828"))
        return None
