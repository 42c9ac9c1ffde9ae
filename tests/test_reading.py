"""Reading inputs: every unit is a frozen Document or a ReadError, and the Python API takes
Documents and dicts alike."""
from __future__ import annotations

import dataclasses
import json

import pytest

from extractor.batch.fingerprints import content_hash
from extractor.reading import Document, ReadError, prepare, read_inputs, read_records

TEXT = "Bupati Bogor meresmikan Posyandu Mawar di Cibinong, Senin (3/5)."


def test_inputs_are_read_as_documents_and_read_errors(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    lines = [json.dumps({"id": "j1", "text": TEXT, "date": "2026-01-27", "title": 7}), "{not json",
             json.dumps({"text": TEXT}), json.dumps({"id": "j4", "title": "tanpa teks"})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(item) for item in items] == [Document, ReadError, Document, ReadError, Document, ReadError]
    a, b, j1, bad, j3, j4 = items
    assert a == Document("a", TEXT, source=str(tmp_path / "a.txt"))
    assert (b.id, b.error) == ("b", "empty document")
    assert (j1.id, j1.date, j1.title, j1.url, j1.flags) == ("j1", "2026-01-27", "7", "", ())
    assert bad.id == "c-2" and bad.source == f"{tmp_path / 'c.jsonl'}:2" and "not JSON" in bad.error
    assert (j3.id, j3.flags) == ("c-3", ("missing-id",))
    assert (j4.id, j4.error) == ("j4", "missing or empty 'text'")


def test_documents_and_read_errors_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Document("a", TEXT).text = ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        ReadError("a", "a.txt", "empty document").error = ""


def test_content_hashes_are_those_of_the_records_read_before_documents_were_dataclasses(tmp_path):
    (tmp_path / "rusak.txt").write_bytes(TEXT.encode() + b"\xff")
    document, = read_inputs([str(tmp_path / "rusak.txt")])
    text = TEXT + "\ufffd"
    assert document.as_record() == {"id": "rusak", "text": text, "source": str(tmp_path / "rusak.txt"),
                                    "flags": ["invalid-utf8"]}
    assert content_hash(document.as_record()) == content_hash(
        {"flags": ["invalid-utf8"], "id": "rusak", "source": str(tmp_path / "rusak.txt"), "text": text})
    error = ReadError("x", "x.jsonl:3", "line is not JSON: Expecting value")
    assert error.as_record() == {"doc_id": "x", "source": "x.jsonl:3", "error": "line is not JSON: Expecting value"}


def test_records_of_a_frame_or_a_list(tmp_path):
    first, second = read_records([{"id": 5, "text": TEXT, "url": None}, {"text": " "}], "row")
    assert first == Document("5", TEXT, source="row:1")
    assert second == ReadError("row-2", "row:2", "missing or empty 'text'")


def test_a_document_without_html_is_ready_as_it_is():
    document = Document("a", TEXT, title="Judul", flags=("missing-id",))
    assert prepare(document) is document


def test_a_page_becomes_its_main_text_and_keeps_its_flags(tmp_path):
    paragraph = "<p>" + " ".join([TEXT] * 4) + "</p>"
    page = f"<html><head><title>Posyandu baru</title></head><body><article>{paragraph * 3}</article></body></html>"
    document = Document("p", html=page, source="p.html", flags=("missing-id",))
    prepared = prepare(document)
    assert isinstance(prepared, Document) and prepared.html == "" and TEXT in prepared.text
    assert (prepared.id, prepared.source, prepared.flags) == ("p", "p.html", ("missing-id",))
    assert isinstance(prepare(Document("q", html="<html><body></body></html>", source="q.html")), ReadError)


def test_the_api_takes_documents_and_dicts_alike(warta):
    as_dict, as_document = warta.extract_many([{"id": "a", "text": TEXT, "date": "2026-01-27", "url": "u"},
                                               Document("a", TEXT, date="2026-01-27", url="u")])
    assert as_dict == as_document and as_dict.article.url == "u" and as_dict.entities
    assert warta.extract(TEXT, doc_id="a", date="2026-01-27", url="u") == as_dict


def test_a_dict_without_text_gets_a_failed_record_and_its_batch_goes_on(warta):
    missing, ok = warta.extract_many([{"id": "m", "source": "s"}, {"text": TEXT}])
    assert (missing.doc_id, missing.article.status, missing.error) == ("m", "error", "KeyError: 'text'")
    assert ok.doc_id == "" and ok.entities
