"""``warta report`` (rendered in headless Chromium), the highlighting it shares with ``warta show``,
the aggregations behind its charts, and the terminal view."""
from __future__ import annotations

import logging
import re
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

import pandas as pd
import pytest
from PIL import Image
from rich.console import Console

from extractor import extract_frame
from extractor.batch import BatchOptions, run_batch
from extractor.cli import main
from extractor.records import TABLES
from extractor.report import data
from extractor.report.charts import installed_fonts
from extractor.report.html import highlighted_text
from extractor.report.spans import PALETTE, article_spans
from extractor.show import find_document, view
from extractor.writing import FORMATS

from conftest import REQUIRE_BROWSER, find_chromium

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")
RANKING_CHARTS = ("organisations", "programmes", "speakers", "counted", "provinces", "timeline")


class Elements(HTMLParser):
    """Counts of the report's elements in a page: tags, rows per table, bars per chart, marks."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: Counter = Counter()
        self.rows: Counter = Counter()
        self.bars: Counter = Counter()
        self.mark_labels: Counter = Counter()
        self.first_cells: dict[str, list[str]] = {}
        self._table = self._chart = None
        self._in_body = self._in_label = False
        self._cell = -1
        self._cells: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] += 1
        if tag == "table":
            self._table = attrs.get("data-table")
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows[self._table] += 1
            self._cell = -1
        elif tag == "td" and self._in_body:
            self._cell += 1
            self._cells.append("")
        elif tag == "figure":
            self._chart = attrs.get("data-chart")
        elif tag == "g" and self._chart and re.fullmatch(r"patch_\d+", attrs.get("id", "")):
            self.bars[self._chart] += 1
        elif tag == "span" and attrs.get("class") == "lab":
            self._in_label = True

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_body = False
        elif tag == "tr" and self._in_body and self._cells:
            self.first_cells.setdefault(self._table, []).append(self._cells)
            self._cells = []
        elif tag == "figure":
            self._chart = None
        elif tag == "span":
            self._in_label = False

    def handle_data(self, text):
        if self._in_label:
            self.mark_labels[text] += 1
        elif self._in_body and self._cell >= 0 and self._cells:
            self._cells[-1] += text


@pytest.fixture
def chromium(chromium_binary, tmp_path) -> Callable[..., subprocess.CompletedProcess]:
    """Runs Debian's headless Chromium with a throwaway profile and nothing that calls out; the
    test is skipped where no Chromium is installed (see conftest.find_chromium)."""
    def run(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run([chromium_binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}",
                               *arguments], capture_output=True, text=True, timeout=120, check=True)
    return run


@pytest.fixture(scope="module")
def samples_report(tmp_path_factory) -> Path:
    """The report of the samples' output, written by the CLI."""
    folder = tmp_path_factory.mktemp("report")
    articles = [str(path) for path in sorted(SAMPLES.glob("*.txt"))]
    assert main(["extract", *articles, "-o", str(folder / "out"), "--reference-date", "2026-11-27"]) == 0
    assert main(["report", str(folder / "out"), "-o", str(folder / "report.html")]) == 0
    return folder / "report.html"


