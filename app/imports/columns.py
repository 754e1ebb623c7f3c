"""Which column holds which field: headers found by the names real systems use, the
header block (a title row above, several header rows), the kind of export, and
mapping files that name the columns where the headers differ."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.imports.values import STATUS_TARGETS, text

KINDS = ("queue", "evaluations", "cases")
KIND_NAMES = {"queue": "排队叫号", "evaluations": "好差评", "cases": "办件"}
# field → header names, per kind (the same name means different fields in different
# kinds: 受理时间 is a service's start in a queue export, a case's acceptance in a case one)
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "queue": {
        "ticket": ("票号", "排队号", "取号号码", "号码", "排队号码", "取号号", "流水号"),
        "service": ("业务类型", "业务类别", "事项名称", "办理事项", "部门", "业务名称",
                    "办理部门"),
        "issued_at": ("取号时间", "领号时间"),
        "called_at": ("叫号时间",),
        "started_at": ("开始办理时间", "受理时间", "开始时间", "办理时间"),
        "finished_at": ("办结时间", "结束时间", "完成时间"),
        "window": ("窗口", "窗口号", "办理窗口", "窗口编号"),
        "status": ("状态", "办理状态"),
        "rating": ("评价", "满意度", "评价结果"),
        "staff": ("工作人员", "经办人", "工号", "办理人员"),
    },
    "evaluations": {
        "evaluated_at": ("评价时间",),
        "window": ("窗口", "窗口号", "办理窗口", "窗口编号"),
        "rating": ("评价", "满意度", "评价结果", "评价等级"),
        "ticket": ("票号", "排队号", "取号号码", "号码"),
        "case_no": ("办件编号", "受理编号", "业务编号"),
        "comment": ("评价内容", "留言", "意见", "评价意见", "备注"),
    },
    "cases": {
        "case_no": ("办件编号", "受理编号", "业务编号"),
        "item": ("事项", "事项名称", "办理事项"),
        "accepted_at": ("受理时间",),
        "completed_at": ("办结时间",),
        "promised_days": ("承诺时限", "承诺期限", "承诺办结时限"),
        "legal_days": ("法定时限", "法定期限", "法定办结时限"),
        "window": ("窗口", "窗口号", "办理窗口", "受理窗口"),
        "department": ("部门", "受理部门", "办理部门"),
        "applicant": ("申请人", "申请单位", "申请人名称"),
        "result": ("办理结果", "办结结果", "结果"),
    },
}
# a kind is what a file is when these are all found (window/department: one of them)
REQUIRED: dict[str, tuple[str, ...]] = {
    "queue": ("ticket", "service", "issued_at"),
    "evaluations": ("evaluated_at", "window", "rating"),
    "cases": ("case_no", "item", "accepted_at", "promised_days"),
}
KEY_FIELD = {"queue": "ticket", "evaluations": "evaluated_at", "cases": "case_no"}
SUMMARY_WORDS = ("合计", "总计", "小计", "汇总")
HEADER_SCAN = 15
_STRIP = re.compile(r"[\s\ufeff:：*]+|[(（][^)）]*[)）]")
MAPPING_NAME = re.compile(r"[\w\u4e00-\u9fff][\w\u4e00-\u9fff .-]{0,63}")


def norm(value: Any) -> str:
    """A header cell as compared: no spaces, colons, asterisks or (notes)."""
    return _STRIP.sub("", text(value))


def _names(kind: str) -> dict[str, str]:
    out = {name: f for f, names in HEADERS[kind].items() for name in names}
    out.update({f: f for f in HEADERS[kind]})  # HallDesk's own names work too
    return out


NAMES = {kind: _names(kind) for kind in KINDS}
ALL_NAMES = frozenset(n for names in NAMES.values() for n in names)


@dataclass
class Mapping_:
    """A mapping file: the kind, field → header, status words, an optional zone."""

    kind: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    timezone: str | None = None
    name: str = ""

    def to_toml(self) -> str:
        def q(s: str) -> str:
            return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace(
                "\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'

        lines = ["# HallDesk column mapping (docs/spec/imports.md)"]
        if self.kind:
            lines.append(f"kind = {q(self.kind)}")
        if self.timezone:
            lines.append(f"timezone = {q(self.timezone)}")
        lines += ["", "[columns]", *(f"{k} = {q(v)}" for k, v in sorted(self.columns.items()))]
        if self.values:
            lines += ["", "[values]", *(f"{q(k)} = {q(v)}" for k, v in sorted(self.values.items()))]
        return "\n".join(lines) + "\n"


def mappings_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("HallDesk", appauthor=False)) / "mappings"


def mapping_names() -> list[str]:
    folder = mappings_dir()
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def parse_mapping(data: str, where: str) -> Mapping_:
    try:
        raw = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"The mapping {where} is not valid TOML: {exc}.") from None
    unknown = set(raw) - {"kind", "columns", "values", "timezone"}
    if unknown:
        raise UserError(f"The mapping {where} has an unknown key {sorted(unknown)[0]!r}.")
    kind = raw.get("kind")
    if kind is not None and kind not in KINDS:
        raise UserError(f"The mapping {where}: kind {kind!r} is not one of {', '.join(KINDS)}.")
    columns = raw.get("columns", {})
    values = raw.get("values", {})
    if not isinstance(columns, dict) or not all(
            isinstance(v, str) for v in columns.values()):
        raise UserError(f"The mapping {where}: [columns] must name a header for each field.")
    fields = {f for k in ([kind] if kind else KINDS) for f in HEADERS[k]}
    for name in columns:
        if name not in fields:
            raise UserError(f"The mapping {where}: {name!r} is not a field of "
                            f"{kind or 'any kind'} ({', '.join(sorted(fields))}).")
    if not isinstance(values, dict) or not all(v in STATUS_TARGETS for v in values.values()):
        raise UserError(f"The mapping {where}: each [values] word must map to one of "
                        f"{', '.join(STATUS_TARGETS)}.")
    tz = raw.get("timezone")
    if tz is not None:
        import zoneinfo

        try:
            zoneinfo.ZoneInfo(str(tz))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise UserError(f"The mapping {where}: timezone {tz!r} is not an IANA zone.") from None
    return Mapping_(kind, {k: norm(v) for k, v in columns.items()},
                    {str(k): str(v) for k, v in values.items()}, tz)


def load_mapping(spec: str) -> Mapping_:
    """``--mapping NAME`` (saved in the user's config folder) or ``FILE.toml``."""
    path = Path(spec).expanduser()
    if spec.endswith(".toml") or os.sep in spec or "/" in spec:
        name = path.stem
    else:
        name = spec
        path = mappings_dir() / f"{spec}.toml"
        if not path.is_file():
            have = ", ".join(mapping_names()) or "none saved yet"
            raise UserError(f"There is no saved mapping named {spec!r} ({have}).")
    try:
        data = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read the mapping {path}: "
                        f"{getattr(exc, 'strerror', None) or exc}.") from None
    mapping = parse_mapping(data, str(path))
    mapping.name = name
    return mapping


