"""The briefing's pages: ReportLab platypus, A4 portrait, every section of
docs/spec/briefing.md in order, each page headed and footed with the hall, the quarter,
"第 n 页 共 m 页", the print date and the audit chain's head."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from app.briefing import charts
from app.briefing.data import Briefing
from app.briefing.keyfigures import fmt_count, fmt_minutes, fmt_rate, fmt_score, key_figures
from app.briefing.sections import complaint_flowables, inspection_flowables, risk_flowables
from app.briefing.styles import Styles, grid

HEADINGS = ("一、主要指标", "二、窗口情况", "三、图表分析", "四、投诉处理", "五、廉政风险点",
            "六、巡查情况", "七、存在问题和下步打算", "八、数据完整性")
MARGIN = 2 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
NO_DATA = "本季度无数据"


def _title(b: Briefing) -> str:
    return f"{b.quarter.title}工作简报"


def _cover(b: Briefing, st: Styles) -> list[Any]:
    sub = f"（{b.department[1]}）" if b.department else ""
    out: list[Any] = [
        Paragraph(escape(b.hall), st.hall),
        Paragraph(escape(_title(b)) + escape(sub), st.title),
        Paragraph(f"统计期间：{b.period.start:%Y年%m月%d日}至"
                  f"{b.period.days()[-1]:%Y年%m月%d日}", st.center),
        Paragraph(f"编制：{escape(b.issuing_unit or b.hall)}"
                  f"　　印发日期：{b.printed_on:%Y年%m月%d日}", st.center),
    ]
    if b.department:
        out.append(Paragraph(f"本册只含{escape(b.department[1])}的窗口："
                             f"{escape('、'.join(b.window_codes)) or '无'}。", st.center))
    if b.empty:
        out.append(Spacer(1, 6))
        out.append(Paragraph("本季度无业务数据：以下各项均为零或无法计算（以“—”表示）。",
                             st.notice))
    out.append(Spacer(1, 10))
    return out


def _key_figures(b: Briefing, st: Styles) -> list[Any]:
    rows = key_figures(b.figures, b.previous, b.last_year,
                       (b.complaints, b.prev_complaints, b.year_complaints),
                       b.department is not None)
    data: list[list[Any]] = [["指标", "本季度", "上季度", "环比", "去年同期", "同比"]]
    for k in rows:
        fmt = {"count": fmt_count, "rate": fmt_rate, "duration": fmt_minutes}[k.kind]
        data.append([k.label, k.shown, fmt(k.previous), k.vs_previous, fmt(k.last_year),
                     k.vs_last_year])
    widths = [90, 78, 78, 80, 78, 78]
    out: list[Any] = [Paragraph(HEADINGS[0], st.h1), grid(data, widths, st)]
    notes = ["办结率为本季度办结数与受理数之比（最高100%）；按时办结率为按承诺时限"
             "（工作日）办结的比例；满意率为“基本满意”及以上评价占全部评价的比例；"
             "红牌为到期未按时办结的办件。"]
    if b.department:
        notes.append("取号与等候为全厅排队口径，不分部门，故不列。")
    out += [Paragraph(n, st.small) for n in notes]
    return out


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _windows(b: Briefing, st: Styles) -> list[Any]:
    head = ["窗口", "部门", "服务人次", Paragraph("平均办理<br/>（分钟）", st.cellc), "忙碌率",
            "好评/差评", Paragraph("属实<br/>投诉", st.cellc),
            Paragraph("巡查<br/>问题", st.cellc), "得分", "标注"]
    data: list[list[Any]] = [head]
    marks = {"best": "前三", "worst": "后三"}
    shaded: list[tuple[int, str]] = []
    for i, r in enumerate(b.windows, start=1):
        label = escape(r.code) + (f" {escape(r.label)}" if r.label else "")
        data.append([Paragraph(label, st.cell), Paragraph(escape(r.department), st.cell),
                     fmt_count(r.served), _minutes(r.avg_service_s), fmt_rate(r.occupancy),
                     f"{r.good}/{r.bad}", fmt_count(r.substantiated), fmt_count(r.findings),
                     fmt_score(r.score),
                     marks.get(r.mark, "")])
        if r.mark:
            shaded.append((i, r.mark))
    widths = [118, 76, 38, 40, 36, 46, 34, 34, 30, 28]
    table = grid(data, widths, st, repeat=1)
    for row, mark in shaded:
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, row), (-1, row),
             colors.Color(0.9, 0.9, 0.9) if mark == "best" else colors.Color(0.75, 0.75, 0.75)),
        ]))
    out: list[Any] = [CondPageBreak(4 * cm), Paragraph(HEADINGS[1], st.h1)]
    if not b.windows:
        return [*out, Paragraph("没有窗口。", st.body)]
    out += [table, Paragraph(
        "忙碌率为办理时间占在岗（除暂停）时间的比例；得分为100分减去"
        "属实投诉、巡查问题与红牌的扣分。“前三”（浅灰）与“后三”（深灰）按得分、满意率、"
        "服务人次排列，窗口多于六个时标注。巡查问题为本季度巡查发现的不合格项。", st.small)]
    return out


def _charts(b: Briefing, st: Styles) -> list[Any]:
    font = st.font
    by = "窗口" if b.department else "部门"
    out: list[Any] = [KeepTogether([
        Paragraph(HEADINGS[2], st.h1), Paragraph("（一）每日受理与办结办件", st.h2),
        charts.daily_cases(b.period.start, b.days, b.accepted, b.completed, font, NO_DATA)])]
    if b.department is None:
        out.append(KeepTogether([
            Paragraph("（二）各时段平均等候人数（全厅负荷）", st.h2),
            charts.hourly_waiting(b.hourly_waiting, font, NO_DATA)]))
    out.append(KeepTogether([
        Paragraph(f"（{'二' if b.department else '三'}）各{by}满意率", st.h2),
        charts.satisfaction([(r.label, r.rate) for r in b.satisfaction], font, NO_DATA),
        Paragraph("图中数值为满意率（%）；无评价的" + by + "不列。", st.small)]))
    return out


def _inspections(b: Briefing, st: Styles) -> list[Any]:
    return [Paragraph(HEADINGS[5], st.h1), *inspection_flowables(b.inspections, st)]


def _note(b: Briefing, st: Styles) -> list[Any]:
    out: list[Any] = [Paragraph(HEADINGS[6], st.h1)]
    if not b.note.strip():
        return [*out, Paragraph("（本季度尚未填写。）", st.body)]
    out += [Paragraph(escape(line), st.body) for line in b.note.splitlines() if line.strip()]
    return out


def _integrity(b: Briefing, st: Styles) -> list[Any]:
    out: list[Any] = [Paragraph(HEADINGS[7], st.h1)]
    if b.audit_hash is None:
        return [*out, Paragraph("审计链为空。", st.body)]
    # The heading stays on the page of the hash it introduces.
    return [KeepTogether([*out, Paragraph(
        f"打印时审计链头为第{b.audit_seq}条，哈希值：", st.body),
        Paragraph(b.audit_hash, st.mono),
        Paragraph("打印后如有记录被修改，重新打印时此哈希值将不同；"
                  "以“halldesk audit verify”可核验审计链完整。", st.small)])]


def story(b: Briefing, st: Styles) -> list[Any]:
    return [*_cover(b, st), *_key_figures(b, st), *_windows(b, st), *_charts(b, st),
            CondPageBreak(5 * cm), Paragraph(HEADINGS[3], st.h1),
            *complaint_flowables(b.complaints, st), CondPageBreak(5 * cm),
            Paragraph(HEADINGS[4], st.h1), *risk_flowables(b.risks, st),
            *_inspections(b, st), *_note(b, st), *_integrity(b, st)]


def _page_canvas(b: Briefing, font: str) -> type[pdfcanvas.Canvas]:
    """A canvas that draws the header and footer once the page count is known."""
    title = _title(b) + (f"（{b.department[1]}）" if b.department else "")
    chain = ("审计链为空" if b.audit_hash is None
             else f"审计链头 第{b.audit_seq}条 {b.audit_hash}")

    class PagedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(n, total)
                super().showPage()
            super().save()

        def _decorate(self, n: int, total: int) -> None:
            w, h = A4
            self.saveState()
            self.setFont(font, 8)
            self.drawString(MARGIN, h - 1.3 * cm, b.hall)
            self.drawRightString(w - MARGIN, h - 1.3 * cm, title)
            self.setLineWidth(0.5)
            self.line(MARGIN, h - 1.45 * cm, w - MARGIN, h - 1.45 * cm)
            self.line(MARGIN, 1.55 * cm, w - MARGIN, 1.55 * cm)
            self.drawString(MARGIN, 1.15 * cm, f"印发日期：{b.printed_on:%Y-%m-%d}")
            self.drawCentredString(w / 2, 1.15 * cm, f"第 {n} 页 共 {total} 页")
            self.drawRightString(w - MARGIN, 1.15 * cm, f"{b.hall} {b.quarter.key}")
            self.setFont(font, 6)
            self.drawCentredString(w / 2, 0.75 * cm, chain)
            self.restoreState()

    return PagedCanvas


def render(b: Briefing, font: str) -> bytes:
    """The briefing as PDF bytes (the same bytes for the same data and print date)."""
    st = Styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=2 * cm,
        bottomMargin=2 * cm, title=f"{b.hall} {_title(b)}", author=b.hall,
        subject=b.quarter.key, creator="HallDesk", invariant=True)
    doc.build(story(b, st), canvasmaker=_page_canvas(b, font))
    return buffer.getvalue()

