"""``make run`` on a Linux desktop that lacks a library of Qt's X11 plugin: one sentence
naming the packages and the apt command, before Qt aborts with its own message."""

from __future__ import annotations

import subprocess
import sys

from widgets import qt_libraries

LDD = """\
	linux-vdso.so.1 (0x00007ffc6a1f9000)
	libxcb-cursor.so.0 => not found
	libxcb-icccm.so.4 => not found
	libQt6XcbQpa.so.6 => /venv/PyQt6/Qt6/lib/libQt6XcbQpa.so.6 (0x00007f1)
	libxcb-cursor.so.0 => not found
	libxcb-keysyms.so.1 => not found
	libxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f2)
"""


def test_missing_libraries_are_read_from_ldd() -> None:
    assert qt_libraries.missing_libraries(LDD) == [
        "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert qt_libraries.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_advice_names_the_packages_and_the_command_in_one_sentence() -> None:
    text = qt_libraries.advice(qt_libraries.missing_libraries(LDD))
    assert "\n" not in text
    assert text.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-cursor.so.0" in text
    one = qt_libraries.advice(["libfoo.so.9"])
    assert one.endswith("install it with: sudo apt install libfoo.so.9")


def test_only_an_x11_start_on_linux_is_checked() -> None:
    assert qt_libraries.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert qt_libraries.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not qt_libraries.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
                                     "linux")
    assert not qt_libraries.uses_xcb({}, "linux")
    assert not qt_libraries.uses_xcb({"DISPLAY": ":0"}, "win32")


def test_the_real_plugin_is_checked_with_ldd(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On this machine: the check runs ldd on PyQt6's own xcb plugin and speaks exactly
    when ldd reports a library as not found."""
    plugin = qt_libraries.xcb_plugin()
    if sys.platform != "linux" or plugin is None:
        return
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    assert "libQt6" in out                     # ldd really read the plugin
    expected = qt_libraries.missing_libraries(out)
    result = qt_libraries.check()
    assert (result is None) == (not expected)
    if expected:
        assert result is not None and all(name in result for name in expected)
