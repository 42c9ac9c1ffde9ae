"""Grammar words of names (extractors.entities; quotes reads titles, ranks and roles too): the heads and
tails that open or close a body's name, titles, roles and offices, and the cues of a programme.

Entries are lower case unless the case matters.
"""
from __future__ import annotations

import re

# Capitalised words that open sentences and are never names by themselves.
NEVER_ENTITIES: frozenset[str] = frozenset({
    "sebelumnya", "kegiatan", "melalui", "sementara", "sebanyak", "foto", "selain", "namun",
    "adapun", "dalam", "bahkan", "kemudian", "selanjutnya", "terkait", "menurut", "sedangkan",
    "benchmarking", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
    "nomor",  # a decree's number ("Keputusan Bupati Tanggamus Nomor B.305/2020")
    "hadir", "tampak", "nampak", "turut", "terlihat",  # a list of those present: "Hadir Ketua DPRD ..."
    # diseases, capitalised in health campaigns ("vaksin Polio", "imunisasi Campak Rubella")
    "polio", "campak", "rubella", "difteri", "malaria", "tuberkulosis", "hepatitis", "tetanus", "kolera",
})

# Words that open an organisation's name ("PT Pertamina", "Dinas Kesehatan
# Kabupaten Bogor"); the capitalised words that follow belong to the name.
ORGANISATION_HEADS: frozenset[str] = frozenset({
    "PT", "PT.", "CV", "CV.", "Bank", "Kementerian", "Kemenkes", "Dinas", "Badan", "Universitas",
    "Institut", "Politeknik", "Sekolah", "SMA", "SMAN", "SMP", "SMPN", "SMK", "SMKN", "SD", "SDN",
    "MTs", "MAN", "Pondok", "Polres", "Polresta", "Polda", "Polsek", "Kodim", "Korem", "Koramil", "Komando", "Pemkab",
    "Pemkot", "Pemko", "Pemprov", "Pemerintah", "Yayasan", "Koperasi", "Puskesmas", "Posyandu", "RSUD",
    "Rumah Sakit", "Lembaga", "Balai", "Komisi", "Dewan", "DPRD", "Kantor", "Kejaksaan",
    "Pengadilan", "Perkumpulan", "Ikatan", "Asosiasi", "Forum", "Komunitas",
    "Kelompok", "Gabungan", "Gapoktan", "Bumdes", "BUMDes", "Karang Taruna", "Tim", "Direktorat",
    "Satuan", "Kepolisian", "Perum", "Perumda", "PDAM", "Majelis", "Partai", "Fakultas",
    "Sekretariat", "KUB", "Kelompok Usaha Bersama", "Rumah BUMN", "Pokdarwis", "KWT", "Kelompok Wanita Tani",
    "Kelompok Tani", "Poktan", "Paguyuban", "Sanggar", "Himpunan", "Serikat", "Kodam", "Lantamal", "Polrestabes",
    "Kejari", "Kejati",
    "Bappeda", "Inspektorat", "Sekolah Dasar", "Madrasah", "Pesantren", "Pondok Pesantren", "Ponpes", "Akademi",
    "Sekolah Tinggi",
    "Laznas", "Baznas", "LAZ", "Rumah Zakat",  # zakat bodies: "Laznas Baitul Amanah", "Baznas Kabupaten Bogor"
    "Yonif", "Brigif", "Batalyon", "Lanal", "Lanud", "Rayon Militer",
    # houses of worship and children's homes are bodies (ANNOTATION.md lists mosques under ORG)
    "Masjid", "Gereja", "Klenteng", "Vihara", "Panti Asuhan", "Panti", "Musala", "Mushola", "Musholla", "Surau",
    "Klinik",
})

# Heads of the armed forces' and police's units named by a number and the territory after a slash ("Kodim
# 1203/Ketapang", "Komando Rayon Militer 1203-10/Sandai", "Kodam XII/Tanjungpura", "Yonif 509"): the number
# and the territory are the unit's name.
NUMBERED_UNIT_HEADS: frozenset[str] = frozenset({
    "Kodim", "Koramil", "Korem", "Kodam", "Yonif", "Brigif", "Batalyon", "Lanal", "Lanud", "Lantamal", "Kompi",
    "Komando", "Rayon Militer", "Distrik Militer", "Resor Militer", "Daerah Militer",
})

