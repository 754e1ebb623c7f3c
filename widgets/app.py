"""Start the desktop application: database, translations, fonts, demo feed, window."""

from __future__ import annotations

import functools
import getpass
import os
import sys
from importlib import resources
from typing import TYPE_CHECKING

from PyQt6.QtCore import (
    QLibraryInfo,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PyQt6.QtGui import QFont, QFontDatabase
from PyQt6.QtWidgets import QApplication, QMessageBox

from app import cjk_notice, integrity
from app import db as dbmod
from app.cli.options import StartOptions
from app.crashlog import FaultLog, take_previous_crash
from app.errors import UserError
from app.i18n import message
from app.io.upgrade import migrate_with_backup, open_for_start
from app.security.accounts import session_settings, start_demo_session
from app.security.permissions import NO_ACCOUNT
from widgets import qt_libraries, runtime
from widgets.context import AppContext
from widgets.crash import ExceptionGuard, InstanceLock, instance_key, offer_previous_crash
from widgets.demo import DEMO_FEED_ACTOR, LiveFeed, build_demo, demo_url
from widgets.qt_zh import QtGapTranslator
from widgets.tasks import run_task

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

CJK_FONTS = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "Heiti SC", "SimSun")


def install_translations(app: QApplication, language: str | None = None) -> None:
    """Simplified Chinese, the hall's language, unless ``HALLDESK_LANG=en`` asks for
    English (the source strings)."""
    name = language or os.environ.get("HALLDESK_LANG", "zh_CN")
    if name.lower().startswith("en"):
        return
    # Asked last (translators are asked newest first): only what qtbase cannot answer.
    app.installTranslator(QtGapTranslator(app))
    for base, folder in (("halldesk", str(resources.files("resources") / "i18n")),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(f"{base}_zh_CN", folder):
            app.installTranslator(translator)


def choose_font(app: QApplication) -> bool:
    """The first installed Chinese font as the application's; False if there is none."""
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return True
    return False


def tell_missing_font(found: bool, dialog: bool) -> None:
    """Without a Chinese font, say so once (app.cjk_notice), in English: the dialog's
    Chinese would be boxes too."""
    notice = cjk_notice.notice(found)
    if notice is None:
        return
    print(notice, file=sys.stderr)
    if dialog:
        QMessageBox.warning(None, "HallDesk", notice)


def _open_database(args: StartOptions, app: QApplication, url: str
                   ) -> tuple[dbmod.Database, LiveFeed | None]:
    feed: LiveFeed | None = None
    if args.demo:
        db = dbmod.Database(url)
        if not dbmod.is_initialised(db):
            build_demo(app, db, DEMO_FEED_ACTOR)
        else:
            migrate_with_backup(db)
        if not args.screenshot:
            feed = LiveFeed(db, DEMO_FEED_ACTOR)
    else:
        # The default file's first start creates it; a new version's, backup + migrate.
        db = open_for_start(url, create=not args.db and not os.environ.get(dbmod.ENV_VAR))
    return db, feed


def _context(args: StartOptions, db: dbmod.Database, user: str
             ) -> AppContext | None:
    """Who this session is: the demo director (no password), for screenshots the
    account named by --user/--token (never the OS user's name, which the environment
    sets), else whoever logs in; None when the person quit."""
    if args.demo:
        demo = start_demo_session(db)
        return AppContext(db, demo.name, role=demo.role, demo=True)
    if args.screenshot:
        from app.security.cli_auth import Credentials, authenticate

        actor, role = authenticate(db, Credentials(args.user, args.password_stdin,
                                                   args.token))
        if role == NO_ACCOUNT:
            raise UserError("This database has accounts: screenshots need --user NAME "
                            "(with its password) or --token FILE, or --demo.")
        return AppContext(db, f"screenshot:{actor.removeprefix('cli:')}", role=role)
    from widgets.security.session import open_session

    # The main window's and the live tab's modules are imported while the password is
    # checked on a worker thread (argon2 runs without the GIL), or, for the person who
    # is still typing, once the login dialog has been shown for a moment.
    QTimer.singleShot(PRELOAD_IDLE_MS, _preload_main_window)
    result = open_session(db, user, while_checking=_preload_main_window)
    if result is None:
        return None
    idle_ms = session_settings(db).idle_minutes * 60_000
    return AppContext(db, result.name, role=result.role, idle_ms=idle_ms, logged_in=True)


def _inspection_start(window: MainWindow, inspect: bool) -> None:
    """``--inspect`` opens the inspection mode (its start page offers an interrupted
    round); otherwise an interrupted round of this account is offered."""
    from widgets.inspections.launch import offer_resume, open_mode

    if inspect:
        open_mode(window)
    else:
        offer_resume(window)


PRELOAD_IDLE_MS = 300


@functools.cache
def _preload_main_window() -> None:
    """Import the main window and the first tab's page (once)."""
    import widgets.main_window  # noqa: F401
    from widgets.pages import TABS

    TABS[0].load()


def _main_window() -> type[MainWindow]:
    """The main window's class, imported after the login (see _preload_main_window)."""
    from widgets import main_window

    return main_window.MainWindow


def run_gui(args: StartOptions) -> int:
    runtime.tune_for_ui()
    if QApplication.instance() is None:
        missing = qt_libraries.check()       # before Qt aborts with its own message
        if missing is not None:
            print(missing, file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("HallDesk")
    app.setApplicationName("HallDesk")
    install_translations(app)
    tell_missing_font(choose_font(app), dialog=not args.screenshot)
    collector = runtime.UiThreadCollector(app)
    collector.start()
    try:
        if args.screenshot:                      # render and exit: no hooks, no lock
            return _run(app, args)
        guard = ExceptionGuard(parent=app)
        guard.install()
        faults = FaultLog()
        faults.start()
        try:
            return _run(app, args)
        finally:
            faults.stop()
            guard.uninstall()
    finally:
        collector.stop()


def _refuse(args: StartOptions, message: str) -> int:
    if args.screenshot:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, "HallDesk", message)
    return 2


def _run(app: QApplication, args: StartOptions) -> int:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    display = args.display
    if not display and (args.screen is not None
                        or args.page_seconds is not None):
        print("--screen and --page-seconds go with --display.", file=sys.stderr)
        return 2
    if display and not args.screenshot:
        from widgets.display.run import run_display

        return run_display(app, args)
    feed: LiveFeed | None = None
    lock: InstanceLock | None = None
    url = demo_url() if args.demo else dbmod.resolve_url(args.db)
    try:
        integrity.check(url, full=False)     # the header; every page once the window is up
        if not args.screenshot:
            lock = InstanceLock(instance_key(url))
            if not lock.acquire():
                return _refuse(args, app.translate(
                    "Instance", "HallDesk is already open on this database (process %1) on "
                    "this computer; use that window, or close it first.").replace(
                    "%1", str(lock.holder() or "?")))
        db, feed = _open_database(args, app, url)
        context = _context(args, db, user)
    except UserError as exc:
        if lock is not None:
            lock.release()
        return _refuse(args, message(exc))
    if context is None:
        db.dispose()
        if lock is not None:
            lock.release()
        return 0
    window = _main_window()(context, remember=not args.screenshot)
    if args.screenshot:
        try:
            from widgets import screenshots

            return screenshots.render(app, window, db, args.screenshot)
        finally:
            db.dispose()
    previous_crash = take_previous_crash()   # the lock is ours: a crashed run of ours
    checked = False
    status = 0
    try:
        while True:
            window.show()
            if previous_crash is not None:
                QTimer.singleShot(0, lambda w=window, c=previous_crash:
                                  offer_previous_crash(c[0], c[1], w))
                previous_crash = None
            if not checked:
                checked = True
                run_task(functools.partial(integrity.check, url),
                         functools.partial(_checked_result, window))
                if feed is not None:
                    feed.start()
            else:
                window.start_backups()
                window.start_drop_folder()
            # after the first paint: the inspection modules are not needed before it
            window.after_first_paint(functools.partial(
                _inspection_start, window, bool(args.inspect)))
            window.after_first_paint(runtime.settle)
            QTimer.singleShot(runtime.SETTLE_AGAIN_MS, runtime.settle)
            status = app.exec()
            if not window.logged_out:
                break
            # "Log out": the next person logs in on the same database.
            context = _context(args, db, user)
            if context is None:
                break
            window = _main_window()(context)
    finally:
        if feed is not None:
            feed.stop()
        QThreadPool.globalInstance().waitForDone(3000)  # type: ignore[union-attr]
        db.dispose()
        assert lock is not None
        lock.release()
    return status


def _checked_result(window: MainWindow, _result: object, error: BaseException | None
                    ) -> None:
    _checked(window, error)


def _checked(window: MainWindow, error: BaseException | None) -> None:
    """After the full quick_check: back up a sound database; refuse a damaged one."""
    if error is None:
        window.start_backups()
        window.start_drop_folder()
        return
    QMessageBox.critical(window, "HallDesk", message(error))
    window.close()


