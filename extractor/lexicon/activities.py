"""Words that tie a body to a programme in the same sentence (extractors.activities). Lower case."""
from __future__ import annotations

# Between a programme's name and the body that runs it: "program TJSL [dari] PT X", "Kartu Prakerja
# [yang digagas] Kementerian ...", or nothing at all ("program TJSL PT X").
OWNER_LINKS: tuple[str, ...] = (
    "", "dari", "milik", "besutan", "garapan", "gagasan", "inisiasi", "oleh", "yang digagas", "yang diinisiasi",
    "yang diselenggarakan", "diselenggarakan", "yang digelar", "digelar", "yang dijalankan", "yang diluncurkan",
    "diluncurkan", "yang dicanangkan", "yang dikelola", "yang didanai", "didanai", "yang diadakan",
)

# Before a body that receives or joins a programme rather than running it: "menyalurkan bantuan
# [kepada] Koperasi ...", "[bekerja sama dengan] Yayasan ...".
PARTNER_MARKERS: tuple[str, ...] = (
    "kepada", "bagi", "untuk", "dengan", "bersama", "menggandeng", "kerja sama dengan", "bekerja sama dengan",
    "berkolaborasi dengan", "bermitra dengan", "mitra", "ke", "penerima", "dukungan", "didukung", "didukung oleh",
)

# Before a programme its sentence only has people take part in, hold or receive, which says nothing of
# who runs it: "mengikuti program [Kampung Iklim]", "telah memiliki [Kartu Kusuka]", "alumni [Kartu Prakerja]".
PARTICIPATION_MARKERS: tuple[str, ...] = ("mengikuti", "memiliki", "pemilik", "penerima", "peserta", "alumni")

# Before the body that acts in a passive sentence: "... dipaksakan [oleh] Bank Indonesia".
AGENT_MARKERS: tuple[str, ...] = ("oleh", "digelar oleh", "diselenggarakan oleh", "dijalankan oleh")

# Before a body the article cites as its source, which runs nothing: "seperti dilansir [AFP]", "kepada
# [Kompas.com]", "dikutip dari [Reuters]".
SOURCE_MARKERS: tuple[str, ...] = ("dilansir", "dilansir dari", "melansir", "dikutip", "dikutip dari", "mengutip",
                                   "kantor berita", "laporan", "diberitakan", "seperti diberitakan", "menurut laporan")

# Before "di" and the place a statement about the programme was issued from, which is no place the
# programme happens: "dalam [siaran persnya] di Samarinda", "[keterangan tertulis] di Jakarta".
STATEMENT_MARKERS: tuple[str, ...] = ("siaran pers", "rilis", "keterangan tertulis", "keterangan resmi", "keterangan pers",
                                      "konferensi pers", "jumpa pers")
