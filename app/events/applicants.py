"""Applicants (申请人) of the simulator's cases: people's names and, for business
items, enterprise names, drawn from the case number so that the simulator's own
random stream (and so every other event) stays what it was."""

from __future__ import annotations

import random

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "夏侯")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强晓东海燕"
         "红梅文博子轩浩然欣怡梓涵雨桐思远嘉怡俊杰宇航佳琪晨阳")
TRADE = ("明远", "恒达", "鑫源", "华泰", "宏盛", "瑞丰", "嘉禾", "博睿", "启航", "中天", "新宇",
         "汇通", "金桥", "永信", "德润", "安和")
INDUSTRY = ("科技", "商贸", "建设工程", "餐饮管理", "物流", "文化传媒", "电子", "食品", "机械设备",
            "环保科技", "房地产开发", "信息技术")
FORMS = ("有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司")
SHOPS = ("便利店", "小吃店", "五金店", "理发店", "水果店", "烧烤店")
LATIN = ("John Smith", "Maria Garcia", "Kim Min-jun", "Anna Müller", "David Brown",
         "Sato Yuki")
# Departments whose items are mostly asked for by enterprises.
BUSINESS = frozenset({"GS", "GSW", "ZJ", "WT", "SRHW", "FG", "GT", "GH", "JG", "HB", "JT",
                      "TJ"})


def applicant(case_no: str, department: str, item: str) -> str:
    rng = random.Random(f"applicant|{case_no}")
    if department in BUSINESS or "企业" in item:
        r = rng.random()
        if "个体" in item or r < 0.2:
            return _person(rng) + rng.choice(SHOPS)
        if r < 0.75:
            return f"示范区{rng.choice(TRADE)}{rng.choice(INDUSTRY)}{rng.choice(FORMS)}"
    if department == "GA" and rng.random() < 0.05:
        return rng.choice(LATIN)
    return _person(rng)


def _person(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND) if rng.random() < 0.03 else rng.choice(SURNAMES)
    first = rng.choice(GIVEN)
    return surname + (first if rng.random() < 0.3 else first + rng.choice(GIVEN))
