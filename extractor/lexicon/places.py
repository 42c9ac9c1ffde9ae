"""Words of places (extractors.linking and .entities): region kinds and offices, and words before a place.

Entries are lower case unless the case matters.
"""
from __future__ import annotations

# Words that open an administrative region's name ("Desa Mekar Sari").
LOCATION_HEADS: frozenset[str] = frozenset({
    "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Kampung", "Dusun", "Distrik",
    "Kalurahan", "Nagari", "Gampong", "Pekon", "Tiyuh",
    "Kab.", "Kec.", "Kel.", "Prov.", "Ds.", "Jl.", "Jln.", "Jalan", "Kepulauan", "Gedung", "Hotel",
    "Taman", "Pasar", "Pelabuhan", "Bandara", "Stadion", "Lapangan", "Alun-alun", "Kawasan",
    "Kali", "Pulau", "Teluk", "Gunung", "Sungai", "Danau", "Pantai",
})

# Heads of features named after the village they lie in ("Bendung Katulampa", "Pasar Cibinong"): the
# village, where only one bears the name, helps place the article's other places. Rivers run through
# many villages and are left out.
PLACE_NAMED_FEATURES: frozenset[str] = frozenset({
    "Bendung", "Bendungan", "Waduk", "Pasar", "Pantai", "Pelabuhan", "Stasiun", "Terminal", "Alun-alun",
})

# Elections written before the region they are held in ("Pilgub Jateng", "Pilkada DKI"): the region is a
# place of its own, the election no name.
ELECTION_WORDS: frozenset[str] = frozenset({
    "Pilkada", "Pilgub", "Pilbup", "Pilwalkot", "Pilwakot", "Pilkades", "Pileg", "Pemilu",
})

# Words that open a building's name: the name is the place, though a body's name follows ("Gedung KPK",
# "Balai Kota DKI Jakarta", "Istana Wakil Presiden"), as ANNOTATION.md and news corpora mark it.
BUILDING_HEADS: frozenset[str] = frozenset({"Gedung", "Istana", "Wisma", "Menara", "Balai Kota"})

# Words after which a region name is a place, not a person ("di Mempawah").
PLACE_PREPOSITIONS: frozenset[str] = frozenset({
    "di", "ke", "dari", "pesisir", "wilayah", "kawasan", "daerah", "kota", "kabupaten", "asal", "menuju",
})

# Words that open a region's name and say its level ("Desa Mekar Sari", "Kab. Garut"),
# as written; lower-cased, they also count before a name ("di desa Mekarsari"). "Kawasan" says none.
REGION_KINDS: dict[str, str] = {
    "Kawasan": "",
    "Provinsi": "province", "Prov.": "province", "DKI": "province", "DI": "province",
    "Daerah Istimewa": "province", "Daerah Khusus Ibukota": "province",
    "Kabupaten": "regency", "Kab.": "regency", "Kabupaten Administrasi": "regency",
    "Kota": "city", "Kota Administrasi": "city", "Kecamatan": "district", "Kec.": "district", "Distrik": "district",
    "Desa": "village", "Ds.": "village", "Kelurahan": "village", "Kel.": "village", "Kalurahan": "village",
    "Nagari": "village", "Gampong": "village", "Pekon": "village", "Tiyuh": "village",
}

# Offices and governments written before a region's name, and its level ("Bupati Sleman").
REGION_OFFICES: dict[str, str] = {
    "gubernur": "province", "pemprov": "province", "bupati": "regency", "pemkab": "regency",
    "wali kota": "city", "walikota": "city", "pemkot": "city", "camat": "district",
    "lurah": "village", "kades": "village", "kepala desa": "village", "wali nagari": "village",
}

# Islands and other names of no single region, which villages happen to bear ("Jawa").
NOT_REGIONS: frozenset[str] = frozenset({
    "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Borneo", "Nusantara", "Madura", "Lombok",
    "Flores", "Sumba", "Timor", "Halmahera", "Seram", "Jabodetabek",
})
