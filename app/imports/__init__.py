"""Vendor exports in: the queue system's, the evaluation platform's and the case system's
own .xlsx/.xls/.csv files turned into the events of docs/spec/events.md and applied
through the one ingest path (``halldesk import``, 文件 → 导入数据…, the drop folder)."""
