"""The key projects' templates: the usual approval items of each project type, as the
TOML file the hall ships (resources/project_templates.toml), edited here and kept in
the settings. Checked when saved (stages, limits, dependencies, the hall's
departments); a refusal is one sentence and changes nothing."""

from __future__ import annotations

from PyQt6.QtGui import QFontDatabase
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.records import projects as svc
from widgets.context import AppContext
from widgets.settings.common import apply, guard


class ProjectTemplatesPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(self.tr("The usual approval items of each project type: a new key "
                               "project starts with its type's items. Stages 1–4 (立项, 用地, "
                               "规划, 施工许可), limits in working days, departments by "
                               "code."))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = QLabel()
        self.save = QPushButton(self.tr("Save"))
        self.save.clicked.connect(self._save)
        guard(self.save, context, "project.manage")
        self.text.setReadOnly(not self.save.isEnabled())
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(bar)

    def reload(self) -> None:
        with self.context.db.read() as session:
            self.text.setPlainText(svc.templates_text(session))
        self.status.setText("")

    def _save(self) -> None:
        text = self.text.toPlainText()
        ctx = self.context
        found = apply(self, ctx, lambda s: svc.store_templates(
            s, text, actor=ctx.account, role=ctx.role, now=ctx.clock()), self.tr("Save"))
        if found is not None:
            self.status.setText(self.tr("Saved: %1 project types; new projects use them from "
                                        "now on.").replace("%1", str(len(found))))
