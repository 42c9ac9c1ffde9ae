"""``extractor.extract_frame``: the CLI's rows as pandas DataFrames."""
from __future__ import annotations

import io
import json

import pandas as pd

import extractor
from extractor.cli import main
from extractor.records import TABLES, columns

SLICE = 40  # articles of the IndoSum sample: enough for every table to have rows, a few seconds to run


def as_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame as the CSV writer spells it, read back as strings."""
    return pd.read_csv(io.StringIO(frame.to_csv(index=False)), dtype=str, keep_default_na=False)


def test_extract_frame_returns_the_cli_rows_on_indosum(warta, shared, tmp_path):
    with (shared / "data" / "corpus" / "indosum" / "indosum_news_sample.jsonl").open(encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(SLICE)]
    (tmp_path / "slice.jsonl").write_text("".join(lines), encoding="utf-8")
    assert main(["extract", str(tmp_path / "slice.jsonl"), "-o", str(tmp_path / "out"),
                 "--reference-date", "2026-11-27"]) == 0

    articles = pd.DataFrame([json.loads(line) for line in lines])
    frames = extractor.extract_frame(articles, id_col="id", date_col="date", title_col="title", nlp=warta)

    assert set(frames) == set(TABLES)
    for table in TABLES:
        cli = pd.read_csv(tmp_path / "out" / f"{table}.csv", dtype=str, keep_default_na=False)
        assert list(frames[table].columns) == columns(table) == list(cli.columns)
        pd.testing.assert_frame_equal(as_strings(frames[table]), cli, obj=table)
    sizes = {table: len(frame) for table, frame in frames.items()}
    assert sizes["articles"] == SLICE and all(sizes[table] > 0 for table in ("entities", "dates", "quotes"))


def test_rows_without_text_become_error_rows_in_input_order(warta):
    articles = pd.DataFrame({"body": ["Bupati Sleman meresmikan Pasar Godean pada Senin (4/9/2023).", None, "  "]},
                            index=["a", "b", "c"])
    frames = extractor.extract_frame(articles, text_col="body", nlp=warta)
    assert frames["articles"][["doc_id", "status"]].values.tolist() == [["a", "ok"], ["b", "error"], ["c", "error"]]
    assert frames["errors"]["doc_id"].tolist() == ["b", "c"]
    assert frames["dates"]["value"].tolist() == ["2023-09-04"]
