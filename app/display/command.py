"""``halldesk publish`` and the display's settings from the command line, apart from
app/cli.py's parser."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping

from app.config import DisplaySettings
from app.db import Database
from app.errors import UserError


def cmd_publish(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]) -> int:
    from app.display.publish import check_out, publish_day
    from app.figures import parse_date
    from app.figures.period import now

    day = parse_date(args.date, "--date")
    check_out(args.out)  # refused before the database is opened
    path, page = publish_day(open_db(args), day, args.out, now())
    if page.cases:
        print(f"{len(page.cases)} completed cases of {day.isoformat()} published to {path} "
              "(names masked, no phone numbers).")
    elif page.last_completed is not None:
        print(f"No case was completed on {day.isoformat()}; the page at {path} says so and "
              f"names the last day with completions, {page.last_completed.isoformat()}.")
    else:
        print(f"No case was completed on {day.isoformat()} or before; the page at {path} "
              "says so.")
    return 0


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
