"""Word lists warta's rules rely on, in one place so a newcomer can extend them in a minute.

Each constant says which extractor reads it. Entries are lower case unless the case matters.
"""
from __future__ import annotations

import re

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
    "pinta", "meminta", "mencatat", "menilai", "bilang", "mengingatkan", "bercerita", "menceritakan",
    "menekankan", "berpesan", "mengemukakan", "mengutarakan",
    "tulis", "menulis", "menuliskan", "keluh", "mengeluhkan", "tanya", "pungkas", "tandas", "menandaskan",
    "timpal", "seloroh", "kilah", "berkilah", "tutup", "sambung", "tukas", "jawab", "harap", "pesan", "ajak", "menjabarkan", "mencontohkan", "membenarkan", "berpendapat",
)

CUE_WORDS: frozenset[str] = frozenset(form + suffix for form in CUE_FORMS for suffix in ("", "nya"))

# extractors.quotes: words that open reported speech after a cue ("menyampaikan bahwa ...").
COMPLEMENTIZERS: frozenset[str] = frozenset({"bahwa", "jika", "kalau", "agar"})

# extractors.quotes: "Menurut X, ..." introduces reported speech without a verb.
ACCORDING_TO: frozenset[str] = frozenset({"menurut", "menurutnya", "kata", "sebagaimana"})

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
    "Pengadilan", "Perkumpulan", "Ikatan", "Asosiasi", "Forum", "Komunitas",
    "Kelompok", "Gabungan", "Gapoktan", "Bumdes", "BUMDes", "Karang Taruna", "Tim", "Direktorat",
    "Satuan", "Kepolisian", "Perum", "Perumda", "PDAM", "Majelis", "Partai", "Fakultas",
    "Sekretariat", "KUB", "Kelompok Usaha Bersama", "Rumah BUMN", "Pokdarwis", "KWT", "Kelompok Wanita Tani",
    "Paguyuban", "Sanggar", "Himpunan", "Serikat", "Kodam", "Lantamal", "Polrestabes", "Kejari", "Kejati",
    "Bappeda", "Inspektorat", "Sekolah Dasar", "Madrasah", "Pesantren", "Akademi", "Sekolah Tinggi",
})

# extractors.entities: words naming a unit of a body, followed by the unit's name ("Telkom Witel Kalbar").
ORGANISATION_UNITS: frozenset[str] = frozenset({
    "Witel", "Regional", "Wilayah", "Kanwil", "Cabang", "Area", "Divisi", "Region", "Unit", "UID", "UP3",
    "ULP", "KCP", "Perwakilan", "Kantor",
})

# extractors.entities: last words of organisation names ("Tanzif Natural Solutions"); the
# capitalised words before them belong to the name.
ORGANISATION_TAILS: frozenset[str] = frozenset({
    "Solutions", "Solution", "Group", "Foundation", "Institute", "Center", "Centre", "Corporation",
    "Company", "Ltd", "Inc", "Indonesia Tbk", "Tbk", "Tbk.", "Community", "Studio", "Consulting",
    "Network", "Organization", "Association", "Club", "Academy", "Labs", "Lab",
})

# extractors.entities: last words of place names ("Mempawah Mangrove Park").
LOCATION_TAILS: frozenset[str] = frozenset({"Park", "Plaza", "Mall", "Square", "Hall", "Beach", "Resort", "Convention Center"})

# extractors.entities: heads of parts of a body ("Komisi III DPR", "Dewan Pembina Partai X", "Gedung
# MPR"): where the model found a name inside, its span is kept (news corpora annotate the body).
SUBORDINATE_HEADS: frozenset[str] = frozenset({
    "Komisi", "Dewan", "Kantor", "Gedung", "Majelis", "Tim", "Forum", "Satuan", "Fraksi",
})

# extractors.entities: heads of bodies whose names join words with "dan" ("Badan Pengawas Obat dan
# Makanan"); after other heads "dan" separates two names ("Posyandu Mawar dan Tanzif ...").
COMPOUND_NAME_HEADS: frozenset[str] = frozenset({
    "Kementerian", "Dinas", "Badan", "Lembaga", "Komisi", "Direktorat", "Balai", "Fakultas", "Kantor",
})

