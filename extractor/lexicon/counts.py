"""Words of counts and measures (extractors.counts, .measures).

Entries are lower case unless the case matters.
"""
from __future__ import annotations

# Counted nouns that are people (category "people"); multi-word ones too.
PEOPLE_NOUNS: frozenset[str] = frozenset({
    "orang", "jiwa", "warga", "penduduk", "masyarakat", "peserta", "anggota", "pengurus", "kader",
    "relawan", "sukarelawan", "kk", "kepala keluarga", "keluarga", "rumah tangga", "siswa", "siswi",
    "murid", "pelajar", "mahasiswa", "mahasiswi", "santri", "santriwati", "taruna", "guru", "dosen",
    "pengajar", "tutor", "pelatih", "instruktur", "fasilitator", "pendamping", "petani", "nelayan",
    "peternak", "pekebun", "pembudidaya", "perajin", "pengrajin", "pedagang", "pengusaha", "umkm",
    "ukm", "bidan", "perawat", "dokter", "tenaga kesehatan", "nakes", "tenaga medis", "pasien",
    "balita", "bayi", "anak", "anak-anak", "anak yatim", "remaja", "pemuda", "pemudi", "ibu",
    "ibu-ibu", "ibu hamil", "ibu menyusui", "ibu rumah tangga", "bapak", "lansia", "perempuan",
    "wanita", "pria", "laki-laki", "penerima", "penerima manfaat", "pengungsi", "korban",
    "penyintas", "karyawan", "karyawati", "pegawai", "pekerja", "buruh", "tenaga kerja", "asn",
    "pns", "honorer", "personel", "petugas", "staf", "prajurit", "polisi", "atlet", "pemain",
    "wisatawan", "pengunjung", "penumpang", "pemudik", "jemaah", "jamaah", "nasabah", "pelanggan",
    "konsumen", "pendaftar", "pelamar", "calon", "pemilih", "narapidana", "napi", "tahanan",
    "tersangka", "terdakwa", "pelaku", "saksi", "tokoh", "tokoh masyarakat", "perwakilan",
    "delegasi", "pejabat", "kepala desa", "kades", "menteri", "pimpinan", "direktur",
    "penyandang disabilitas", "disabilitas", "difabel", "yatim", "dhuafa", "duafa", "lulusan",
    "alumni", "wisudawan", "pekerja migran", "pmi", "tki", "odgj", "pasangan", "pembeli", "debitur",
    "penghuni", "pemilik", "penonton", "pendidik", "peserta didik", "tenaga pendidik", "rekan",
    "jenazah", "tentara", "aparat", "juri", "wakil", "duta besar", "kandidat", "investor",
    "pendukung", "suporter", "demonstran", "pengunjuk rasa", "pengemudi", "sopir", "turis", "wni",
    "wna", "imigran", "migran", "awak", "kru", "pilot", "hakim", "jaksa", "penyidik", "bocah",
    "orang tua", "pelanggar", "pendaki", "pebalap", "penyandang cacat",
})

# A classifier before a noun is skipped: "30 orang peserta" counts peserta, "1.500 batang bibit" bibit.
COUNT_CLASSIFIERS: frozenset[str] = frozenset({
    "orang", "buah", "ekor", "batang", "lembar", "butir", "biji", "helai", "pucuk", "unit", "set", "jenis", "macam",
    "bidang", "petak",
})

# Counted things that headlines capitalise ("di 2 Lokasi"); other capitalised words after a
# Number are more often part of a name ("Posyandu Mawar 2 Pontianak").
COUNTED_THINGS: frozenset[str] = frozenset({
    "lokasi", "titik", "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "negara",
    "sekolah", "madrasah", "pesantren", "kampus", "rumah", "unit", "paket", "program", "kegiatan",
    "kelompok", "posyandu", "puskesmas", "rumah sakit", "perguruan tinggi", "bibit", "pohon",
    "perusahaan", "proyek", "bangunan", "gedung", "fasilitas", "sumur", "jembatan", "kendaraan",
    "mobil", "motor", "kapal", "pesawat", "bantuan", "beasiswa", "kasus", "inovasi", "produk",
    "terminal", "berkas", "berita", "ternak", "medali", "pihak",
})

# Words after a number that make it something other than a count: durations and ages, clock
# Times, measures, percentages, multipliers, money, ranks. Function words ("yang", "sebagai") are
# spaCy's Indonesian stop words, which extractors.counts adds.
# Units of measure: a number before one is a measure, not a count or a year ("2000 meter").
MEASURE_UNITS: frozenset[str] = frozenset({
    "persen", "%", "permil", "poin", "derajat", "km", "kilometer", "meter", "m", "cm", "mm", "sentimeter",
    "milimeter", "mil", "ha", "hektar", "hektare", "are", "m2", "km2", "kg", "kilogram", "gram", "gr", "ons",
    "kuintal", "ton", "liter", "l", "ml", "mililiter", "kl", "kiloliter", "barel", "kwh", "kw", "mw", "gw",
    "watt", "volt", "kva", "mva", "inci", "inchi", "kaki", "knot", "mph", "sks", "piksel", "bit", "byte",
    "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "hz", "khz", "mhz", "ghz", "mp", "megapiksel", "kalori",
    "digit", "sr", "gt", "dwt", "teu", "cc", "mmscfd", "mmbtu", "bopd", "bph", "ls", "lu", "bt", "bb",
})

