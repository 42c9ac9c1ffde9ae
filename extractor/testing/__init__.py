"""Helpers for testing warta that need the ``dev`` extra (hypothesis); not imported by the pipeline."""
