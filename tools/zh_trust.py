"""Chinese translations of the strings of issue 14 (identity, audit anchoring, outputs)."""

ZH = {
    "Before 2000-01-01, earlier than any ledger HallDesk keeps.":
        "早于 2000-01-01，不是有效的登记时间。",
}
