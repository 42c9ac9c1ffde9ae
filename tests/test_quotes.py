"""Direct and reported speech and their speakers, on press-style paragraphs."""
from __future__ import annotations


def quotes_of(warta, text: str):
    return warta.extract(text, doc_id="q", date="2025-03-14").quotes


def first_direct(warta, text: str):
    return next(q for q in quotes_of(warta, text) if q.kind == "direct")


def test_split_quote_is_one_statement_with_its_speaker(warta):
    text = ("Kepala Desa Sukamaju, Ahmad Fauzi, meninjau lokasi banjir pada Jumat pagi.\n"
            "“Air mulai surut sejak semalam,” ujar Ahmad. “Kami masih membutuhkan selimut dan obat-obatan.”")
    quotes = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Air mulai surut") and quotes[0].text.endswith("obat-obatan.")
    assert quotes[0].speaker == "Ahmad Fauzi" and quotes[0].cue == "ujar"


def test_nya_cue_refers_to_the_person_followed(warta):
    text = ("Direktur Utama PT Sinar Harapan, Budi Santoso, meresmikan gudang baru di Kabupaten Bekasi.\n"
            "“Gudang ini akan menyerap dua ratus tenaga kerja lokal,” katanya.")
    quote = next(q for q in quotes_of(warta, text) if q.kind == "direct")
    assert quote.speaker == "Budi Santoso" and quote.cue == "katanya"
    assert quote.speaker_org == "PT Sinar Harapan" and quote.speaker_role == "Direktur Utama"  # as written


def test_unclosed_quote_ends_at_its_paragraph(warta):
    text = ("Camat Cibinong, Sri Wahyuni, meninjau posko pengungsian.\n"
            "“Kami sudah menyiapkan dapur umum untuk para pengungsi di balai desa\n"
            "Bantuan logistik dari pemerintah provinsi tiba pada sore harinya dan langsung dibagikan.")
    quote = next(q for q in quotes_of(warta, text) if q.kind == "direct")
    assert quote.end_char == text.index("\nBantuan")
    assert "Bantuan logistik" not in quote.text


def test_quote_running_over_two_paragraphs(warta):
    text = ("Ketua kelompok tani, Suparman, menjelaskan perubahan panen tahun ini.\n"
            "“Dulu kami hanya panen sekali setahun karena air sulit didapat.\n"
            "“Sekarang dengan embung baru kami bisa panen dua kali,” ujar Suparman.")
    quotes = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert "sekali setahun" in quotes[0].text and "panen dua kali" in quotes[0].text
    assert quotes[0].speaker == "Suparman"


def test_reported_speech_patterns(warta):
    text = ("Kepala BPBD Kota Bandung, Rina Marlina, mengatakan bahwa tiga kecamatan masih tergenang air setinggi "
            "lutut orang dewasa.\n"
            "Menurut Rina, petugas gabungan akan terus bersiaga hingga debit sungai kembali normal.")
    quotes = [q for q in quotes_of(warta, text) if q.kind == "indirect"]
    assert [q.cue for q in quotes] == ["mengatakan", "Menurut"]
    assert quotes[0].text.startswith("tiga kecamatan masih tergenang")
    assert quotes[1].text.startswith("petugas gabungan akan terus bersiaga")
    assert {q.speaker for q in quotes} == {"Rina Marlina"}


def test_scare_quotes_are_not_statements(warta):
    text = "Warga menyebut kawasan itu sebagai “kampung hijau” sejak program penanaman pohon dimulai."
    assert [q for q in quotes_of(warta, text) if q.kind == "direct"] == []


def test_quote_without_attribution_has_no_invented_speaker(warta):
    text = "Spanduk di depan balai desa bertuliskan “Bersama Kita Bangun Desa yang Sehat dan Mandiri” sejak pekan lalu."
    quotes = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert all(q.speaker == "" for q in quotes)


