"""The interpreter settings of the application's process (widgets/runtime.py)."""

from __future__ import annotations

import gc
import sys
import weakref

from pytestqt.qtbot import QtBot

from widgets import runtime


def test_the_ui_thread_waits_at_most_a_millisecond_for_the_gil() -> None:
    before = sys.getswitchinterval()
    try:
        runtime.tune_for_ui()
        assert sys.getswitchinterval() == runtime.UI_SWITCH_INTERVAL_S == 0.001
    finally:
        sys.setswitchinterval(before)


def test_settling_takes_the_live_objects_out_of_full_collections() -> None:
    kept = [[n] for n in range(1000)]
    try:
        runtime.settle()
        assert gc.get_freeze_count() >= len(kept)
        later = [[n] for n in range(10)]
        assert gc.is_tracked(later[0])
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_cyclic_garbage_is_collected_by_the_ui_thread_timer(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    collector = runtime.UiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()          # no collection on whichever thread allocates
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None           # a cycle: nothing frees it by itself
        collector.threshold = (0, 10**9, 10**9)
        qtbot.waitUntil(lambda: gone() is None, timeout=3000)   # the timer's collection
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
    assert gc.isenabled() or not was_enabled