# Heads of community groups, whose names are coined from any words, people's names among them ("Kelompok
# Tani Sri Rejeki", "Posyandu Melati", "KWT Siti Aisyah"): the capitalised words right after such a head
# name the group, even where they read as a person's name.
GROUP_HEADS: frozenset[str] = frozenset({
    "Kelompok", "Kelompok Tani", "Gapoktan", "Poktan", "KWT", "Kelompok Wanita Tani", "KUB",
    "Kelompok Usaha Bersama", "Pokdarwis", "Posyandu", "Paguyuban", "Sanggar", "Koperasi", "Bumdes", "BUMDes", "Karang Taruna",
})

# Heads of community bodies the press also writes in lower case before the body's name ("ponpes Kanzul
# Ulum", "panti asuhan Bhakti Luhur", "komunitas Generasi Muda Bersatu"); not "kelompok", which heads armed
# groups' names too ("kelompok Abu Sayyaf").
COMMUNITY_HEADS: frozenset[str] = frozenset({
    "Panti Asuhan", "Pondok Pesantren", "Ponpes", "Komunitas", "Kelompok Tani", "Kelompok Wanita Tani", "Karang Taruna",
    "Sanggar", "Paguyuban", "Posyandu",
})

# Short names of bodies the press coins from a head and a field ("Kemenperin", "Pemkab", "Polres",
# "Disdukcapil"): a word that starts so names a body, never a person.
BODY_WORD = re.compile(r"(?:Kemen(?!terian)|Kemenko|Komnas|Pemkab|Pemkot|Pemprov|Pemda|Polres|Polda|Polsek|Kodim|Kodam|Korem|Ditjen|"
                       r"Dinkes|Dinsos|Disdik|Dishub|Disnaker|Disdukcapil|Diskominfo|Disperindag|Bappeda|Kanwil)[a-z]*")

# Words naming a unit of a body, followed by the unit's name ("Telkom Witel Kalbar").
ORGANISATION_UNITS: frozenset[str] = frozenset({
    "Witel", "Regional", "Wilayah", "Kanwil", "Cabang", "Area", "Divisi", "Region", "Unit", "UID", "UP3",
    "ULP", "KCP", "Perwakilan", "Kantor", "Zona", "Daop", "Divre", "Kanca", "Kancab",
})

# A company's legal forms ("PT", "Tbk", "(Persero)"): part of its name, no name by themselves.
LEGAL_FORMS: frozenset[str] = frozenset({"PT", "PT.", "CV", "CV.", "Tbk", "Tbk.", "Persero", "(Persero)"})

# Heads of bodies named after their field, written before it ("Kementerian [Pekerjaan Umum dan Perumahan
# Rakyat] (PUPR)"); longer heads first.
FIELD_HEADS: tuple[str, ...] = (
    "Kementerian", "Kementrian", "Dinas", "Direktorat Jenderal", "Direktorat", "Badan", "Komisi", "Biro",
)
FIELD_HEAD_WORDS: frozenset[str] = frozenset(head.split()[0] for head in FIELD_HEADS)

# A political party's regional boards, written before the party's name ("DPD I Partai Golkar Provinsi
# Gorontalo", "DPC Hanura"): the board and the party are one body, the party's unit in a region. Alone,
# "DPD" is the regional senate. The central board ("DPP Partai Golkar") is left to the role: news corpora
# (idner-news-2k) name the party alone there.
PARTY_BOARDS: frozenset[str] = frozenset({"DPD", "DPW", "DPC", "DPAC"})

# Last words of organisation names ("Tanzif Natural Solutions"); the
# capitalised words before them belong to the name.
ORGANISATION_TAILS: frozenset[str] = frozenset({
    "Solutions", "Solution", "Group", "Foundation", "Institute", "Center", "Centre", "Corporation",
    "Company", "Ltd", "Inc", "Indonesia Tbk", "Tbk", "Tbk.", "Community", "Studio", "Consulting",
    "Network", "Organization", "Association", "Club", "Academy", "Labs", "Lab", "Field",
    "Sekuritas", "Securities", "Capital", "Ventures", "Finance",
})

# Last words of place names ("Mempawah Mangrove Park").
LOCATION_TAILS: frozenset[str] = frozenset({"Park", "Plaza", "Mall", "Square", "Hall", "Beach", "Resort", "Convention Center"})

