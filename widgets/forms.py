"""What the dialogs share: the OK / Cancel row."""

from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog, accept: Callable[[], None] | None = None) -> QDialogButtonBox:
    """OK and Cancel: OK calls ``accept`` (the dialog's own by default), Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
