"""The main window: assembles the tabs its role may see, menus, the status bar and the
session's idle lock.

A tab's page is built the first time the tab is shown (widgets/pages.py TABS), so the
window opens with only the page it shows."""

from __future__ import annotations

import datetime as dt
import sys
import zoneinfo
from collections.abc import Callable

from PyQt6.QtCore import QByteArray, QSettings, QTimer
from PyQt6.QtGui import QCloseEvent, QPaintEvent
from PyQt6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import OpeningHours
from app.figures.live import HallNow
from app.hall_time import default_tz, local_datetime
from app.i18n import message
from app.security.permissions import sees
from widgets import actions
from widgets.backup import Backups
from widgets.context import AppContext
from widgets.pages import TABS, Page, Tab
from widgets.security.idle import IdleWatcher
from widgets.tasks import run_task

FEED_SILENT_S = 120


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 remember: bool = True, tabs: list[Tab] | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.remember = remember  # geometry and tab kept in QSettings
        self.tabs = QTabWidget()
        self._declared = [t for t in (TABS if tabs is None else tabs)
                          if sees(context.role, t.name)]
        self._built: dict[int, Page] = {}
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.db_label = QLabel()
        self.account_label = QLabel()
        self.feed_label = QLabel()
        self.clock_label = QLabel()
        self.backup_label = QLabel()
        self.calendar_label = QLabel()      # next year's calendar still to be entered
        self.calendar_label.setObjectName("calendar_label")
        self.calendar_label.setStyleSheet("background:#fff59d;color:#333;padding:0 4px")
        self.calendar_label.hide()
        self._calendar_text = ""
        self.backups = Backups(context, self.backup_label, parent=self)
        self.clock = QTimer(self)
        self._tz = default_tz()          # the hall's, once the first snapshot tells it
        self.logged_out = False       # "Log out" (not Quit) closed the window
        self.lock_dialog: QWidget | None = None
        self.idle = IdleWatcher(context.idle_ms, self) if context.idle_ms > 0 else None
        self.backups.tz = self._tz
        self._init_pages()
        self._init_status_bar()
        self.menu_actions = actions.install(self, self)
        if context.demo or not context.logged_in:
            # The demo's director and a screenshot session have no password to change.
            for name in ("change_password", "log_out"):
                self.menu_actions[name].setVisible(False)
        self.menu_actions["backup"].setEnabled(self.backups.allowed)
        from app.security.permissions import allows

        self.menu_actions["import_data"].setEnabled(allows(context.role, "events.ingest"))
        self.menu_actions["import_folder"].setEnabled(allows(context.role, "imports.folder"))
        self._connect_signals()
        self._restore()

    def _init_pages(self) -> None:
        self.setWindowTitle(self.tr("HallDesk — service hall supervision"))
        for tab in self._declared:
            host = QWidget()
            host.setObjectName(f"tab_{tab.name}")
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(host, tab.title())
        self.setCentralWidget(self.tabs)

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in tab order."""
        return [self._built[i] for i in sorted(self._built)]

    def page(self, name: str) -> Page:
        """The page of the tab ``name``, built now if it was not yet."""
        for i, tab in enumerate(self._declared):
            if tab.name == name:
                return self._page_at(i)
        raise KeyError(name)

    def tab_names(self) -> list[str]:
        return [tab.name for tab in self._declared]

    def show_tab(self, name: str) -> Page:
        """Switch to the tab ``name`` (building its page) and return the page."""
        page = self.page(name)
        self.tabs.setCurrentIndex(self.tab_names().index(name))
        return page

    def _page_at(self, index: int) -> Page:
        page = self._built.get(index)
        if page is None:
            tab = self._declared[index]
            page = tab.load()(self.context)
            page.setObjectName(f"page_{tab.name}")
            host = self.tabs.widget(index)
            assert host is not None and host.layout() is not None
            host.layout().addWidget(page)  # type: ignore[union-attr]
            self._built[index] = page
            self._show_calendar_notice(page)
            signal = getattr(page, "snapshot_ready", None)
            if signal is not None:
                signal.connect(self._feed_health)
        return page

    def _init_status_bar(self) -> None:
        bar = self.statusBar()
        assert bar is not None
        self.db_label.setText(self.tr("Database: %1").replace(
            "%1", self.context.db.display_name()))
        from widgets.security.dialogs import role_label

        text = self.tr("Account: %1 (%2)").replace("%1", self._person()).replace(
            "%2", role_label(self.context.role))
        if self.context.demo:
            text = self.tr("DEMO — %1, logged in automatically").replace("%1", text)
            self.account_label.setStyleSheet("color:white;background:#e65100;padding:0 4px")
        self.account_label.setText(text)
        for label in (self.db_label, self.account_label, self.feed_label, self.calendar_label):
            bar.addWidget(label)
        self.calendar_label.linkActivated.connect(lambda _l: self.open_calendar())
        self.check_calendar()
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.clock_label)
        self.clock.setInterval(1000)
        self._tick()

    def _person(self) -> str:
        """Who is logged in, by the person's name (姓名) when the account has one."""
        from app.security import people
        from widgets.labels import person_text

        with self.context.db.read() as session:
            names = people.names(session)
        return person_text(self.context.account, names)

    def _connect_signals(self) -> None:
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        if self.idle is not None:
            self.idle.idle.connect(self.lock_session)
            self.idle.start()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.backups.finished.connect(self._backed_up)

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

    def import_data(self) -> None:
        """文件 → 导入数据…: the vendor exports dialog (widgets/imports/wizard.py)."""
        from widgets.imports.wizard import ImportDialog

        dialog = ImportDialog(self.context, self)
        dialog.exec()
        if dialog.reports:
            self.refresh_current()

    def choose_import_folder(self) -> None:
        """The drop folder the vendor systems' nightly exports are imported from (kept
        in the hall's settings; an empty choice keeps the folder as it is)."""
        from PyQt6.QtWidgets import QFileDialog

        from app.errors import UserError
        from app.imports.watch import load_import_folder, store_import_folder

        db = self.context.db
        with db.read() as session:
            current = load_import_folder(session).folder
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Drop folder for the vendor systems' exports"), current)
        if not folder:
            return
        try:
            with db.write() as session:
                store_import_folder(session, folder, self.context.account, self.context.role)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import folder"), message(exc))
            return
        drop = getattr(self, "drop_folder", None)
        if drop is not None:
            drop.look()

    def start_drop_folder(self) -> None:
        """Watch the drop folder of the settings (the application starts it, as backups)."""
        from widgets.imports.folder import DropFolder

        self.drop_folder = DropFolder(self.context, self)
        self.drop_folder.imported.connect(self._dropped)
        self.drop_folder.start()

    def _dropped(self, outcomes: list[object]) -> None:
        bar = self.statusBar()
        assert bar is not None
        bar.showMessage(self.tr("Drop folder: %1 files imported or refused").replace(
            "%1", str(len(outcomes))), 15_000)
        self.refresh_current()

    def _backed_up(self, result: object, error: BaseException | None, asked: bool) -> None:
        if not asked:
            return
        if error is not None:
            QMessageBox.warning(self, self.tr("Backup"), self.tr(
                "The backup failed: %1").replace("%1", message(error)))
            return
        info = getattr(result, "info", None)
        if info is not None:
            bar = self.statusBar()
            assert bar is not None
            bar.showMessage(self.tr("Backup written to %1").replace("%1", str(info.path)),
                            10_000)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._declared):
            self._page_at(index).refresh()
            self.check_calendar()

    def check_calendar(self) -> None:
        """From 1 November: a yellow notice in the status bar and on the live tab while
        next year has neither official data nor the office's entries."""
        from app.calendar import missing_next_year

        today = dt.datetime.fromtimestamp(self.context.clock(), self._tz).date()
        try:
            with self.context.db.read() as session:
                year = missing_next_year(session, today)
        except Exception:  # the live tab's banner tells a database that cannot be reached
            return
        self._calendar_text = "" if year is None else self.tr(
            "The %1 working-day calendar is not entered yet: due dates count Monday–Friday. "
            "Enter it in Settings → Working-day calendar.").replace("%1", str(year))
        text = self._calendar_text
        link = "settings" in self.tab_names()
        self.calendar_label.setText(f'<a href="calendar">{text}</a>' if text and link else text)
        self.calendar_label.setVisible(bool(text))
        for page in self._built.values():
            forget = getattr(page, "forget_calendar", None)
            if forget is not None:
                forget()
            self._show_calendar_notice(page)

    def _show_calendar_notice(self, page: Page) -> None:
        notice = getattr(page, "calendar_notice", None)
        if notice is not None:
            notice.setText(self._calendar_text)
            notice.setVisible(bool(self._calendar_text))

    def open_calendar(self) -> None:
        page = self.show_tab("settings")
        page.show_subject("calendar")  # type: ignore[attr-defined]

    def _feed_health(self, snap: HallNow) -> None:
        if snap.timezone and snap.timezone != self._tz.key:
            # The hall file's zone, as the snapshot read it: the clock and the feed's
            # times follow it from now on.
            self._tz = zoneinfo.ZoneInfo(snap.timezone)
            self.backups.tz = self._tz
        files_until = getattr(self.sender(), "files_until", None)
        if files_until is not None:
            # Fed by imported files (app/imports): how recent the data is, not an outage.
            when = dt.datetime.fromtimestamp(files_until, self._tz)
            self.feed_label.setStyleSheet("")
            self.feed_label.setText(self.tr("Data as of %1").replace(
                "%1", when.strftime("%Y-%m-%d %H:%M")))
            return
        if snap.last_event_at is None:
            self.feed_label.setText(self.tr("Feed: no events yet"))
            return
        last = local_datetime(snap.last_event_at, self._tz)
        now = dt.datetime.fromtimestamp(snap.at, self._tz)
        if last is None:  # a time stored before event times were bounded
            self.feed_label.setText(self.tr("Feed: the last event has an impossible time"))
            self.feed_label.setStyleSheet("color:white;background:#c62828;padding:0 4px")
            return
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

    # -- the session -------------------------------------------------------------------
    def lock_session(self) -> None:
        """Hide every tab and ask for the account's password again (idle lock)."""
        from app.security.accounts import logout
        from widgets.security.dialogs import LoginDialog

        if self.lock_dialog is not None:
            return
        if self.idle is not None:
            self.idle.stop()
        self.tabs.setVisible(False)
        db, name, role = self.context.db, self.context.account, self.context.role
        run_task(lambda: logout(db, name, role, reason="idle"), self._audited)
        dialog = LoginDialog(db, locked_name=name, clock=self.context.clock, parent=self)
        dialog.setObjectName("lock_dialog")
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self._quit_from_lock)
        self.lock_dialog = dialog
        dialog.open()

    def _audited(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            self.statusBar().showMessage(message(error), 10000)  # type: ignore[union-attr]

    def _unlocked(self) -> None:
        self.lock_dialog = None
        self.tabs.setVisible(True)
        if self.idle is not None:
            self.idle.start()

    def _quit_from_lock(self) -> None:
        self.lock_dialog = None
        self.context.logged_in = False   # never unlocked: no logout to audit
        self.close()

    def change_password(self) -> None:
        from widgets.security.dialogs import ChangePasswordDialog

        if self.context.demo:
            return
        dialog = ChangePasswordDialog(self.context.db, self.context.account,
                                      clock=self.context.clock, parent=self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Password changed."), 5000)  # type: ignore[union-attr]

    def log_out(self) -> None:
        self.logged_out = True
        self.close()

    def _restore(self) -> None:
        index = 0
        if self.remember:
            settings = QSettings()
            geometry = settings.value("main/geometry")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
            else:
                self.resize(1366, 768)
            tab = settings.value("main/tab", "")
            index = next((i for i, t in enumerate(self._declared) if t.name == tab), 0)
        else:
            self.resize(1366, 768)
        if not self._declared:
            return
        # The live hall always runs when the role sees it (the status bar's feed health
        # comes from it).
        if "live" in self.tab_names():
            self.page("live")
        self.tabs.blockSignals(True)     # the first load waits for the first paint
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self._page_at(index)

    def paintEvent(self, event: QPaintEvent | None) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The window paints first (its children in this same cycle), then the open
            # tab loads its data: nothing competes with the first paint.
            self._painted = True
            QTimer.singleShot(0, self.refresh_current)
            for work in self._after_paint:
                QTimer.singleShot(0, work)
            self._after_paint = []

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has been painted (at once if it has been)."""
        if self._painted:
            QTimer.singleShot(0, work)
        else:
            self._after_paint.append(work)

    def closeEvent(self, event: QCloseEvent | None) -> None:
        if self.remember:
            settings = QSettings()
            settings.setValue("main/geometry", self.saveGeometry())
            current = self.tabs.currentIndex()
            if 0 <= current < len(self._declared):
                settings.setValue("main/tab", self._declared[current].name)
        self.clock.stop()
        if self.idle is not None:
            self.idle.stop()
        self.backups.shutdown()
        folder = getattr(self, "drop_folder", None)
        if folder is not None:
            folder.stop()
        for page in self.pages:
            page.shutdown()
        if self.context.logged_in:
            from app.security.accounts import logout

            self.context.logged_in = False
            try:
                logout(self.context.db, self.context.account, self.context.role)
            except Exception as exc:  # the window closes anyway; say why it was not kept
                print(f"The logout could not be audited: {exc}", file=sys.stderr)
        super().closeEvent(event)
