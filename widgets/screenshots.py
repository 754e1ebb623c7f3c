"""``--screenshot DIR``: every tab, the inspection mode, the login dialogs and the
public display rendered to PNG, inside the event loop, and the application ended."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QThreadPool, QTimer
from PyQt6.QtWidgets import QApplication

from app import db as dbmod
from app.errors import UserError
from app.i18n import message
from widgets.main_window import MainWindow


def screenshot(window: MainWindow, folder: str) -> list[Path]:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in window.tab_names():
        page = window.show_tab(name)
        loader = getattr(page, "load_now", None)
        if loader is not None:
            loader()
        QApplication.processEvents()
        path = out / f"{page.NAME}.png"
        if not window.grab().save(str(path)):
            raise UserError(f"Cannot write the screenshot {path}.")
        written.append(path)
        for sub in getattr(page, "screenshot_pages", list)():   # the settings' panes
            page.show_subject(sub)  # type: ignore[attr-defined]
            QApplication.processEvents()
            path = out / f"{page.NAME}_{sub}.png"
            if not window.grab().save(str(path)):
                raise UserError(f"Cannot write the screenshot {path}.")
            written.append(path)
    from widgets.inspections.launch import screenshot as inspection_screenshot

    path = out / "inspect.png"
    if not inspection_screenshot(window, path):
        raise UserError(f"Cannot write the screenshot {path}.")
    written.append(path)
    written.extend(screenshot_dialogs(window.context.db, out))
    return written


def screenshot_dialogs(db: dbmod.Database, out: Path) -> list[Path]:
    """The login and first-start dialogs as a person meets them (nothing is written)."""
    from widgets.security.dialogs import FirstStartDialog, LoginDialog

    written = []
    for name, dialog in (("login", LoginDialog(db, name="wang.director")),
                         ("first_start", FirstStartDialog(db, name="wang.director"))):
        dialog.show()
        QApplication.processEvents()
        path = out / f"{name}.png"
        if not dialog.grab().save(str(path)):
            raise UserError(f"Cannot write the screenshot {path}.")
        dialog.close()
        written.append(path)
    return written


def render(app: QApplication, window: MainWindow, db: dbmod.Database,
                 folder: str) -> int:
    """Every tab, the inspection mode and the public display to PNG, rendered inside
    the event loop and ended by quitting it, as the application ends: what tears down
    on quitting then runs (pyqtgraph forgets its views on aboutToQuit; without it a
    chart destroyed after the QApplication crashed the process now and then)."""
    outcome: dict[str, Any] = {"status": 0}

    def work() -> None:
        try:
            for path in screenshot(window, folder):
                print(path)
            from widgets.display.run import screenshots as display_screenshots

            for path in display_screenshots(db, folder):
                print(path)
        except UserError as exc:
            print(message(exc), file=sys.stderr)
            outcome["status"] = 2
        except BaseException as exc:  # re-raised below, outside the event loop
            outcome["error"] = exc
        finally:
            _close(window)
            app.quit()

    QTimer.singleShot(0, work)
    app.exec()
    if "error" in outcome:
        raise outcome["error"]
    status: int = outcome["status"]
    return status


def _close(window: MainWindow) -> None:
    window.close()
    QThreadPool.globalInstance().waitForDone(3000)  # type: ignore[union-attr]
