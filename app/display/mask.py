"""Masking for the public display and the web page (公示): what a case may show of
its applicant, and free text with phone and ID numbers taken out.

Stricter than the ledger's masking (app/records/complaint_rules.py), which the
office sees: the public sees no phone number at all, not even a masked one.

Rules (README, "Public display"):
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
- anything else (mixed text, digits) keeps only its first letter: 张三13812345678 →
  张**; digits are never shown.
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
_DIGIT = re.compile(r"\d")
# A run of digits (single spaces or dashes between them allowed, an optional
# +86) holding 7 or more digits: a phone number, an ID card number (with its final X)
# or a bank account. Free text keeps shorter runs (2026年, 第3号).
_LONG_NUMBER = re.compile(r"(?:\+\s?86[\s-]?)?\d(?:[\s-]?\d){6,}[Xx]?")
# In a case number, only what stands alone as a mobile number (1 3-9 and nine more
# digits, no digit either side); the rest of a case number is the number.
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
NUMBER_MASK = "***"


def mask_applicant(applicant: str | None) -> str:
    """The applicant as the public may see it; empty stays empty."""
    s = " ".join((applicant or "").split())
    if not s:
        return ""
    if _CJK_NAME.match(s.replace(" ", "")):
        s = s.replace(" ", "")  # 张 三 is 张三
    if _DIGIT.search(s) is None:
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


def scrub_text(text: str | None, names: tuple[str | None, ...] = ()) -> str:
    """Free text for the public: each of ``names`` (the applicant as entered) replaced
    by its masked form, every long digit run (phone, ID, account) replaced by ***,
    white space collapsed."""
    out = " ".join((text or "").split())
    for name in names:
        raw = " ".join((name or "").split())
        if raw and len(raw) >= 2 and raw in out:
            out = out.replace(raw, mask_applicant(raw))
    return _LONG_NUMBER.sub(NUMBER_MASK, out)


def scrub_case_no(case_no: str) -> str:
    """A case number as shown: kept, except a mobile number standing in it."""
    return _MOBILE.sub(NUMBER_MASK, case_no.strip())
