"""The complaint ledger tab (投诉台账)."""
