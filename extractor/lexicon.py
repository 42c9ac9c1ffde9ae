"""Word lists warta's rules rely on, in one place so a newcomer can extend them in a minute.

Each constant says which extractor reads it. Entries are lower case unless the case matters.
"""
from __future__ import annotations

# nlp.tokenizer: abbreviations written with a full stop that must not end a sentence. spaCy's
# ``id`` defaults already know academic titles (Dr., Drs., S.H., M.Si., ...) and month abbreviations.
ABBREVIATIONS: tuple[str, ...] = (
    "Jl.", "Jln.", "Gg.", "Kab.", "Kec.", "Kel.", "Ds.", "Prov.", "Kota.", "RT.", "RW.",
    "Tbk.", "Bpk.", "Bp.", "Ibu.", "Sdr.", "Sdri.", "H.", "Hj.", "Ir.", "dr.", "drg.", "Kol.",
    "Brigjen.", "Kapt.", "Let.", "AKBP.", "Kombes.", "Ny.", "Tn.", "St.", "Pol.", "dll.", "dsb.",
    "dkk.", "tsb.", "yth.", "a.n.", "u.p.", "No.", "Tel.", "Telp.", "Hal.", "Ket.",
)

# extractors.quotes: reporting verbs. Indonesian prefixes change a root's first sound, so each
# root's base, meN-, di- and ber- forms are listed explicitly; CUE_WORDS adds the clitic "-nya"
# ("ujarnya"), which refers back to the person the text is following.
CUE_FORMS: tuple[str, ...] = (
    "kata", "mengatakan", "dikatakan", "berkata",
    "ujar", "ungkap", "mengungkapkan", "diungkapkan",
    "tutur", "menuturkan", "bertutur", "dituturkan",
    "jelas", "menjelaskan", "dijelaskan", "tegas", "menegaskan", "ditegaskan",
    "papar", "memaparkan", "dipaparkan", "ucap", "mengucapkan",
    "terang", "menerangkan", "diterangkan", "imbuh", "mengimbuhkan",
    "tambah", "menambahkan", "ditambahkan", "sebut", "menyebut", "menyebutkan", "disebutkan",
    "lanjut", "melanjutkan", "klaim", "mengklaim", "aku", "akui", "mengakui", "mengaku", "diakui",
    "menyampaikan", "disampaikan", "menyatakan", "dinyatakan", "imbau", "mengimbau",
    "pinta", "meminta", "mencatat", "menilai", "bilang", "menuturkan",
)

CUE_WORDS: frozenset[str] = frozenset(form + suffix for form in CUE_FORMS for suffix in ("", "nya"))

# extractors.quotes: words that open reported speech after a cue ("menyampaikan bahwa ...").
COMPLEMENTIZERS: frozenset[str] = frozenset({"bahwa", "jika", "kalau", "agar"})

# extractors.quotes: "Menurut X, ..." introduces reported speech without a verb.
ACCORDING_TO: frozenset[str] = frozenset({"menurut", "kata", "sebagaimana"})

# extractors.metadata: words that start a photo credit or caption credit line.
PHOTO_CREDIT_WORDS: tuple[str, ...] = ("foto", "dok", "dokumentasi", "sumber foto", "ilustrasi")

# extractors.entities: capitalised words that open sentences and are never names by themselves.
NEVER_ENTITIES: frozenset[str] = frozenset({
    "sebelumnya", "kegiatan", "melalui", "sementara", "sebanyak", "foto", "selain", "namun",
    "adapun", "dalam", "bahkan", "kemudian", "selanjutnya", "terkait", "menurut", "sedangkan",
    "benchmarking", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
})

