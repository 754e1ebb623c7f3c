"""The public display's settings from its start options and the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping

from app.config import DisplaySettings
from app.errors import UserError


def display_settings(page_seconds: int | None,
                     environ: Mapping[str, str] | None = None) -> DisplaySettings:
    """The display's settings: ``--page-seconds`` wins over the environment variable,
    which wins over the default; out of range is refused in one sentence."""
    env = os.environ if environ is None else environ
    low, high = DisplaySettings.PAGE_SECONDS_RANGE
    source = "--page-seconds"
    value = page_seconds
    if value is None and env.get(DisplaySettings.PAGE_SECONDS_ENV, "").strip():
        raw = env[DisplaySettings.PAGE_SECONDS_ENV].strip()
        source = DisplaySettings.PAGE_SECONDS_ENV
        try:
            value = int(raw)
        except ValueError:
            raise UserError(f"{source}={raw!r} is not a whole number of seconds.") from None
    if value is None:
        return DisplaySettings()
    if not low <= value <= high:
        raise UserError(f"{source} {value} must be between {low} and {high} seconds.")
    return DisplaySettings(page_seconds=value)
