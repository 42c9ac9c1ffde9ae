"""Words of the text's layout: abbreviations the tokenizer keeps whole, photo credits (metadata), and the
lower-case words an acronym's expansion may hold (acronyms).

Entries are lower case unless the case matters.
"""
from __future__ import annotations

# Nlp.tokenizer: abbreviations written with a full stop that must not end a sentence. spaCy's
# ``id`` defaults already know academic titles (Dr., Drs., S.H., M.Si., ...) and month abbreviations.
ABBREVIATIONS: tuple[str, ...] = (
    "Jl.", "Jln.", "Gg.", "Kab.", "Kec.", "Kel.", "Ds.", "Prov.", "RT.", "RW.",
    "PT.", "CV.", "Tbk.", "Bpk.", "Bp.", "Ibu.", "Sdr.", "Sdri.", "H.", "Hj.", "Ir.", "dr.", "drg.", "Kol.",
    "Brigjen.", "Kapt.", "Let.", "AKBP.", "Kombes.", "Ny.", "Tn.", "St.", "Pol.", "dll.", "dsb.",
    "dkk.", "tsb.", "yth.", "a.n.", "u.p.", "No.", "Tel.", "Telp.", "Hal.", "Ket.",
    "Plt.", "Plh.", "Pj.", "Pjs.",  # an acting office's mark ("Plt. Kepala UPTD BLK")
    "Muh.", "Moh.", "Moch.", "Mhd.", "Abd.",  # a given name's short form (lexicon.entities.NAME_ABBREVIATIONS)
)

# Words that start a photo credit or caption credit line.
PHOTO_CREDIT_WORDS: tuple[str, ...] = ("foto", "dok", "dokumentasi", "sumber foto", "ilustrasi")

# Lower-case words that may sit inside an expansion ("Badan Pengawas Obat dan Makanan").
NAME_CONNECTORS: frozenset[str] = frozenset({"dan", "&", "untuk", "bagi", "dari", "di", "ke", "de", "van", "bin", "binti"})
