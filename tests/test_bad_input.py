"""Bad input never stops a run and loses nothing; spreadsheet-safe CSV; .csv, .html and stdin input."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from extractor.batch import BatchOptions, run_batch, work
from extractor.cli import main
from extractor.reading import CsvLayout, read_inputs

from conftest import ROOT, SAMPLES

GOOD = (SAMPLES / "006_banjir_kampung_melayu.txt").read_text(encoding="utf-8")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(range(256)) * 4


def run(warta, inputs, outdir: Path, **options) -> dict[str, pd.DataFrame]:
    """Run the batch in this process and read every CSV table back as strings."""
    run_batch(BatchOptions(inputs=tuple(map(str, inputs)), output=outdir, progress=False, **options), warta)
    return {table: pd.read_csv(outdir / f"{table}.csv", dtype=str, keep_default_na=False)
            for table in ("articles", "entities", "quotes", "errors", "counts")}


def by_id(frame: pd.DataFrame) -> dict[str, dict]:
    return {row["doc_id"]: row for row in frame.to_dict("records")}


def test_a_binary_file_is_an_error_row_and_the_run_goes_on(warta, tmp_path):
    (tmp_path / "photo.txt").write_bytes(PNG)
    (tmp_path / "page.html").write_bytes(PNG)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    tables = run(warta, [tmp_path], tmp_path / "out")
    errors = by_id(tables["errors"])
    assert errors["photo"]["error"] == "binary data, not UTF-8 text"
    assert errors["page"]["error"] == "binary data, not HTML"
    assert by_id(tables["articles"])["good"]["status"] == "ok"
    assert (tables["entities"]["doc_id"] == "good").sum() > 5


def test_invalid_utf8_is_decoded_with_replacement_and_flagged(warta, tmp_path):
    latin1 = GOOD.replace("Rohimah", "Rohimah Caf\u00e9").encode("latin-1", errors="replace")
    (tmp_path / "latin1.txt").write_bytes(latin1)
    good_line = json.dumps({"id": "clean", "text": GOOD}).encode()
    bad_line = b'{"id": "broken", "text": "Warga Desa Sukamaju menanam 1.500 bibit mangrove \xff\xfe."}'
    (tmp_path / "lines.jsonl").write_bytes(good_line + b"\n" + bad_line + b"\n")
    tables = run(warta, [tmp_path], tmp_path / "out")
    articles = by_id(tables["articles"])
    assert articles["latin1"]["status"] == "ok" and articles["latin1"]["flags"] == "invalid-utf8"
    assert articles["broken"]["status"] == "ok" and articles["broken"]["flags"] == "invalid-utf8"
    assert articles["clean"]["flags"] == ""
    decoded = latin1.decode("utf-8", errors="replace")
    assert int(articles["latin1"]["n_chars"]) == len(decoded) and "Caf\ufffd" in decoded
    entities = tables["entities"][tables["entities"]["doc_id"] == "latin1"]
    assert len(entities) > 5
    for row in entities.to_dict("records"):
        assert decoded[int(row["start_char"]):int(row["end_char"])] == row["text"]
    assert any(row["value"] == "1500" for row in tables["counts"].to_dict("records") if row["doc_id"] == "broken")


def test_empty_files_are_error_rows(warta, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "nothing.html").write_bytes(b"")
    (tmp_path / "none.jsonl").write_bytes(b"")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    tables = run(warta, [tmp_path], tmp_path / "out")
    assert {row["doc_id"]: row["error"] for row in tables["errors"].to_dict("records")} == {
        "blank": "empty document", "empty": "empty document", "nothing": "empty document"}
    assert set(tables["articles"]["doc_id"]) == {"blank", "empty", "nothing", "good"}


def test_html_junk_is_an_error_row_and_an_article_page_gives_its_main_text(warta, tmp_path):
    (tmp_path / "junk.html").write_text("<html><head><script>var x = '<p>';</script></head>"
                                        "<body><nav>Beranda | Berita</nav><div></div></body>", encoding="utf-8")
    (tmp_path / "broken.htm").write_text("<<<>>> </p></div>&&& <b", encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in GOOD.splitlines()[1:] if line.strip())
    (tmp_path / "banjir.html").write_text(
        f"<html><head><title>{GOOD.splitlines()[0]} | Berita Kota</title></head><body>"
        f"<nav>Beranda | Nasional | Daerah</nav><article><h1>{GOOD.splitlines()[0]}</h1>{paragraphs}</article>"
        f"<footer>Hak cipta 2024 Berita Kota. Dilarang mengutip tanpa izin.</footer></body></html>", encoding="utf-8")
    tables = run(warta, [tmp_path], tmp_path / "out")
    errors = by_id(tables["errors"])
    assert errors["junk"]["error"] == "no article text found in the HTML"
    assert set(errors) == {"junk", "broken"}
    article = by_id(tables["articles"])["banjir"]
    assert article["status"] == "ok" and article["title"].startswith(GOOD.splitlines()[0])
    speakers = set(tables["quotes"][tables["quotes"]["doc_id"] == "banjir"]["speaker"])
    assert len(speakers - {""}) >= 2
    assert "Hak cipta" not in " ".join(tables["entities"]["text"])


def test_jsonl_lines_with_missing_fields(warta, tmp_path):
    lines = [json.dumps({"id": "ok", "text": "Warga Desa Sukamaju menanam 1.500 bibit mangrove."}),
             json.dumps({"text": "Bupati Sleman meresmikan Pasar Godean pada Senin (4/9/2023)."}),
             json.dumps({"id": "no-text", "title": "tanpa teks"}),
             json.dumps({"id": "number", "text": 42}),
             json.dumps(["not", "an", "object"]),
             "{not json",
             ""]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables = run(warta, [tmp_path / "batch.jsonl"], tmp_path / "out")
    errors = {row["doc_id"]: row["error"] for row in tables["errors"].to_dict("records")}
    assert errors == {"no-text": "missing or empty 'text'", "number": "missing or empty 'text'",
                      "batch-5": "not a JSON object", "batch-6": "line is not JSON: Expecting property name enclosed in double quotes"}
    articles = by_id(tables["articles"])
    assert articles["batch-2"]["status"] == "ok" and articles["batch-2"]["flags"] == "missing-id"
    assert articles["batch-2"]["source"].endswith("batch.jsonl:2")
    assert list(tables["articles"]["doc_id"]) == ["ok", "batch-2", "no-text", "number", "batch-5", "batch-6"]


def test_duplicate_ids_get_a_suffix_and_both_documents_are_kept(warta, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "rilis.txt").write_text(GOOD, encoding="utf-8")
    other = (SAMPLES / "001_pln_peduli_listrik_desa.txt").read_text(encoding="utf-8")
    (tmp_path / "b" / "rilis.txt").write_text(other, encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "rilis", "text": GOOD}) + "\n", encoding="utf-8")
    tables = run(warta, [tmp_path / "a", tmp_path / "b", tmp_path / "more.jsonl"], tmp_path / "out")
    articles = tables["articles"]
    assert list(articles["doc_id"]) == ["rilis", "rilis#2", "rilis#3"]
    assert list(articles["flags"]) == ["", "duplicate-id", "duplicate-id"]
    assert list(articles["duplicate_of"]) == ["", "", "rilis"]  # the same text as the first file
    quotes = tables["quotes"]
    assert quotes["quote_id"].is_unique and {"rilis", "rilis#2", "rilis#3"} <= set(quotes["doc_id"])


def test_a_long_text_is_processed_in_pieces_with_whole_text_offsets(warta, tmp_path, monkeypatch):
    texts = [path.read_text(encoding="utf-8").strip() for path in sorted(SAMPLES.glob("*.txt"))[:4]]
    text = "\n\n".join(texts)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    whole = run(warta, [tmp_path / "long.txt"], tmp_path / "whole")
    monkeypatch.setattr(work, "PIECE_CHARS", 2500)
    assert len(work.piece_spans(text)) >= 4
    pieces = run(warta, [tmp_path / "long.txt"], tmp_path / "pieces")
    article = pieces["articles"].iloc[0]
    assert article["flags"] == "chunked" and int(article["n_chars"]) == len(text)
    assert article["title"] == whole["articles"].iloc[0]["title"] and article["author"] == whole["articles"].iloc[0]["author"]
    for table in ("entities", "counts"):
        for row in pieces[table].to_dict("records"):
            assert text[int(row["start_char"]):int(row["end_char"])] == row["text"]
    for row in pieces["quotes"].to_dict("records"):  # a quote's text leaves out marks, commas, attributions
        start, end = int(row["start_char"]), int(row["end_char"])
        assert text[start:start + 12] == row["text"][:12] and row["text"][-8:] in text[end - 10:end + 1]
    paragraph_starts = [index for index, line in enumerate(text.split("\n")) if line.strip()]
    lines_before = [text[:int(row["start_char"])].count("\n") for row in pieces["quotes"].to_dict("records")]
    assert [int(p) for p in pieces["quotes"]["paragraph"]] == [paragraph_starts.index(n) for n in lines_before]
    ids = sorted(set(pieces["entities"]["entity_id"]), key=lambda name: int(name[1:]))
    assert ids == [f"E{n}" for n in range(1, len(ids) + 1)]
    spans = lambda frame: set(zip(frame["label"], frame["start_char"], frame["end_char"]))  # noqa: E731
    assert len(spans(pieces["entities"]) & spans(whole["entities"])) >= 0.9 * len(spans(whole["entities"]))


FIVE_MB_SCRIPT = """
import resource, sys
from pathlib import Path
import extractor
from extractor.batch import BatchOptions, run_batch
warta = extractor.load()
small, big, out = map(Path, sys.argv[1:4])
run_batch(BatchOptions(inputs=(str(small),), output=out / "small", progress=False), warta)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
run_batch(BatchOptions(inputs=(str(big),), output=out / "big", progress=False), warta)
print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_a_5_mb_article_is_processed_in_bounded_memory(tmp_path):
    samples = [path.read_text(encoding="utf-8").strip() for path in sorted(SAMPLES.glob("*.txt"))]
    paragraphs, size = [], 0
    while size < 5_000_000:
        paragraphs.append(samples[len(paragraphs) % len(samples)])
        size += len(paragraphs[-1]) + 2
    text = "\n\n".join(paragraphs)
    (tmp_path / "small.txt").write_text(samples[0], encoding="utf-8")
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    measured = subprocess.run([sys.executable, "-c", FIVE_MB_SCRIPT, str(tmp_path / "small.txt"),
                               str(tmp_path / "big.txt"), str(tmp_path)],
                              cwd=ROOT, capture_output=True, text=True, check=True)
    before_kib, peak_kib = map(int, measured.stdout.split())
    # Whole, the text would need tens of GB in the model; in pieces it needs a few hundred MB more.
    assert peak_kib - before_kib < 512 * 1024, (before_kib, peak_kib)
    article = pd.read_csv(tmp_path / "big" / "articles.csv", dtype=str, keep_default_na=False).iloc[0]
    assert article["status"] == "ok" and article["flags"] == "chunked" and int(article["n_chars"]) == len(text)
    entities = pd.read_csv(tmp_path / "big" / "entities.csv", dtype=str, keep_default_na=False)
    last = entities.iloc[-1]
    assert int(last["start_char"]) > len(text) - 5000 and text[int(last["start_char"]):int(last["end_char"])] == last["text"]


