"""Words of reported speech (extractors.quotes; entities reads the cue words and verb forms too).

Entries are lower case unless the case matters.
"""
from __future__ import annotations

import re

# Reporting verbs. Indonesian prefixes change a root's first sound, so each
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
    "pinta", "meminta", "mencatat", "menilai", "bilang", "katakan", "mengingatkan", "bercerita", "menceritakan",
    "menekankan", "berpesan", "mengemukakan", "mengutarakan", "urai", "menguraikan", "diuraikan",
    "tulis", "menulis", "menuliskan", "keluh", "mengeluhkan", "tanya", "pungkas", "tandas", "menandaskan",
    "timpal", "seloroh", "kilah", "berkilah", "tutup", "sambung", "tukas", "jawab", "harap", "pesan", "ajak", "menjabarkan", "mencontohkan", "membenarkan", "berpendapat",
    # stance verbs that report what someone holds ("Gatot berharap ...", "ia memastikan ...")
    "berharap", "memastikan", "dipastikan", "mengumumkan", "diumumkan", "meyakini", "menduga", "optimistis",
    "berujar", "beralasan", "berjanji", "berargumen", "berargumentasi", "bersikukuh", "berkukuh",
    "menyarankan", "mengusulkan", "mengharapkan", "mengajak", "mendesak", "memerintahkan", "menginstruksikan",
    "memperingatkan", "mewanti-wanti", "menjamin", "meyakinkan", "menyimpulkan", "menengarai", "menganggap",
    "memperkirakan", "memprediksi", "merinci", "menuding", "menuduh", "mengecam", "membantah", "menampik",
    "menyayangkan", "menyesalkan", "minta", "yakin", "optimis", "pesimistis", "khawatir",
)

# Cue words that are not verb forms but take their subject before them, like one ("Ia yakin, ...",
# "Kemenperin optimistis ...").
STANCE_WORDS: frozenset[str] = frozenset({"yakin", "optimistis", "optimis", "pesimistis", "khawatir", "minta"})

# Cues written without a verb's prefix that still report after their subject in informal prose
# ("Agustinus bilang, ...", "Aji ... katakan, ...").
BARE_REPORTING_VERBS: frozenset[str] = frozenset({"bilang", "katakan"})

# Words that open a sentence before its reported speech and say nothing themselves ("Namun,
# menurut dia, ...", "Dan kata dia, ...").
CLAUSE_OPENERS: frozenset[str] = frozenset({
    "namun", "tetapi", "tapi", "akan", "sementara", "sedangkan", "dan", "apalagi", "bahkan", "lebih", "lanjut",
    "demikian", "itu", "selain", "karena", "meski", "meskipun", "walau", "sebab", "oleh", "pun",
})

# Words between a subject and its cue that are not part of naming the subject ("Ia juga mengatakan").
SUBJECT_FILLERS: frozenset[str] = frozenset({
    "juga", "pun", "lalu", "kemudian", "bahkan", "hanya", "sendiri", "kembali", "sempat", "telah", "sudah",
    "pernah", "lantas", "pula", "tetap", "masih", "langsung", "secara", "terpisah", "sebelumnya",
})

CUE_WORDS: frozenset[str] = frozenset(form + suffix for form in CUE_FORMS for suffix in ("", "nya"))

# Words before a cue verb that make it a purpose or an ability, not a report: "Untuk memastikan bantuan
# tepat sasaran, ...", "warga bisa menyampaikan keluhan".
NOT_REPORTING_BEFORE: frozenset[str] = frozenset({"untuk", "guna", "demi", "agar", "supaya", "bisa", "dapat", "mampu"})

# Words that open reported speech after a cue ("menyampaikan bahwa ...").
COMPLEMENTIZERS: frozenset[str] = frozenset({"bahwa", "jika", "kalau", "agar"})

# Words that introduce a person's name and are no verb of the sentence ("warga bernama Suhadi").
NAMING_WORDS: frozenset[str] = frozenset({"bernama", "berinisial"})

# "Menurut X, ..." introduces reported speech without a verb.
ACCORDING_TO: frozenset[str] = frozenset({"menurut", "menurutnya", "kata", "sebagaimana"})

# Pronouns that refer back to the person the text is following.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau", "dirinya", "pihaknya", "mereka", "nya"})

# Lowercase words that end the speaker's phrase after a cue ("kata Budi dalam
# rapat di ...", "ujar Latif yang baru lulus ...", "ucap Alamsyah saat dihubungi").
# Words after which an attribution names the speaker's companions, not the speaker ("terang Camat
# didampingi Sekcam Eprianto", "Ia yang didampingi Kabid Darsari mengatakan").
COMPANION_WORDS: frozenset[str] = frozenset({"didampingi", "bersama", "disaksikan"})

SPEAKER_PHRASE_ENDS: frozenset[str] = frozenset({
    "dalam", "di", "saat", "ketika", "kala", "seusai", "usai", "selepas", "setelah", "sesudah", "sebelum",
    "kepada", "pada", "melalui", "lewat", "via", "yang", "sambil", "seraya", "sembari", "tentang", "soal",
    "mengenai", "terkait", "menanggapi", "dari", "kemarin", "beberapa", "sewaktu", "ditemui", "dihubungi",
    "seperti", "sebagaimana", "dikutip", "sebelumnya", "pekan", "bulan", "tahun", "dengan", "sesuai", *COMPANION_WORDS,
})

# Words opening a sentence's circumstance phrase ("Saat ditemui di kantornya, ...").
CIRCUMSTANCE_OPENERS: frozenset[str] = frozenset({
    "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "sambil", "selepas", "sewaktu",
})

# MeN-, di-, ber-, ter- words are verbs or adjectives
# ("menerima", "ditangkap", "terdampak"); meN- is spelled by the root's first sound ("memakai",
# "menulis", "mengirim"). Matched with fullmatch on a lower-case word.
VERB_FORM = re.compile(
    r"me(?:m[bpfaeiou]|n[dcjtszyaeiou]|ng|ny|[lrwy][aeiou])[a-z]{2,}|di[a-z]{4,}|(?:ber|ter)[a-z]{3,}")

# Reported speech is introduced by verb forms, not by the bare roots that follow direct quotes.
REPORTING_VERB = re.compile(r"^(?:me|ber|di)\w+$")
