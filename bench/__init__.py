"""HallDesk benchmark: one simulated year of the demo hall, ingested and summarised.

``make bench`` (``.venv/bin/python -m bench``) measures, in one run and against
hand-written baselines on the same rows:

* ingest throughput of ``ingest_lines`` (one batch per day file) vs ``json.loads`` +
  one ``sqlite3.executemany`` per file into a bare table;
* database size per million events and peak memory of the ingesting process;
* ``figures.stats.compute`` for a quarter vs one hand-written SQL statement giving
  the same hall figures (and a check that both give the same numbers).

The simulated day files are cached under ``bench/data/`` (``--regenerate`` rebuilds
them). See ``python -m bench --help``.
"""
