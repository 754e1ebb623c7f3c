"""Start the public display (``main.py --display [--screen N] [--page-seconds N]``)
and render it for ``--screenshot``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from PyQt6.QtCore import Qt, QThreadPool
from PyQt6.QtGui import QGuiApplication
from PyQt6.QtWidgets import QApplication

from app import db as dbmod
from app.display.settings import display_settings
from app.errors import DatabaseUnavailable, UserError
from app.i18n import message
from app.io.upgrade import migrate_with_backup
from app.security.permissions import DISPLAY
from widgets.context import AppContext
from widgets.display.window import DisplayWindow

if TYPE_CHECKING:
    from app.cli.options import StartOptions
    from widgets.demo import LiveFeed

log = logging.getLogger("halldesk.display")

# --screenshot renders the display at the two lobby-screen sizes.
SCREENSHOT_SIZES = (("display", 1920, 1080), ("display-1366", 1366, 768))


def log_file() -> Path:
    return Path(platformdirs.user_log_dir("HallDesk", appauthor=False)) / "display.log"


def _setup_logging() -> None:
    """Problems go to the log file (and standard error), never to the screen."""
    logger = logging.getLogger("halldesk")
    logger.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(path, encoding="utf-8"))
    except OSError as exc:
        print(f"The display log cannot be written ({exc.strerror}); logging to standard "
              "error only.", file=sys.stderr)
    for handler in handlers:
        handler.setFormatter(fmt)
        logger.addHandler(handler)


def _open(args: StartOptions) -> tuple[dbmod.Database, LiveFeed | None]:
    """The database (the demo one with its live feed under ``--demo``). A server that
    is not up yet is no reason to stop: the display starts and waits for it."""
    if args.demo:
        from widgets.demo import LiveFeed, build_demo, demo_url

        db = dbmod.Database(demo_url())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if not dbmod.is_initialised(db):
            build_demo(app, db, "demo:display")
        else:
            migrate_with_backup(db)
        return db, LiveFeed(db, "demo:display")
    url = dbmod.resolve_url(args.db)
    try:
        return dbmod.open_database(url), None
    except DatabaseUnavailable as exc:
        log.error("%s The display starts and retries.", exc)
        return dbmod.Database(url), None


def _place(window: DisplayWindow, screen_no: int | None) -> None:
    screens = QGuiApplication.screens()
    screen = QGuiApplication.primaryScreen()
    if screen_no is not None:
        if 0 <= screen_no < len(screens):
            screen = screens[screen_no]
        else:
            log.warning("There is no screen %d (%d connected); the display uses the "
                        "primary screen.", screen_no, len(screens))
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def run_display(app: QApplication, args: StartOptions) -> int:
    _setup_logging()
    try:
        settings = display_settings(args.page_seconds)
        if args.screen is not None and args.screen < 0:
            raise UserError(f"--screen {args.screen} must be 0 or more.")
        db, feed = _open(args)
    except UserError as exc:
        print(" ".join(message(exc).split()), file=sys.stderr)
        return 2
    window = DisplayWindow(AppContext(db, "display", role=DISPLAY), settings)
    app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # no pointer anywhere on the screen
    _place(window, args.screen)
    window.start()
    log.info("Public display on %s, a page every %d s.", db.display_name(),
             settings.page_seconds)
    if feed is not None:
        feed.start()
    status = app.exec()
    app.restoreOverrideCursor()
    window.shutdown()
    if feed is not None:
        feed.stop()
    QThreadPool.globalInstance().waitForDone(3000)  # type: ignore[union-attr]
    db.dispose()
    return status


def screenshots(db: dbmod.Database, folder: str) -> list[Path]:
    """display.png at 1920×1080 and display-1366.png at 1366×768."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    window = DisplayWindow(AppContext(db, "display", role=DISPLAY))
    written = []
    try:
        window.load_now()
        for name, width, height in SCREENSHOT_SIZES:
            window.resize(width, height)
            window.view.resize(width, height)
            path = out / f"{name}.png"
            if not window.grab().save(str(path)):
                raise UserError(f"Cannot write the screenshot {path}.")
            written.append(path)
    finally:
        window.shutdown()
        window.deleteLater()
    return written
