"""Number words (extractors.numbers).

Entries are lower case unless the case matters.
"""
from __future__ import annotations

# Number words. The first spelling of a value is the one number_to_words writes.
NUMBER_UNITS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}

# "se-" fuses "satu" with the next word: the value, and the place it fills ("sebelas" fills tens
# And units, so nothing smaller may follow it).
NUMBER_SE_WORDS: dict[str, tuple[int, int]] = {
    "sepuluh": (10, 10), "sebelas": (11, 1), "seratus": (100, 100),
}

# A unit before these multiplies it ("tiga puluh"); "belas" adds ten ("tujuh belas").
NUMBER_MULTIPLIERS: dict[str, int] = {"belas": 10, "puluh": 10, "ratus": 100}

NUMBER_SCALES: dict[str, int] = {
    "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
    "triliun": 10**12, "trilyun": 10**12,
}

NUMBER_SE_SCALES: dict[str, int] = {
    "seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9, "setriliun": 10**12,
}

NUMBER_HALF = "setengah"  # "satu setengah juta" = 1.5 million, "setengah juta" = half a million

# Approximate numbers ("ratusan warga"), valued at the lower bound of their order of magnitude.
APPROXIMATE_WORDS: dict[str, int] = {
    "belasan": 10, "puluhan": 10, "ratusan": 100, "ribuan": 10**3, "jutaan": 10**6,
    "miliaran": 10**9, "milyaran": 10**9, "triliunan": 10**12,
}
