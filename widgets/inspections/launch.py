"""Entering the inspection mode from the main window (toolbar, ``--inspect``, the
offer to resume an interrupted round at start) and rendering it for screenshots."""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import QApplication, QMessageBox, QWidget

from app.records import inspections as svc
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.inspections.mode import InspectionMode

SCREEN = (1024, 768)


def _context(main: QWidget) -> AppContext:
    context = getattr(main, "context", None)
    assert isinstance(context, AppContext)
    return context


def open_mode(main: QWidget, *, full_screen: bool = True,
              resume: bool = False) -> InspectionMode:
    """Show the mode over ``main``; closing it returns to the tabs."""
    for existing in main.findChildren(InspectionMode):
        if existing.isVisible() and not existing.viewer:
            existing.raise_()               # the mode is open already
            existing.activateWindow()
            return existing
    mode = InspectionMode(_context(main), main)
    mode.left.connect(mode.deleteLater)
    refresh = getattr(main, "refresh_current", None)
    if refresh is not None:
        mode.left.connect(refresh)
    if full_screen:
        mode.showFullScreen()
    else:
        mode.resize(*SCREEN)
        mode.show()
    mode.begin()
    if resume and mode.start_page.resume_button.isVisible():
        mode.resume()
    return mode


def offer_resume(main: QWidget) -> InspectionMode | None:
    """At start: if the account has an interrupted round, offer to resume it."""
    context = _context(main)
    if not allows(context.role, "inspection.record"):
        return None
    with context.db.read() as session:
        found = svc.open_round_of(session, context.account)
        code = None if found is None else found.code
    if code is None:
        return None
    answer = QMessageBox.question(
        main, QCoreApplication.translate("InspectionMode", "Interrupted inspection"),
        QCoreApplication.translate("InspectionMode", "Inspection round %1 was interrupted. "
                                   "Resume it now, where you left off?").replace("%1", code))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return open_mode(main, resume=True)


def screenshot(main: QWidget, path: Path) -> bool:
    """Render the mode at 1024×768: the account's open round, else the latest round
    (read only), else the start page. Nothing is written to the database."""
    from sqlalchemy import select

    from models import InspectionRound

    context = _context(main)
    mode = InspectionMode(context, main)
    mode.resize(*SCREEN)
    mode.controller.refresh_live(wait=True)
    with context.db.read() as session:
        found = svc.open_round_of(session, context.account)
        latest = found.id if found is not None else session.scalar(
            select(InspectionRound.id).order_by(InspectionRound.started_at.desc()).limit(1))
    if latest is None:
        mode.begin()
        mode.live_timer.stop()
    else:
        mode.show_round(latest, read_only=True)
        mode.show_first_finding()
    QApplication.processEvents()
    ok = mode.grab().save(str(path))
    mode.controller.wait()
    mode.deleteLater()
    return ok
