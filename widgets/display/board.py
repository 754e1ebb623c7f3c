"""The public display's picture: header (hall, date, time), one page of completed
cases, the hall's figures of today and a discreet status mark, painted in type
sized to the screen (a 1920×1080 lobby screen or a 1366×768 one) so that it reads
from several metres. It paints what app/display gives it and nothing else."""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo

from PyQt6.QtCore import QCoreApplication, QRect, Qt
from PyQt6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PyQt6.QtWidgets import QWidget

from app.display.board import APPROVED, Board, PublicCase
from widgets.figure_names import figure_name, labelled, today_name

NAVY = QColor("#0d47a1")
INK = QColor("#14202b")
MUTED = QColor("#5f6b77")
STRIPE = QColor("#eef3f9")
HEAD = QColor("#dbe6f3")
GOOD = QColor("#1b5e20")
NOT_GRANTED = QColor("#b23c17")
MARK = QColor("#f9a825")

BASE_W, BASE_H = 1920, 1080


def weekday(day: dt.date) -> str:
    names = (QCoreApplication.translate("DisplayBoard", "Monday"),
             QCoreApplication.translate("DisplayBoard", "Tuesday"),
             QCoreApplication.translate("DisplayBoard", "Wednesday"),
             QCoreApplication.translate("DisplayBoard", "Thursday"),
             QCoreApplication.translate("DisplayBoard", "Friday"),
             QCoreApplication.translate("DisplayBoard", "Saturday"),
             QCoreApplication.translate("DisplayBoard", "Sunday"))
    return names[day.weekday()]


def long_date(day: dt.date) -> str:
    return (QCoreApplication.translate("DisplayBoard", "%1, %2-%3-%4")
            .replace("%1", weekday(day)).replace("%2", str(day.year))
            .replace("%3", f"{day.month:02d}").replace("%4", f"{day.day:02d}"))


def result_word(result: str) -> str:
    if result == APPROVED:
        return QCoreApplication.translate("DisplayBoard", "Granted")
    return QCoreApplication.translate("DisplayBoard", "Not granted")


def when(case: PublicCase, board: Board, tz: dt.tzinfo) -> str:
    """Completion time: 14:32 today, "Yesterday 16:05", else "11-20 16:05"."""
    clock = dt.datetime.fromtimestamp(case.completed_at, tz).strftime("%H:%M")
    if case.day == board.today:
        return clock
    if case.day == board.today - dt.timedelta(days=1):
        return QCoreApplication.translate("DisplayBoard", "Yesterday %1").replace("%1", clock)
    return f"{case.day.month:02d}-{case.day.day:02d} {clock}"


def describe_case(case: PublicCase, board: Board, tz: dt.tzinfo) -> list[str]:
    """A row's cells as painted (tests and the accessible description read these)."""
    return [case.case_no, case.item, case.department, case.applicant or "—",
            result_word(case.result), when(case, board, tz)]


