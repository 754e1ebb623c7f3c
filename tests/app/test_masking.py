"""One masking of personal data (app/masking) for every output: phone numbers in any
form (138.1234.5678, 138-1234-5678, 138 1234 5678, full-width, Chinese numerals),
身份证 numbers and the applicant's name however it is spaced, in free text too; as
properties over random text, and as the lobby display, the web page, the masked
export and the briefing show them."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from app.briefing.complaints import scrub
from app.db import Database
from app.display.board import load_day
from app.display.publish import render_html
from app.io.complaint_sheet import export_complaints
from app.masking import mask_applicant, mask_name, mask_text
from tests.app.complaint_helpers import register
from tests.app.display_helpers import MONDAY, TZ, case_events, feed, ts

NUMERALS = dict(zip("零〇一二三四五六七八九幺两", "0012345678912", strict=True))
FULL_WIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
CHINESE = {str(i): "零一二三四五六七八九"[i] for i in range(10)}


def digits_of(text: str) -> str:
    """Every digit ``text`` shows, in whatever form, as ASCII."""
    out = []
    for c in text:
        if c in NUMERALS:
            out.append(NUMERALS[c])
        else:
            d = unicodedata.digit(c, None)
            if d is not None:
                out.append(str(d))
    return "".join(out)


# -- strategies ---------------------------------------------------------------------------
mobiles = st.builds(lambda second, rest: "1" + second + rest,
                    st.sampled_from("3456789"), st.text("0123456789", min_size=9, max_size=9))
id_numbers = st.builds(lambda body, last: body + last,
                       st.text("0123456789", min_size=17, max_size=17),
                       st.sampled_from("0123456789Xx"))
separators = st.sampled_from(["", " ", "-", ".", "．", "　", " - ", "·", "/"])
forms = st.sampled_from(["ascii", "full", "chinese"])
# Text around the number: letters, CJK and punctuation, no digits of any kind.
filler = st.text(st.sampled_from("的营业执照联系电话办理申请人窗口 ,。：:（）abcXY"), max_size=12)
given_chars = st.sampled_from("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰")
surnames = st.sampled_from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")


def rendered(number: str, form: str, sep: str, groups: tuple[int, ...]) -> str:
    chars = [FULL_WIDTH.get(c, c) if form == "full" else
             CHINESE.get(c, c) if form == "chinese" else c for c in number]
    out, i = [], 0
    for size in groups:
        out.append("".join(chars[i:i + size]))
        i += size
    out.append("".join(chars[i:]))
    return sep.join(part for part in out if part)


@st.composite
def phones_in_text(draw: st.DrawFn) -> tuple[str, str]:
    number = draw(st.one_of(mobiles, id_numbers))
    form = draw(forms)
    groups = (3, 4) if len(number) == 11 else (6, 8)
    shown = rendered(number, form, draw(separators), groups)
    if len(number) == 11 and draw(st.booleans()):
        shown = "+86 " + shown
    return number, draw(filler) + shown + draw(filler)


# -- properties -----------------------------------------------------------------------------
@given(phones_in_text())
def test_public_text_shows_no_digit_of_a_phone_or_id(case: tuple[str, str]) -> None:
    _, text = case
    out = mask_text(text, public=True)
    assert len(digits_of(out)) < 4, (text, out)


@given(phones_in_text())
def test_office_text_keeps_at_most_three_and_four_digits(case: tuple[str, str]) -> None:
    _, text = case
    out = mask_text(text, public=False)
    shown = digits_of(out)
    assert len(shown) <= 7, (text, out)
    assert "*" in out


@given(surnames, st.lists(given_chars, min_size=1, max_size=3), st.data(), filler, filler)
def test_the_name_is_masked_however_it_is_spaced(surname: str, given_name: list[str],
                                                 data: st.DataObject, before: str,
                                                 after: str) -> None:
    name = surname + "".join(given_name)
    spaced = "".join(c + data.draw(st.sampled_from(["", "", " ", "  ", "　", "\u200b"]))
                     for c in name).rstrip()
    for entered in (name, spaced):
        for public in (True, False):
            out = mask_text(before + spaced + after, (entered,), public=public)
            compact = "".join(out.split())
            assert name not in compact, (entered, out)
            if len(name) >= 3:
                assert name[1:] not in compact, (entered, out)


@given(st.text(max_size=40), st.booleans())
def test_masking_is_idempotent_and_never_leaves_a_long_number(text: str, public: bool) -> None:
    once = mask_text(text, public=public)
    assert mask_text(once, public=public) == once
    assert not re.search(r"\d{7,}", once)


@given(st.one_of(mobiles, id_numbers), forms)
def test_an_applicant_written_as_digits_shows_none(number: str, form: str) -> None:
    shown = mask_applicant("张三" + rendered(number, form, "", ()))
    assert shown == "张**"


def test_the_forms_named_in_the_issue() -> None:
    for text in ("138.1234.5678", "138-1234-5678", "138 1234 5678", "１３８１２３４５６７８",
                 "一三八一二三四五六七八", "幺三八 幺二三四 五六七八", "+86 138 1234 5678",
                 "身份证 11010519491231002X", "身份证 １１０１０５１９４９１２３１００２Ｘ"):
        assert digits_of(mask_text(text, public=True)) == "", text
        assert len(digits_of(mask_text(text, public=False))) <= 7, text
    # Dates and short numbers stay.
    assert mask_text("2026-11-25 第3号 2026年", public=True) == "2026-11-25 第3号 2026年"
    assert mask_text("张 三丰个人独资企业", ("张三丰",), public=True) == "张*丰个人独资企业"
    assert mask_text("张三丰个人独资企业", ("张 三丰",), public=False) == "张*丰个人独资企业"
    assert mask_name("张 三丰") == "张*丰"


# -- every output ---------------------------------------------------------------------------
ITEM = ("张 三丰个人独资企业设立登记 电话138.1234.5678 或 １３９ ００００ １１１１ 或 "
        "一三七一二三四五六七八")
LEAKS = ("张三丰", "张 三丰", "三丰", "1234", "5678", "１１１１", "五六七八")


def test_display_and_web_page_mask_the_item_text(db: Database) -> None:
    feed(db, case_events("K1", MONDAY, 9, "张三丰", item=ITEM))
    with db.read() as session:
        day = load_day(session, MONDAY, ts(MONDAY, 20))
    case = day.cases[0]
    assert case.applicant == "张*丰"
    for leak in LEAKS:
        assert leak not in case.item, case.item
    page = render_html(day, TZ)
    for leak in LEAKS:
        assert leak not in page and html.escape(leak) not in page, leak


def test_the_masked_export_masks_free_text(db: Database, tmp_path: Path) -> None:
    register(db, content="张 小三来电 138-1234-5678 反映，身份证110105194912310021", name="张小三",
             phone="13812345678")
    out = tmp_path / "masked.xlsx"
    export_complaints(db, out, actor="test:office", role="office")
    book = openpyxl.load_workbook(out, read_only=True)
    row = next(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    content = str(row[6])
    assert "张小三" not in "".join(content.split()) and "1234" not in content
    assert "0021" in content  # the office strength keeps the last four
    assert content.startswith("张*三来电 138")


def test_the_briefing_masks_free_text() -> None:
    text = scrub("张 小三反映 138 1234 5678 与 一三八一二三四五六七八", "张小三", None, limit=200)
    assert text == "张*三反映 138******5678 与 一三八****五六七八"