# Units a measure is written in, and the symbol the measures table gives each.
# Words that are also plain nouns ("kaki": feet and legs, "are") or too short to tell are left out.
UNIT_SYMBOLS: dict[str, str] = {
    "persen": "%", "%": "%", "permil": "‰", "poin": "poin", "derajat": "°",
    "km": "km", "kilometer": "km", "meter": "m", "m": "m", "cm": "cm", "sentimeter": "cm", "mm": "mm",
    "milimeter": "mm", "ha": "ha", "hektar": "ha", "hektare": "ha", "m2": "m2", "km2": "km2",
    "kg": "kg", "kilogram": "kg", "gram": "g", "kuintal": "kuintal", "ton": "t",
    "liter": "L", "ml": "mL", "mililiter": "mL", "kl": "kL", "kiloliter": "kL", "barel": "barel",
    "kwh": "kWh", "kw": "kW", "mw": "MW", "gw": "GW", "watt": "W", "volt": "V", "kva": "kVA", "mva": "MVA",
    "knot": "knot", "kalori": "kal", "mmscfd": "MMSCFD", "mmbtu": "MMBTU", "bopd": "BOPD", "cc": "cc",
    "gb": "GB", "mbps": "Mbps", "gbps": "Gbps", "mhz": "MHz", "ghz": "GHz", "sks": "SKS", "teu": "TEU",
}

# Symbols of the units that make a measure a share rather than a quantity.
PERCENT_SYMBOLS: frozenset[str] = frozenset({"%", "‰"})

NOT_COUNTED: frozenset[str] = MEASURE_UNITS | frozenset({
    "detik", "menit", "jam", "hari", "malam", "siang", "sore", "pagi", "minggu", "pekan", "bulan",
    "tahun", "windu", "dekade", "abad", "semester", "triwulan", "kuartal", "caturwulan", "musim", "periode",
    "wib", "wita", "wit", "kali", "kalinya", "lipat", "rupiah", "dolar", "dollar", "euro", "yen", "yuan",
    "ringgit", "terbesar", "teratas", "terbaik", "lain", "sisi", "kesatuan", "pertama",
    "terakhir", "setempat", "silam", "mendatang", "vs", "versus",
})

# Phrases of a number and a noun that are idioms, not counts ("pertemuan empat mata": a private meeting).
NOT_COUNT_PHRASES: frozenset[str] = frozenset({"empat mata", "dua muka", "seribu satu", "satu dua"})

# Words before a number that make it a label, a rank, a date or an age rather than a count
# ("RT 03", "No. 5", "kelas 3", "pukul 10", "usia 5"). Not "ke": "ke dua lokasi" is "to two places".
NOT_COUNT_PRECEDERS: frozenset[str] = frozenset({
    "nomor", "no", "no.", "nomer", "rt", "rw", "pasal", "ayat", "jalan", "jl", "jl.", "jln",
    "jln.", "gang", "gg", "gg.", "blok", "lantai", "kav", "kav.", "kavling", "km", "juara",
    "peringkat", "ranking", "urutan", "posisi", "pukul", "jam", "tanggal", "tgl", "tgl.", "usia",
    "berusia", "umur", "berumur", "kelas", "tingkat", "level", "tahap", "gelombang", "angkatan",
    "periode", "edisi", "seri", "versi", "tipe", "kode", "sesi", "babak", "pekan", "zona",
    "ruang", "kamar", "loket", "halaman", "hal.", "skor", "salah", "tahun", "bulan", "hari",
    "ukuran",
})

# Words before a number that make it approximate ("sekitar 60 rumah").
APPROXIMATE_CUES: tuple[str, ...] = (
    "sekitar", "sekira", "kurang lebih", "lebih kurang", "kira-kira", "hampir", "±",
)

# Nouns that name membership of a group, which the words after them name ("17 anggota kelompok
# Binaan", "150 pelaku UMKM", "200 warga Desa Mekar Sari"); the words after other nouns describe them.
MEMBER_NOUNS: frozenset[str] = frozenset({
    "anggota", "pengurus", "warga", "penduduk", "karyawan", "pegawai", "pekerja", "siswa", "murid",
    "mahasiswa", "santri", "kader", "peserta", "staf", "personel", "petugas", "perwakilan",
    "pelaku", "guru", "relawan", "nasabah", "pelanggan", "jemaah", "jamaah", "atlet", "pemain",
})