def test_report_renders_in_headless_chromium(chromium, samples_report, tmp_path):
    page = samples_report.read_text(encoding="utf-8")
    # self-contained: nothing loaded from elsewhere when the page is viewed
    assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=|url\((?!#)|@import", page)

    dom = Elements(chromium("--dump-dom", samples_report.as_uri()).stdout)
    articles = pd.read_csv(samples_report.parent / "out" / "articles.csv", dtype=str)
    quotes = pd.read_csv(samples_report.parent / "out" / "quotes.csv", dtype=str)
    assert dom.rows["articles"] == len(articles) and dom.rows["quotes"] == len(quotes)
    assert all(dom.rows[table] > 0 for table in ("entities", "speakers", "programmes", "participants", "counts", "money"))
    assert all(dom.bars[chart] >= 3 for chart in (*RANKING_CHARTS, "activity-provinces")), dom.bars
    assert dom.tags["article"] == len(articles)
    assert {"PER", "ORG", "LOC", "PROGRAMME", "DATE", "COUNT", "MONEY"} <= set(dom.mark_labels)
    assert dom.tags["mark"] >= 300 and dom.tags["script"] == 1

    screenshot = tmp_path / "report.png"
    chromium(f"--screenshot={screenshot}", "--window-size=1280,6000", samples_report.as_uri())
    image = Image.open(screenshot).convert("RGB")
    assert image.size == (1280, 6000)
    colours = Counter({rgb: n for n, rgb in image.getcolors(maxcolors=image.width * image.height)})
    background, share = colours.most_common(1)[0]
    assert share < 0.9 * image.width * image.height and len(colours) > 500
    # the organisation bars and marks, the date timeline and the quotes are painted in their colours
    for label in ("ORG", "PROGRAMME", "DATE", "QUOTE"):
        rgb = tuple(int(PALETTE[label][i:i + 2], 16) for i in (1, 3, 5))
        assert colours[rgb] > 500, label


def test_report_tables_sort_on_a_header_click(chromium, samples_report, tmp_path):
    clicks = ("<script>[...document.querySelectorAll('table[data-table=entities] th')]"
              ".find(header => header.textContent === 'mentions').click();</script></body>")
    clicked = tmp_path / "clicked.html"
    clicked.write_text(samples_report.read_text(encoding="utf-8").replace("</body>", clicks), encoding="utf-8")
    rows = Elements(chromium("--dump-dom", clicked.as_uri()).stdout).first_cells["entities"]
    mentions = [int(row[2]) for row in rows]
    assert mentions == sorted(mentions) and mentions[0] < mentions[-1]  # written largest first, now ascending


def test_browser_tests_skip_without_chromium_unless_required(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without a browser
    monkeypatch.delenv(REQUIRE_BROWSER, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no chromium binary"):
        find_chromium()
    monkeypatch.setenv(REQUIRE_BROWSER, "1")  # as .ci/run sets it
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_BROWSER}=1 requires it"):
        find_chromium()


def test_the_report_draws_its_charts_without_font_warnings(warta, tmp_path, caplog, recwarn):
    run_batch(BatchOptions(inputs=(str(SAMPLES / "003_umkm_pelatihan_digital.txt"),), output=tmp_path / "out",
                           progress=False), warta=warta)
    caplog.set_level(logging.WARNING, logger="matplotlib")
    assert main(["report", str(tmp_path / "out"), "-o", str(tmp_path / "report.html")]) == 0
    assert not [record.getMessage() for record in caplog.records if "findfont" in record.getMessage()]
    assert not [str(warning.message) for warning in recwarn if "font" in str(warning.message).lower()]
    assert installed_fonts(["No Such Font", "DejaVu Sans"]) == ["DejaVu Sans"]
    assert installed_fonts(["No Such Font"]) == ["DejaVu Sans"]  # matplotlib's own, never missing


def test_article_text_is_escaped(warta, tmp_path):
    hostile = ('Warga <b>Desa</b> Sukamaju\n'
               'Kepala Desa Sukamaju, Budi Santoso, membagikan 300 paket sembako <script>alert("x")</script> '
               'senilai Rp5 juta pada Senin (4/9/2023). "Bantuan <img src=x onerror=alert(1)> ini penting," ujar Budi.')
    (tmp_path / "hostile.txt").write_text(hostile, encoding="utf-8")
    (tmp_path / "out").mkdir()
    for table, frame in extract_frame(pd.DataFrame({"text": [hostile]}, index=["hostile"]), nlp=warta).items():
        frame.to_csv(tmp_path / "out" / f"{table}.csv", index=False)
    assert main(["report", str(tmp_path / "out"), "-o", str(tmp_path / "report.html"),
                 "--inputs", str(tmp_path / "hostile.txt")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<b>Desa" not in page and "<script>alert" not in page and "<img src" not in page
    elements = Elements(page)
    assert elements.tags["script"] == 1 and elements.tags["img"] == 0
    assert elements.tags["mark"] >= 3  # the article itself is shown, highlighted


def test_highlights_nest_marks_in_quotes_and_escape():
    text = 'Kata <Budi>: "Dana Rp5 juta & 3 orang."'
    rows = {
        "entities": [{"label": "PER", "text": "<Budi>", "canonical": "<Budi> Santoso", "start_char": 5, "end_char": 11}],
        "money": [{"text": "Rp5 juta", "value": "5000000", "currency": "IDR", "start_char": 19, "end_char": 27}],
        "counts": [{"text": "3 orang", "value": "3", "noun": "orang", "approximate": "False", "start_char": 30,
                    "end_char": 37, "category": "people"},
                   {"text": "juta", "value": "1", "noun": "juta", "approximate": "False", "start_char": 23,
                    "end_char": 27}],  # overlaps the money: dropped
        "dates": [{"text": "Kamis", "value": "2026-11-26", "start_char": 0, "end_char": 5}],  # not this text
        "quotes": [{"kind": "direct", "speaker": "<Budi> Santoso", "cue": "Kata", "start_char": 14, "end_char": 38}],
    }
    highlights = article_spans(rows, text)
    assert [(mark.label, text[mark.start:mark.end]) for mark in highlights.marks] == [
        ("PER", "<Budi>"), ("MONEY", "Rp5 juta"), ("COUNT", "3 orang")]
    assert highlights.mismatched == 1 and highlights.marks[0].note == "<Budi> Santoso"
    html = highlighted_text(text, highlights)
    assert "<Budi>" not in html and "&lt;Budi&gt;" in html and "&amp;" in html
    assert re.sub(r"<[^>]+>", "", html.replace('<span class="lab">', "<x>")).startswith("Kata &lt;Budi&gt;")
    quote = re.search(r'<span class="quote"[^>]*>(.*)</span></span>', html).group(1)
    assert quote.count("<mark") == 2 and "&lt;Budi&gt; Santoso" in quote  # money and count inside, speaker tag


def test_aggregations_on_small_tables():
    entities = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "b"], "label": ["PROGRAMME", "ORG", "ORG", "PROGRAMME", "LOC"],
        "text": ["PKH", "BRI", "BRI", "PKH", "Bogor"], "canonical": ["PKH", "BRI", "BRI", "PKH", "Bogor"],
        "start_char": ["100", "10", "140", "0", "50"], "end_char": ["103", "13", "143", "3", "55"],
        "province": ["", "", "", "", "Jawa Barat"]})
    counts = pd.DataFrame({"doc_id": ["a", "a", "b"], "text": ["45 warga", "9 orang", "12 peserta"],
                           "value": ["45", "9", "12"], "noun": ["warga", "orang", "peserta"],
                           "category": ["people", "people", "people"], "start_char": ["120", "900", "2000"]})
    participants = data.participants_per_programme(entities, counts)
    assert participants.loc["PKH"].tolist() == [2, 45, "45 warga"]  # b's count is too far away
    assert data.top_entities(entities, "ORG")["mentions"].to_dict() == {"BRI": 2}
    assert data.mentions_per_province(entities)["mentions"].to_dict() == {"Jawa Barat": 1}
    assert data.mentions_per_province(entities.drop(columns="province")) is None

    quotes = pd.DataFrame({"doc_id": ["a", "a"], "speaker": ["Budi", ""], "kind": ["direct", "indirect"],
                           "start_char": ["90", "0"], "end_char": ["150", "20"]})
    assert data.top_speakers(quotes).loc["Budi"].tolist() == [1, 1, 1]
    assert data.quote_topics(quotes, entities, ["Budi"]).to_dict() == {"Budi": "BRI (1), PKH (1)"}

    dates = pd.DataFrame({"value": ["1945-08-17", "2024", *["2024-03-01"] * 30, "2024-05", *["2024-06-02"] * 30]})
    per_month, outside = data.date_timeline(dates)
    assert per_month.to_dict() == {"2024-03": 30, "2024-04": 0, "2024-05": 1, "2024-06": 30} and outside == 1


def test_parquet_output_reads_as_the_csv_output(warta, tmp_path):
    articles = tuple(str(path) for path in sorted(SAMPLES.glob("*.txt"))[:2])
    for fmt in FORMATS:
        run_batch(BatchOptions(inputs=articles, output=tmp_path / fmt, format=fmt, raw_csv=True), warta=warta)
    from_csv, from_parquet = data.load_tables(tmp_path / "csv"), data.load_tables(tmp_path / "parquet")
    for table in TABLES:
        pd.testing.assert_frame_equal(from_parquet[table], from_csv[table], check_dtype=False, obj=table)
    assert len(from_csv["entities"]) > 20 and len(from_csv["quotes"]) > 5


def test_show_prints_the_article_in_colour(warta):
    document = find_document(str(SAMPLES / "003_umkm_pelatihan_digital.txt"))
    console = Console(record=True, force_terminal=True, color_system="truecolor", width=110)
    console.print(view(document, warta))
    plain = console.export_text(clear=False)
    assert "BRI Latih 150 Pelaku UMKM" in plain and "Handayani Puspitasari" in plain
    assert "Rp65 triliun" in plain and "65000000000000 IDR" in plain
    assert "Programme activities" in plain and "BRIncubator" in plain.split("Programme activities")[1]
    styled = console.export_text(styles=True)
    assert "48;2;122;236;236" in styled  # an organisation's background (#7aecec)
    with pytest.raises(ValueError, match="no document with id 'x'"):
        find_document(str(SAMPLES / "003_umkm_pelatihan_digital.txt"), "x")


def test_report_and_show_say_what_is_wrong(tmp_path, capsys):
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "report.html")]) == 2
    assert "holds no articles table" in capsys.readouterr().err
    assert main(["show", str(tmp_path / "missing.txt")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_text(" \n", encoding="utf-8")
    assert main(["show", str(tmp_path / "empty.txt")]) == 2
    assert "empty document" in capsys.readouterr().err
