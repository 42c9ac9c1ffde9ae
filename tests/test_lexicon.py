"""Name lists as data: the shipped TSV files, a user's own folder of rows (``--lexicon DIR``) and the
clear errors a malformed one gets."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.lexicon import names
from extractor.lexicon.names import FILES, LexiconError, extend_name_lists

TEXT = "Para pemuda mengikuti Pemuda Kreasi Nusantara dan menerima hadiah 5 dinar Kuwait di Bandung."


def test_every_shipped_list_is_loaded_from_its_file():
    for file, (name_list, columns) in FILES.items():
        rows = [line for line in (names.SHIPPED / file).read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        assert rows[0].split("\t") == list(columns), file
        assert len(name_list) == len({row.split("\t")[0] for row in rows[1:]}), file
    assert names.ALIASES["Jokowi"] == "Joko Widodo"
    assert names.COUNTRIES["Jepang"] == "JP"


def test_a_user_folder_extends_the_lists_through_the_command_line(tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "known_programmes.tsv").write_text("# our programmes\nprogramme\nPemuda Kreasi Nusantara\n", encoding="utf-8")
    (lexicon / "currency_words.tsv").write_text("word\tcurrency\ndinar Kuwait\tKWD\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    found = {}
    for run, extra in (("shipped", []), ("extended", ["--lexicon", str(lexicon)])):
        subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "a.txt"), "-o",
                        str(tmp_path / run), "--no-progress", *extra], check=True, capture_output=True)
        with (tmp_path / run / "entities.csv").open(encoding="utf-8", newline="") as handle:
            entities = {row["text"]: row["label"] for row in csv.DictReader(handle)}
        with (tmp_path / run / "money.csv").open(encoding="utf-8", newline="") as handle:
            money = [row["currency"] for row in csv.DictReader(handle)]
        found[run] = entities.get("Pemuda Kreasi Nusantara"), money
    assert found["shipped"] != found["extended"]
    assert found["extended"] == ("PROGRAMME", ["KWD"])


def test_a_missing_lexicon_folder_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "a.txt"), "-o",
                           str(tmp_path / "out"), "--lexicon", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert done.returncode == 2
    assert "no such folder" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("file, content, message", [
    ("aliases.tsv", "Jokowi\tJoko Widodo\n", "first line must name the columns alias TAB full_name"),
    ("aliases.tsv", "alias\tfull_name\nJokowi\n", ":2: expected 2 tab-separated column(s)"),
    ("programmes.tsv", "programme\nX\n", "unknown name list(s) programmes.tsv"),
])
def test_a_malformed_lexicon_names_the_file_and_line(tmp_path, file, content, message):
    (tmp_path / file).write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message.replace("(", r"\(").replace(")", r"\)")):
        extend_name_lists(tmp_path)


def test_a_lexicon_that_is_no_folder_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="no lexicon folder"):
        extend_name_lists(Path(tmp_path / "missing"))
