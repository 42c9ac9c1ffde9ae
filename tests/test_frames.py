"""``extractor.extract_frame``: the CLI's rows as pandas DataFrames."""
from __future__ import annotations

import json

import pandas as pd

import extractor
from extractor.cli import main
from extractor.records import OUTPUT_TABLES, columns

SLICE = 40  # articles of the IndoSum sample: enough for every table to have rows, a few seconds to run


def assert_same_rows(frame: pd.DataFrame, cli: pd.DataFrame, table: str) -> None:
    """``frame`` holds the rows of the CLI's table ``cli`` (read as strings): text cells the same
    strings, booleans spelt the same, numbers the same values (however the CSV spells them)."""
    assert list(frame.columns) == list(cli.columns) and len(frame) == len(cli), table
    for column in frame.columns:
        if pd.api.types.is_numeric_dtype(frame[column]) and not pd.api.types.is_bool_dtype(frame[column]):
            pd.testing.assert_series_equal(pd.to_numeric(cli[column]), frame[column], check_dtype=False,
                                           obj=f"{table}.{column}")
        else:
            assert frame[column].astype(str).tolist() == cli[column].tolist(), f"{table}.{column}"


def test_extract_frame_returns_the_cli_rows_on_indosum(warta, shared, tmp_path):
    with (shared / "data" / "corpus" / "indosum" / "indosum_news_sample.jsonl").open(encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(SLICE)]
    (tmp_path / "slice.jsonl").write_text("".join(lines), encoding="utf-8")
    assert main(["extract", str(tmp_path / "slice.jsonl"), "-o", str(tmp_path / "out"),
                 "--reference-date", "2026-11-27", "--raw-csv"]) == 0  # frames hold data, not spreadsheet cells

    articles = pd.DataFrame([json.loads(line) for line in lines])
    frames = extractor.extract_frame(articles, id_col="id", date_col="date", title_col="title", nlp=warta)

    assert set(frames) == set(OUTPUT_TABLES)
    for table in OUTPUT_TABLES:
        cli = pd.read_csv(tmp_path / "out" / f"{table}.csv", dtype=str, keep_default_na=False)
        assert list(frames[table].columns) == columns(table) == list(cli.columns)
        assert_same_rows(frames[table], cli, table)
    sizes = {table: len(frame) for table, frame in frames.items()}
    assert sizes["articles"] == SLICE and all(sizes[table] > 0 for table in ("entities", "dates", "quotes"))


def test_rows_without_text_become_error_rows_and_duplicates_are_marked(warta):
    text = "Bupati Sleman meresmikan Pasar Godean pada Senin (4/9/2023) bersama 300 pedagang."
    articles = pd.DataFrame({"body": [text, None, "  ", text]}, index=["a", "b", "c", "d"])
    frames = extractor.extract_frame(articles, text_col="body", nlp=warta)
    assert frames["articles"][["doc_id", "status", "duplicate_of", "source"]].values.tolist() == [
        ["a", "ok", "", "row:1"], ["b", "error", "", "row:2"], ["c", "error", "", "row:3"], ["d", "ok", "a", "row:4"]]
    assert frames["errors"]["doc_id"].tolist() == ["b", "c"]
    assert frames["dates"]["value"].tolist() == ["2023-09-04", "2023-09-04"]
    assert frames["counts"]["value"].tolist() == [300, 300]
