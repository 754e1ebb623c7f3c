"""The command line's language: Chinese by default, as the application is, whatever the
machine's locale; English with ``HALLDESK_LANG=en``.

The messages are written in English in the code (the msgids, as with gettext) and
translated through the standard library's ``gettext`` interface: ``translation()``
returns a ``gettext.NullTranslations`` (English) or a ``Catalogue`` over the Chinese
table of app/i18n_zh.py. The table is Python rather than a compiled ``.mo`` file: it
needs no build step in a source checkout or a wheel, mypy and the tests read it, and
the same texts fill the desktop's Qt translation (tools/zh_ledger.py).

Most messages carry values (a file name, a window code) and are raised as f-strings
deep in app/ (``UserError``) or printed by a command; they are translated as whole
sentences when they reach the user: ``sentence(text)`` finds the message's template
(``"Cannot read the spreadsheet {}: {}."``) and puts its values into the Chinese one
(``"无法读取表格 {0}：{1}。"``), translating a value that is itself a known phrase.
"""

from __future__ import annotations

import gettext
import os
import re
import sys
from collections.abc import Mapping
from functools import lru_cache
from typing import TextIO

ENV = "HALLDESK_LANG"
ENGLISH, CHINESE = "en", "zh_CN"


def language(environ: Mapping[str, str] | None = None) -> str:
    """``en`` when ``HALLDESK_LANG`` asks for English (``en``, ``en_US``…), else Chinese."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip().lower()
    return ENGLISH if value.startswith("en") else CHINESE


_PLACEHOLDER = re.compile(r"\{\d*\}")
STRICT_BELOW = 8      # fixed characters under which a template needs every value known


class Catalogue(gettext.NullTranslations):
    """gettext's interface over a table of English → Chinese, with templates: an
    English ``{}`` matches any value, the Chinese ``{0}``, ``{1}``… put them back."""

    def __init__(self, table: Mapping[str, str]) -> None:
        super().__init__()
        self.table = dict(table)
        templates = [(key, value) for key, value in self.table.items() if "{}" in key]
        # the most specific first: more fixed text, then fewer values
        templates.sort(key=lambda kv: (-len(_PLACEHOLDER.sub("", kv[0])), kv[0].count("{}")))
        self._templates = templates
        self._compiled: list[tuple[re.Pattern[str], str, bool]] | None = None

    @property
    def templates(self) -> list[tuple[re.Pattern[str], str, bool]]:
        """The templates as patterns, compiled at the first sentence that needs them
        (hundreds of patterns: a start that only asks ``gettext`` never pays for them).
        A template with hardly any fixed text ("{} is {}.") would match sentences it
        was never written for: it is used only when every value is itself known."""
        if self._compiled is None:
            self._compiled = [(self._pattern(key), value,
                               len(_PLACEHOLDER.sub("", key).strip()) < STRICT_BELOW)
                              for key, value in self._templates]
        return self._compiled

    @staticmethod
    def _pattern(template: str) -> re.Pattern[str]:
        parts = template.replace("{{", "\x00").replace("}}", "\x01").split("{}")
        fixed = [re.escape(p.replace("\x00", "{").replace("\x01", "}")) for p in parts]
        return re.compile("^" + "(.*?)".join(fixed) + "$", re.DOTALL)

    def gettext(self, message: str) -> str:
        return self.table.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.table.get(msgid1 if n == 1 else msgid2, msgid1 if n == 1 else msgid2)

    def find(self, text: str, depth: int = 0) -> str | None:
        """The Chinese of a whole message, or None when the catalogue does not know it."""
        if text in self.table:
            return self.table[text]
        if depth > 2:
            return None
        for pattern, chinese, strict in self.templates:
            match = pattern.match(text)
            if match is None:
                continue
            found = [self.find(v, depth + 1) for v in match.groups()]
            if strict and any(f is None for f in found):
                continue
            values = [f if f is not None else v for f, v in zip(found, match.groups(),
                                                                  strict=True)]
            try:
                return chinese.format(*values)
            except (IndexError, KeyError, ValueError):
                return None
        return None

    def sentence(self, text: str) -> str:
        return self.find(text) or text


class English(gettext.NullTranslations):
    """The messages as written."""

    def sentence(self, text: str) -> str:
        return text


@lru_cache(maxsize=2)
def _translation(lang: str) -> Catalogue | English:
    if lang == ENGLISH:
        return English()
    from app.i18n_zh import ZH

    return Catalogue(ZH)


def translation() -> Catalogue | English:
    """The translation of ``HALLDESK_LANG`` as it is now."""
    return _translation(language())


def _(message: str) -> str:
    """gettext's ``_``: a fixed message in the chosen language."""
    return translation().gettext(message)


def sentence(text: str) -> str:
    """A whole message (values filled in) in the chosen language."""
    return translation().sentence(text)


def message(error: BaseException | str | None) -> str:
    """What a dialog or a status line says of an error: its sentence in the chosen
    language (the English text where no template is known yet)."""
    if error is None:
        return ""
    return sentence(str(error))


def chinese(text: str) -> str | None:
    """The Chinese of a message, None when there is none (for the tests)."""
    found = _translation(CHINESE)
    assert isinstance(found, Catalogue)
    return found.find(text)


def echo(text: str = "", *, file: TextIO | None = None, end: str = "\n",
         flush: bool = False) -> None:
    """``print`` of a command's message, translated."""
    print(sentence(text) if text else text, file=file or sys.stdout, end=end, flush=flush)
