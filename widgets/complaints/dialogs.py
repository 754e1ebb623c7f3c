"""The ledger's forms: register a complaint, take a step, correct an entry. Each form
checks its fields with the ledger's own rules (app.records.complaint_rules) and
names the first bad one in a sentence inside the form, which stays open."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PyQt6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone
from PyQt6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.records import complaint_rules as rules
from app.records.ledger import EntryDetail
from widgets.complaints.labels import (
    action_label,
    field_label,
    satisfaction_label,
    source_label,
)
from widgets.forms import ok_cancel

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

FORM_SOURCES = ("hotline", "phone", "letter", "web", "in_person")


def issue_sentence(what: str, issue: rules.Issue) -> str:
    """A field's issue as one translated sentence naming the field."""
    if issue.kind == "too_long":
        return (translate("ComplaintForms", "%1 is too long: %2 characters, at most %3.")
                .replace("%1", what).replace("%2", str(issue.args[0]))
                .replace("%3", str(issue.args[1])))
    if issue.kind == "masked":
        return translate("ComplaintForms", "%1 is masked (it contains *); enter the real value or "
                 "leave it empty.").replace("%1", what)
    if issue.kind == "bad_phone":
        return translate("ComplaintForms", "%1 is not a phone number: use 5–20 digits, "
                         "spaces, +, - or brackets.").replace("%1", what)
    return translate("ComplaintForms", "%1 contains control characters.").replace("%1", what)


def window_combo(windows: list[tuple[str, str, str]], current: str = "",
                 allow_none: bool = True) -> QComboBox:
    box = QComboBox()
    if allow_none:
        box.addItem(translate("ComplaintForms", "— none —"), "")
    for code, label, _dept in windows:
        box.addItem(f"{code}  {label}".rstrip(), code)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