# Heads of parts of a body ("Komisi III DPR", "Dewan Pembina Partai X"): where the model found a name
# inside, its span is kept (news corpora annotate the body).
SUBORDINATE_HEADS: frozenset[str] = frozenset({
    "Komisi", "Dewan", "Kantor", "Majelis", "Tim", "Forum", "Satuan", "Fraksi",
})

# Offices whose holder's field follows them ("Menteri Perhubungan", "Menko Polhukam"): the field is a
# portfolio, no name of its own.
MINISTER_WORDS: frozenset[str] = frozenset({"Menteri", "Menko"})

# Words that make a name spelt out beside its acronym a body's, where no head opens it and no model or
# rule proposed a label ("Komite Nasional Papua Barat (KNPB)"); without one, a name such pair spells
# out is a term ("Light Rail Transit (LRT)", "Electronic Data Capture (EDC)").
BODY_NAME_WORDS: frozenset[str] = frozenset({
    "Komite", "Komando", "Pusat", "Konsulat", "Kedutaan", "Front", "Perusahaan", "Unit", "Persatuan",
    "Gereja", "Masjid", "Organisasi", "Federasi", "Aliansi", "Koalisi", "Jaringan", "Agency", "Authority",
    "Council", "Committee", "Commission", "Bureau", "Office", "Ministry", "Department", "Organization",
    "Organisation", "Union", "Party", "Bank", "Company", "Watch", "Trust", "Fund",
    # a company's facilities are its units ("Aviation Fuel Terminal (AFT) Supadio", "Integrated Terminal")
    "Terminal", "Depot", "Refinery", "Kilang", "Plant", "Pabrik",
    # corps of volunteers and troops ("Taruna Siaga Bencana (Tagana)", "Palang Merah Indonesia (PMI)")
    "Taruna", "Palang", "Korps", "Laskar", "Barisan", "Brigade", "Pasukan", "Gugus", "Satgas",
})

# Words of a body's kind or tier, no name: a head followed only by them names no body ("Pemerintah Pusat",
# "Pengadilan Negeri", "DPRD Provinsi"), though they close many a name ("Pengadilan Negeri Jakarta Selatan").
GENERIC_BODY_QUALIFIERS: frozenset[str] = frozenset({
    "Pusat", "Daerah", "Negeri", "Provinsi", "Kabupaten", "Kota", "Kecamatan", "Desa", "Lain", "Umum",
})

# Heads of bodies whose names join words with "dan" ("Badan Pengawas Obat dan
# Makanan"); after other heads "dan" separates two names ("Posyandu Mawar dan Tanzif ...").
COMPOUND_NAME_HEADS: frozenset[str] = frozenset({
    "Kementerian", "Dinas", "Badan", "Lembaga", "Komisi", "Direktorat", "Balai", "Fakultas", "Kantor",
})

# Titles before a person's name, kept out of the name ("Drs. H. Asep" -> "Asep").
HONORIFICS: frozenset[str] = frozenset({
    "h.", "hj.", "dr.", "drg.", "drs.", "dra.", "ir.", "prof.", "kh.", "k.h.", "bapak", "ibu", "pak", "bu",
    "sdr.", "sdri.", "bpk.", "ny.", "tn.", "haji", "hajjah", "ust.", "ustaz", "ustadz", "mbah",
    "kang", "bang", "abah", "cak", "raden", "tuan", "nyonya", "nona", "kyai", "kiai", "nyai",
    # the same titles as newsrooms also print them, without the period ("Prof Dr Ellen J Kumaat")
    "dr", "drg", "drs", "dra", "ir", "prof", "kh", "h", "hj", "ny",
})

# Given names written short, part of the name, which in a title chain open the holder's name ("Kepala
# Kantor Kemenag Kab Kendal [Muh.] Saidun"); the tokenizer keeps them whole (lexicon.layout).
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"muh.", "moh.", "moch.", "mhd.", "abd."})

# Balinese birth-order and caste names, which follow "I" (men) or "Ni" (women)
# At the start of a name ("I Made Mudharta", "Ni Luh Putu Ary").
BALINESE_BIRTH_NAMES: frozenset[str] = frozenset({
    "Wayan", "Gede", "Putu", "Luh", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut", "Gusti",
})

