"""The interpreter settings of the application's process (widgets/runtime.py)."""

from __future__ import annotations

import gc
import sys

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