# extractors.entities: words that open an organisation's name ("PT Pertamina", "Dinas Kesehatan
# Kabupaten Bogor"); the capitalised words that follow belong to the name.
ORGANISATION_HEADS: frozenset[str] = frozenset({
    "PT", "PT.", "CV", "CV.", "Bank", "Kementerian", "Kemenkes", "Dinas", "Badan", "Universitas",
    "Institut", "Politeknik", "Sekolah", "SMA", "SMAN", "SMP", "SMPN", "SMK", "SMKN", "SD", "SDN",
    "MTs", "MAN", "Pondok", "Polres", "Polresta", "Polda", "Polsek", "Kodim", "Korem", "Pemkab",
    "Pemkot", "Pemprov", "Pemerintah", "Yayasan", "Koperasi", "Puskesmas", "Posyandu", "RSUD",
    "Rumah Sakit", "Lembaga", "Balai", "Komisi", "Dewan", "DPRD", "Kantor", "Kejaksaan",
    "Pengadilan", "Persatuan", "Perkumpulan", "Ikatan", "Asosiasi", "Forum", "Komunitas",
    "Kelompok", "Gabungan", "Gapoktan", "Bumdes", "BUMDes", "Karang Taruna", "Tim", "Direktorat",
    "Satuan", "Kepolisian", "Perum", "Perumda", "PDAM", "Majelis", "Partai", "Fakultas",
})

# extractors.entities: heads of bodies whose names join words with "dan" ("Badan Pengawas Obat dan
# Makanan"); after other heads "dan" separates two names ("Posyandu Mawar dan Tanzif ...").
COMPOUND_NAME_HEADS: frozenset[str] = frozenset({
    "Kementerian", "Dinas", "Badan", "Lembaga", "Komisi", "Direktorat", "Balai", "Fakultas", "Kantor",
})

# extractors.entities: words that open an administrative region's name ("Desa Mekar Sari").
LOCATION_HEADS: frozenset[str] = frozenset({
    "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Kampung", "Dusun",
    "Kab.", "Kec.", "Kel.", "Prov.", "Ds.", "Pulau", "Teluk", "Gunung", "Sungai", "Danau", "Pantai",
})

# extractors.acronyms: lower-case words that may sit inside an expansion ("Badan Pengawas Obat dan Makanan").
NAME_CONNECTORS: frozenset[str] = frozenset({"dan", "&", "untuk", "bagi", "dari", "di", "ke", "de", "van", "bin", "binti"})

# extractors.entities: a name right after these words is a programme ("program Kampung Iklim",
# "melalui program binaan Desa Berdaya").
PROGRAMME_CUES: tuple[tuple[str, ...], ...] = (
    ("program",), ("program", "binaan"), ("program", "unggulan"), ("program", "csr"),
    ("program", "tjsl"), ("gerakan",), ("inisiatif",), ("kampanye",),
)

# extractors.entities: national and well-known corporate programmes, matched case-insensitively.
KNOWN_PROGRAMMES: tuple[str, ...] = (
    "BBM Satu Harga", "Program Keluarga Harapan", "Kartu Prakerja", "Kartu Indonesia Pintar",
    "Kartu Indonesia Sehat", "KIP Kuliah", "Bantuan Langsung Tunai", "Makan Bergizi Gratis",
    "PLN Peduli", "Desa Berdaya", "Rumah BUMN", "Kampung Iklim", "Program Kampung Iklim",
    "Proklim", "Kampung KB", "Bantuan Pangan Non Tunai", "Program Indonesia Pintar",
    "Program Indonesia Sehat", "Dana Desa", "Kredit Usaha Rakyat", "BPJS Kesehatan Peduli",
    "Pertamina Sehati", "Desa Energi Berdikari", "BUMN Mengajar", "Siswa Mengenal Nusantara",
    "Gerakan Nasional Bangga Buatan Indonesia", "Sekolah Adiwiyata", "Kotaku",
    "Tanggung Jawab Sosial dan Lingkungan", "Tanggung Jawab Sosial Perusahaan",
)

# extractors.quotes: pronouns that refer back to the person the text is following.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau", "mereka", "nya"})

# extractors.quotes: sentence openers stripped from a speaker's appositive ("Sementara itu, Kepala
# Dinas X, Budi, ..." -> role "Kepala Dinas X").
DISCOURSE_OPENERS: tuple[str, ...] = (
    "sementara itu", "di sisi lain", "selain itu", "dalam kesempatan itu", "dalam kesempatan tersebut",
    "pada kesempatan itu", "pada kesempatan yang sama", "di tempat yang sama", "di tempat terpisah",
    "secara terpisah", "terpisah", "senada", "hal senada", "sebelumnya", "kemudian", "adapun",
    "sedangkan", "namun", "lebih lanjut", "selanjutnya", "menanggapi hal itu", "menanggapi hal tersebut",
)
