"""What ``bench.live`` needs to run its child processes (``bench.live_gui``,
``bench.live_start``) and read what they report."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.security.anchor import CONFIG_VAR, config_dir


def log(msg: str) -> None:
    print(msg, flush=True)



def child_env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config)   # no saved geometry or tab from other runs
    # ... but this workstation's audit key, which the cached databases are sealed with:
    # without it the login refuses the bench account and the start never paints
    env.setdefault(CONFIG_VAR, str(config_dir()))
    env.pop("HALLDESK_LANG", None)
    return env


def result_line(text: str, tag: str) -> dict[str, Any]:
    for line in text.splitlines():
        if line.startswith(f"@@{tag} "):
            data: dict[str, Any] = json.loads(line[len(tag) + 3:])
            return data
    raise RuntimeError(f"no @@{tag} line in:\n{text[-3000:]}")
