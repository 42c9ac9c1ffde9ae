"""Looking at warta's output: an HTML report of an output folder (``warta report``), the tables and
aggregations behind it (also used by ``notebooks/analysis.ipynb``), and the highlighting of one
article's records in its text (also used by ``warta show``).
"""
from .data import load_tables
from .html import write_report

__all__ = ["load_tables", "write_report"]
