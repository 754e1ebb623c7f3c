"""Progress of long command-line work (demo, import, backup, briefing): one line on the
terminal redrawn in place, a few times a second, then "done"; nothing at all when the
output is not a terminal (a pipe, a log file, cron), so scripts read only the result.

A ``TerminalProgress`` is the ``progress(done, total)`` callback the services already
take for the desktop's progress bars (app/io/xlsx.Progress).
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from app.i18n import sentence

INTERVAL_S = 0.2


def on_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):   # closed or not a real stream
        return False


class TerminalProgress:
    """``label: 42% (420/1000)`` on ``stream`` (standard error) while work runs."""

    def __init__(self, label: str, stream: TextIO | None = None, *,
                 active: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.active = on_terminal(self.stream) if active is None else active
        self.label = label
        self._last = -INTERVAL_S
        self._width = 0
        self.shown = 0          # lines drawn (for the tests)

    def __call__(self, done: int, total: int) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if now - self._last < INTERVAL_S and done < total:
            return
        self._last = now
        pct = int(100 * done / total) if total > 0 else 0
        self._draw(sentence(f"{self.label}: {pct}%") + (f" ({done:,}/{total:,})" if total > 1
                                                         else ""))

    def _draw(self, text: str) -> None:
        pad = max(self._width - len(text), 0)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = len(text)
        self.shown += 1

    def finish(self) -> None:
        """The line ends with "done" (only if something was drawn)."""
        if self.active and self.shown:
            self._draw(sentence(f"{self.label}: done"))
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.finish()
        elif self.active and self.shown:
            self.stream.write("\n")      # the error's sentence on a line of its own
            self.stream.flush()