def save_mapping(name: str, mapping: Mapping_) -> Path:
    """Save under ``name`` in the user's config folder (replacing one of that name)."""
    from app.files import write_atomic

    if not MAPPING_NAME.fullmatch(name) or name.strip() != name:
        raise UserError(f"{name!r} cannot be a mapping name: use letters, digits, spaces, "
                        "dots or hyphens, at most 64.")
    folder = mappings_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {folder}: {exc.strerror}.") from None
    target = folder / f"{name}.toml"
    write_atomic(target, mapping.to_toml().encode("utf-8"))
    mapping.name = name
    return target


@dataclass
class Layout:
    """Where a sheet's header block is and which column holds which field."""

    kind: str
    header_rows: tuple[int, ...]         # 0-based indexes of the header block
    columns: dict[str, int]              # field → column index
    headers: list[str]                   # each column's header as shown
    candidates: tuple[str, ...] = ()     # every kind the headers would fit

    @property
    def data_start(self) -> int:
        return self.header_rows[-1] + 1


def _score(row: Sequence[Any]) -> int:
    return sum(1 for cell in row if norm(cell) in ALL_NAMES)


def _block(rows: Sequence[Sequence[Any]]) -> tuple[int, ...]:
    scores = [_score(r) for r in rows[:HEADER_SCAN]]
    if not scores or max(scores) < 2:
        return ()
    best = scores.index(max(scores))
    top, bottom = best, best
    while top > 0 and scores[top - 1] >= 1 and not _looks_like_title(rows[top - 1]):
        top -= 1
    # a second header line: names, or the parts under a merged group (取号 under 时间)
    while (bottom + 1 < len(scores) and not _has_data(rows[bottom + 1])
           and any(text(c) for c in rows[bottom + 1]) and not is_summary(rows[bottom + 1])):
        bottom += 1
    return tuple(range(top, bottom + 1))


def _looks_like_title(row: Sequence[Any]) -> bool:
    return sum(1 for c in row if text(c)) <= 1


def _has_data(row: Sequence[Any]) -> bool:
    return any(isinstance(c, int | float) or re.search(r"\d{4}", text(c)) for c in row)