class _Form(QDialog):
    """A form with an error line and OK/Cancel; subclasses implement ``problem``."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color:#b71c1c")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def problem(self) -> tuple[str, QWidget] | None:
        raise NotImplementedError

    def accept(self) -> None:
        found = self.problem()
        if found is not None:
            message, widget = found
            self.error.setText(message)
            self.error.show()
            widget.setFocus()
            return
        super().accept()

    def _text_problem(self, edit: QPlainTextEdit | QLineEdit, what: str,
                      required: bool) -> tuple[str, QWidget] | None:
        value = _text(edit)
        if not value:
            if required:
                return (translate("ComplaintForms", "%1 is empty; it must be "
                                                   "filled in.").replace("%1", what), edit)
            return None
        issue = rules.text_issue(value)
        return (issue_sentence(what, issue), edit) if issue else None

    @staticmethod
    def _citizen_problem(name: QLineEdit, name_what: str, phone: QLineEdit,
                         phone_what: str) -> tuple[str, QWidget] | None:
        """What is wrong with the citizen's name or phone number (both may be empty).
        The field names come from the subclass, in its own ``tr`` context."""
        for edit, what, check in ((name, name_what, rules.name_issue),
                                  (phone, phone_what, rules.phone_issue)):
            value = _text(edit)
            issue = check(value) if value else None
            if issue:
                return issue_sentence(what, issue), edit
        return None


def _text(edit: QPlainTextEdit | QLineEdit) -> str:
    return (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()


class RegisterDialog(_Form):
    """Register a complaint received by phone, letter, web or in person."""

    def __init__(self, windows: list[tuple[str, str, str]], now: float, tz: dt.tzinfo,
                 parent: QWidget | None = None, categories: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a complaint"))
        self.now = now
        self.source = QComboBox()
        for key in FORM_SOURCES:
            self.source.addItem(source_label(key), key)
        # The hall's time, whatever the workstation's zone.
        zone = QTimeZone(str(tz).encode())
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now), zone))
        self.when.setTimeZone(zone)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.window_box = window_combo(windows)
        self.name = QLineEdit()
        self.name.setMaxLength(rules.MAX_NAME)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("13812345678")
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("What the citizen complains about"))
        self.category = category_combo(categories)
        self.form.addRow(self.tr("Source"), self.source)
        self.form.addRow(self.tr("Received"), self.when)
        self.form.addRow(self.tr("Window"), self.window_box)
        self.form.addRow(self.tr("Citizen"), self.name)
        self.form.addRow(self.tr("Phone number"), self.phone)
        self.form.addRow(self.tr("Complaint"), self.content)
        self.form.addRow(field_label("category"), self.category)
        self.resize(520, 420)

    def problem(self) -> tuple[str, QWidget] | None:
        found = (self._text_problem(self.content, self.tr("The complaint"), required=True)
                 or self._citizen_problem(self.name, self.tr("The citizen's name"),
                                          self.phone, self.tr("The phone number")))
        if found:
            return found
        if self.when.dateTime().toSecsSinceEpoch() > self.now + 60:
            return self.tr("The time received is in the future."), self.when
        return None

    def values(self) -> dict[str, Any]:
        return {"source": self.source.currentData(),
                "registered_at": float(self.when.dateTime().toSecsSinceEpoch()),
                "window": self.window_box.currentData() or None,
                "citizen_name": _text(self.name) or None,
                "citizen_phone": _text(self.phone) or None,
                "content": _text(self.content),
                "category": self.category.currentData() or None}


class StepDialog(_Form):
    """Take one step on an entry: the note and whatever the step needs."""

    def __init__(self, action: str, entry: EntryDetail, windows: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = rules.ACTIONS[action]
        self.setWindowTitle(f"{action_label(action)} — {entry.row.code}")
        summary = QLabel(entry.row.content)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Complaint"), summary)
        self.window_box: QComboBox | None = None
        if rules.WINDOW in self.action.needs:
            self.window_box = window_combo(windows, entry.row.window, allow_none=False)
            self.form.addRow(self.tr("Window"), self.window_box)
        self.satisfaction: QComboBox | None = None
        if rules.SATISFACTION in self.action.needs:
            # 满意 / 基本满意 / 不满意; dissatisfied sends the entry back to rectifying.
            self.satisfaction = QComboBox()
            self.satisfaction.setObjectName("satisfaction")
            for key in rules.SATISFACTIONS:
                self.satisfaction.addItem(satisfaction_label(key), key)
            self.form.addRow(field_label(rules.SATISFACTION), self.satisfaction)
        self.fields: dict[str, QPlainTextEdit] = {}
        for field in (rules.FINDING, rules.RECTIFICATION, rules.FOLLOW_UP, rules.NOTE):
            if field == rules.NOTE or field in self.action.needs:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                if field == rules.FINDING and entry.finding:
                    edit.setPlainText(entry.finding)
                label = field_label(field)
                if field == rules.NOTE and rules.NOTE not in self.action.needs:
                    label = self.tr("Note (optional)")
                self.form.addRow(label, edit)
                self.fields[field] = edit
        first = next(iter(self.fields.values()))
        first.setFocus()
        self.resize(520, 360)

    def problem(self) -> tuple[str, QWidget] | None:
        for field, edit in self.fields.items():
            required = field in self.action.needs
            found = self._text_problem(edit, field_label(field), required)
            if found:
                return found
        return None

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {field: _text(edit) or None for field, edit in self.fields.items()}
        out["note"] = out.get("note") or ""
        if self.window_box is not None:
            out["window"] = self.window_box.currentData()
        if self.satisfaction is not None:
            out["satisfaction"] = self.satisfaction.currentData()
        return out


def category_combo(categories: tuple[str, ...], current: str = "") -> QComboBox:
    box = QComboBox()
    box.setObjectName("category")
    box.addItem(translate("ComplaintForms", "— not given —"), "")
    for name in (*categories, *((current,) if current and current not in categories else ())):
        box.addItem(name, name)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


def handler_combo(handlers: tuple[tuple[str, str], ...], current: str = "") -> QComboBox:
    box = QComboBox()
    box.setObjectName("handler")
    box.addItem(translate("ComplaintForms", "— nobody yet —"), "")
    for login, shown in handlers:
        box.addItem(shown, login)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class AssignDialog(_Form):
    """Set an entry's category (投诉类别) and handler (承办人)."""

    def __init__(self, entry: EntryDetail, categories: tuple[str, ...],
                 handlers: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Category and handler — %1").replace("%1", entry.row.code))
        self.category = category_combo(categories, entry.row.category)
        self.handler = handler_combo(handlers, entry.row.handler)
        self.form.addRow(field_label("category"), self.category)
        self.form.addRow(field_label("handler"), self.handler)
        self.resize(420, 160)

    def problem(self) -> tuple[str, QWidget] | None:
        v = self.values()
        if ((v["category"] or "", v["handler"] or "")
                == (self.entry.row.category, self.entry.row.handler)):
            return self.tr("Nothing is changed; choose another category or handler, or "
                           "cancel."), self.category
        return None

    def values(self) -> dict[str, Any]:
        return {"category": self.category.currentData() or None,
                "handler": self.handler.currentData() or None}


class CorrectDialog(_Form):
    """A correction: the changed fields and the reason. Personal data the role may
    not see starts empty (empty = unchanged)."""

    def __init__(self, entry: EntryDetail, windows: list[tuple[str, str, str]],
                 director: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.director = director
        self.setWindowTitle(self.tr("Correct %1").replace("%1", entry.row.code))
        self.content = QPlainTextEdit(entry.row.content)
        self.window_box = window_combo(windows, entry.row.window)
        self.name = QLineEdit(entry.row.citizen_name if director else "")
        self.phone = QLineEdit(entry.row.citizen_phone if director else "")
        if not director:
            for edit, shown in ((self.name, entry.row.citizen_name),
                                (self.phone, entry.row.citizen_phone)):
                edit.setPlaceholderText(self.tr("unchanged (%1)").replace("%1", shown or "—"))
        self.form.addRow(self.tr("Complaint"), self.content)
        self.form.addRow(self.tr("Window"), self.window_box)
        self.form.addRow(self.tr("Citizen"), self.name)
        self.form.addRow(self.tr("Phone number"), self.phone)
        self.texts: dict[str, QPlainTextEdit] = {}
        for field in (rules.FINDING, rules.RECTIFICATION, rules.FOLLOW_UP):
            value = getattr(entry, field)
            if value:
                self.texts[field] = QPlainTextEdit(value)
                self.form.addRow(field_label(field), self.texts[field])
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Reason for the correction"), self.reason)
        self.resize(560, 480)

    def problem(self) -> tuple[str, QWidget] | None:
        checks: list[tuple[QPlainTextEdit | QLineEdit, str, bool]] = [
            (self.content, self.tr("The complaint"), True),
            *((edit, field_label(f), True) for f, edit in self.texts.items()),
            (self.reason, self.tr("The reason for the correction"), True)]
        for edit, what, required in checks:
            found = self._text_problem(edit, what, required)
            if found:
                return found
        found = self._citizen_problem(self.name, self.tr("The citizen's name"),
                                      self.phone, self.tr("The phone number"))
        if found:
            return found
        if not self.changes():
            return self.tr("Nothing is changed; change a field or cancel."), self.content
        return None

    def changes(self) -> dict[str, str | None]:
        row = self.entry.row
        out: dict[str, str | None] = {}
        if _text(self.content) != row.content:
            out["content"] = _text(self.content)
        if (self.window_box.currentData() or "") != row.window:
            out["window"] = self.window_box.currentData() or None
        for field, line, current in (("citizen_name", self.name, row.citizen_name),
                                     ("citizen_phone", self.phone, row.citizen_phone)):
            value = _text(line)
            if self.director and value != current:
                out[field] = value or None
            elif not self.director and value:
                out[field] = value
        for field, edit in self.texts.items():
            if _text(edit) != getattr(self.entry, field):
                out[field] = _text(edit)
        return out

    def reason_text(self) -> str:
        return _text(self.reason)