# extractors.entities: titles before a person's name, kept out of the name ("Drs. H. Asep" -> "Asep").
HONORIFICS: frozenset[str] = frozenset({
    "h.", "hj.", "dr.", "drg.", "drs.", "dra.", "ir.", "prof.", "kh.", "k.h.", "bapak", "ibu", "pak", "bu",
    "sdr.", "sdri.", "bpk.", "ny.", "tn.", "haji", "hajjah", "ust.", "ustaz", "ustadz", "mbah",
    "kang", "bang", "abah", "cak",
})

# extractors.entities: Balinese birth-order and caste names, which follow "I" (men) or "Ni" (women)
# at the start of a name ("I Made Mudharta", "Ni Luh Putu Ary").
BALINESE_BIRTH_NAMES: frozenset[str] = frozenset({
    "Wayan", "Gede", "Putu", "Luh", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut", "Gusti",
})

# extractors.entities: heads of street names, which are often a person's name ("Jl. Ahmad Yani").
STREET_HEADS: frozenset[str] = frozenset({"Jl.", "Jln.", "Jalan", "Gg.", "Gang"})

# extractors.entities: lower-case words naming a venue; the name after them is a place ("di kompleks PRPP").
VENUE_WORDS: frozenset[str] = frozenset({"kompleks", "arena", "kawasan", "gedung", "lokasi", "area"})

# extractors.entities: words after which a region name is a place, not a person ("di Mempawah").
PLACE_PREPOSITIONS: frozenset[str] = frozenset({
    "di", "ke", "dari", "pesisir", "wilayah", "kawasan", "daerah", "kota", "kabupaten", "asal", "menuju",
})

# extractors.entities: roles and groups of people, never a name by themselves ("Dosen pembimbing ...").
ROLE_WORDS: frozenset[str] = frozenset({
    "dosen", "kepala", "ketua", "wakil", "direktur", "manajer", "manager", "bupati", "wali", "camat",
    "lurah", "menteri", "gubernur", "presiden", "sekretaris", "bendahara", "anggota", "warga", "peserta",
    "relawan", "petugas", "mahasiswa", "guru", "pelajar", "dokter", "bidan", "kader", "penerima",
    "pengurus", "pemilik", "pendiri", "pimpinan", "kapolres", "kapolda", "kapolsek", "dandim", "kades",
})

# extractors.entities: words that make a phrase before or after a person's name their role ("Koordinator
# Lapangan, Budi"); the role words above and offices that are rarely written alone.
OFFICE_WORDS: frozenset[str] = ROLE_WORDS | frozenset({
    "koordinator", "rektor", "dekan", "komandan", "kapolri", "kapolresta", "kadis", "sekda", "staf", "pembina",
    "pendamping", "fasilitator", "ceo", "founder", "officer", "head", "chief", "president", "secretary", "juru",
})

# extractors.entities: abbreviated police and military ranks; no body's name contains one, so a name
# running into one ("Polda Metro Jaya Kombes Yusri Yunus") ends before it.
RANK_ABBREVIATIONS: frozenset[str] = frozenset({
    "kombes", "akbp", "akp", "iptu", "ipda", "aiptu", "bripka", "briptu", "bripda", "brigjen", "irjen", "komjen",
    "kompol", "letkol", "mayjen", "laksda", "marsda", "bharada",
})

# extractors.quotes: police and military ranks written before a name ("Komisaris Besar Faizal").
RANKS: frozenset[str] = RANK_ABBREVIATIONS | frozenset({
    "komisaris", "besar", "brigadir", "jenderal", "letnan", "kolonel", "mayor", "kapten", "laksamana", "marsekal",
    "inspektur", "pol", "purn", "kopral", "sersan", "ajun",
})

# extractors.entities: acronyms of common nouns, written with their expansion but not names.
GENERIC_ACRONYMS: frozenset[str] = frozenset({
    "UMKM", "UKM", "KK", "KMS", "ASN", "PNS", "PAUD", "APBD", "APBN", "BBM", "RTLH", "NIK",
    "KTP", "ODGJ", "OPD", "SDM", "SDA", "IKM", "TPS", "TPA", "MCK", "WIB", "WITA", "WIT", "PHK",
})

# extractors.entities: words that open an administrative region's name ("Desa Mekar Sari").
LOCATION_HEADS: frozenset[str] = frozenset({
    "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Kampung", "Dusun",
    "Kab.", "Kec.", "Kel.", "Prov.", "Ds.", "Jl.", "Jln.", "Jalan", "Kepulauan", "Gedung", "Hotel",
    "Taman", "Pasar", "Pelabuhan", "Bandara", "Stadion", "Masjid", "Lapangan", "Alun-alun", "Kawasan",
    "Kali", "Pulau", "Teluk", "Gunung", "Sungai", "Danau", "Pantai",
})