# Particles that open names in Buton and Muna (Southeast Sulawesi), part of the name like "I Made":
# "La Ode Muhammad Mustika", "Wa Ode Rini".
NAME_OPENING_PAIRS: frozenset[tuple[str, str]] = frozenset({("La", "Ode"), ("Wa", "Ode")})

# A web address written as a name: the outlet or firm that runs the site ("kepada CNNIndonesia.com",
# "Garasi.id adalah marketplace"); group 1 is its name ("kumparan (kumparan.com)").
WEB_DOMAIN = re.compile(r"(?:www\.)?([A-Za-z][\w-]*)\.(?:co\.id|go\.id|ac\.id|or\.id|com|id|net|org|tv)")
# Words before a web address that make it an address to visit, not a name ("situs apbd.jakarta.go.id",
# "mendaftar melalui prakerja.go.id").
ADDRESS_WORDS: frozenset[str] = frozenset({
    "situs", "laman", "website", "web", "portal", "aplikasi", "alamat", "akun", "surel", "email", "di", "ke",
    "melalui", "lewat", "www",
})

# Words before a people, a faith or a language ("etnis Rohingya", "umat Buddha", "Muslim Rohingya", "bahasa
# Indonesia"): what follows is a group or a tongue, no place or body. Not "bangsa" or "keturunan"
# ("keturunan Indonesia": the country).
GROUP_WORDS: frozenset[str] = frozenset({"etnis", "suku", "umat", "kaum", "beragama", "penganut", "muslim", "bahasa"})

# Heads of street names, which are often a person's name ("Jl. Ahmad Yani").
STREET_HEADS: frozenset[str] = frozenset({"Jl.", "Jln.", "Jalan", "Gg.", "Gang"})

# Lower-case words naming a venue; the name after them is a place ("di kompleks PRPP").
VENUE_WORDS: frozenset[str] = frozenset({"kompleks", "arena", "kawasan", "gedung", "lokasi", "area"})

# Roles and groups of people, never a name by themselves ("Dosen pembimbing ...").
ROLE_WORDS: frozenset[str] = frozenset({
    "dosen", "kepala", "ketua", "wakil", "direktur", "manajer", "manager", "bupati", "wali", "camat",
    "lurah", "menteri", "gubernur", "presiden", "sekretaris", "bendahara", "anggota", "warga", "peserta",
    "relawan", "petugas", "mahasiswa", "guru", "pelajar", "dokter", "bidan", "kader", "penerima",
    "pengurus", "pemilik", "pendiri", "pimpinan", "kapolres", "kapolda", "kapolsek", "dandim", "kades",
    "danramil", "danrem", "pangdam", "kasat",
    # offices the press writes as one word, fused with the body they head ("Menaker Hanif", "Kapolri Tito")
    "menaker", "menlu", "menkeu", "menhub", "menko", "mendagri", "menkes", "mensos", "menpora", "menperin",
    "mendag", "mentan", "menhan", "menpar", "menkominfo", "menag", "wamen", "wagub", "wabup", "wawali",
    "sekjen", "dirut", "dirjen", "kadis", "kasat", "kabid", "kabag", "kakanwil", "kapolri", "pangdam",
    "danrem", "kasad", "kasal", "kasau", "panglima", "jubir", "plt", "plh", "kajari", "kajati", "kapuspen",
    "kasubag", "kasubbag", "kasubdit", "kasi", "kanit", "kasatreskrim", "kabidhumas",
    "sekda", "kadinsos", "kadinkes", "kadisdik", "kadishub", "pemimpin", "administratur", "penjabat", "pj", "pjs",
    "asisten", "kasubsi", "bhabinkamtibmas", "babinsa", "rektor", "dekan", "waka", "wakapolres", "wakapolsek",
    "wakapolda", "wadanramil", "wadandim",
    "perbekel",  # a Balinese village's head
    # a district's and a village's staff ("Sekcam Eprianto", "Kaur Umum Itudi", "Kadus Sukamaju")
    "sekcam", "sekdes", "kaur", "kasie", "kadus", "kasun",
})

# Offices that head a unit and are written with the unit's name after them ("Kasat Reskrim", "Kanit
# Intelkam", "Kabid Humas"): the word after one is the unit, no person's name.
UNIT_HEAD_OFFICES: frozenset[str] = frozenset({
    "kanit", "kasat", "kasi", "kasie", "kabag", "kabid", "kasubag", "kasubbag", "kasubdit", "kasubsi", "kaur",
})