def test_kompas_style_right_marks_open_and_close_quotes(warta):
    text = ("BOGOR, KOMPAS — Bupati Bogor Rudy Hartono meninjau tanggul yang jebol di Kecamatan Cibinong.\n"
            "”Perbaikan darurat selesai pekan ini. Setelah itu kami bangun tanggul permanen,” kata Rudy.")
    (quote,) = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert quote.text.startswith("Perbaikan darurat") and quote.text.endswith("tanggul permanen")
    assert quote.speaker == "Rudy Hartono" and quote.cue == "kata"


def test_tokenised_text_with_free_standing_marks(warta):
    text = ("Kepala Dinas Pertanian Garut , Siti Rahayu , meninjau sawah warga . ” Benih bantuan sudah "
            "dibagikan kepada 40 kelompok tani . Kami pantau hasilnya , ” kata Siti . Panen diperkirakan April .")
    (quote,) = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert "Benih bantuan" in quote.text and "Panen" not in quote.text
    assert quote.speaker == "Siti Rahayu"


def test_role_after_cue_refers_to_the_person_introduced_with_it(warta):
    text = ("Presiden Joko Widodo meresmikan bendungan baru di Kabupaten Sumedang, Senin (12/4/2021).\n"
            "”Bendungan ini akan mengairi ribuan hektar sawah petani di tiga kabupaten,” kata Presiden "
            "dalam sambutannya.")
    (quote,) = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert quote.speaker == "Joko Widodo"


def test_speaker_phrase_ends_before_adverbials(warta):
    text = ("Banjir merendam 300 rumah di Kecamatan Dayeuhkolot.\n"
            "”Kami sudah mengirim perahu karet dan tim medis ke lokasi,” ujar Dedi Kurniawan saat dihubungi "
            "dari Bandung, Rabu (3/3/2021).\n"
            "”Posko pengungsian dibuka di balai desa sampai air surut,” kata juru bicara BPBD Kabupaten "
            "Bandung, Hendra Gunawan, Rabu sore.")
    quotes = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Dedi Kurniawan", "Hendra Gunawan"]


def test_nya_cue_follows_the_last_reporting_clause(warta):
    text = ("Kepala Dinas Kesehatan Kota Depok Novarita Sari mengatakan, vaksinasi lansia dipercepat bulan ini.\n"
            "Vaksin untuk program itu dikirim oleh Gubernur Jawa Barat Ridwan Kamil pada Jumat pagi.\n"
            "”Kami menargetkan sepuluh ribu lansia sudah divaksin sebelum Lebaran,” ujarnya.")
    quote = next(q for q in quotes_of(warta, text) if q.kind == "direct")
    assert quote.speaker == "Novarita Sari"


def test_quoted_titles_are_not_statements(warta):
    text = ("Pemerintah Kabupaten Sleman menggelar webinar bertajuk ”Strategi Pemulihan Ekonomi Desa di Era "
            "Normal Baru” pada Kamis (5/11/2020).")
    assert [q for q in quotes_of(warta, text) if q.kind == "direct"] == []


def test_name_closing_a_long_attribution_is_the_speaker(warta):
    text = ("Hujan deras mengguyur Kota Bandung sejak sore.\n"
            "“Petugas kami siagakan di tiga kecamatan,” kata Kepala Pelaksana BPBD Provinsi Jawa Barat "
            "Dani Ramdan Hidayat.")
    (quote,) = [q for q in quotes_of(warta, text) if q.kind == "direct"]
    assert quote.speaker == "Dani Ramdan Hidayat"


def test_person_inside_reported_content_is_not_the_followed_speaker(warta):
    text = ("Kepala BNPB Doni Monardo mengatakan, pihaknya mengapresiasi sikap Kiai Said yang terbuka.\n"
            "“Covid-19 bukan aib. Semua orang berpotensi terpapar,” katanya.")
    quote = next(q for q in quotes_of(warta, text) if q.kind == "direct")
    assert quote.speaker == "Doni Monardo"


