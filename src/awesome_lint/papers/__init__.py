"""Checking paper entries against the papers' own records (``--verify-papers``, AL021-AL026).

Nothing here is imported on a plain lint: the command line sets :data:`KEY` in the run's
context, and the rules in ``rules/paper_checks.py`` import the rest of this package only then.

- ``records.py``   what a source says about one paper (``Paper``), and why a look-up failed
- ``client.py``    one polite HTTP client per source: pacing, bounded retries, sizes and deadlines
- ``arxiv.py``, ``crossref.py``, ``openreview.py``, ``semantic_scholar.py``: one source each
- ``lookup.py``    the session: memory, then the SQLite cache, then the sources, in batches
- ``matching.py``  titles and venues compared; text for fixes built from validated fields
"""

KEY = "verify_papers"  # in RunContext.extra: the flag, then the session (lookup.Session)