# Offices the press writes in one word, spelt out ("kata Kades Gedong" after "Kepala Desa Gedong Suwarno").
OFFICES_SPELT_OUT: dict[str, str] = {
    "kades": "kepala desa", "sekdes": "sekretaris desa", "kadus": "kepala dusun", "kadis": "kepala dinas",
    "kabid": "kepala bidang", "kabag": "kepala bagian", "kasi": "kepala seksi", "sekda": "sekretaris daerah",
    "sekcam": "sekretaris camat", "wabup": "wakil bupati", "wagub": "wakil gubernur", "wawali": "wakil wali kota",
    "dirut": "direktur utama", "kaur": "kepala urusan", "sekjen": "sekretaris jenderal", "dirjen": "direktur jenderal",
    "kasubag": "kepala subbagian", "kasubbag": "kepala subbagian", "kakanwil": "kepala kantor wilayah",
    "wamen": "wakil menteri",
}

# Offices that name the body they head in one word, and that body's short head: "Kapolres Merauke" heads
# "Polres Merauke", "Bupati Dairi" the "Pemkab Dairi" (Pemerintah Kabupaten Dairi), "Kepala Desa Sukamaju"
# the "Pemdes Sukamaju". The region after the office is the body's.
OFFICE_BODY_HEADS: dict[str, tuple[str, ...]] = {
    "kapolres": ("Polres", "Polresta"), "kapolresta": ("Polresta",), "kapolsek": ("Polsek",), "kapolda": ("Polda",),
    "dandim": ("Kodim",), "danramil": ("Koramil",), "danrem": ("Korem",), "pangdam": ("Kodam",),
    "kajari": ("Kejari",), "kajati": ("Kejati",), "bupati": ("Pemkab",), "gubernur": ("Pemprov",),
    "wali kota": ("Pemkot", "Pemko"), "walikota": ("Pemkot", "Pemko"), "kepala desa": ("Pemdes",),
    "kades": ("Pemdes",),
}

# Words that make a phrase before or after a person's name their role ("Koordinator
# Lapangan, Budi"); the role words above and offices that are rarely written alone.
OFFICE_WORDS: frozenset[str] = ROLE_WORDS | frozenset({
    "koordinator", "komandan", "kapolri", "kapolresta", "kadis", "staf", "pembina", "komisaris",
    "pendamping", "fasilitator", "ceo", "founder", "officer", "head", "chief", "president", "secretary", "juru",
    "humas", "analis", "ekonom", "pengamat", "peneliti",
    # press releases' English offices, abbreviated too ("VP Corporate Communication", "GM PLN UID NTT")
    "vp", "svp", "evp", "avp", "gm", "supervisor", "superintendent", "specialist", "coordinator",
})

# Words that qualify an office before it in press releases' English titles ("General Manager", "Area
# Manager", "Senior Vice President").
OFFICE_MODIFIERS: frozenset[str] = frozenset({
    "general", "senior", "area", "regional", "vice", "executive", "deputy", "assistant", "branch", "project",
    "site", "corporate", "operation", "operations",
})

# The words that join an office's fields in a title ("Communication, Relations & CSR", "Head of ...").
TITLE_CONNECTORS: frozenset[str] = frozenset({"dan", "&", "of", "and"})

# The fields of the English offices in press releases' title chains ("Area Manager Communication, Relations
# & CSR", "Head of Corporate Affairs"): part of the role after an office word, no body or programme there.
OFFICE_FIELDS: frozenset[str] = frozenset({
    "communication", "communications", "comm", "relation", "relations", "csr", "affairs", "hsse", "hse",
    "stakeholder", "engagement", "sustainability", "tjsl",
})

# Words that qualify an Indonesian office after it ("Direktur Utama", "Ketua Umum", "Direktur Eksekutif").
OFFICE_QUALIFIERS: frozenset[str] = frozenset({"utama", "umum", "harian", "eksekutif", "pelaksana"})