# extractors.entities: heads after which a region's name is all the name ("Provinsi Kalsel Nurul Fajar":
# the words after the region name its office holder).
ADMINISTRATIVE_HEADS: frozenset[str] = frozenset({"Provinsi", "Prov.", "Kabupaten", "Kab.", "Kota"})

# extractors.acronyms: lower-case words that may sit inside an expansion ("Badan Pengawas Obat dan Makanan").
NAME_CONNECTORS: frozenset[str] = frozenset({"dan", "&", "untuk", "bagi", "dari", "di", "ke", "de", "van", "bin", "binti"})

# extractors.entities: a name right after these words (matched case-sensitively) is a programme ("program Kampung Iklim",
# "melalui program binaan Desa Berdaya").
PROGRAMME_CUES: tuple[tuple[str, ...], ...] = (
    ("program",), ("program", "binaan"), ("program", "unggulan"), ("program", "CSR"),
    ("program", "TJSL"), ("gerakan",), ("inisiatif",), ("kampanye",), ("bertajuk",), ("bertema",),
    ("mengusung", "tema"),
)
# Those of PROGRAMME_CUES that also title or own other things (a concert, a match, "tim kampanye Trump"):
# a programme only near "program".
PROGRAMME_TITLE_CUES: frozenset[tuple[str, ...]] = frozenset({("bertajuk",), ("bertema",), ("mengusung", "tema"), ("kampanye",)})

# extractors.regions: the short forms the press writes for provinces ("Kadis Kesehatan Kalsel"), by code.
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "NAD": "11", "Sumut": "12", "Sumbar": "13", "Sumsel": "16", "Babel": "19", "Kepri": "21", "DKI": "31",
    "Jabar": "32", "Jateng": "33", "DIY": "34", "Jatim": "35", "NTB": "52", "NTT": "53", "Kalbar": "61",
    "Kalteng": "62", "Kalsel": "63", "Kaltim": "64", "Kaltara": "65", "Sulut": "71", "Sulteng": "72",
    "Sulsel": "73", "Sultra": "74", "Sulbar": "76", "Malut": "82", "Pabar": "92", "PBD": "96",
}

# extractors.linking: other names the press writes for regions, by Kemendagri code.
REGION_ALIASES: dict[str, str] = {
    "Solo": "33.72", "Jogja": "34", "Yogya": "34", "Jaksel": "31.74", "Jakpus": "31.71", "Jakbar": "31.73",
    "Jaktim": "31.75", "Jakut": "31.72", "Tangsel": "36.74", "Bangka Belitung": "19",
    "Nanggroe Aceh Darussalam": "11", "Sumatra Utara": "12", "Sumatra Barat": "13", "Sumatra Selatan": "16",
}

# extractors.linking: words that open a region's name and say its level ("Desa Mekar Sari", "Kab. Garut"),
# as written; lower-cased, they also count before a name ("di desa Mekarsari"). "Kawasan" says none.
REGION_KINDS: dict[str, str] = {
    "Kawasan": "",
    "Provinsi": "province", "Prov.": "province", "DKI": "province", "DI": "province",
    "Daerah Istimewa": "province", "Daerah Khusus Ibukota": "province",
    "Kabupaten": "regency", "Kab.": "regency", "Kabupaten Administrasi": "regency",
    "Kota": "city", "Kota Administrasi": "city", "Kecamatan": "district", "Kec.": "district", "Distrik": "district",
    "Desa": "village", "Ds.": "village", "Kelurahan": "village", "Kel.": "village", "Kalurahan": "village",
    "Nagari": "village", "Gampong": "village", "Pekon": "village",
}

# extractors.linking: offices and governments written before a region's name, and its level ("Bupati Sleman").
REGION_OFFICES: dict[str, str] = {
    "gubernur": "province", "pemprov": "province", "bupati": "regency", "pemkab": "regency",
    "wali kota": "city", "walikota": "city", "pemkot": "city", "camat": "district",
    "lurah": "village", "kades": "village", "kepala desa": "village",
}

