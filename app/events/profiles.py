"""Department profiles the simulator draws from: share of arrivals, service time,
and the case items each department accepts (legal and promised limits in working
days; promised = legal cut by half, as the reports' 提速50% describes; 0 = 即办件).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    name: str
    legal_days: int
    promised_days: int


@dataclass(frozen=True)
class Profile:
    share: float           # share of the hall's tickets
    service_min: float     # mean service time, minutes
    case_prob: float       # chance that a service registers a case
    items: tuple[Item, ...]


def _i(name: str, legal: int = 0, promised: int | None = None) -> Item:
    return Item(name, legal, legal // 2 if promised is None else promised)


PROFILES: dict[str, Profile] = {
    "GS": Profile(0.13, 7, 0.6, (_i("个体工商户设立登记"), _i("企业名称预先核准"),
                                  _i("内资企业设立登记", 15), _i("企业变更登记", 10))),
    "GSW": Profile(0.085, 6, 0.5, (_i("发票领购"), _i("税务登记", 10),
                                  _i("增值税一般纳税人认定", 20))),
    "DSW": Profile(0.08, 6, 0.5, (_i("契税申报缴纳"), _i("个人所得税完税证明"),
                                   _i("税收减免备案", 10))),
    "RS": Profile(0.12, 5, 0.55, (_i("社会保险参保登记"), _i("就业失业登记"),
                                  _i("退休待遇核定", 20))),
    "GA": Profile(0.075, 7, 0.7, (_i("居民身份证受理"), _i("户口迁移", 10),
                                 _i("出入境证件受理", 15))),
    "JJ": Profile(0.08, 6, 0.6, (_i("驾驶证换证"), _i("机动车转移登记"), _i("机动车检验合格标志"))),
    "ZJ": Profile(0.035, 8, 0.6, (_i("组织机构代码证"), _i("工业产品生产许可初审", 20),
                                  _i("计量器具检定", 10))),
    "GJJ": Profile(0.06, 5, 0.6, (_i("住房公积金提取"), _i("公积金缴存登记"),
                                  _i("公积金贷款受理", 15))),
    "MZ": Profile(0.04, 7, 0.6, (_i("婚姻登记"), _i("最低生活保障申请", 20),
                                 _i("社会团体登记", 30))),
    "JS": Profile(0.03, 6, 0.7, (_i("生育服务登记"), _i("独生子女父母光荣证"),
                                 _i("再生育审批", 30))),
    "WT": Profile(0.015, 9, 0.5, (_i("营业性演出许可", 20), _i("娱乐场所经营许可", 20))),
    "SRHW": Profile(0.015, 8, 0.5, (_i("城市道路临时占用许可", 10), _i("户外广告设置许可", 20))),
    "FG": Profile(0.01, 12, 0.7, (_i("企业投资项目备案", 5), _i("固定资产投资项目核准", 20))),
    "GT": Profile(0.025, 11, 0.6, (_i("土地登记", 20), _i("建设用地预审", 20))),
    "GH": Profile(0.02, 12, 0.6, (_i("建设项目选址意见书", 20), _i("建设工程规划许可证", 20))),
    "JG": Profile(0.02, 11, 0.6, (_i("建筑工程施工许可证", 15), _i("竣工验收备案", 15))),
    "HB": Profile(0.01, 11, 0.6, (_i("环境影响评价文件审批", 30), _i("排污许可证", 20))),
    "WSJD": Profile(0.015, 9, 0.6, (_i("公共场所卫生许可证", 20), _i("健康证明查验"))),
    "JT": Profile(0.02, 7, 0.6, (_i("道路运输经营许可", 20), _i("从业资格证换证"))),
    "TJ": Profile(0.01, 8, 0.5, (_i("统计登记"), _i("统计调查项目审批", 20))),
}

DEFAULT_PROFILE = Profile(0.02, 9, 0.5, (_i("综合事项受理"), _i("一般许可事项", 20)))

# Windows of the demo hall that stand permanently empty (长期请假 / 空岗 / 部门撤回).
DEMO_VACANT = frozenset({"W31", "W33", "W44", "W45"})

BAD_COMMENTS = ("等候时间太长", "工作人员态度冷淡", "材料要求没有一次性告知", "窗口人员中途离岗",
                "办理速度慢", "解释不清楚")
PAUSE_REASONS = ("临时离岗", "接听电话", "送取材料", "会议")