def test_portfolio_read_as_a_name_does_not_take_the_quote(warta):
    text = ("“Hasilnya 238 karyawan positif,” kata Menteri Perindustrian Agus Gumiwang Kartasasmita, "
            "Selasa (25/8/2020).")
    quote = next(q for q in quotes_of(warta, text) if q.kind == "direct")
    assert quote.speaker == "Agus Gumiwang Kartasasmita"


def test_speaker_role_and_org_without_a_comma_and_after_the_name(warta):
    text = ("Ketua Fraksi Partai Gerindra Ahmad Muzani menegaskan pihaknya menolak revisi undang-undang itu.\n"
            "Budi Santoso, Ketua Koperasi Sumber Rejeki, mengatakan panen tahun ini meningkat dua kali lipat.")
    quotes = quotes_of(warta, text)
    assert [(q.speaker, q.speaker_role, q.speaker_org) for q in quotes] == [
        ("Ahmad Muzani", "Ketua Fraksi", "Partai Gerindra"), ("Budi Santoso", "Ketua", "Koperasi Sumber Rejeki")]


def test_stance_verbs_report_speech_and_the_speaker_joins_its_entity(warta):
    text = ("Menteri Keuangan Sri Mulyani Indrawati berharap masyarakat tidak mudah terhasut isu yang beredar.\n"
            "Ia memastikan anggaran bantuan sosial tahun depan tidak akan dipotong.")
    record = warta.extract(text, doc_id="q", date="2025-03-14")
    quotes = [q for q in record.quotes if q.kind == "indirect"]
    assert [q.cue for q in quotes] == ["berharap", "memastikan"]
    assert {q.speaker for q in quotes} == {"Sri Mulyani Indrawati"}
    person = next(e for e in record.entities if e.canonical == "Sri Mulyani Indrawati")
    assert {q.speaker_entity_id for q in quotes} == {person.entity_id}


def test_reported_speech_with_the_subject_after_an_opener_or_before_an_adverb(warta):
    text = ("Wakil Ketua KPK Alexander Marwata meninjau desa itu pada Kamis.\n"
            "Karena itu, dia menilai, pengawasan dana desa harus melibatkan warga setempat.\n"
            "Ia juga berjanji lembaganya akan membuka kanal pengaduan baru bulan depan.")
    quotes = [q for q in quotes_of(warta, text) if q.kind == "indirect"]
    assert [q.text.split()[0] for q in quotes] == ["pengawasan", "lembaganya"]
    assert {q.speaker for q in quotes} == {"Alexander Marwata"}


def test_according_to_inside_a_sentence_and_an_attribution_without_its_comma(warta):
    text = ("Peneliti LIPI Adriana Elisabeth hadir dalam diskusi itu.\n"
            "Akan tetapi, menurut Adriana, pemerintah lebih mengedepankan pembangunan jalan di pedalaman.\n"
            "Di wilayah itu, kata Adriana banyak warga belum menikmati listrik sepanjang hari.")
    quotes = [q for q in quotes_of(warta, text) if q.kind == "indirect"]
    assert quotes[0].text.startswith("pemerintah lebih mengedepankan") and quotes[0].cue == "menurut"
    assert quotes[1].text.startswith("Di wilayah itu") and quotes[1].text.endswith("sepanjang hari.")
    assert "kata" not in quotes[1].text and {q.speaker for q in quotes} == {"Adriana Elisabeth"}


def test_a_statement_whose_subject_names_nobody_is_reported_without_a_speaker(warta):
    text = "Saksi mata di lokasi mengatakan, ransel tersebut ditemukan tergeletak di depan pusat belanja pagi ini."
    quote = next(q for q in quotes_of(warta, text) if q.kind == "indirect")
    assert quote.text.startswith("ransel tersebut") and quote.speaker == "" and quote.speaker_entity_id == ""