# extractors.entities: short names of very frequent public figures, bodies and national programmes, and
# the full name each stands for. A mention written so takes the full name as its canonical name (an
# initialism also fills the acronym and expansion columns) and joins the mentions of the full name.
ALIASES: dict[str, str] = {
    # people
    "Jokowi": "Joko Widodo", "SBY": "Susilo Bambang Yudhoyono", "Ahok": "Basuki Tjahaja Purnama",
    "BTP": "Basuki Tjahaja Purnama", "Prabowo": "Prabowo Subianto", "Gibran": "Gibran Rakabuming Raka",
    "JK": "Jusuf Kalla", "Megawati": "Megawati Soekarnoputri", "Gus Dur": "Abdurrahman Wahid",
    "Anies": "Anies Baswedan", "Ganjar": "Ganjar Pranowo", "Habibie": "Bacharuddin Jusuf Habibie",
    "Sri Mulyani": "Sri Mulyani Indrawati", "Luhut": "Luhut Binsar Pandjaitan", "Puan": "Puan Maharani",
    "Bung Karno": "Soekarno", "Pak Harto": "Soeharto", "Risma": "Tri Rismaharini",
    "Khofifah": "Khofifah Indar Parawansa", "Cak Imin": "Muhaimin Iskandar", "AHY": "Agus Harimurti Yudhoyono",
    "Zulhas": "Zulkifli Hasan", "Kang Emil": "Ridwan Kamil", "Airlangga": "Airlangga Hartarto",
    # bodies
    "KPK": "Komisi Pemberantasan Korupsi", "BI": "Bank Indonesia", "OJK": "Otoritas Jasa Keuangan",
    "DPR": "Dewan Perwakilan Rakyat", "DPD": "Dewan Perwakilan Daerah", "MPR": "Majelis Permusyawaratan Rakyat",
    "TNI": "Tentara Nasional Indonesia", "Polri": "Kepolisian Negara Republik Indonesia",
    "BUMN": "Badan Usaha Milik Negara", "BPK": "Badan Pemeriksa Keuangan", "MK": "Mahkamah Konstitusi",
    "MA": "Mahkamah Agung", "KPU": "Komisi Pemilihan Umum", "Bawaslu": "Badan Pengawas Pemilihan Umum",
    "BNPB": "Badan Nasional Penanggulangan Bencana", "BMKG": "Badan Meteorologi, Klimatologi, dan Geofisika",
    "BPS": "Badan Pusat Statistik", "BPOM": "Badan Pengawas Obat dan Makanan", "BNN": "Badan Narkotika Nasional",
    "Basarnas": "Badan Nasional Pencarian dan Pertolongan", "BRIN": "Badan Riset dan Inovasi Nasional",
    "BKKBN": "Badan Kependudukan dan Keluarga Berencana Nasional", "Kejagung": "Kejaksaan Agung",
    "Kemendagri": "Kementerian Dalam Negeri", "Kemenkeu": "Kementerian Keuangan", "Kemenkes": "Kementerian Kesehatan",
    "Kemensos": "Kementerian Sosial", "Kemenag": "Kementerian Agama", "Kemenlu": "Kementerian Luar Negeri",
    "Kementan": "Kementerian Pertanian", "Kemenhub": "Kementerian Perhubungan", "Kemnaker": "Kementerian Ketenagakerjaan",
    "KLHK": "Kementerian Lingkungan Hidup dan Kehutanan", "PBB": "Perserikatan Bangsa-Bangsa",
    "NU": "Nahdlatul Ulama", "PBNU": "Pengurus Besar Nahdlatul Ulama", "MUI": "Majelis Ulama Indonesia",
    "Kadin": "Kamar Dagang dan Industri Indonesia", "PDIP": "Partai Demokrasi Indonesia Perjuangan",
    "PDI-P": "Partai Demokrasi Indonesia Perjuangan", "PDI Perjuangan": "Partai Demokrasi Indonesia Perjuangan",
    "PKS": "Partai Keadilan Sejahtera", "PKB": "Partai Kebangkitan Bangsa", "PPP": "Partai Persatuan Pembangunan",
    "PAN": "Partai Amanat Nasional", "Gerindra": "Partai Gerakan Indonesia Raya", "Golkar": "Partai Golongan Karya",
    "Hanura": "Partai Hati Nurani Rakyat",
    # national programmes
    "PKH": "Program Keluarga Harapan", "BLT": "Bantuan Langsung Tunai", "KUR": "Kredit Usaha Rakyat",
    "KIP": "Kartu Indonesia Pintar", "KIS": "Kartu Indonesia Sehat", "BPNT": "Bantuan Pangan Non Tunai",
    "MBG": "Makan Bergizi Gratis", "PIP": "Program Indonesia Pintar", "JKN": "Jaminan Kesehatan Nasional",
    "BSU": "Bantuan Subsidi Upah", "ProKlim": "Program Kampung Iklim", "Proklim": "Program Kampung Iklim",
    "PMT": "Pemberian Makanan Tambahan", "STBM": "Sanitasi Total Berbasis Masyarakat",
}

