"""Chinese of the ledger's screens and of the labels table (app/labels.py): the labels
come from app/i18n_zh.py, the one catalogue the command line uses too."""

import inspect
import sys
from pathlib import Path

# tools/fill_zh.py runs this file with exec (no __file__): its code object knows the path.
_HERE = Path(inspect.currentframe().f_code.co_filename)  # type: ignore[union-attr]
sys.path.insert(0, str(_HERE.resolve().parent.parent))

from app.i18n_zh import LABELS  # noqa: E402 (the repository root first)

ZH = {
    **LABELS,
    # widgets/complaints
    "Follow-up: dissatisfied, rectification reopened": "回访不满意，重新整改",
    "Category and handler set": "设定类别和承办人",
    "Satisfied": "满意",
    "Basically satisfied": "基本满意",
    "Dissatisfied": "不满意",
    "Citizen's satisfaction": "回访满意度",
    "Complaint category": "投诉类别",
    "Handler": "承办人",
    "— not given —": "— 未填 —",
    "— nobody yet —": "— 暂无 —",
    "Category and handler — %1": "投诉类别和承办人 — %1",
    "Nothing is changed; choose another category or handler, or cancel.":
        "没有变更；请选择其他类别或承办人，或取消。",
    "Category and handler…": "类别和承办人…",
    "All categories": "全部类别",
    "No category yet": "未分类",
    "All handlers": "全部承办人",
    "Nobody yet": "未指定承办人",
    "Opened automatically from a bad evaluation": "评价器差评自动登记",
    "Evaluation": "评价编号",
    # widgets/audit
    "Person": "人员",
}
