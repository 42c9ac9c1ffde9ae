"""Evaluations of warta's extractors on public annotated data (make eval)."""