# extractors.linking: islands and other names of no single region, which villages happen to bear ("Jawa").
NOT_REGIONS: frozenset[str] = frozenset({
    "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Borneo", "Nusantara", "Madura", "Lombok",
    "Flores", "Sumba", "Timor", "Halmahera", "Seram", "Jabodetabek",
})

# extractors.entities: countries by their Indonesian names, with ISO 3166-1 alpha-2 codes.
COUNTRIES: dict[str, str] = {
    "Indonesia": "ID", "Malaysia": "MY", "Singapura": "SG", "Thailand": "TH", "Filipina": "PH",
    "Vietnam": "VN", "Brunei Darussalam": "BN", "Brunei": "BN", "Timor Leste": "TL", "Myanmar": "MM",
    "Kamboja": "KH", "Laos": "LA", "Australia": "AU", "Selandia Baru": "NZ", "Papua Nugini": "PG",
    "Jepang": "JP", "Korea Selatan": "KR", "Korea Utara": "KP", "Tiongkok": "CN", "China": "CN",
    "Taiwan": "TW", "Hong Kong": "HK", "India": "IN", "Pakistan": "PK", "Bangladesh": "BD",
    "Arab Saudi": "SA", "Uni Emirat Arab": "AE", "Qatar": "QA", "Kuwait": "KW", "Mesir": "EG",
    "Turki": "TR", "Iran": "IR", "Irak": "IQ", "Palestina": "PS", "Israel": "IL", "Yordania": "JO",
    "Amerika Serikat": "US", "Kanada": "CA", "Meksiko": "MX", "Brasil": "BR", "Argentina": "AR",
    "Inggris": "GB", "Britania Raya": "GB", "Prancis": "FR", "Perancis": "FR", "Jerman": "DE",
    "Belanda": "NL", "Belgia": "BE", "Italia": "IT", "Spanyol": "ES", "Portugal": "PT", "Swiss": "CH",
    "Swedia": "SE", "Norwegia": "NO", "Denmark": "DK", "Finlandia": "FI", "Rusia": "RU",
    "Ukraina": "UA", "Polandia": "PL", "Afrika Selatan": "ZA", "Nigeria": "NG", "Maroko": "MA",
}

# extractors.entities: national and well-known corporate programmes, matched case-insensitively.
KNOWN_PROGRAMMES: tuple[str, ...] = (
    "BBM Satu Harga", "Program Keluarga Harapan", "Kartu Prakerja", "Kartu Indonesia Pintar",
    "Kartu Indonesia Sehat", "KIP Kuliah", "Bantuan Langsung Tunai", "Makan Bergizi Gratis",
    "PLN Peduli", "Desa Berdaya", "Rumah BUMN", "Kampung Iklim", "Program Kampung Iklim",
    "Proklim", "Kampung KB", "Bantuan Pangan Non Tunai", "Program Indonesia Pintar",
    "Program Indonesia Sehat", "Dana Desa", "Kredit Usaha Rakyat", "BPJS Kesehatan Peduli",
    "Pertamina Sehati", "Desa Energi Berdikari", "BUMN Mengajar", "Siswa Mengenal Nusantara",
    "Gerakan Nasional Bangga Buatan Indonesia", "Sekolah Adiwiyata", "Kotaku",
    "Tanggung Jawab Sosial dan Lingkungan", "Tanggung Jawab Sosial Perusahaan", "Kuliah Kerja Nyata",
    "Sanitasi Total Berbasis Masyarakat", "Pamsimas", "Kartu Pelaku Usaha Kelautan dan Perikanan",
    "Bantuan Sosial Tunai", "Program Sembako", "Desa Tangguh Bencana", "Kampung Siaga Bencana",
    "Kampus Merdeka", "Merdeka Belajar", "Sekolah Penggerak", "Program Kemitraan", "Bina Lingkungan",
    "Bedah Rumah", "Beasiswa Indonesia Maju", "Pemberian Makanan Tambahan", "Kartu Keluarga Sejahtera", "Program Makan Bergizi Gratis",
    "Jaminan Kesehatan Nasional", "Bantuan Subsidi Upah", "Padat Karya Tunai", "Bantuan Operasional Sekolah",
    "Program Nasional Pemberdayaan Masyarakat", "Bantuan Stimulan Perumahan Swadaya", "Program Sejuta Rumah",
    "Cek Kesehatan Gratis", "Sekolah Rakyat", "BRI Peduli", "Pertamina Peduli", "Telkom Peduli", "BUMN Peduli",
)

