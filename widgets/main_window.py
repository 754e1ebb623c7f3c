"""The main window: assembles the registered pages, menus and the status bar."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from PyQt6.QtCore import QByteArray, QSettings, QTimer
from PyQt6.QtGui import QCloseEvent
from PyQt6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app.config import OpeningHours
from app.figures.live import HallNow
from widgets import actions
from widgets.backup import Backups
from widgets.context import AppContext
from widgets.pages import PAGES, Page

FEED_SILENT_S = 120


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 remember: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.remember = remember  # geometry and tab kept in QSettings
        self.tabs = QTabWidget()
        self.pages: list[Page] = []
        self.db_label = QLabel()
        self.account_label = QLabel()
        self.feed_label = QLabel()
        self.clock_label = QLabel()
        self.backup_label = QLabel()
        self.backups = Backups(context, self.backup_label, parent=self)
        self.clock = QTimer(self)
        self._tz = zoneinfo.ZoneInfo("Asia/Shanghai")
        self.backups.tz = self._tz
        self._init_pages()
        self._init_status_bar()
        self.menu_actions = actions.install(self, self)
        self.menu_actions["backup"].setEnabled(self.backups.allowed)
        self._connect_signals()
        self._restore()

    def _init_pages(self) -> None:
        self.setWindowTitle(self.tr("HallDesk — service hall supervision"))
        for page_class in PAGES:
            page = page_class(self.context)
            page.setObjectName(f"page_{page_class.NAME}")
            self.pages.append(page)
            self.tabs.addTab(page, page_class.title())
        self.setCentralWidget(self.tabs)

    def _init_status_bar(self) -> None:
        bar = self.statusBar()
        assert bar is not None
        self.db_label.setText(self.tr("Database: %1").replace(
            "%1", self.context.db.display_name()))
        self.account_label.setText(self.tr("Account: %1").replace("%1", self.context.account))
        for label in (self.db_label, self.account_label, self.feed_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.clock_label)
        self.clock.setInterval(1000)
        self._tick()

    def _connect_signals(self) -> None:
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.backups.finished.connect(self._backed_up)
        for page in self.pages:
            signal = getattr(page, "snapshot_ready", None)
            if signal is not None:
                signal.connect(self._feed_health)

    def _tick(self) -> None:
        now = dt.datetime.fromtimestamp(self.context.clock(), self._tz)
        self.clock_label.setText(now.strftime("%Y-%m-%d %H:%M:%S"))

    def refresh_current(self) -> None:
        """Ask the open tab for fresh data now (F5)."""
        self._tab_changed(self.tabs.currentIndex())

    def start_backups(self) -> None:
        """The daily backup (the application, not tests or screenshots, starts it)."""
        self.backups.start()

    def back_up_now(self) -> None:
        self.backups.back_up_now()

    def _backed_up(self, result: object, error: BaseException | None, asked: bool) -> None:
        if not asked:
            return
        if error is not None:
            QMessageBox.warning(self, self.tr("Backup"), self.tr(
                "The backup failed: %1").replace("%1", str(error)))
            return
        info = getattr(result, "info", None)
        if info is not None:
            bar = self.statusBar()
            assert bar is not None
            bar.showMessage(self.tr("Backup written to %1").replace("%1", str(info.path)),
                            10_000)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.pages[index].refresh()

    def _feed_health(self, snap: HallNow) -> None:
        if snap.last_event_at is None:
            self.feed_label.setText(self.tr("Feed: no events yet"))
            return
        last = dt.datetime.fromtimestamp(snap.last_event_at, self._tz)
        now = dt.datetime.fromtimestamp(snap.at, self._tz)
        hours = OpeningHours()
        opening = now.weekday() < 5 and hours.opens <= now.time() <= hours.closes
        silent = snap.at - snap.last_event_at
        text = self.tr("Last event %1").replace("%1", last.strftime("%H:%M:%S"))
        if opening and silent > FEED_SILENT_S:
            text = self.tr("Feed silent since %1").replace("%1", last.strftime("%H:%M:%S"))
            self.feed_label.setStyleSheet("color:white;background:#c62828;padding:0 4px")
        else:
            self.feed_label.setStyleSheet("")
        self.feed_label.setText(text)

    def _restore(self) -> None:
        if not self.remember:
            self.resize(1366, 768)
            return
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        tab = settings.value("main/tab", "")
        for i, page in enumerate(self.pages):
            if tab == page.NAME:
                self.tabs.setCurrentIndex(i)

    def closeEvent(self, event: QCloseEvent | None) -> None:
        if self.remember:
            settings = QSettings()
            settings.setValue("main/geometry", self.saveGeometry())
            current = self.tabs.currentIndex()
            if 0 <= current < len(self.pages):
                settings.setValue("main/tab", self.pages[current].NAME)
        self.clock.stop()
        self.backups.shutdown()
        for page in self.pages:
            page.shutdown()
        super().closeEvent(event)
