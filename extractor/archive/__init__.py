"""Across the archive: one identity per referent (``referents``), the merges that made it (``merges``),
and the archive-wide ids joined onto the per-article tables when a run's parts are assembled.
"""