# extractors.quotes: pronouns that refer back to the person the text is following.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau", "mereka", "nya"})

# extractors.quotes: lowercase words that end the speaker's phrase after a cue ("kata Budi dalam
# rapat di ...", "ujar Latif yang baru lulus ...", "ucap Alamsyah saat dihubungi").
SPEAKER_PHRASE_ENDS: frozenset[str] = frozenset({
    "dalam", "di", "saat", "ketika", "kala", "seusai", "usai", "selepas", "setelah", "sesudah", "sebelum",
    "kepada", "pada", "melalui", "lewat", "via", "yang", "sambil", "seraya", "sembari", "tentang", "soal",
    "mengenai", "terkait", "menanggapi", "dari", "kemarin", "beberapa", "sewaktu", "ditemui", "dihubungi",
    "seperti", "sebagaimana", "dikutip", "sebelumnya", "pekan", "bulan", "tahun", "dengan",
})

# extractors.quotes: words opening a sentence's circumstance phrase ("Saat ditemui di kantornya, ...").
CIRCUMSTANCE_OPENERS: frozenset[str] = frozenset({
    "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "sambil", "selepas", "sewaktu",
})

# extractors.entities: adverbs between a person's appositive and the verb ("Rimawan Pradiptyo, juga menyoroti").
ADVERBS_BEFORE_VERB: frozenset[str] = frozenset({
    "juga", "pun", "lalu", "kemudian", "bahkan", "kembali", "sempat", "telah", "sudah", "akan", "pernah", "justru",
})

# extractors.quotes: sentence openers stripped from a speaker's appositive ("Sementara itu, Kepala
# Dinas X, Budi, ..." -> role "Kepala Dinas X").
DISCOURSE_OPENERS: tuple[str, ...] = (
    "sementara itu", "di sisi lain", "selain itu", "dalam kesempatan itu", "dalam kesempatan tersebut",
    "pada kesempatan itu", "pada kesempatan yang sama", "di tempat yang sama", "di tempat terpisah",
    "secara terpisah", "terpisah", "senada", "hal senada", "sebelumnya", "kemudian", "adapun",
    "sedangkan", "namun", "lebih lanjut", "selanjutnya", "menanggapi hal itu", "menanggapi hal tersebut",
)


# ---------------------------------------------------------------------------------------------
# Numbers, dates, counts and money (extractors.numbers, .dates, .counts, .money).
# ---------------------------------------------------------------------------------------------

# extractors.numbers: number words. The first spelling of a value is the one number_to_words writes.
NUMBER_UNITS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}
# "se-" fuses "satu" with the next word: the value, and the place it fills ("sebelas" fills tens
# and units, so nothing smaller may follow it).
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

# extractors.dates: month names, Indonesian and English, and their abbreviations. Abbreviations
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
# qualifier ("pada 2019", "sejak Juni", "tahun 2019", "awal Maret"); a bare "2019" is not.
DATE_CUES: tuple[str, ...] = (
    "pada", "sejak", "semenjak", "hingga", "sampai", "mulai", "sepanjang", "selama", "periode",
    "jelang", "menjelang",
)
# Words before a weekday that place it ("pada Senin", "besok Senin"), and words before one that make
# it no date ("setiap Senin", "salat Jumat").
WEEKDAY_CUES: tuple[str, ...] = ("pada", "hari", "sejak", "hingga", "sampai", "mulai", "besok")
NOT_WEEKDAY_CUES: frozenset[str] = frozenset({
    "setiap", "tiap", "salat", "shalat", "sholat", "solat",
})
# Capitalised words that make a weekday after them part of a name ("Pasar Minggu", "Sekolah Minggu");
# after other names a weekday is a date ("Menteri Luar Negeri Mesir Sabtu menyerukan ...").
WEEKDAY_NAME_HEADS: frozenset[str] = frozenset({
    "pasar", "sekolah", "kebaktian", "ibadah", "misa", "jalan", "jl", "jl.", "gang", "gg", "gg.", "kampung",
    "dusun", "desa", "stasiun", "halte", "terminal", "program", "gerakan",
})
# Bare years: a four-digit 1900-2099 written alone is a year ("Pemilu 2014", "lahir 1907", "sebelum 2003")
# unless a word before makes it a label or a count ("Nomor 2019", "Sebanyak 2019 peserta"); a counted
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