class BoardView(QWidget):
    """Paints a Board, one page of its cases at a time.

    ``page`` is the page shown; ``pages()`` how many there are at the current size;
    ``status_ok`` False shows the status mark (last good update time, small, in the
    footer corner) instead of an error box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.page = 0
        self.now = 0.0
        self.status_ok = True
        self.last_ok: float | None = None
        self._layout_key: tuple[int, int, int] | None = None
        self._layout: list[QRect] = []
        self._serial = 0
        self.body_px = 36.0
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.BlankCursor)

    # -- content -------------------------------------------------------------------
    def set_board(self, board: Board) -> None:
        self.board = board
        self._serial += 1
        self.status_ok, self.last_ok = True, board.at
        self.page = min(self.page, self.pages() - 1)
        self.update()

    def set_fresh(self, at: float) -> None:
        """The database was read at ``at`` and had nothing new."""
        if not self.status_ok:
            self.status_ok = True
            self.update()
        self.last_ok = at

    def set_failed(self) -> None:
        self.status_ok = False
        self.update()

    def set_now(self, now: float) -> None:
        self.now = now
        self.update(self._header_rect())

    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.board.timezone if self.board else "Asia/Shanghai")

    def next_page(self) -> int:
        self.page = (self.page + 1) % self.pages()
        self.update()
        return self.page

    def rows_per_page(self) -> int:
        return max(1, int(self._rows_rect().height() // self._row_h()))

    def pages(self) -> int:
        n = len(self.board.cases) if self.board else 0
        return max(1, math.ceil(n / self.rows_per_page()))

    def page_cases(self) -> list[PublicCase]:
        if self.board is None:
            return []
        per = self.rows_per_page()
        return self.board.cases[self.page * per:(self.page + 1) * per]

    def visible_rows(self) -> list[list[str]]:
        if self.board is None:
            return []
        tz = self.tz()
        return [describe_case(c, self.board, tz) for c in self.page_cases()]

    # -- geometry ------------------------------------------------------------------
    def _u(self) -> float:
        return min(self.width() / BASE_W, self.height() / BASE_H)

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(px)))
        font.setBold(bold)
        return font

    def _header_rect(self) -> QRect:
        return QRect(0, 0, self.width(), round(150 * self._u()))

    def _footer_h(self) -> int:
        return round(96 * self._u())

    def _colhead_rect(self) -> QRect:
        top = self._header_rect().bottom() + 1
        return QRect(0, top, self.width(), round(66 * self._u()))

    def _row_h(self) -> float:
        return 74 * self._u()

    def _rows_rect(self) -> QRect:
        top = self._colhead_rect().bottom() + 1
        return QRect(0, top, self.width(), self.height() - self._footer_h() - top)

    def _columns(self) -> list[QRect]:
        """Column rectangles (x and width only), from the widest text of each column on
        the whole board (so that pages do not jump): case number, result and time in
        full, the applicant up to a fifth of the width, item and department share the
        rest (a text too long for its column ends in …). When the texts need more than
        the width, the rows' type shrinks, to no less than 82 %."""
        key = (self.width(), self.height(), self._serial)
        if self._layout_key == key:
            return self._layout
        u = self._u()
        pad = round(36 * u)
        width = self.width() - 2 * pad
        widths, need = self._measure(36 * u, width)
        scale = 1.0
        if need > width:
            scale = max(0.82, width / need)
            widths, need = self._measure(36 * u * scale, width)
        self.body_px = 36 * u * scale
        x, out = pad, []
        for w in widths:
            out.append(QRect(x, 0, w, 0))
            x += w
        self._layout_key, self._layout = key, out
        return out

    def _measure(self, px: float, width: int) -> tuple[list[int], int]:
        """Column widths for row type of ``px`` pixels, and the width all would need."""
        u = self._u()
        gap = round(18 * u)
        body, head = QFontMetrics(self._font(px)), QFontMetrics(self._font(32 * u, True))
        bold = QFontMetrics(self._font(px, True))
        captions = self._captions()
        cases = self.board.cases if self.board else []
        tz = self.tz()

        def widest(metrics: QFontMetrics, texts: list[str], caption: str) -> int:
            return max([head.horizontalAdvance(caption), *(metrics.horizontalAdvance(t)
                                                           for t in texts)]) + gap + 2

        no_w = widest(body, [c.case_no for c in cases], captions[0])
        result_w = widest(bold, [result_word(APPROVED), result_word("rejected")], captions[4])
        times = {when(c, self.board, tz) for c in cases} if self.board else {"00:00"}
        time_w = widest(body, sorted(times), captions[5])
        applicant_need = widest(body, [c.applicant for c in cases], captions[3])
        applicant_w = min(applicant_need, width // 5)
        rest = max(0, width - no_w - result_w - time_w - applicant_w)
        item_need = widest(body, sorted({c.item for c in cases}), captions[1])
        dept_need = widest(body, sorted({c.department for c in cases}), captions[2])
        # What they need when it fits (the spare room shared alike), else in proportion.
        spare = rest - item_need - dept_need
        item_w = item_need + spare // 2 if spare >= 0 else rest * item_need // (item_need
                                                                                  + dept_need)
        need = no_w + result_w + time_w + applicant_need + item_need + dept_need
        return [no_w, item_w, rest - item_w, applicant_w, result_w, time_w], need

    def _captions(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("DisplayBoard", "Case number"),
                QCoreApplication.translate("DisplayBoard", "Service item"),
                QCoreApplication.translate("DisplayBoard", "Handling department"),
                QCoreApplication.translate("DisplayBoard", "Applicant"),
                QCoreApplication.translate("DisplayBoard", "Outcome"),
                QCoreApplication.translate("DisplayBoard", "Completed at"))

    # -- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent | None) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), QColor("white"))
        self._paint_header(p)
        self._paint_table(p)
        self._paint_footer(p)
        p.end()

    def _text(self, p: QPainter, rect: QRect, text: str, font: QFont,
              colour: QColor, align: Qt.AlignmentFlag) -> None:
        p.setFont(font)
        p.setPen(colour)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                               max(0, rect.width()))
        p.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_header(self, p: QPainter) -> None:
        u, head = self._u(), self._header_rect()
        p.fillRect(head, NAVY)
        pad = round(36 * u)
        white = QColor("white")
        left = Qt.AlignmentFlag.AlignLeft
        right = Qt.AlignmentFlag.AlignRight
        tz = self.tz()
        now = dt.datetime.fromtimestamp(self.now or (self.board.at if self.board else 0), tz)
        clock_w = round(560 * u)
        name = self.board.hall_name if self.board else ""
        text_w = head.width() - 2 * pad - clock_w
        self._text(p, QRect(pad, round(14 * u), text_w, round(70 * u)), name,
                   self._font(52 * u, True), white, left)
        self._text(p, QRect(pad, round(84 * u), text_w, round(52 * u)), self._subtitle(),
                   self._font(32 * u), QColor("#dce8fa"), left)
        x = head.width() - pad - clock_w
        self._text(p, QRect(x, round(10 * u), clock_w, round(80 * u)), now.strftime("%H:%M"),
                   self._font(66 * u, True), white, right)
        self._text(p, QRect(x, round(88 * u), clock_w, round(48 * u)), long_date(now.date()),
                   self._font(30 * u), QColor("#dce8fa"), right)

    def _subtitle(self) -> str:
        title = QCoreApplication.translate("DisplayBoard", "Completed cases")
        b = self.board
        if b is None:
            return title
        # The figure's one name (app/figures/names.py), as the live tab and the briefing
        completed = figure_name("cases_completed")
        parts = [title, labelled(today_name("cases_completed"), b.count(b.today))]
        if b.previous is not None:
            if b.previous == b.today - dt.timedelta(days=1):
                label = QCoreApplication.translate("FigureName", "%1 yesterday").replace(
                    "%1", completed)
            else:
                label = (QCoreApplication.translate("DisplayBoard", "%1-%2 %3")
                         .replace("%1", f"{b.previous.month:02d}")
                         .replace("%2", f"{b.previous.day:02d}").replace("%3", completed))
            parts.append(labelled(label, b.count(b.previous)))
        return "  ·  ".join(parts)

    def _paint_table(self, p: QPainter) -> None:
        u = self._u()
        cols = self._columns()
        head = self._colhead_rect()
        p.fillRect(head, HEAD)
        captions = self._captions()
        gap = round(18 * u)
        head_font = self._font(32 * u, True)
        for col, caption in zip(cols, captions, strict=True):
            self._text(p, QRect(col.x(), head.y(), col.width() - gap, head.height()), caption,
                       head_font, NAVY, Qt.AlignmentFlag.AlignLeft)
        area = self._rows_rect()
        rows = self.visible_rows()
        if not rows:
            message = (QCoreApplication.translate("DisplayBoard", "No case completed yet today.")
                       if self.board is not None else
                       QCoreApplication.translate("DisplayBoard", "Loading…"))
            self._text(p, area, message, self._font(44 * u), MUTED,
                       Qt.AlignmentFlag.AlignHCenter)
            return
        row_h = self._row_h()
        font, bold = self._font(self.body_px), self._font(self.body_px, True)
        cases = self.page_cases()
        for i, (cells, case) in enumerate(zip(rows, cases, strict=True)):
            top = area.y() + round(i * row_h)
            band = QRect(0, top, self.width(), round(row_h))
            if i % 2:
                p.fillRect(band, STRIPE)
            if i and case.day != cases[i - 1].day:  # where today's cases end
                p.fillRect(QRect(0, top - 1, self.width(), max(2, round(3 * u))), NAVY)
            for j, (col, text) in enumerate(zip(cols, cells, strict=True)):
                rect = QRect(col.x(), top, col.width() - gap, round(row_h))
                colour = INK
                use = font
                if j == 4:
                    colour = GOOD if case.result == APPROVED else NOT_GRANTED
                    use = bold
                self._text(p, rect, text, use, colour, Qt.AlignmentFlag.AlignLeft)

    def footer_text(self) -> str:
        """Today's hall figures as the footer shows them."""
        f = self.board.figures if self.board else None
        if f is None:
            return ""
        wait = "—" if f.avg_wait_s is None else f"{f.avg_wait_s / 60:.1f}"
        rate = "—" if f.satisfaction_rate is None else f"{f.satisfaction_rate * 100:.1f}%"
        return "    ".join((
            labelled(today_name("served"), f"{f.served:,}"),
            QCoreApplication.translate("DisplayBoard", "%1: %2 min")
            .replace("%1", figure_name("avg_wait_s")).replace("%2", wait),
            labelled(figure_name("satisfaction_rate"), rate),
        ))

    def page_text(self) -> str:
        return (QCoreApplication.translate("DisplayBoard", "Page %1 of %2")
                .replace("%1", str(self.page + 1)).replace("%2", str(self.pages())))

    def mark_text(self) -> str:
        """The status mark: empty while the data is fresh; else a dot and the time of
        the last good update (the public sees a small dot, the office knows)."""
        if self.status_ok:
            return ""
        if self.last_ok is None:
            return "●"
        return "● " + dt.datetime.fromtimestamp(self.last_ok, self.tz()).strftime("%H:%M")

    def _paint_footer(self, p: QPainter) -> None:
        u = self._u()
        top = self.height() - self._footer_h()
        rect = QRect(0, top, self.width(), self._footer_h())
        p.fillRect(rect, QColor("#f1f4f8"))
        p.setPen(HEAD)
        p.drawLine(0, top, self.width(), top)
        pad = round(36 * u)
        page_w = round(300 * u)
        mark_w = round(150 * u)
        self._text(p, QRect(pad, top, rect.width() - 2 * pad - page_w - mark_w, rect.height()),
                   self.footer_text(), self._font(34 * u, True), INK, Qt.AlignmentFlag.AlignLeft)
        self._text(p, QRect(rect.width() - pad - mark_w - page_w, top, page_w, rect.height()),
                   self.page_text(), self._font(30 * u), MUTED, Qt.AlignmentFlag.AlignRight)
        mark = self.mark_text()
        if mark:
            self._text(p, QRect(rect.width() - pad - mark_w, top, mark_w, rect.height()), mark,
                       self._font(22 * u), MARK, Qt.AlignmentFlag.AlignRight)
