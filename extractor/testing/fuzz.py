"""Random press-like documents for fuzzing the whole pipeline, shared by ``tests/test_fuzz.py`` and
the ``fuzz`` section of ``make bench``.

A document is random Unicode mixed with the fragments press text is made of (quotes, brackets,
dates, amounts, counts, title chains, acronyms, datelines), control characters, odd spaces, emoji
and very long tokens. :func:`problems` lists what is wrong with one document's record: an
exception, or an offset outside the text or not spelling the mention's text.

Needs hypothesis (the ``dev`` extra).
"""
from __future__ import annotations

import math
import traceback
from typing import Callable

from hypothesis import strategies as st

from ..records import DocumentRecord

FRAGMENTS = (
    # quotes, straight and curly, balanced or not
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb",
    '"Kami akan terus membantu warga," kata Budi.', "\u201cIni program yang baik,\u201d ujarnya.",
    "\u201cTidak ada yang tertinggal", 'katanya. "', "\u2018jangan\u2019",
    # brackets
    "(", ")", "[", "]", "()", "((", "))", "(/)",
    # dates
    "Senin (12/3/2024)", "12 Maret 2024", "Jumat (23/01)", "kemarin", "17-25 September 2024",
    "awal Maret 2025", "2024", "31/02/2024", "(12/3)", "Rabu (0/0/0000)",
    # amounts, counts and measures
    "Rp1,5 miliar", "Rp 700 ribu", "Rp", "Rp.", "Rp 1.000.000,-", "USD 2 juta", "Rp1,5", "miliar",
    "17 anggota", "ratusan warga", "1.500 bibit mangrove", "17", "25 persen", "5 hektare", "0,",
    # people, titles, organisations, acronyms
    "Kepala Dinas Kesehatan Kabupaten Bogor, Dr. H. Asep Saepudin, M.Si., mengatakan",
    "Bupati Sleman", "Pak Presiden", "Dr.", "H.", "M.Si.", "S.H.,", "Ir.", ", ",
    "Badan Penanggulangan Bencana Daerah (BPBD)", "(BPBD)", "BPBD", "PT Pertamina (Persero)",
    "program reformasi TNI", "partai Demokrat", "Desa Sukamaju", "Kabupaten", "Kota Bandung",
    # datelines and bylines
    "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "BANDUNG -", "KOMPAS.com", "(ant)",
    "Penulis: Budi", "Foto: Antara", "Baca juga:",
    # sentence ends and words
    ".", ". ", ",", ":", ";", "-", "--", "\u2013", "\u2014", "...", "mengatakan", "ujarnya", "kata",
)
# control characters, line and paragraph breaks, odd spaces
SEPARATORS = (
    " ", " ", " ", "\n", "\n\n", "\r", "\r\n", "\t", "\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\x85",
    "\u200b", "\u200c", "\u200d", "\u2028", "\u2029", "\ufeff", "\xa0", "\u202f", "\u3000", "\u00ad", "",
)
EMOJI = ("\U0001f600", "\U0001f1ee\U0001f1e9", "\U0001f44d\U0001f3fd", "\u2764\ufe0f", "\U0001f468\u200d\U0001f469\u200d\U0001f467")
# one character repeated into a very long token: a word, a number, punctuation or an invisible space
LONG_TOKENS = st.builds(lambda char, length: char * length, st.sampled_from("aZ9.,-\"(\u200b\U0001f600"),
                        st.sampled_from((100, 400, 1_000, 10_000)))

PIECES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), st.sampled_from(SEPARATORS),
                   st.sampled_from(EMOJI), LONG_TOKENS)
# a piece and the separator after it; most separators are plain spaces
WORDS = st.tuples(PIECES, st.sampled_from(SEPARATORS)).map("".join)
DOCUMENTS = st.one_of(st.sampled_from(("", " ", "\n\n", "\xa0", "\u200b", "\r\n\t ")),
                      st.lists(WORDS, max_size=60).map("".join))


def problems(text: str, extract: Callable[[str], DocumentRecord]) -> list[str]:
    """What is wrong with ``extract(text)``: its exception (with traceback), every offset of a
    mention outside ``text`` or not spelling the mention's text, and every value that is not a
    finite number; empty when nothing is."""
    try:
        record = extract(text)
    except Exception:
        return [traceback.format_exc()]
    found = [f"record error: {record.error}"] if record.error else []
    for name in ("entities", "dates", "counts", "money", "measures", "quotes"):
        for mention in getattr(record, name):
            start, end = mention.start_char, mention.end_char
            if not 0 <= start <= end <= len(text):
                found.append(f"{name}: offsets {start}:{end} outside the text (length {len(text)}): {mention}")
            elif name != "quotes" and text[start:end] != mention.text:  # a quote's text drops its marks
                found.append(f"{name}: text[{start}:{end}] is {text[start:end]!r}, not {mention.text!r}")
            if name in ("counts", "money", "measures") and not math.isfinite(mention.value):
                found.append(f"{name}: value {mention.value} is not a finite number: {mention}")
    for quote in record.quotes:
        if quote.cue_start != -1 and not (0 <= quote.cue_start <= quote.cue_end <= len(text)
                                          and text[quote.cue_start:quote.cue_end] == quote.cue):
            found.append(f"quotes: cue {quote.cue!r} at {quote.cue_start}:{quote.cue_end} not in the text: {quote}")
    return found


def failures(extract: Callable[[str], DocumentRecord], documents: int, seed: int = 0) -> tuple[int, list[tuple[str, list[str]]]]:
    """Runs ``extract`` on ``documents`` random documents drawn by hypothesis from :data:`DOCUMENTS`
    (the same ones for the same ``seed``), without stopping or shrinking at a failure.

    Returns: the number of documents run, and (text, problems) for each that failed.
    """
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded

    ran, failed = 0, []

    @seeded(seed)
    @settings(max_examples=documents, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(DOCUMENTS)
    def run(text: str) -> None:
        nonlocal ran
        ran += 1
        found = problems(text, extract)
        if found:
            failed.append((text, found))

    run()
    return ran, failed
