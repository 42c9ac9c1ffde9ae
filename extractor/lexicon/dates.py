"""Words of dates (extractors.dates; counts and entities read weekdays and months too).

Entries are lower case unless the case matters.
"""
from __future__ import annotations

# Month names, Indonesian and English, and their abbreviations. Abbreviations
# (and "May", an English word too) only count next to a day or a year.
MONTH_NAMES: dict[str, int] = {
    "januari": 1, "january": 1, "februari": 2, "pebruari": 2, "february": 2, "maret": 3, "march": 3,
    "april": 4, "mei": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "agustus": 8, "august": 8,
    "september": 9, "oktober": 10, "october": 10, "november": 11, "nopember": 11, "desember": 12,
    "december": 12,
}

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "agu": 8,
    "agt": 8, "ags": 8, "agst": 8, "agust": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10,
    "nov": 11, "nop": 11, "des": 12, "dec": 12,
}

# Monday is 0, as in datetime.date.weekday(). "Minggu" is also "week": only capitalised it is Sunday.
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jumaat": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}

# Days named relative to the article's date.
RELATIVE_DAYS: dict[str, int] = {
    "kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1, "lusa": 2,
}

# Calendar units of relative dates ("dua pekan lalu", "bulan depan") and their resolution.
DATE_UNITS: dict[str, str] = {
    "hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
}

# Words after a unit or a date that place it before, at or after the article's date.
DATE_DIRECTIONS: dict[str, int] = {
    "lalu": -1, "yang lalu": -1, "silam": -1, "kemarin": -1,
    "ini": 0, "berjalan": 0, "depan": 1, "mendatang": 1, "yang akan datang": 1,
}

# "awal Maret 2025", "akhir tahun lalu": the part of the period meant, spelled one way.
DATE_QUALIFIERS: dict[str, str] = {
    "awal": "awal", "pertengahan": "pertengahan", "medio": "pertengahan", "akhir": "akhir",
    "penghujung": "akhir",
}

# A bare year or a month name alone is a date only after one of these, "tahun", "bulan" or a
# Qualifier ("pada 2019", "sejak Juni", "tahun 2019", "awal Maret"); a bare "2019" is not.
DATE_CUES: tuple[str, ...] = (
    "pada", "sejak", "semenjak", "hingga", "sampai", "mulai", "sepanjang", "selama", "periode",
    "jelang", "menjelang",
)

# Words before a weekday that place it ("pada Senin", "besok Senin"), and words before one that make
# It no date ("setiap Senin", "salat Jumat").
WEEKDAY_CUES: tuple[str, ...] = ("pada", "hari", "sejak", "hingga", "sampai", "mulai", "besok")

NOT_WEEKDAY_CUES: frozenset[str] = frozenset({
    "setiap", "tiap", "salat", "shalat", "sholat", "solat",
})

# Capitalised words that make a weekday after them part of a name ("Pasar Minggu", "Sekolah Minggu");
# After other names a weekday is a date ("Menteri Luar Negeri Mesir Sabtu menyerukan ...").
WEEKDAY_NAME_HEADS: frozenset[str] = frozenset({
    "pasar", "sekolah", "kebaktian", "ibadah", "misa", "jalan", "jl", "jl.", "gang", "gg", "gg.", "kampung",
    "dusun", "desa", "stasiun", "halte", "terminal", "program", "gerakan",
})

# Bare years: a four-digit 1900-2099 written alone is a year ("Pemilu 2014", "lahir 1907", "sebelum 2003")
# Unless a word before makes it a label or a count ("Nomor 2019", "Sebanyak 2019 peserta"); a counted
# noun or a unit after it ("2016 orang", "2000 meter") makes it a count or a measure too.
NOT_YEAR_PRECEDERS: frozenset[str] = frozenset({
    "nomor", "no", "no.", "nomer", "pasal", "ayat", "kode", "pin", "rt", "rw", "jalan", "jl", "jl.", "jln",
    "jln.", "gang", "gg", "gg.", "blok", "kav", "kav.", "kavling", "km", "pukul", "jam", "skor", "nilai",
    "poin", "level", "seri", "versi", "tipe", "kamar", "ruang", "loket", "halaman", "hal.", "lantai",
    "sebanyak", "sejumlah", "berjumlah", "jumlah", "total", "uud",
})

# A word before one of these ("Nomor kontrak 2019") makes the year a label too.
NOT_YEAR_LABELS: frozenset[str] = frozenset({"nomor", "no", "no.", "nomer", "kode"})

# "era 1970-an", "tahun '90-an": words before a decade written with two digits.
DECADE_CUES: tuple[str, ...] = ("era", "dekade", "tahun", "akhir", "awal", "pertengahan", "medio")

# Times of day after a weekday or a date ("Minggu malam", "Rabu dini hari (21/9)").
TIMES_OF_DAY: tuple[str, ...] = ("pagi", "siang", "sore", "petang", "malam", "dini hari")
