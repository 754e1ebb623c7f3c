"""The live hall tab (窗口实时状态)."""