def test_a_headline_line_sets_no_speaker_focus(warta):
    text = ("Wakil Ketua KPK Alexander Marwata mengatakan, banyak laporan masuk dari desa.\n\n"
            "Baca juga: Jokowi Minta Laporan Dana Desa Ditindaklanjuti\n\n"
            "“Kami akan memeriksa semua laporan yang masuk ke kantor kami satu per satu,” katanya.")
    quotes = quotes_of(warta, text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Alexander Marwata"), ("direct", "Alexander Marwata")]


def test_a_body_named_after_the_cue_is_the_speaker(warta):
    text = ("Jakarta (ANTARA) - Turki memprotes larangan itu.\n"
            "“Uni Eropa menjalankan nilai demokrasi secara selektif,” kata Kementerian Luar Negeri Turki dalam "
            "pernyataan tertulis.")
    quote = first_direct(warta, text)
    assert quote.speaker == "Kementerian Luar Negeri Turki"


def test_a_quote_opening_its_paragraph_is_said_by_the_person_the_paragraph_before_introduced(warta):
    text = ("Jakarta (ANTARA) - Sesosok mayat ditemukan di tepi sungai.\n"
            "Kasubag Humas Polres Muaro Jambi, Iptu Haris, saat dikonfirmasi membenarkan kejadian itu.\n"
            "“Iya benar, mayat itu awalnya ditemukan oleh warga yang sedang memancing.”")
    quote = first_direct(warta, text)
    assert quote.speaker == "Haris" and quote.cue == ""


def test_a_name_described_after_the_cue_and_pihaknya_and_an_office_before_an_adverb(warta):
    text = ("Jakarta (ANTARA) - Presiden Joko Widodo meninjau pengungsi di Sidoarjo.\n"
            "“Kami masih trauma dengan kejadian ini sehingga belum berani pulang,” ucap Paiman, warga setempat.\n"
            "Presiden juga yakin bahwa pemerintah daerah sanggup menampung semua pengungsi.")
    quotes = quotes_of(warta, text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Paiman"), ("indirect", "Joko Widodo")]


def test_an_office_as_the_speaker_is_the_one_person_the_text_introduces_with_it_even_later():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    def speaker(second_office: str) -> str:
        text = ("“Laut harus aman,” jelas Menko Polhukam.\n"
                f"Selain Menko Polhukam Wiranto, acara itu dihadiri {second_office} Ade Supandi.")
        people = [Entity("PER", name, name, text.index(name), text.index(name) + len(name), f"E{i}")
                  for i, name in enumerate(("Wiranto", "Ade Supandi"))]
        office = text.index("Menko")
        return Speakers(text, people, quoted=[(0, 19)]).resolve("jelas", office, office + 14, 0, nearest_first=True)
    assert speaker("Kepala Staf Angkatan Laut") == "Wiranto"
    assert speaker("Menko Polhukam") == "Menko Polhukam"  # two people introduced with it: the office as written


def test_nya_and_dia_follow_the_last_person_who_spoke_though_a_body_spoke_since_and_mereka_the_body():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "Sri Mulyani Indrawati mengatakan ekonomi stabil. Menurut Bank Dunia, ekonomi tumbuh. Dia menambahkan"
    entities = [Entity("PER", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati", 0, 21, "E1"),
                Entity("ORG", "Bank Dunia", "Bank Dunia", text.index("Bank"), text.index("Bank") + 10, "E2")]
    sentences = [(0, text.index("Menurut")), (text.index("Menurut"), text.index("Dia")), (text.index("Dia"), len(text))]
    speakers = Speakers(text, entities, quoted=[], sentences=sentences)  # Sri Mulyani Indrawati opens the first
    speakers.note(text.index("Bank"), "Bank Dunia")
    dia = text.index("Dia")
    assert speakers.resolve("menambahkan", dia, dia + 3, dia) == "Sri Mulyani Indrawati"
    assert speakers.resolve("ujarnya", dia, dia, dia) == "Sri Mulyani Indrawati"
    assert speakers.followed_at(dia, person=False) == "Bank Dunia"  # "menurut mereka"


def test_a_country_that_speaks_is_the_speaker():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "Namun Bangladesh menegaskan pengungsi harus pulang."
    entities = [Entity("LOC", "Bangladesh", "Bangladesh", 6, 16, "E1")]
    assert Speakers(text, entities, quoted=[]).resolve("menegaskan", 0, 16, 0) == "Bangladesh"


def test_a_quote_inside_reported_speech_is_said_by_the_reporting_verbs_subject(warta):
    text = ("Gubernur Guam, Eddie Calvo, tetap santai.\n\n"
            "Calvo menyebut pihaknya “sudah siap menghadapi apapun yang terjadi”.")
    quote = first_direct(warta, text)
    assert quote.text.startswith("sudah siap") and quote.speaker == "Eddie Calvo" and quote.cue == "menyebut"


def test_an_office_as_the_speaker_is_the_one_person_whose_title_chain_opens_with_it():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    def speaker(*roles: str) -> str:
        text = "Gubernur DKI Jakarta Budi Santoso dan Ani Lestari hadir. “Kami mulai,” kata Gubernur."
        people = [Entity("PER", name, name, text.index(name), text.index(name) + len(name), f"E{i}", role=role)
                  for i, (name, role) in enumerate(zip(("Budi Santoso", "Ani Lestari"), roles))]
        office = text.rindex("Gubernur")
        return Speakers(text, people, quoted=[]).resolve("kata", office, office + 8, 0, nearest_first=True)
    assert speaker("Gubernur DKI Jakarta", "") == "Budi Santoso"
    assert speaker("Gubernur DKI Jakarta", "Gubernur Banten") == "Gubernur"  # two governors: the office as written
    assert speaker("Gubernur, Ketua Dewan Pembina", "") == "Budi Santoso"  # an office the chain lists first
    assert speaker("Gubernuran", "") == "Gubernur"  # a longer word is another office


def test_a_title_s_full_stop_does_not_end_the_speaker_after_the_cue(warta):
    text = ("Guru besar Universitas Negeri Semarang Fathur Rokhman membuka seminar itu.\n"
            "“Istilah harus dipakai secara konsisten,” kata Prof. Dr. Fathur Rokhman menjawab pertanyaan wartawan.")
    assert first_direct(warta, text).speaker == "Fathur Rokhman"


def test_a_cue_in_a_clause_without_a_subject_is_said_by_the_main_clause_s_subject(warta):
    text = ("Kepala Dinas Kesehatan Kota Bogor, Barlian Siregar, hadir dalam rapat anggaran.\n"
            "Selain mengeluhkan daerah yang mengandalkan dana pusat, Barlian pun berharap anggaran tahun depan "
            "tidak dipotong.")
    reported = [q for q in quotes_of(warta, text) if q.kind == "indirect"]
    assert reported and reported[0].cue == "mengeluhkan" and reported[0].speaker == "Barlian Siregar"


def test_a_quote_opening_its_paragraph_looks_past_a_paragraph_that_names_no_one(warta):
    def speaker(between: str) -> str:
        text = ("Jakarta - Harga beras di ibu kota masih stabil pekan ini.\n\n"
                "Direktur Utama Food Station Arief Prasetyo mengatakan stok beras di pasar induk mencapai 27.500 ton.\n\n"
                f"{between}\n\n"
                "“Saat ini stok pasar induk beras 27.500 ton, artinya di atas batas aman 25.000 ton.”")
        return first_direct(warta, text).speaker
    assert speaker("Jumlah stok tersebut melebihi batas aman yang dibutuhkan ibu kota.") == "Arief Prasetyo"
    assert speaker("Gubernur DKI Jakarta Anies Baswedan meninjau pasar itu kemarin.") != "Arief Prasetyo"


def test_a_person_set_off_by_a_comma_after_a_description_cut_at_a_preposition_is_the_speaker():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "“Terdakwa terbukti bersalah,” kata jaksa penuntut umum pada KPK, Kiki Ahmad Yani, di ruang sidang."
    name = "Kiki Ahmad Yani"
    people = [Entity("PER", name, name, text.index(name), text.index(name) + len(name), "E1")]
    cue = text.index("kata") + 4
    speakers = Speakers(text, people, quoted=[(1, 27)])
    assert speakers.resolve("kata", cue, len(text) - 1, 0, nearest_first=True) == "Kiki Ahmad Yani"
    assert speakers.resolve("kata", cue, text.index(", Kiki"), 0, nearest_first=True) == ""  # no one after the cut


def test_a_body_s_head_alone_as_the_speaker_is_the_body_of_that_head_named_before():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "Kementerian Luar Negeri Turki mengecam Uni Eropa. Kementerian menegaskan, Turki tidak mundur."
    bodies = [Entity("ORG", name, name, text.index(name), text.index(name) + len(name), f"E{i}")
              for i, name in enumerate(("Kementerian Luar Negeri Turki", "Uni Eropa"))]
    head = text.index("Kementerian menegaskan")
    speakers = Speakers(text, bodies, quoted=[])
    assert speakers.resolve("menegaskan", head, head + 11, head) == "Kementerian Luar Negeri Turki"
    assert speakers.resolve("menegaskan", head, head + 11, 0) == "Kementerian"  # none named before it


def test_a_phrase_after_the_cue_stopped_at_an_initials_full_stop_names_the_person_the_initial_opens():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "“Peluang terbuka,” kata Konsul Jenderal RI Jeddah M. Hery Saripudin, seperti dikutip."
    body = Entity("ORG", "RI Jeddah", "RI Jeddah", text.index("RI"), text.index(" M."), "E1")
    person = Entity("PER", "M. Hery Saripudin", "M. Hery Saripudin", text.index("M."), text.index(", s"), "E2")
    phrase_start, initial_end = text.index("Konsul"), text.index("M.") + 1
    speakers = Speakers(text, [body, person], quoted=[(1, 16)])
    assert speakers.resolve("kata", phrase_start, initial_end, 0, nearest_first=True) == "M. Hery Saripudin"


def test_the_one_spoken_to_is_not_the_speaker():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "Bupati Contoh, Imron Santoso kepada Radar mengatakan program itu penting."
    entities = [Entity("PER", name, name, text.index(name), text.index(name) + len(name), f"E{i}")
                for i, name in enumerate(("Imron Santoso", "Radar"))]
    cue = text.index("mengatakan")
    assert Speakers(text, entities, quoted=[]).resolve("mengatakan", 0, cue, 0) == "Imron Santoso"


def test_a_person_introduced_by_bernama_sets_the_focus_for_ia():
    from extractor.extractors.speakers import Speakers
    from extractor.records import Entity

    text = "Ali Santoso mengatakan program berjalan. Salah seorang warga bernama Suhadi mengapresiasi program itu. Ia menambahkan"
    entities = [Entity("PER", name, name, text.index(name), text.index(name) + len(name), f"E{i}")
                for i, name in enumerate(("Ali Santoso", "Suhadi"))]
    second, third = text.index("Salah"), text.index("Ia ")
    speakers = Speakers(text, entities, quoted=[], sentences=[(0, second), (second, third), (third, len(text))])
    speakers.note(text.index("mengatakan"), "Ali Santoso")
    assert speakers.resolve("menambahkan", third, third + 3, third) == "Suhadi"


def test_a_passive_cue_opening_a_sentence_names_its_speaker_after_it(warta):
    text = ("Kepala Dinas Pemberdayaan Masyarakat dan Desa Kapuas Hulu, Alfiansyah, hadir di Putussibau.\n"
            "Disampaikan Alfiansyah, jumlah penerima BLT dana desa tahun ini menurun dibanding tahun lalu.")
    [quote] = quotes_of(warta, text)
    assert quote.kind == "indirect" and quote.speaker == "Alfiansyah" and quote.cue == "Disampaikan"
    assert quote.text.startswith("jumlah penerima BLT")


def test_a_cue_verb_of_purpose_or_ability_reports_nothing(warta):
    text = ("Untuk memastikan penyaluran bantuan tepat sasaran, Babinsa Serka Karmani mendampingi petugas kelurahan.\n"
            "Melalui program itu, warga bisa menyampaikan keluhan tentang keamanan lingkungan kepada polisi.")
    assert quotes_of(warta, text) == []


def test_an_office_written_with_its_bodys_short_name_names_the_one_holder_of_that_office(warta):
    text = ("Kapolsek Denpasar Selatan AKP Ida Ayu Made Kalpika Sari meninjau kegiatan warga.\n"
            "“Kami akan terus menjaga keamanan di wilayah Denpasar Selatan,” ujar Kapolsek Densel.")
    quote = first_direct(warta, text)
    assert quote.speaker == "Ida Ayu Made Kalpika Sari"


def test_a_passive_cue_with_no_agent_reports_the_person_followed(warta):
    text = ("Kepala Dinas Perikanan Konawe Utara, Fendrik, meninjau lokasi pembagian perahu.\n"
            "Ditambahkan, bantuan perahu itu akan disalurkan kepada kelompok nelayan pada bulan depan.")
    [quote] = quotes_of(warta, text)
    assert quote.speaker == "Fendrik" and quote.text.startswith("bantuan perahu")


def test_a_quote_left_open_runs_to_the_closing_mark_of_the_next_paragraph(warta):
    text = ("Assistant Vice President TJSL PT Pupuk Iskandar Muda, Jufri, hadir di lokasi.\n\n"
            "“Sebagai penanggung jawab program, kami terus memastikan program ini dikembangkan.\n\n"
            "Kolaboratif menjadi kunci agar program ini berhasil di Provinsi Aceh,” kata Jufri.")
    quote = first_direct(warta, text)
    assert quote.speaker == "Jufri" and quote.cue == "kata"
    assert quote.text.startswith("Sebagai") and quote.text.endswith("di Provinsi Aceh")


def test_a_cue_followed_by_whom_it_was_said_to_gives_the_person_followed(warta):
    text = ("Kepala Dinas Sosial Kabupaten Nabire, Yus Baminggen, meninjau gudang bantuan.\n\n"
            "“Kita lebih besar bantuan itu dari Kemensos sesuai persetujuan,” ucap ke awak media saat ditemui.")
    assert first_direct(warta, text).speaker == "Yus Baminggen"


def test_a_cues_bare_root_opening_a_sentence_names_its_speaker_before_the_comma(warta):
    text = ("Kepala Dinas Pendidikan Maluku Utara, Abubakar Abdullah, meninjau sekolah.\n"
            "Lanjut Abubakar, bahwa seluruh dokumen beasiswa telah mendapatkan persetujuan gubernur.")
    [quote] = quotes_of(warta, text)
    assert quote.speaker == "Abubakar Abdullah" and quote.text.startswith("seluruh dokumen")
    # a sentence opened by "Lebih lanjut" whose subject speaks with its own verb keeps that verb as the cue
    text = ("Kapolres Pekalongan AKBP Darno meninjau posko.\n"
            "Lebih lanjut Kapolres Pekalongan mengatakan, bantuan akan terus disalurkan kepada warga desa.")
    assert [(q.cue, q.speaker) for q in quotes_of(warta, text)] == [("mengatakan", "Darno")]


def test_an_attribution_after_an_opener_or_a_cue_of_the_followed_opening_a_sentence_reports_a_statement(warta):
    text = ("Kepala Dinas PMD, Jalaludin, meninjau BUMDes di desa itu.\n"
            "Tidak hanya itu kata Jalaludin, dari sisi manfaat dan mudarat lebih banyak manfaatnya bagi warga.\n"
            "Katanya, pengelola BUMDes akan dilatih kembali tahun depan.")
    quotes = quotes_of(warta, text)
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == [("Jalaludin", "dari"), ("Jalaludin", "pengelola")]


def test_an_office_and_a_body_after_the_cue_name_the_one_person_introduced_with_them(warta):
    text = ("Anggota DPRD Kutai Timur, Siang Geah, melakukan reses di desa itu.\n"
            "\"Kami akan perjuangkan jalan ini sampai selesai,\" kata anggota DPRD Kutai dari Fraksi PDI Perjuangan itu.")
    assert first_direct(warta, text).speaker == "Siang Geah"


def test_an_informal_bare_cue_after_its_subject_reports_a_statement(warta):
    text = ("Kepala Dinas Perikanan, Agustinus Mahole, meninjau lokasi.\n"
            "Agustinus bilang, bantuan sebesar 10 miliar ini sesuai hasil kerja dinas teknis.")
    [quote] = quotes_of(warta, text)
    assert (quote.speaker, quote.cue) == ("Agustinus Mahole", "bilang") and quote.text.startswith("bantuan")


def test_a_degrees_full_stop_before_lower_case_ends_no_attribution(warta):
    text = ("Wakil Rektor II Universitas Contoh Surabaya, Abdul Halik, MM. saat meresmikan posko mengatakan, "
            "“Dalam pelaksanaan KKN ini mahasiswa harus aktif membantu warga desa.”")
    assert first_direct(warta, text).speaker == "Abdul Halik"


def test_the_office_holder_speaks_not_the_companion_after_didampingi(warta):
    text = ("Camat Tanjung Kemuning Dyki Marianto mengumpulkan para kepala desa di kantornya.\n"
            "“Silakan bentuk kepengurusan BUMDes dan laporkan kepada kami,” terang Camat didampingi Sekcam Eprianto.")
    quote = first_direct(warta, text)
    assert quote.speaker == "Dyki Marianto"
    companion = next(e for e in warta.extract(text).entities if e.text == "Eprianto")
    assert companion.role == "Sekcam"


def test_a_companion_named_before_the_cue_does_not_speak_and_an_office_in_one_word_finds_its_holder(warta):
    text = ("Kepala Dinas Pertanian dan Pangan Kota Pekalongan, Muadi, meninjau kebun warga.\n"
            "Ia yang didampingi Kepala Bidang Hortikultura Darsari Resti Artanti mengatakan saat ini sudah ada sebelas kelompok wanita tani yang aktif membudidayakan sayuran di pekarangan.\n"
            "TMMD digelar di Desa Gedong. Kepala Desa Gedong, Suwarno, meninjau rumah warga.\n"
            "“Kondisi rumahnya sudah tidak layak,” kata Kades Gedong.")
    speakers = [quote.speaker for quote in quotes_of(warta, text)]
    assert speakers == ["Muadi", "Suwarno"]
    # "sesuai keterangan rilis" after the pronoun closes the speaker's phrase
    text = ("General Manager Program Ekonomi Dompet Dhuafa, Udhi Tri Kurniawan, menyebut jaringan mitra diperkuat.\n"
            "“Kami memiliki 60 lebih mitra peternak di berbagai daerah,” ucap dia sesuai keterangan rilis.")
    assert first_direct(warta, text).speaker == "Udhi Tri Kurniawan"


def test_an_initial_s_full_stop_does_not_end_the_attribution(warta):
    after = ("“Bantuan ini diharapkan meningkatkan hasil tangkapan nelayan,” kata General Manager PT Pelindo "
             "Regional 2 Pangkalbalam A. Yoga Suryadarma saat menyerahkan bantuan.")
    before = ("General Manager PT Pelindo Regional 2 Pangkalbalam A. Yoga Suryadarma mengatakan, “Bantuan ini "
              "diharapkan meningkatkan hasil tangkapan nelayan.”")
    for text in (after, before):
        quote = first_direct(warta, text)
        assert (quote.speaker, quote.speaker_org) == ("A. Yoga Suryadarma", "PT Pelindo Regional 2 Pangkalbalam")


def test_an_office_written_short_finds_the_person_introduced_with_it_spelt_out(warta):
    text = ("Abdurrahman Mohammad Fachir, Sekretaris Jenderal PMI, menyatakan bantuan dikirim dari gudang regional.\n"
            "“Kami sangat terbantu dengan dukungan maskapai penerbangan,” tambah Sekjen PMI.")
    assert first_direct(warta, text).speaker == "Abdurrahman Mohammad Fachir"
