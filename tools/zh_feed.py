"""Chinese translations of the event feed's strings (widgets/main_window.py)."""

ZH = {
    "Feed: the last event has an impossible time": "数据接入：最后一条事件的时间不可能",
}
