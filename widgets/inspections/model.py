"""The findings filter of the inspections tab: the tab's tables are
``widgets.table_model.TableModel``s over rows that app/figures returns, and a
``TableProxy`` narrows the findings to a round, a window or an item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.figures.inspections import FindingRow


def findings_of(round_code: str | None = None, window: str | None = None,
                item: str | None = None) -> Callable[[Any], bool] | None:
    """A findings filter (None keeps all)."""
    if round_code is None and window is None and item is None:
        return None

    def keep(row: Any) -> bool:
        assert isinstance(row, FindingRow)
        return ((round_code is None or row.round_code == round_code)
                and (window is None or row.window == window)
                and (item is None or row.item == item))
    return keep