def _column_names(rows: Sequence[Sequence[Any]], block: tuple[int, ...]) -> list[list[str]]:
    """Per column, the names it could have: each header cell, and a child cell joined
    with its (merged, so forward-filled) parent."""
    width = max((len(rows[i]) for i in block), default=0)
    filled: list[list[str]] = []
    for i in block:
        row = [norm(c) for c in rows[i]] + [""] * (width - len(rows[i]))
        last = ""
        out = []
        for cell in row:
            last = cell or last
            out.append(last)
        filled.append(out)
    names: list[list[str]] = []
    for j in range(width):
        own = [norm(rows[i][j]) if j < len(rows[i]) else "" for i in block]
        found = [c for c in reversed(own) if c]
        for upper in range(len(block) - 1):
            parent, child = filled[upper][j], own[upper + 1]
            if parent and child:
                found += [child + parent, parent + child]
        names.append(found)
    return names


def _fit(kind: str, names: list[list[str]], mapping: Mapping_ | None) -> dict[str, int]:
    wanted = dict(mapping.columns) if mapping and (mapping.kind in (None, kind)) else {}
    columns: dict[str, int] = {}
    for j, options in enumerate(names):
        for f, header in wanted.items():
            if f in HEADERS[kind] and header in options and f not in columns:
                columns[f] = j
    taken = set(columns.values())
    table = NAMES[kind]
    for j, options in enumerate(names):
        if j in taken:
            continue
        for option in options:
            found = table.get(option)
            if found is not None and found not in columns and found not in wanted:
                columns[found] = j
                taken.add(j)
                break
    return columns


def complete(kind: str, columns: Mapping[str, int]) -> bool:
    if not all(f in columns for f in REQUIRED[kind]):
        return False
    return kind != "cases" or "window" in columns or "department" in columns


def missing(kind: str, columns: Mapping[str, int]) -> list[str]:
    out = [f for f in REQUIRED[kind] if f not in columns]
    if kind == "cases" and "window" not in columns and "department" not in columns:
        out.append("window")
    return out


def detect(rows: Sequence[Sequence[Any]], kind: str | None, mapping: Mapping_ | None,
           source: str) -> Layout:
    """The header block, the kind and the columns of a sheet from its first rows."""
    kind = kind or (mapping.kind if mapping else None)
    block = _block(rows)
    if mapping and mapping.columns:
        wanted = set(mapping.columns.values()) - {""}
        for i, row in enumerate(rows[:HEADER_SCAN]):
            if wanted and sum(1 for c in row if norm(c) in wanted) >= min(2, len(wanted)):
                block = block if i in block else (i,)
                break
    if not block:
        raise UserError(f"{source}: no header row found in the first {HEADER_SCAN} rows "
                        "(a row naming columns like 票号, 取号时间, 办件编号); name the "
                        "columns in a mapping file (--mapping).")
    names = _column_names(rows, block)
    headers = [" ".join(dict.fromkeys(text(rows[i][j]) for i in block
                                      if j < len(rows[i]) and text(rows[i][j])))
               for j in range(len(names))]
    fits = {k: _fit(k, names, mapping) for k in KINDS}
    candidates = tuple(k for k in KINDS if complete(k, fits[k]))
    if kind is None:
        if len(candidates) > 1:
            raise UserError(f"{source} could be a {' or a '.join(candidates)} export; say "
                            "which with --kind.")
        if not candidates:
            best = max(KINDS, key=lambda k: len(fits[k]))
            lacking = missing(best, fits[best])
            raise UserError(f"{source} is not an export HallDesk recognises: as a {best} "
                            f"export it lacks the column{'s' if len(lacking) > 1 else ''} "
                            f"{', '.join(lacking)}; say --kind and name the columns in a "
                            "mapping file (--mapping).")
        kind = candidates[0]
    elif not complete(kind, fits[kind]):
        absent = ", ".join(missing(kind, fits[kind]))
        raise UserError(f"{source}: as a {kind} export it lacks the columns {absent}; "
                        "name them in a mapping file (--mapping).")
    return Layout(kind, block, fits[kind], headers, candidates)


def is_summary(row: Sequence[Any]) -> bool:
    """A 合计/总计 line at the bottom (or between days) of an export."""
    for cell in row:
        t = text(cell)
        if t:
            return t.replace(" ", "").startswith(SUMMARY_WORDS)
    return False


def is_header_again(row: Sequence[Any], headers: Sequence[str]) -> bool:
    if not row or not headers or text(row[0]) != headers[0]:
        return False
    shown = [text(c) for c in row]
    return bool(shown) and sum(1 for a, b in zip(shown, headers, strict=False)
                               if a and a == b) >= 2
