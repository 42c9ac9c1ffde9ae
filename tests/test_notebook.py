"""notebooks/analysis.ipynb runs green on a small output (the samples), so it never rots."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
from nbclient import NotebookClient

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "analysis.ipynb"


def outputs_of(cell) -> str:
    """A cell's text and HTML outputs, joined."""
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.extend(str(output.get("data", {}).get(kind, "")) for kind in ("text/plain", "text/html"))
    return "\n".join(parts)


def test_notebook_runs_on_the_samples(tmp_path, monkeypatch):
    outdir = tmp_path / "out"
    articles = [str(path) for path in sorted((ROOT / "samples").glob("*.txt"))]
    assert main(["extract", *articles, "-o", str(outdir), "--reference-date", "2026-11-27"]) == 0
    monkeypatch.setenv("WARTA_OUTDIR", str(outdir))
    monkeypatch.setenv("WARTA_EXPORT", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # raises CellExecutionError, with the cell and its traceback, when any cell fails
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    images = sum("image/png" in output.get("data", {}) for cell in code for output in cell.get("outputs", []))
    assert images >= 6
    assert {path.name for path in tmp_path.glob("notebook-*.png")} >= {
        "notebook-organisations.png", "notebook-programmes.png", "notebook-speakers.png",
        "notebook-participants.png", "notebook-timeline.png", "notebook-counted.png", "notebook-activity-provinces.png"}
    text = "\n".join(outputs_of(cell) for cell in code)
    entities = pd.read_csv(outdir / "entities.csv", dtype=str, keep_default_na=False)
    quotes = pd.read_csv(outdir / "quotes.csv", dtype=str, keep_default_na=False)
    assert f"{len(articles)} articles, {len(entities):,} entities" in text
    top_speaker = quotes.loc[quotes["speaker"] != "", "speaker"].value_counts().index[0]
    assert top_speaker in text