# Abbreviated police and military ranks, and the corps a rank is written with ("Letkol Czi Dwi Bima",
# "Kolonel Inf Budi"); no body's name contains one, so a name running into one ("Polda Metro Jaya Kombes
# Yusri Yunus") ends before it, and a person's name starts after it.
# the army's corps, written after an officer's rank with or without a full stop ("Letkol Kav. Jami'an")
_CORPS = ("inf", "kav", "arm", "arh", "czi", "cpm", "chk", "ckm", "cba", "ctp", "caj", "cku", "chb", "cpl", "cpn", "pnb",
          "arhanud", "armed", "psk", "mar")
RANK_ABBREVIATIONS: frozenset[str] = frozenset({
    *_CORPS, *(f"{corps}." for corps in _CORPS),
    "kombes", "akbp", "akp", "iptu", "ipda", "aiptu", "bripka", "briptu", "bripda", "brigjen", "irjen", "komjen",
    "kompol", "letkol", "mayjen", "laksda", "marsda", "bharada", "kolonel", "letjen", "serka", "pelda", "kapt",
    "aipda", "brigpol", "bharatu", "bharaka", "letda", "lettu", "serma", "sertu", "serda", "peltu", "koptu",
    "kopda", "praka", "pratu", "prada", "laksma", "marsma", "laksdya", "marsdya", "kopka",
})

# Police and military ranks written before a name ("Komisaris Besar Faizal").
RANKS: frozenset[str] = RANK_ABBREVIATIONS | frozenset({
    "komisaris", "besar", "brigadir", "jenderal", "letnan", "kolonel", "mayor", "kapten", "laksamana", "marsekal",
    "inspektur", "pol", "purn", "kopral", "sersan", "ajun", "prajurit",
})

# The grade written after a rank of the ranks ("Kopral Kepala", "Sersan Satu", "Prajurit Dua").
RANK_GRADES: frozenset[str] = frozenset({"kepala", "satu", "dua"})

# Words that open the title of a law, a regulation or a document ("Peraturan Pemerintah Nomor 38 Tahun 2017",
# "Surat Keputusan Bupati"): the names inside such a title are not bodies of their own.
DOCUMENT_WORDS: frozenset[str] = frozenset({
    "Peraturan", "Keputusan", "Instruksi", "Undang-Undang", "UU", "Perda", "Perpres", "Permen", "Inpres",
    "Keppres", "Perppu", "Pergub", "Perbup", "Perwali", "Surat", "Pasal", "Nomor",
})

# Words that open a spelt-out acronym naming no body, place or programme: a document ("Peraturan Pemerintah
# (PP)", "Rancangan ... (RAPBD)"), a permit, an election, a test or a procedure ("Pemilihan Kepala Daerah
# (Pilkada)", "Seleksi Kompetensi Dasar (SKD)", "Peninjauan Kembali (PK)"), a candidate's title ("Calon
# Wakil Gubernur (Cawagub)"). An office that opens one ("Kepala Kepolisian ... (Kapolri)") is a role.
NOT_A_NAME_HEADS: frozenset[str] = DOCUMENT_WORDS | frozenset({
    "Rancangan", "Izin", "Kebijakan", "Pemilihan", "Pemilu", "Seleksi", "Tes", "Ujian", "Peninjauan", "Calon",
    "Konferensi",
})

# Heads after which a region's name is all the name ("Provinsi Kalsel Nurul Fajar":
# the words after the region name its office holder).
ADMINISTRATIVE_HEADS: frozenset[str] = frozenset({"Provinsi", "Prov.", "Kabupaten", "Kab.", "Kota"})

# A name right after these words (matched case-sensitively) is a programme ("program Kampung Iklim",
# "melalui program binaan Desa Berdaya").
PROGRAMME_CUES: tuple[tuple[str, ...], ...] = (
    ("program",), ("program", "binaan"), ("program", "unggulan"), ("program", "CSR"),
    ("program", "TJSL"), ("gerakan",), ("inisiatif",), ("kampanye",), ("bertajuk",), ("bertema",),
    ("mengusung", "tema"), ("bernama",), ("diberi", "nama"), ("beri", "nama"), ("dinamai",), ("dinamakan",),
)

# Cues that name what was just spoken of ("program yang bernama Jumputan Abang", "kegiatan yang kami beri
# nama ..."): a programme only right after a word of programmes; "warga bernama Budi" names a person.
PROGRAMME_NAMING_CUES: frozenset[tuple[str, ...]] = frozenset({
    ("bernama",), ("diberi", "nama"), ("beri", "nama"), ("dinamai",), ("dinamakan",),
})