# extractors.counts: counted nouns that are people (category "people"); multi-word ones too.
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
# number are more often part of a name ("Posyandu Mawar 2 Pontianak").
COUNTED_THINGS: frozenset[str] = frozenset({
    "lokasi", "titik", "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "negara",
    "sekolah", "madrasah", "pesantren", "kampus", "rumah", "unit", "paket", "program", "kegiatan",
    "kelompok", "posyandu", "puskesmas", "rumah sakit", "perguruan tinggi", "bibit", "pohon",
    "perusahaan", "proyek", "bangunan", "gedung", "fasilitas", "sumur", "jembatan", "kendaraan",
    "mobil", "motor", "kapal", "pesawat", "bantuan", "beasiswa", "kasus", "inovasi", "produk",
    "terminal", "berkas", "berita", "ternak", "medali", "pihak",
})
# Words after a number that make it something other than a count: durations and ages, clock
# times, measures, percentages, multipliers, money, ranks. Function words ("yang", "sebagai") are
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
# extractors.measures: units a measure is written in, and the symbol the measures table gives each.
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
# binaan", "150 pelaku UMKM", "200 warga Desa Mekar Sari"); the words after other nouns describe them.
MEMBER_NOUNS: frozenset[str] = frozenset({
    "anggota", "pengurus", "warga", "penduduk", "karyawan", "pegawai", "pekerja", "siswa", "murid",
    "mahasiswa", "santri", "kader", "peserta", "staf", "personel", "petugas", "perwakilan",
    "pelaku", "guru", "relawan", "nasabah", "pelanggan", "jemaah", "jamaah", "atlet", "pemain",
})

# extractors.money: currency signs and codes written before an amount, as written (case matters).
CURRENCY_PREFIXES: dict[str, str] = {
    "Rp": "IDR", "RP": "IDR", "rp": "IDR", "IDR": "IDR", "US$": "USD", "USD": "USD", "$": "USD",
    "S$": "SGD", "SGD": "SGD", "A$": "AUD", "AUD": "AUD", "HK$": "HKD", "HKD": "HKD", "€": "EUR",
    "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "RM": "MYR", "MYR": "MYR",
    "CNY": "CNY", "RMB": "CNY",
}
# Currency names written after an amount ("700 ribu rupiah", "2 juta dolar AS"), as written.
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR", "dolar AS": "USD", "dolar Amerika Serikat": "USD", "dolar Amerika": "USD",
    "dollar AS": "USD", "dolar Singapura": "SGD", "dolar Australia": "AUD", "dolar Hong Kong": "HKD",
    "dolar": "USD", "dollar": "USD", "USD": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "ringgit": "MYR", "poundsterling": "GBP", "pound sterling": "GBP",
    "won": "KRW", "baht": "THB", "riyal": "SAR", "rupee": "INR",
}
# Indonesian shorthand after "Rp": "Rp1,5 M" is 1.5 billion, "Rp65 T" 65 trillion.
MONEY_SCALE_LETTERS: dict[str, str] = {"M": "miliar", "T": "triliun"}


# extractors.counts, .entities, .quotes: meN-, di-, ber-, ter- words are verbs or adjectives
# ("menerima", "ditangkap", "terdampak"); meN- is spelled by the root's first sound ("memakai",
# "menulis", "mengirim"). Matched with fullmatch on a lower-case word.
VERB_FORM = re.compile(
    r"me(?:m[bpfaeiou]|n[dcjtszyaeiou]|ng|ny|[lrwy][aeiou])[a-z]{2,}|di[a-z]{4,}|(?:ber|ter)[a-z]{3,}")
