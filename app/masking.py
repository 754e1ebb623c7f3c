"""Masking of personal data, in one place: names, phone numbers and ID card numbers
(身份证号), in their own fields and inside free text. Every output that leaves the
office's own screens goes through here: the lobby display and the web page (公示,
app/display), the masked complaint export (app/io) and the quarterly briefing
(app/briefing).

Two strengths:
- **public** (display, web page): the public sees no digit of a number (``***``) and
  names as ``mask_applicant`` shows them;
- **office** (exports, briefing, the ledger for roles without ``complaint.unmasked``):
  a number keeps its first three and last four characters (138****5678), a name its
  first and last character (张*三).

A number is a run of seven or more digits, whatever digits they are (ASCII, full-width
１３８, other scripts' decimal digits, circled ①, Chinese numerals 一三八 with 〇/零/幺/两),
with up to three separators between two digits (space, ideographic space, ``-``, ``.``,
``．``, ``·``, ``/``, ``_``, brackets), an optional +86 before and an ID card's final X
after. A calendar date (2026-11-25, 2026.11.25) is not a number. Names given to the
function are found however they are spaced (张 三丰, 张三 丰 for 张三丰) and in any case.

Public form of an applicant (README, "Public display"):
- a Chinese name keeps its surname and the last character of the given name:
  张三 → 张*, 张小三 → 张*三, 张小小三 → 张**三; a name of four or more characters
  that starts with a compound surname keeps both surname characters: 欧阳小明 →
  欧阳*明, 司马相如 → 司马*如; three characters are always 张*三 (欧阳明 → 欧*明,
  the surname cannot be told from a two-character given name); one character → *;
  a name with a middle dot (买买提·艾力) keeps its first and last characters and
  the dot;
- a Latin name keeps the initial of each word: John Smith → J** S**, without
  telling the length of the words;
- an enterprise or organisation (the name ends in 公司, 合作社, 店, 厂, 中心 …, or
  Ltd, Inc …) keeps its first character and its organisational form:
  杭州明远科技有限公司 → 杭***有限公司. Enterprise names are public records, but a
  sole trader's shop (个体工商户) is often named after its owner (张三烧烤店), and
  the case number already tells an applicant which case is theirs;
- anything else (mixed text, digits in any form) keeps only its first letter:
  张三13812345678 → 张**; digits are never shown.
"""

from __future__ import annotations

import re

COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "独孤", "端木", "南宫", "西门", "司空", "澹台", "公冶",
    "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "闻人", "赫连", "呼延", "万俟",
    "百里", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "拓跋", "第五", "鲜于",
    "闾丘", "亓官", "司寇", "子车", "颛孙", "壤驷", "公良", "漆雕", "乐正", "谷梁", "段干",
    "公西", "巫马", "公羊", "仲孙", "叔孙", "欧侯",
))

# Organisational forms, longest first so that 有限责任公司 wins over 公司.
ORG_SUFFIXES = tuple(sorted((
    "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "集团", "合作社", "联合社",
    "事务所", "研究院", "研究所", "设计院", "协会", "学会", "商会", "基金会", "委员会",
    "中心", "医院", "诊所", "药房", "学校", "幼儿园", "培训学校", "商行", "商店", "超市",
    "经营部", "门市部", "工作室", "加工厂", "厂", "店", "馆", "站", "场", "社", "所", "院",
    "局", "处", "办", "村委会", "居委会", "银行", "支行", "分行",
), key=len, reverse=True))
LATIN_ORG = re.compile(r"\b(co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|llc|gmbh|corp\.?|"
                       r"corporation|company|co\.|plc|s\.a\.|ag)\s*$", re.IGNORECASE)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_NAME = re.compile(rf"^[{_CJK}]+$")
_CJK_DOTTED = re.compile(rf"^[{_CJK}]+([·•．.][{_CJK}]+)+$")
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’.\- ]*$")
# One digit in any form: decimal digits of every script (\d: 0-9, full-width ０-９ …),
# circled digits, and the Chinese numerals a number is read out with.
_D = "(?:[\\d\u24ea\u2460-\u2468\u2776-\u277e零〇○一二三四五六七八九幺两])"
_SEP = "[\\s\\-－‐‑–—.．·・/／_()（）]{0,3}"
# A run of 7 or more digits: a phone number, an ID card number (with its final X) or a
# bank account. Free text keeps shorter runs (2026年, 第3号).
_LONG_NUMBER = re.compile(rf"(?:[+＋]\s?[8８][6６]{_SEP})?(?<![\d]){_D}(?:{_SEP}{_D}){{6,}}"
                          r"(?:\s?[XxＸｘ×](?![A-Za-z]))?")