# Words before a recurring activity named after its weekday ("kegiatan [Jumat Berkah]", "agenda [Minggu Sehat]").
WEEKDAY_ACTIVITY_CUES: frozenset[str] = frozenset({"kegiatan", "acara", "agenda"})

# Words that make a capitalised name a named event, award or scheme run by someone (a PROGRAMME, as
# ANNOTATION.md has it): opening it ("Festival Ekonomi Syariah", "Kartu Jakarta Pintar", "Piala
# Dunia") or closing it ("Indonesia Business and Development Expo", "Banking Journalist Academy").
EVENT_NAME_HEADS: frozenset[str] = frozenset({
    "Festival", "Pekan", "Olimpiade", "Kartu", "Nobel", "Piala", "Lomba", "Kompetisi", "Jambore",
    "Gebyar", "Karnaval", "Kirab", "Beasiswa",
})
# A day observed by a campaign is named "Hari ... Nasional / Sedunia / Internasional" ("Hari Pangan
# Sedunia"); other days ("Hari Raya", "Hari Kerja", "Hari Natal") are no programme.
OBSERVANCE_TAILS: frozenset[str] = frozenset({"Nasional", "Sedunia", "Internasional", "Dunia"})
# Words after a body's name that make it the name of the body's programme ("BRI Peduli", "Wilmar Peduli
# Listrik", "Bukit Asam Berbagi").
BODY_PROGRAMME_WORDS: frozenset[str] = frozenset({"Peduli", "Berbagi"})
EVENT_NAME_TAILS: frozenset[str] = frozenset({
    "Expo", "Fair", "Edufair", "Festival", "Fest", "Summit", "Symposium", "Academy", "Award", "Awards",
    "Cup", "Marathon", "Run", "Week", "Olympiad", "Championship",
})

# Words that open a programme's name ("Kredit Usaha Rakyat", "Tujuan Pembangunan Berkelanjutan"): a name
# the text gives nothing else to type by (an acronym's expansion) is a programme when it opens so.
PROGRAMME_HEADS: frozenset[str] = frozenset({
    "Program", "Gerakan", "Kredit", "Beasiswa", "Jaminan", "Subsidi", "Kampanye", "Tujuan", "Bantuan",
    "Pemberian", "Pelatihan", "Sekolah Lapang", "Kartu Indonesia", "Dana", "Tanggung Jawab Sosial", "Bina",
    "Pengembangan",
})

# Heads of a scheme spelt out in lower case beside its acronym ("bantuan sosial tunai (BST)", "kredit usaha
# rakyat (KUR)"); not "dana" nor "jaminan", which open terms of finance and law too ("dana pihak ketiga (DPK)").
SPELT_SCHEME_HEADS: frozenset[str] = frozenset({"program", "bantuan", "beasiswa", "kredit", "subsidi", "gerakan",
                                                "kampanye"})

# Those of PROGRAMME_CUES that also title or own other things (a concert, a match, "tim kampanye Trump",
# "gerakan Islam"): a programme only near "program".
PROGRAMME_TITLE_CUES: frozenset[tuple[str, ...]] = frozenset({
    ("bertajuk",), ("bertema",), ("mengusung", "tema"), ("kampanye",), ("gerakan",),
})

# Adverbs between a person's appositive and the verb ("Rimawan Pradiptyo, juga menyoroti").
ADVERBS_BEFORE_VERB: frozenset[str] = frozenset({
    "juga", "pun", "lalu", "kemudian", "bahkan", "kembali", "sempat", "telah", "sudah", "akan", "pernah", "justru",
})

# Sentence openers stripped from a speaker's appositive ("Sementara itu, Kepala
# Dinas X, Budi, ..." -> role "Kepala Dinas X").
DISCOURSE_OPENERS: tuple[str, ...] = (
    "sementara itu", "di sisi lain", "selain itu", "dalam kesempatan itu", "dalam kesempatan tersebut",
    "pada kesempatan itu", "pada kesempatan yang sama", "di tempat yang sama", "di tempat terpisah",
    "secara terpisah", "terpisah", "senada", "hal senada", "sebelumnya", "kemudian", "adapun",
    "sedangkan", "namun", "lebih lanjut", "selanjutnya", "menanggapi hal itu", "menanggapi hal tersebut",
)