def test_spreadsheet_formulas_are_neutralised_unless_raw(warta, tmp_path):
    records = [{"id": "f", "title": "=1+2", "text": GOOD.replace("“Prioritas", "“=Prioritas"), "url": "@SUM(A1)",
                "source": "-2+3"},
               {"id": "g", "text": "“Kami sudah siap,” kata seorang warga.\n\n“Air naik lagi malam ini.”"}]
    (tmp_path / "formula.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n", encoding="utf-8")
    safe = run(warta, [tmp_path / "formula.jsonl"], tmp_path / "safe")
    raw = run(warta, [tmp_path / "formula.jsonl"], tmp_path / "raw", raw_csv=True)
    for tables, prefix in ((safe, "'"), (raw, "")):
        article = by_id(tables["articles"])["f"]
        assert (article["title"], article["url"], article["source"]) == (prefix + "=1+2", prefix + "@SUM(A1)", prefix + "-2+3")
        quotes = tables["quotes"]
        assert any(text.startswith(prefix + "=Prioritas kami keselamatan warga.") for text in quotes["text"])
        unattributed = quotes[quotes["doc_id"] == "g"].iloc[-1]
        assert unattributed["cue_start"] == "-1" and unattributed["cue_end"] == "-1"  # numbers stay numbers


def test_csv_input_with_a_text_column_and_mapped_columns(tmp_path, capsys):
    frame = pd.DataFrame({"artikel": ["a-1", "a-2", "a-3"],
                          "judul": ["Banjir Kampung Melayu", "Tanpa isi", "Mangrove"],
                          "isi": [GOOD, "", "Warga Desa Sukamaju menanam 1.500 bibit mangrove, kata Camat Budi Santoso."],
                          "tanggal": ["2024-03-05", "2024-03-06", "Jumat, 19/08/2016 10:03 WIB"]})
    frame.to_csv(tmp_path / "arsip.csv", index=False)
    outdir = tmp_path / "out"
    assert main(["extract", str(tmp_path / "arsip.csv"), "-o", str(outdir), "--text-column", "isi",
                 "--column", "id=artikel", "--column", "title=judul", "--column", "date=tanggal"]) == 0
    articles = pd.read_csv(outdir / "articles.csv", dtype=str, keep_default_na=False)
    assert list(articles["doc_id"]) == ["a-1", "a-2", "a-3"]
    assert list(articles["title"]) == ["Banjir Kampung Melayu", "", "Mangrove"]
    assert list(articles["published_date"]) == ["2024-03-05", "", "2016-08-19"]
    errors = pd.read_csv(outdir / "errors.csv", dtype=str, keep_default_na=False)
    first_row_lines = 1 + GOOD.count("\n")  # the first article's text spans several lines
    assert list(errors["doc_id"]) == ["a-2"] and errors["source"][0].endswith(f"arsip.csv:{2 + first_row_lines}")
    items = list(read_inputs([str(tmp_path / "arsip.csv")], CsvLayout(text="body")))
    assert len(items) == 1 and "no text column 'body'" in items[0].error


def test_stdin_jsonl(tmp_path, monkeypatch):
    lines = "\n".join(json.dumps({"id": f"s{n}", "text": GOOD}) for n in range(2)) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert main(["extract", "-", "-o", str(tmp_path / "out")]) == 0
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert list(articles["doc_id"]) == ["s0", "s1"] and list(articles["duplicate_of"]) == ["", "s0"]


def test_the_output_folder_and_hidden_folders_are_not_read_as_input(warta, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "copy.txt").write_text(GOOD, encoding="utf-8")
    run(warta, [tmp_path], tmp_path / "out")
    # the second run finds the first one's tables below its input
    tables = run(warta, [tmp_path], tmp_path / "out", overwrite=True)
    assert list(tables["articles"]["doc_id"]) == ["good"] and tables["errors"].empty
