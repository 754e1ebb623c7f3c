"""``halldesk publish --date D --out FILE.html``: the cases completed on a day as a
static page for the hall's web site (公示).

One self-contained UTF-8 file: inline CSS, no script, no external resource (the
Content-Security-Policy says so too, should a field ever smuggle markup past the
escaping). Every field goes through ``html.escape`` with quotes, attributes
included; names are masked and phone numbers removed by app/display/board.py.
Written to a temporary file beside the target and renamed over it, so the web
server never serves half a page.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from app.db import Database
from app.display.board import RESULT_LABELS_ZH, PublishedDay, hall_zone, load_day
from app.errors import UserError
from app.figures import names
from app.files import writable_target, write_atomic

WEEKDAYS_ZH = "一二三四五六日"

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f4f6f8;color:#1d2733;font:16px/1.6 "Microsoft YaHei",
"PingFang SC","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header{background:#0d47a1;color:#fff;padding:24px 32px}
header h1{margin:0;font-size:28px;font-weight:700}
header p{margin:6px 0 0;font-size:18px;opacity:.9}
main{max-width:1200px;margin:0 auto;padding:24px 16px}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:0 0 20px;padding:0;list-style:none}
.figures li{flex:1 1 180px;background:#fff;border:1px solid #d5dbe1;border-radius:6px;
padding:12px 16px}
.figures b{display:block;font-size:26px;color:#0d47a1}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d5dbe1}
caption{text-align:left;font-size:18px;font-weight:700;padding:0 0 8px}
th,td{padding:10px 12px;border-bottom:1px solid #e3e7eb;text-align:left;
vertical-align:top;overflow-wrap:anywhere}
th{background:#e8eef5;font-weight:700;white-space:nowrap}
tbody tr:nth-child(even){background:#f9fafb}
td.no,td.time{white-space:nowrap;font-variant-numeric:tabular-nums}
.rejected{color:#b71c1c;font-weight:700}
.approved{color:#1b5e20;font-weight:700}
.empty{background:#fff;border:1px solid #d5dbe1;padding:32px;text-align:center;font-size:18px}
footer{max-width:1200px;margin:0 auto;padding:8px 16px 32px;color:#5f6b77;font-size:14px}
@media (max-width:700px){th.dept,td.dept,th.window,td.window{display:none}
header h1{font-size:22px}}
"""


def _e(value: object) -> str:
    """Escape for text and for attribute values alike (quotes included)."""
    return html.escape(str(value), quote=True)


def _date_zh(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS_ZH[day.weekday()]}"


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f} 分钟"


def render_html(page: PublishedDay, tz: dt.tzinfo) -> str:
    """The page as a string (UTF-8 when written)."""
    title = f"{page.hall_name} 办结公示 {page.day.isoformat()}"
    rows = []
    for i, c in enumerate(page.cases, 1):
        time = dt.datetime.fromtimestamp(c.completed_at, tz).strftime("%H:%M")
        rows.append(
            f'<tr data-case="{_e(c.case_no)}"><td>{i}</td><td class="no">{_e(c.case_no)}</td>'
            f"<td>{_e(c.item)}</td><td class=\"dept\">{_e(c.department)}</td>"
            f'<td class="window">{_e(c.window)}</td><td>{_e(c.applicant or "—")}</td>'
            f'<td class="{_e(c.result)}">{_e(RESULT_LABELS_ZH[c.result])}</td>'
            f'<td class="time">{_e(time)}</td></tr>')
    if rows:
        body = (
            f"<table><caption>{_e(_date_zh(page.day))} 办结事项 {len(page.cases)} 件</caption>"
            "<thead><tr><th>序号</th><th>办件编号</th><th>事项名称</th>"
            '<th class="dept">承办部门</th><th class="window">窗口</th><th>申请人</th>'
            "<th>办理结果</th><th>办结时间</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")
    else:
        last = ("此前尚无办结记录。" if page.last_completed is None
                else f"最近一次有办结事项的日期是{_date_zh(page.last_completed)}。")
        body = (f'<p class="empty">{_e(_date_zh(page.day))} 无办结事项。'
                f"<br>{_e(last)}</p>")
    f = page.figures
    generated = dt.datetime.fromtimestamp(page.generated_at, tz).strftime("%Y-%m-%d %H:%M")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">"
        '<meta name="robots" content="noarchive">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{_e(page.hall_name)} · 办结公示</h1>"
        f"<p>{_e(_date_zh(page.day))}</p></header><main>"
        '<ul class="figures">'
        f"<li><b>{len(page.cases)}</b>{names.zh('cases_completed')}</li>"
        f"<li><b>{_e(f.served)}</b>{names.zh('served')}</li>"
        f"<li><b>{_e(_minutes(f.avg_wait_s))}</b>{names.zh('avg_wait_s')}</li>"
        f"<li><b>{_e(_pct(f.satisfaction_rate))}</b>{names.zh('satisfaction_rate')}</li></ul>"
        f"{body}</main>"
        f"<footer>申请人姓名已部分隐去，联系电话不予公示。如对办理结果有疑问，请凭办件编号到"
        f"大厅咨询窗口查询。本页生成于 {_e(generated)}。</footer>"
        "</body></html>\n")


def check_out(out: str) -> Path:
    """The target file, refused (one sentence) when it cannot be written."""
    return writable_target(out, f"--out {out}")


def publish(db: Database, day: dt.date, out: str, now: float) -> tuple[Path, int]:
    """Write the page of ``day`` to ``out``; the path and the number of cases."""
    path, published = publish_day(db, day, out, now)
    return path, len(published.cases)


def publish_day(db: Database, day: dt.date, out: str, now: float) -> tuple[Path, PublishedDay]:
    """Write the page of ``day`` to ``out``; the path and what the page shows."""
    path = check_out(out)
    with db.read() as session:
        name, tz = hall_zone(session)
        if not name:
            raise UserError("The database has no hall yet; run `halldesk init --hall FILE` "
                            "first.")
        if day > dt.datetime.fromtimestamp(now, tz).date():
            raise UserError(f"--date {day.isoformat()} is in the future; no case has been "
                            "completed on it yet.")
        page = load_day(session, day, now)
    write_atomic(path, render_html(page, tz).encode("utf-8"), mode=0o644)
    return path, page
