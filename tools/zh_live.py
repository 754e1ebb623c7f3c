"""Chinese translations of the live tab's strings (widgets/overview/, widgets/figure_names.py)
and of the inspection tab's start panel. The figures' names come from their one table,
app/figures/names.py, so the UI says what the briefing and the display say."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from app.figures.names import NAMES

ZH = {name.en: name.zh for name in NAMES.values()}
ZH.update({
    "%1 today": "今日%1",
    "%1 yesterday": "昨日%1",
    "%1: %2": "%1 %2",
    "%1: %2 min": "%1 %2 分钟",
    "%1-%2 %3": "%1月%2日%3",
})
