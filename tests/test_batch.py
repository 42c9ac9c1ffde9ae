"""Batch runs: determinism, worker processes, dask, resume after kill -9, duplicates, formats."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extractor.batch import BatchOptions, ResumeError, extract_records, run_batch
from extractor.batch.job import STATE_FOLDER
from extractor.batch.output_folder import LOCK_NAME
from extractor.records import OUTPUT_TABLES

from conftest import ROOT, SAMPLES

REFERENCE = date(2026, 11, 27)


def sample_texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))}


def write_corpus(path: Path, copies: int = 1) -> Path:
    """A JSONL file of the samples, ``copies`` times over with new ids (later copies are duplicates)."""
    lines = [json.dumps({"id": f"{stem}~{copy}", "text": text, "date": "2026-01-27"}, ensure_ascii=False)
             for copy in range(copies) for stem, text in sample_texts().items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(inputs, outdir: Path, warta, **options):
    return run_batch(BatchOptions(inputs=tuple(map(str, inputs)), output=outdir, reference_date=REFERENCE,
                                  progress=False, **options), warta)


def tables(outdir: Path, fmt: str = "csv") -> dict[str, bytes]:
    return {table: (outdir / f"{table}.{fmt}").read_bytes() for table in OUTPUT_TABLES}


def read(outdir: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(outdir / f"{table}.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "samples.jsonl", copies=2)


@pytest.fixture(scope="module")
def reference_run(corpus, warta, tmp_path_factory) -> Path:
    """The corpus extracted in this process, one part of 5 documents at a time."""
    outdir = tmp_path_factory.mktemp("reference")
    run([corpus], outdir, warta, part_size=5)
    return outdir


def test_the_same_input_gives_byte_identical_tables(corpus, reference_run, warta, tmp_path):
    result = run([corpus], tmp_path / "again", warta, part_size=7)
    assert tables(tmp_path / "again") == tables(reference_run)
    assert result.processed == 2 * len(sample_texts()) and result.rows["articles"] == result.processed
    assert not (tmp_path / "again" / STATE_FOLDER / "parts").exists()  # parts are removed once assembled


def test_two_worker_processes_give_the_same_tables(corpus, reference_run, tmp_path):
    run([corpus], tmp_path / "workers", None, part_size=5, workers=2)
    assert tables(tmp_path / "workers") == tables(reference_run)


def test_a_dask_cluster_of_two_workers_gives_the_same_tables(corpus, reference_run, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run([corpus], tmp_path / "dask", None, part_size=5, engine="dask", scheduler=cluster.scheduler_address)
    assert tables(tmp_path / "dask") == tables(reference_run)


def committed(outdir: Path) -> int:
    manifest = outdir / STATE_FOLDER / "manifest.sqlite"
    if not manifest.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{manifest}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT COALESCE(SUM(documents), 0) FROM parts").fetchone()[0]
    except sqlite3.OperationalError:  # created but no tables yet, or locked this instant
        return 0


def test_resume_after_kill_9_gives_the_uninterrupted_tables(tmp_path, warta):
    corpus = write_corpus(tmp_path / "corpus.jsonl", copies=4)
    total = 4 * len(sample_texts())
    outdir = tmp_path / "out"
    command = [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "-o", str(outdir),
               "--reference-date", REFERENCE.isoformat(), "--part-size", "1"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while committed(outdir) < total // 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = committed(outdir)
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()
    assert 0 < done < total, f"the kill came at {done} of {total} documents, not in the middle"
    assert not (outdir / "articles.csv").exists()  # no final table, not even half of one

    result = run([corpus], outdir, warta, part_size=1, resume=True)
    assert result.resumed >= done and result.resumed + result.processed == total
    run([corpus], tmp_path / "uninterrupted", warta, part_size=1)
    assert tables(outdir) == tables(tmp_path / "uninterrupted")
    assert len(read(outdir, "articles")) == total


def test_ctrl_c_stops_two_workers_cleanly_and_resume_finishes_the_job(tmp_path, warta):
    corpus = write_corpus(tmp_path / "corpus.jsonl", copies=4)
    total = 4 * len(sample_texts())
    outdir = tmp_path / "out"
    command = [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "-o", str(outdir),
               "--reference-date", REFERENCE.isoformat(), "--part-size", "2", "--workers", "2"]
    # Its own process group, as a terminal's job is, and Ctrl-C handled as in a shell: a test process
    # that ignores SIGINT (as after the dask cluster test) would pass the ignoring on to the child.
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Workers send their shards' records back in bursts, so parts are committed only late in the run:
    # the signal comes a fixed time after the run has started (taken its lock, its imports done, which
    # takes long on busy cores), while the workers load the model or tag (the job takes over half a
    # minute on quiet cores).
    lock = outdir / STATE_FOLDER / LOCK_NAME
    deadline = time.monotonic() + 120
    while not lock.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(3)
    assert process.poll() is None, "the job ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole group: the run and its workers
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130 and "--resume" in stderr.decode(), stderr.decode()
    assert committed(outdir) < total and not (outdir / "articles.csv").exists()
    assert not lock.exists()  # an interrupted run frees its folder
    run([corpus], outdir, warta, part_size=2, resume=True)
    run([corpus], tmp_path / "uninterrupted", warta, part_size=2)
    assert tables(outdir) == tables(tmp_path / "uninterrupted")


def test_resume_refuses_input_that_changed(tmp_path, warta):
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    outdir = tmp_path / "out"
    run([corpus], outdir, warta, part_size=2)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    with pytest.raises(ResumeError, match="input changed"):
        run([corpus], outdir, warta, part_size=2, resume=True)
    with pytest.raises(ResumeError, match="another job"):
        run([corpus], outdir, warta, part_size=3, resume=True)


def test_resuming_a_finished_run_changes_nothing(reference_run, corpus, warta):
    before = tables(reference_run)
    result = run([corpus], reference_run, warta, part_size=5, resume=True)
    assert result.processed == 0 and result.rows["articles"] == 2 * len(sample_texts())
    assert tables(reference_run) == before


def test_a_lock_left_by_a_run_that_died_is_taken_over_and_removed_at_the_end(tmp_path, warta):
    source = write_corpus(tmp_path / "corpus.jsonl")
    outdir = tmp_path / "out"
    lock = outdir / STATE_FOLDER / LOCK_NAME
    lock.parent.mkdir(parents=True)
    died = subprocess.Popen(["true"])
    died.wait()  # its process id is no one's once it has been waited for
    lock.write_text(f"{died.pid}\n", encoding="ascii")
    result = run([source], outdir, warta)
    assert result.processed == len(sample_texts()) and not lock.exists()


def test_near_duplicates_point_to_the_first_copy(tmp_path, warta):
    texts = sample_texts()
    first, second = list(texts)[:2]
    edited = texts[first].replace("ratusan warga", "puluhan warga", 1).rstrip() + "\nTambahan satu kalimat penutup.\n"
    records = [{"id": "a", "text": texts[first]}, {"id": "b", "text": texts[second]},
               {"id": "c", "text": edited}, {"id": "d", "text": texts[first]}]
    source = tmp_path / "dups.jsonl"
    source.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    run([source], tmp_path / "out", warta)
    articles = read(tmp_path / "out", "articles").set_index("doc_id")
    assert articles["duplicate_of"].to_dict() == {"a": "", "b": "", "c": "a", "d": "a"}
    assert articles.loc["a", "fingerprint"] == articles.loc["d", "fingerprint"] != articles.loc["b", "fingerprint"]
    assert len(articles.loc["a", "fingerprint"]) == 128


def test_parquet_tables_hold_the_csv_rows_typed(corpus, reference_run, warta, tmp_path):
    run([corpus], tmp_path / "pq", warta, part_size=5, format="parquet")
    for table in OUTPUT_TABLES:
        frame = pd.read_parquet(tmp_path / "pq" / f"{table}.parquet")
        csv_frame = read(reference_run, table)
        assert list(frame.columns) == list(csv_frame.columns)
        assert len(frame) == len(csv_frame)
    counts = pd.read_parquet(tmp_path / "pq" / "counts.parquet")
    assert counts["start_char"].dtype == "int64" and counts["value"].dtype == "float64"
    run([corpus], tmp_path / "pq2", warta, part_size=5, format="parquet")
    assert tables(tmp_path / "pq", "parquet") == tables(tmp_path / "pq2", "parquet")


def test_extract_records_gives_the_rows_of_a_run(reference_run, warta, tmp_path):
    records = [json.loads(line) for line in write_corpus(tmp_path / "records.jsonl", 2).read_text().splitlines()]
    extracted = list(extract_records(warta, records))
    articles = read(reference_run, "articles")
    assert [record.doc_id for record in extracted] == list(articles["doc_id"])
    assert [record.article.duplicate_of for record in extracted] == list(articles["duplicate_of"])
    assert [record.article.fingerprint for record in extracted] == list(articles["fingerprint"])


def test_progress_bar_only_when_asked(corpus, warta, tmp_path, capsys):
    run([corpus], tmp_path / "quiet", warta)
    assert capsys.readouterr().err == ""
    run_batch(BatchOptions(inputs=(str(corpus),), output=tmp_path / "shown", reference_date=REFERENCE,
                           progress=True), warta)
    bar = capsys.readouterr().err
    assert f"{2 * len(sample_texts())}/{2 * len(sample_texts())}" in bar and "doc/s" in bar


def test_sqlite_output_holds_every_table_with_keys_and_views_for_a_dashboard(corpus, reference_run, warta, tmp_path):
    run([corpus], tmp_path / "db", warta, part_size=5, format="sqlite")
    assert sorted(path.name for path in (tmp_path / "db").iterdir() if path.is_file()) == ["warta.sqlite"]
    with closing(sqlite3.connect(tmp_path / "db" / "warta.sqlite")) as db:
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in OUTPUT_TABLES:
            assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == len(read(reference_run, table))
        # a dashboard's question: which bodies run which programmes, where, and for how many people
        rows = db.execute("SELECT owner, programme, province, month, participants FROM programmes_per_owner_province_month"
                          " WHERE owner IS NOT NULL ORDER BY participants DESC").fetchall()
        assert ("PT PLN (Persero) Unit Induk Distribusi (UID) Nusa Tenggara Timur", "PLN Peduli", "Nusa Tenggara Timur", "2026-01",
                90.0) in rows  # 45 homes, in both copies
        assert db.execute("SELECT COUNT(*) FROM quotes_on_programmes").fetchone()[0] > 0
        speaker = db.execute("SELECT referents.canonical FROM quotes JOIN referents ON referents.referent_id ="
                             " quotes.speaker_referent_id WHERE quotes.speaker = 'Agustinus Mbulu'").fetchone()
        assert speaker == ("Agustinus Mbulu",)


def test_a_referent_named_in_several_articles_has_one_id_and_its_counts(reference_run):
    entities, referents = read(reference_run, "entities"), read(reference_run, "referents").set_index("referent_id")
    programme = entities[entities["canonical"] == "PLN Peduli"]
    assert programme["doc_id"].nunique() == 2 and programme["referent_id"].nunique() == 1  # the two copies
    referent = referents.loc[programme["referent_id"].iloc[0]]
    assert (referent["label"], referent["n_articles"], referent["n_mentions"]) == ("PROGRAMME", "2", str(len(programme)))
    assert set(entities["referent_id"]) == set(referents.index)
