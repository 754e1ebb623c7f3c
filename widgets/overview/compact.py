"""The whole hall on one screen (全馆): every window as a small tile, floor by floor,
painted by one widget, tiles as large as the room allows.

A tile shows the window's code, its state by colour and by word, how long the current
service has run, and its marks: red and yellow cards, a long wait in its department's
queue, the evaluation device off, other open alerts. Tiles repaint only where what
they show changed; their text is laid out once per change (QStaticText)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PyQt6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    pyqtSignal,
)
from PyQt6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
    QResizeEvent,
    QStaticText,
)
from PyQt6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.figures.alerts import EVALUATOR_OFF, LONG_WAIT, WindowMarks
from app.figures.live import CLOSED, WindowNow
from widgets.overview.model import STATE_COLOURS, state_word
from widgets.overview.tiles import NO_MARKS, STATE_EDGES

GAP = 4.0
LABEL_W = 30.0              # the floor's name at the left of its rows
MIN_W, MIN_H = 54.0, 38.0   # below this a tile is not legible across the room: scroll
MAX_W, MAX_H = 200.0, 120.0
RED, YELLOW = QColor("#c62828"), QColor("#f9a825")
_NO_KEY = str(NO_MARKS.key())


@dataclass
class _Tile:
    window: WindowNow
    marks: WindowMarks
    lines: tuple[str, ...] = ()
    rect: QRectF = field(default_factory=QRectF)
    box: QRect = field(default_factory=QRect)      # rect, aligned: what paints repaint
    texts: list[tuple[QPointF, QFont, QColor, QStaticText]] | None = None
    image: QPixmap | None = None     # the tile as painted, over the map's own background
    badges: list[tuple[QRectF, str, QColor, QColor]] = field(default_factory=list)


def fit(floors: list[int], width: float, height: float) -> tuple[int, float, float]:
    """Columns and tile size for ``floors`` (windows per floor) in width × height:
    the columns that give the largest legible tile, each floor starting a new row.
    A tile is at most MAX_W × MAX_H and at least MIN_W × MIN_H (then the view
    scrolls)."""
    if not floors:
        return 1, MAX_W, MAX_H
    room_w = max(1.0, width - LABEL_W)
    best: tuple[float, int, float, float] | None = None
    for cols in range(1, max(floors) + 1):
        rows = sum(math.ceil(n / cols) for n in floors)
        w = min(MAX_W, (room_w - (cols - 1) * GAP) / cols)
        h = min(MAX_H, (height - (rows - 1) * GAP - (len(floors) - 1) * GAP) / rows)
        if w < MIN_W:
            break
        # the size of a tile of the preferred shape (about 1.6 wide to 1 high) that fits
        score = min(w, h * 1.6)
        if h >= MIN_H and (best is None or score > best[0]):
            best = (score, cols, w, min(h, w))
    if best is not None:
        return best[1], best[2], best[3]
    cols = max(1, int((room_w + GAP) // (MIN_W + GAP)))
    return cols, max(MIN_W, (room_w - (cols - 1) * GAP) / cols), MIN_H


def needed_height(floors: list[int], cols: int, tile_h: float) -> float:
    rows = sum(math.ceil(n / cols) for n in floors)
    return rows * tile_h + (rows - 1) * GAP + (len(floors) - 1) * GAP


class HallMap(QWidget):
    """Signals: window_clicked(str window code)."""

    window_clicked = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hall_map")
        self.tiles: dict[str, _Tile] = {}
        self.floor_rows: list[tuple[int, QRectF]] = []   # floor, the band of its rows
        self.now = 0.0
        self.cols = 1
        self.tile_size = QSize(0, 0)
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetricsF] = {}
        # Laid-out texts and tile backgrounds, kept across refreshes (a ticking service
        # time lays out one new text; a tile's frame is a pixmap, not an antialiased
        # path each second); emptied when the tiles' size or the font changes.
        self._texts: dict[tuple[str, str, float], QStaticText] = {}
        self._backs: dict[tuple[str, bool], QPixmap] = {}
        self._floor_texts: dict[int, QStaticText] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    # -- data ----------------------------------------------------------------------
    def set_windows(self, windows: list[WindowNow], now: float,
                    marks: dict[str, WindowMarks]) -> None:
        self.now = now
        tiles = self.tiles
        rebuild = [w.code for w in windows] != list(tiles) or any(
            tiles[w.code].window.floor != w.floor for w in windows)
        if rebuild:
            self.tiles = tiles = {w.code: _Tile(w, marks.get(w.code) or WindowMarks())
                                  for w in windows}
            self._place()
        # Worded once per refresh, not once per tile (200 tiles a second).
        minutes = QCoreApplication.translate("HallMap", "%1′")
        words: dict[str, str] = {}
        for w in windows:
            tile = tiles[w.code]
            m = marks.get(w.code) or NO_MARKS
            word = words.get(w.state)
            if word is None:
                word = words[w.state] = state_word(w.state)
            lines = self._lines(w, m, minutes, word)
            if rebuild or lines != tile.lines:
                tile.window, tile.marks, tile.lines = w, m, lines
                tile.texts = tile.image = None
                self.update(tile.box.adjusted(-2, -2, 2, 2))
            else:
                tile.window, tile.marks = w, m

    def _lines(self, w: WindowNow, m: WindowMarks, minutes: str | None = None,
               word: str | None = None) -> tuple[str, ...]:
        """What the tile shows, as the cache key of its painting (``minutes`` and
        ``word``: the service time's pattern and the state word, if already worded)."""
        # In whole minutes: legible across the room, and a tile changes once a minute,
        # not every second (the floor plans show the seconds).
        if w.service_started_at is None:
            elapsed = ""
        else:
            if minutes is None:
                minutes = QCoreApplication.translate("HallMap", "%1′")
            elapsed = minutes.replace(
                "%1", str(max(0, int(self.now - w.service_started_at)) // 60))
        return (w.code, w.state, state_word(w.state) if word is None else word, elapsed,
                w.label, w.staff or "", str(m.key()) if m.red or m.yellow or m.kinds
                or m.open else _NO_KEY)

    # -- geometry ------------------------------------------------------------------
    def floors(self) -> dict[int, list[_Tile]]:
        out: dict[int, list[_Tile]] = {}
        for tile in self.tiles.values():
            out.setdefault(tile.window.floor, []).append(tile)
        return dict(sorted(out.items()))

    def _place(self) -> None:
        floors = self.floors()
        counts = [len(t) for t in floors.values()]
        area = self.contentsRect()
        # The room is the scroll area's viewport (this widget's parent), not this
        # widget's own height, which grows when the tiles do not fit.
        room = self.parentWidget()
        height = room.height() if room is not None else area.height()
        cols, w, h = fit(counts, area.width(), height)
        need = math.ceil(needed_height(counts, cols, h) - 0.5) if counts else 0
        # Too many windows for legible tiles: grow, so that the scroll area scrolls
        # (not for the rounding of a fitted height).
        wanted = need if need > height + 1 else 0
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)
        self.cols, self.tile_size = cols, QSize(int(w), int(h))
        self.floor_rows = []
        self._fonts, self._metrics, self._texts, self._backs = {}, {}, {}, {}
        y = float(area.top())
        for floor, tiles in floors.items():
            top = y
            for i, tile in enumerate(tiles):
                r, c = divmod(i, cols)
                tile.rect = QRectF(area.left() + LABEL_W + c * (w + GAP), top + r * (h + GAP),
                                   w, h)
                tile.box = tile.rect.toAlignedRect()
                tile.texts = tile.image = None
            rows = math.ceil(len(tiles) / cols)
            y = top + rows * (h + GAP) + GAP
            self.floor_rows.append((floor, QRectF(area.left(), top, LABEL_W - GAP,
                                                  rows * (h + GAP) - GAP)))
        self.update()

    def tile_rects(self) -> dict[str, QRectF]:
        """Each tile's rectangle in this widget's coordinates (tests check them)."""
        return {code: QRectF(t.rect) for code, t in self.tiles.items()}

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        self._place()

    def eventFilter(self, watched: QObject | None, event: QEvent | None) -> bool:
        # The room is the viewport: placed again when it changes size, even when this
        # widget keeps its own (a minimum height that no longer applies).
        if (watched is self.parentWidget() and event is not None
                and event.type() == QEvent.Type.Resize):
            self._place()
        return False

    def changeEvent(self, event: QEvent | None) -> None:
        if event is not None and event.type() == QEvent.Type.FontChange:
            self._place()                # fonts, texts and tiles laid out again
        elif event is not None and event.type() == QEvent.Type.PaletteChange:
            for tile in self.tiles.values():
                tile.image = None        # painted over the old background
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(800, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(int(LABEL_W + MIN_W * 4), int(MIN_H * 2))

    # -- painting ------------------------------------------------------------------
    def _font(self, kind: str) -> QFont:
        font = self._fonts.get(kind)
        if font is None:
            font = QFont(self.font())
            size = font.pointSizeF()
            h = self.tile_size.height()
            if kind == "code":
                font.setBold(True)
                font.setPointSizeF(size + (3 if h >= 90 else 1.5 if h >= 56 else 0))
            elif kind == "state":
                font.setBold(True)
                font.setPointSizeF(size + (1 if h >= 90 else 0))
            elif kind == "badge":
                font.setBold(True)
                font.setPointSizeF(max(7.0, size - 1.5))
            else:
                font.setPointSizeF(max(7.0, size - 1.5))
            self._fonts[kind] = font
        return font

    def _layout(self, tile: _Tile) -> None:
        """Place the tile's lines and badges once per change: the code always in full;
        the badges beside it when they fit, else in a row of their own at the bottom;
        lines that do not fit the height left out from the last."""
        w, m = tile.window, tile.marks
        rect = tile.rect.adjusted(5, 3, -5, -3)
        edge = STATE_EDGES[w.state].darker(140)
        elapsed = tile.lines[3]
        big = rect.height() >= 70
        spec: list[tuple[str, str, QColor]] = [
            (w.code, "code", QColor("#212121")),
            (state_word(w.state), "state", edge),
        ]
        if elapsed:
            spec.append((elapsed, "state" if big else "small", edge))
        if big:
            spec.append((w.label, "small", QColor("#424242")))
            if w.staff:
                spec.append((w.staff, "small", QColor("#424242")))
        badges = self._badges(m)
        badge_metrics = self._metric("badge")
        badge_h = badge_metrics.height() + 1
        widths = [badge_metrics.horizontalAdvance(text) + 6 for text, _b, _f in badges]
        code_w = self._metric("code").horizontalAdvance(w.code)
        beside = sum(widths) + 2 * len(widths) + code_w + 4 <= rect.width()
        bottom = rect.bottom() - (0 if beside or not badges else badge_h + 1)
        out: list[tuple[QPointF, QFont, QColor, QStaticText]] = []
        y = rect.top()
        for n, (text, kind, colour) in enumerate(spec):
            font = self._font(kind)
            metrics = self._metric(kind)
            if n and y + metrics.height() > bottom + 1:
                break
            static = self._text(text, kind, 0.0 if n == 0 else rect.width())
            # A small tile's service time shares the state word's line, at the right.
            if n == 2 and not big and len(out) == 2:
                x = rect.right() - static.size().width()
                if x > out[1][0].x() + out[1][3].size().width() + 4:
                    out.append((QPointF(x, out[1][0].y()), font, colour, static))
                    continue
            out.append((QPointF(rect.left(), y), font, colour, static))
            y += metrics.height()
        placed = []
        if beside:
            x = rect.right() + 1
            for (text, back, fore), width in zip(reversed(badges), reversed(widths),
                                                 strict=True):
                x -= width
                placed.append((QRectF(x, rect.top(), width, badge_h), text, back, fore))
                x -= 2
        else:
            x = rect.left() - 1
            for (text, back, fore), width in zip(badges, widths, strict=True):
                placed.append((QRectF(x, rect.bottom() - badge_h + 1, width, badge_h), text,
                               back, fore))
                x += width + 2
        tile.texts, tile.badges = out, placed

    def _metric(self, kind: str) -> QFontMetricsF:
        metrics = self._metrics.get(kind)
        if metrics is None:
            metrics = self._metrics[kind] = QFontMetricsF(self._font(kind))
        return metrics

    def _text(self, text: str, kind: str, width: float) -> QStaticText:
        """A text laid out in a font kind, elided to ``width`` (0: never elided)."""
        key = (text, kind, width)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) > 4000:          # a day of service times, at most
                self._texts = {}
            shown = text if not width else self._metric(kind).elidedText(
                text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font(kind))
            self._texts[key] = static
        return static

    def _back(self, state: str, red: bool) -> QPixmap:
        """The tile's frame and fill, drawn once per state and size."""
        key = (state, red)
        pixmap = self._backs.get(key)
        if pixmap is None:
            ratio = self.devicePixelRatioF()
            size = self.tile_size
            pixmap = QPixmap(int(size.width() * ratio) + 1, int(size.height() * ratio) + 1)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(RED, 3) if red else QPen(STATE_EDGES[state], 1.5))
            p.setBrush(STATE_COLOURS[state])
            p.drawRoundedRect(QRectF(0, 0, size.width(), size.height()).adjusted(1, 1, -1, -1),
                              5, 5)
            p.end()
            self._backs[key] = pixmap
        return pixmap

    def _badges(self, m: WindowMarks) -> list[tuple[str, QColor, QColor]]:
        """Short marks, one or two characters each (the tooltip and the legend say what
        they mean)."""
        out: list[tuple[str, QColor, QColor]] = []
        if m.red:
            out.append((QCoreApplication.translate("HallMap", "R") +
                        (str(m.red) if m.red > 1 else ""), RED, QColor("white")))
        if m.yellow:
            out.append((QCoreApplication.translate("HallMap", "Y") +
                        (str(m.yellow) if m.yellow > 1 else ""), YELLOW, QColor("#212121")))
        if LONG_WAIT in m.kinds:
            out.append((QCoreApplication.translate("HallMap", "W"), QColor("#6a1b9a"),
                        QColor("white")))
        if EVALUATOR_OFF in m.kinds:
            out.append((QCoreApplication.translate("HallMap", "E"), QColor("#b71c1c"),
                        QColor("white")))
        if m.kinds - {LONG_WAIT, EVALUATOR_OFF}:
            out.append(("!", QColor("#ef6c00"), QColor("white")))
        return out

    def paintEvent(self, event: QPaintEvent | None) -> None:
        painter = QPainter(self)
        # The region, not its bounding rectangle: three tiles changed in three corners
        # repaint three tiles.
        region = event.region() if event is not None else QRegion(self.rect())
        for floor, band in self.floor_rows:
            if region.intersects(band.toAlignedRect()):
                self._paint_floor(painter, floor, band)
        # Each tile is kept as painted (one pixmap over the background the map fills
        # itself with, as a scroll area's widget does), so that a repaint of the whole
        # map draws one pixmap a tile; painted directly over any other background.
        back = self.palette().brush(self.backgroundRole())
        cached = self.autoFillBackground() and back.style() == Qt.BrushStyle.SolidPattern
        for tile in self.tiles.values():
            if region.intersects(tile.box):
                if cached:
                    image = tile.image or self._image(tile, back.color())
                    painter.drawPixmap(tile.box.topLeft(), image)
                else:
                    self._paint_tile(painter, tile)

    def _image(self, tile: _Tile, background: QColor) -> QPixmap:
        """The tile painted once, into a pixmap of its aligned rectangle, at the same
        device pixels as painted directly."""
        box = tile.box
        ratio = self.devicePixelRatioF()
        # 2 more to the right and below: a red card's frame ends a pixel past the tile
        # (the frame's pixmap is a pixel larger); the next tile is 4 away.
        image = QPixmap(math.ceil((box.width() + 2) * ratio),
                        math.ceil((box.height() + 2) * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(background)
        p = QPainter(image)
        p.translate(-box.left(), -box.top())
        self._paint_tile(p, tile)
        p.end()
        tile.image = image
        return image

    def _paint_floor(self, painter: QPainter, floor: int, band: QRectF) -> None:
        text = self._floor_texts.get(floor)
        if text is None:
            text = QStaticText(QCoreApplication.translate("HallMap", "F%1")
                               .replace("%1", str(floor)))
            text.setTextFormat(Qt.TextFormat.PlainText)
            self._floor_texts[floor] = text
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eceff1"))
        painter.drawRoundedRect(band, 4, 4)
        painter.setPen(QColor("#37474f"))
        painter.setFont(self._font("code"))
        size = text.size()
        painter.drawStaticText(QPointF(band.center().x() - size.width() / 2,
                                       band.top() + 4), text)

    def _paint_tile(self, painter: QPainter, tile: _Tile) -> None:
        w, m = tile.window, tile.marks
        rect = tile.rect
        # a red card stands out by its frame; yellow ones carry a badge only
        painter.drawPixmap(rect.topLeft(), self._back(w.state, bool(m.red)))
        if tile.texts is None:
            self._layout(tile)
        assert tile.texts is not None
        for point, font, colour, text in tile.texts:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawStaticText(point, text)
        if tile.badges:
            painter.setFont(self._font("badge"))
            for box, word, back, fore in tile.badges:
                painter.fillRect(box, back)
                painter.setPen(fore)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), word)

    # -- interaction ---------------------------------------------------------------
    def code_at(self, point: QPointF) -> str | None:
        for code, tile in self.tiles.items():
            if tile.rect.contains(point):
                return code
        return None

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        if event is not None and event.button() == Qt.MouseButton.LeftButton:
            code = self.code_at(event.position())
            if code is not None:
                self.window_clicked.emit(code)

    def event(self, event: QEvent | None) -> bool:
        if event is not None and event.type() == QEvent.Type.ParentAboutToChange:
            room = self.parentWidget()
            if room is not None:
                room.removeEventFilter(self)
        elif event is not None and event.type() == QEvent.Type.ParentChange:
            room = self.parentWidget()
            if room is not None:          # the scroll area's viewport: watched
                room.installEventFilter(self)
        if event is not None and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            code = self.code_at(QPointF(event.pos()))
            if code is not None:
                QToolTip.showText(event.globalPos(), self.describe(code), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, code: str) -> str:
        """A tile's content in words (tooltip, tests)."""
        tile = self.tiles[code]
        w, m = tile.window, tile.marks
        parts = [f"{w.code} {w.label}", w.department_name, state_word(w.state)]
        if w.staff:
            parts.append(w.staff)
        if w.ticket and tile.lines[3]:
            parts.append(f"{w.ticket} {tile.lines[3]}")
        if m.red:
            parts.append(QCoreApplication.translate("HallMap", "Red cards: %1")
                         .replace("%1", str(m.red)))
        if m.yellow:
            parts.append(QCoreApplication.translate("HallMap", "Yellow cards: %1")
                         .replace("%1", str(m.yellow)))
        if LONG_WAIT in m.kinds:
            parts.append(QCoreApplication.translate("HallMap", "Long wait in its queue"))
        if w.state != CLOSED and not w.evaluator_on:
            parts.append(QCoreApplication.translate("HallMap", "Evaluation device off"))
        if m.open:
            parts.append(QCoreApplication.translate("HallMap", "Open alerts: %1")
                         .replace("%1", str(m.open)))
        return "\n".join(parts)


def legend_html() -> str:
    """What the badges mean, for a line beside the view."""
    def mark(text: str, back: str, fore: str, meaning: str) -> str:
        return (f'<span style="background:{back};color:{fore};font-weight:bold">&nbsp;{text}'
                f'&nbsp;</span>&nbsp;{meaning}')

    translate = QCoreApplication.translate
    return "&nbsp;&nbsp;".join((
        mark(translate("HallMap", "R"), RED.name(), "white",
             translate("HallMap", "red card")),
        mark(translate("HallMap", "Y"), YELLOW.name(), "#212121",
             translate("HallMap", "yellow card")),
        mark(translate("HallMap", "W"), "#6a1b9a", "white", translate("HallMap", "long wait")),
        mark(translate("HallMap", "E"), "#b71c1c", "white", translate("HallMap", "device off")),
        mark("!", "#ef6c00", "white", translate("HallMap", "other alert"))))