_DATE = re.compile(r"^(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# In a case number, only what stands alone as a mobile number (1 3-9 and nine more
# digits, no digit either side); the rest of a case number is the number.
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
NUMBER_MASK = "***"


def mask_applicant(applicant: str | None) -> str:
    """The applicant as the public may see it; empty stays empty."""
    s = " ".join(_visible(applicant or "").split())
    if not s:
        return ""
    if _CJK_NAME.match(s.replace(" ", "")):
        s = s.replace(" ", "")  # 张 三 is 张三
    # 三 is a name's character, but a phone read out in numerals (一三八…) is a number.
    if not re.search(r"[\d\u24ea\u2460-\u2468\u2776-\u277e]", s) and not _LONG_NUMBER.search(s):
        if _CJK_NAME.match(s):
            return _org(s) if _org_suffix(s) else mask_chinese_name(s)
        if _CJK_DOTTED.match(s):
            return s[0] + "".join(c if c in "·•．." else "*" for c in s[1:-1]) + s[-1]
        latin_org = LATIN_ORG.search(s)
        if latin_org and latin_org.start() > 0:
            return s[0] + "** " + latin_org.group(0).strip()
        if _LATIN_NAME.match(s):
            return " ".join(word[0] + "**" for word in s.replace("-", " ").split()
                            if word[0].isalpha()) or "*"
        suffix = _org_suffix(s)
        if suffix and len(s) > len(suffix):
            return s[0] + "***" + suffix
    first = next((c for c in s if c.isalpha()), "")
    return first + "**" if first else "*"


def mask_chinese_name(name: str) -> str:
    """张三 → 张*, 张小三 → 张*三, 张小小三 → 张**三, 欧阳小明 → 欧阳*明, 张 → *."""
    n = len(name)
    if n <= 1:
        return "*" if n else ""
    if n == 2:
        return name[0] + "*"
    keep = 2 if n >= 4 and name[:2] in COMPOUND_SURNAMES else 1
    return name[:keep] + "*" * (n - keep - 1) + name[-1]


def _org_suffix(s: str) -> str | None:
    for suffix in ORG_SUFFIXES:
        # A one-character form (店, 厂) names an organisation only after a longer name:
        # 张三 is a person, 张三烧烤店 a shop; five characters or more ends the doubt.
        if s.endswith(suffix) and len(s) >= max(len(suffix) + 2, 5 if len(suffix) == 1 else 0):
            return suffix
    return None


def _org(s: str) -> str:
    suffix = _org_suffix(s) or ""
    return s[0] + "***" + suffix


def mask_name(name: str | None) -> str:
    """A name as the office sees it masked: 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明
    (a Chinese name's spaces do not count: 张 三丰 → 张*丰)."""
    s = _visible(name or "").strip()
    if _CJK_NAME.match("".join(s.split())):
        s = "".join(s.split())
    if len(s) <= 1:
        return "*" if s else ""
    if len(s) == 2:
        return s[0] + "*"
    return s[0] + "*" * (len(s) - 2) + s[-1]


def mask_phone(phone: str | None) -> str:
    """13812345678 → 138****5678: the first three and last four characters stay."""
    s = (phone or "").strip()
    if len(s) >= 8:
        return s[:3] + "*" * (len(s) - 7) + s[-4:]
    if len(s) > 2:
        return "*" * (len(s) - 2) + s[-2:]
    return "*" * len(s)


def mask_text(text: str | None, names: tuple[str | None, ...] = (),
              phones: tuple[str | None, ...] = (), *, public: bool,
              collapse: bool = True) -> str:
    """Free text with personal data masked: each of ``names`` (as entered, found however
    spaced) and ``phones`` replaced by its masked form, then every number (phone, ID
    card, account: see above) masked. ``public`` chooses the strength (module
    docstring); white space is collapsed unless ``collapse`` is false (a spreadsheet
    cell keeps its lines)."""
    out = _visible(text or "")
    if collapse:
        out = " ".join(out.split())
    for name in names:
        pattern = _spaced(name)
        if pattern is not None:
            compact = "".join(_visible(name or "").split())
            shown = mask_applicant(compact) if public else mask_name(compact)
            out = pattern.sub(shown.replace("\\", "\\\\"), out)
    for phone in phones:
        pattern = _spaced(phone, digits=True)
        if pattern is not None:
            out = pattern.sub(lambda m: NUMBER_MASK if public else mask_phone(m.group(0)), out)

    def number(m: re.Match[str]) -> str:
        found = m.group(0)
        if _DATE.match(found.strip()):
            return found
        return NUMBER_MASK if public else mask_phone(found)
    return _LONG_NUMBER.sub(number, out)


def scrub_text(text: str | None, names: tuple[str | None, ...] = ()) -> str:
    """Free text for the public (display, web page): ``mask_text`` at public strength."""
    return mask_text(text, names, public=True)


def _visible(text: str) -> str:
    """``text`` without the invisible characters that could split a name or number."""
    return text.translate({ord(c): None for c in _INVISIBLE}) if text else text


def _spaced(value: str | None, digits: bool = False) -> re.Pattern[str] | None:
    """A pattern finding ``value`` in collapsed text with or without spaces (or, for a
    phone, separators) between its characters; None for a value too short to look for."""
    compact = "".join(_visible(value or "").split())
    if digits:
        compact = "".join(c for c in compact if c.isalnum())
    if len(compact) < 2:
        return None
    gap = _SEP if digits else r"\s*"
    return re.compile(gap.join(re.escape(c) for c in compact), re.IGNORECASE)


def scrub_case_no(case_no: str) -> str:
    """A case number as shown: kept, except a mobile number standing in it."""
    return _MOBILE.sub(NUMBER_MASK, case_no.strip())
