"""The ``warta extract`` command: contract tables, bad input reported in errors.csv, exit status, an
output folder never replaced unasked nor written by two runs at once; ``warta summary``."""
from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pandas as pd

from extractor.batch import BatchOptions
from extractor.batch.job import STATE_FOLDER
from extractor.batch.output_folder import LOCK_NAME
from extractor.cli import main, run_extract
from extractor.records import OUTPUT_TABLES, TABLES, columns
from extractor.writing import FORMATS

GOOD_TEXT = ("Bupati Resmikan Pasar Baru\n"
             "SLEMAN – Bupati Sleman, Kustini Sri Purnomo, meresmikan Pasar Godean pada Senin (4/9/2023).\n"
             "“Pasar ini kami bangun untuk 300 pedagang,” ujar Kustini.")


def extract(warta, inputs: list[str], outdir: Path) -> None:
    run_extract(BatchOptions(inputs=tuple(inputs), output=outdir, progress=False), warta)


def read(outdir: Path, table: str) -> list[dict]:
    with (outdir / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_bad_documents_go_to_errors_and_the_run_goes_on(warta, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00\x9c garbage \xc3\x28")
    lines = [json.dumps({"id": "j1", "text": "Warga Desa Sukamaju menanam 1.500 bibit mangrove."}),
             "{not json",
             json.dumps({"id": "j3", "title": "tanpa teks"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outdir = tmp_path / "out"
    extract(warta, [str(tmp_path)], outdir)
    errors = {row["doc_id"]: row["error"] for row in read(outdir, "errors")}
    assert set(errors) == {"empty", "binary", "batch-2", "j3"}
    assert "UTF-8" in errors["binary"] and "JSON" in errors["batch-2"] and "text" in errors["j3"]
    statuses = {row["doc_id"]: row["status"] for row in read(outdir, "articles")}
    assert statuses["good"] == "ok" and statuses["j1"] == "ok" and statuses["empty"] == "error"
    assert any(row["value"] == "1500" for row in read(outdir, "counts") if row["doc_id"] == "j1")


def test_tables_have_the_contract_columns_first(warta, tmp_path):
    source = tmp_path / "pasar.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    extract(warta, [str(source)], tmp_path / "out")
    required = {
        "articles": ["doc_id", "title", "outlet", "dateline", "author", "published_date", "n_chars", "n_sentences", "status"],
        "entities": ["doc_id", "label", "text", "canonical", "start_char", "end_char"],
        "dates": ["doc_id", "text", "value", "start_char", "end_char"],
        "counts": ["doc_id", "text", "value", "noun", "approximate", "start_char", "end_char"],
        "money": ["doc_id", "text", "value", "currency", "start_char", "end_char"],
        "measures": ["doc_id", "text", "value", "unit", "start_char", "end_char"],  # an extension of the contract
        "quotes": ["doc_id", "quote_id", "kind", "text", "speaker", "speaker_role", "speaker_org", "cue", "start_char", "end_char"],
        "errors": ["doc_id", "source", "error"],
    }
    for table in TABLES:
        with (tmp_path / "out" / f"{table}.csv").open(encoding="utf-8") as handle:
            header = handle.readline().strip().split(",")
        assert header == columns(table)
        assert header[:len(required.get(table, ['doc_id']))] == required.get(table, ['doc_id'])


def test_offsets_point_into_the_input_text(warta, tmp_path):
    source = tmp_path / "pasar.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    extract(warta, [str(source)], tmp_path / "out")
    for table in ("entities", "dates", "counts"):
        for row in read(tmp_path / "out", table):
            assert GOOD_TEXT[int(row["start_char"]):int(row["end_char"])] == row["text"]


def test_cli_exit_status(tmp_path, capsys):
    source = tmp_path / "pasar.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(source), str(missing), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"warta: no such file or directory: {missing}\n"
    assert not (tmp_path / "out").exists()  # refused before any work
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--reference-date", "2026-11-27"]) == 0
    quotes = read(tmp_path / "out", "quotes")
    assert quotes[0]["speaker"] == "Kustini Sri Purnomo"


def test_a_file_that_cannot_be_read_inside_a_folder_goes_to_errors(warta, tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "pasar.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "hilang.txt").symlink_to(folder / "nowhere.txt")  # listed in the folder, unreadable even by root
    extract(warta, [str(folder)], tmp_path / "out")
    errors = read(tmp_path / "out", "errors")
    assert [(row["doc_id"], row["error"]) for row in errors] == [("hilang", "cannot read: No such file or directory")]
    assert {row["doc_id"]: row["status"] for row in read(tmp_path / "out", "articles")} == {
        "hilang": "error", "pasar": "ok"}


def test_publication_dates_in_site_formats_anchor_relative_dates(warta):
    record = warta.extract("Banjir surut kemarin, kata Camat Budi Santoso.", doc_id="d",
                           date="Jumat, 19/08/2016 10:03 WIB")
    assert record.article.published_date == "2016-08-19"
    assert [d.value for d in record.dates] == ["2016-08-18"]


def test_extract_options_from_the_command_line():
    from extractor.cli import _parser, extract_options

    args = _parser().parse_args(["extract", "a.csv", "b/", "-o", "out", "--workers", "3", "--resume", "--format",
                                 "parquet", "--raw-csv", "--text-column", "isi", "--column", "id=artikel",
                                 "--column", "date=tanggal", "--part-size", "50", "--no-progress"])
    options = extract_options(args)
    assert (options.inputs, options.workers, options.resume, options.format, options.raw_csv) == (
        ("a.csv", "b/"), 3, True, "parquet", True)
    assert (options.layout.text, dict(options.layout.columns)) == ("isi", {"id": "artikel", "date": "tanggal"})
    assert (options.part_size, options.progress, options.engine) == (50, False, "local")


def test_unusable_batch_options_exit_with_status_2(tmp_path, capsys):
    for bad in (["--workers", "0"], ["--column", "body=isi"], ["--format", "xlsx"], ["--engine", "spark"]):
        try:
            main(["extract", str(tmp_path), "-o", str(tmp_path / "out"), *bad])
        except SystemExit as exit:
            assert exit.code == 2, bad
        else:
            raise AssertionError(f"{bad} was accepted")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "--engine dask" in capsys.readouterr().err


def test_resume_of_another_job_is_refused(warta, tmp_path, capsys):
    source = tmp_path / "pasar.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    run_extract(BatchOptions(inputs=(str(source),), output=tmp_path / "out", progress=False, part_size=5), warta)
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--resume", "--part-size", "7"]) == 2
    assert "cannot resume" in capsys.readouterr().err


def test_parquet_output(tmp_path, capsys):
    source = tmp_path / "pasar.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--format", "parquet",
                 "--reference-date", "2026-11-27"]) == 0
    written = sorted(path.name for path in (tmp_path / "out").iterdir() if path.is_file())
    assert written == sorted(f"{table}.parquet" for table in OUTPUT_TABLES)
    quotes = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert quotes["speaker"].tolist() == ["Kustini Sri Purnomo"] and quotes["start_char"].dtype == "int64"
    assert "1 articles" in capsys.readouterr().out


MEASURED_TEXT = GOOD_TEXT + " Setiap hari pasar itu menjual 20 ton sayur."


def test_summary_reads_csv_and_parquet_and_counts_measures(warta, tmp_path, capsys):
    source = tmp_path / "pasar.txt"
    source.write_text(MEASURED_TEXT, encoding="utf-8")
    printed = {}
    for fmt in FORMATS:
        run_extract(BatchOptions(inputs=(str(source),), output=tmp_path / fmt, format=fmt, progress=False), warta)
        capsys.readouterr()
        assert main(["summary", str(tmp_path / fmt)]) == 0
        printed[fmt] = capsys.readouterr().out
    assert printed["parquet"] == printed["csv"]
    lines = printed["csv"].splitlines()
    assert lines[0].startswith("pasar [ok] Bupati Resmikan Pasar Baru")
    assert "1 measures" in lines[1] and "1 quotes" in lines[1]
    assert "Kustini Sri Purnomo" in lines[2]


def test_summary_of_a_missing_or_empty_folder_says_so(tmp_path, capsys):
    assert main(["summary", str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err == f"warta: no such folder: {tmp_path / 'missing'}\n"
    assert main(["summary", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "holds no articles table" in error and error.count("\n") == 1


def test_a_folder_with_another_runs_output_is_replaced_only_with_overwrite(warta, tmp_path, capsys):
    first, second = tmp_path / "pasar.txt", tmp_path / "ukur.txt"
    first.write_text(GOOD_TEXT, encoding="utf-8")
    second.write_text(MEASURED_TEXT, encoding="utf-8")
    outdir = tmp_path / "out"
    extract(warta, [str(first), str(second)], outdir)
    assert main(["extract", str(second), "-o", str(outdir)]) == 2
    error = capsys.readouterr().err
    assert error == f"warta: {outdir} already holds the output of a warta run: give --overwrite to replace it " \
                    "(or --resume to go on with the same job)\n"
    assert len(read(outdir, "articles")) == 2  # untouched
    assert main(["extract", str(second), "-o", str(outdir), "--resume", "--overwrite"]) == 2
    assert "give one of them" in capsys.readouterr().err

    assert main(["extract", str(second), "-o", str(outdir), "--overwrite", "--format", "parquet"]) == 0
    assert pd.read_parquet(outdir / "articles.parquet")["doc_id"].tolist() == ["ukur"]
    assert not list(outdir.glob("*.csv"))  # the replaced run's CSV tables would be read before the Parquet ones


def test_a_second_run_into_a_folder_being_written_stops_at_once(tmp_path, capsys):
    source = tmp_path / "pasar.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    outdir = tmp_path / "out"
    (outdir / STATE_FOLDER).mkdir(parents=True)
    running = subprocess.Popen(["sleep", "60"])  # stands for the first run, alive and holding the lock
    try:
        (outdir / STATE_FOLDER / LOCK_NAME).write_text(f"{running.pid}\n", encoding="ascii")
        assert main(["extract", str(source), "-o", str(outdir)]) == 2
    finally:
        running.kill()
        running.wait()
    error = capsys.readouterr().err
    assert error.startswith(f"warta: another warta run is writing to {outdir} (") and error.count("\n") == 1
    assert (outdir / STATE_FOLDER / LOCK_NAME).exists() and not list(outdir.glob("*.csv"))
