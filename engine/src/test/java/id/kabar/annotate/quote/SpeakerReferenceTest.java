package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers given by description, pronoun or place, on sentences of the CLICK-ID week (September 2019). */
class SpeakerReferenceTest {

    /**
     * IndoSum (Pos Kota, 24/11/2017): the name a quote opens with ("Setnov (Setya Novanto) membuat surat") is inside
     * the quoted words, so "katanya" after it is still the Attorney General of the lead.
     */
    @Test
    void aNameOpeningTheQuotedWordsIsNotWhomThePronounAfterThemMeans() {
        String body = "JAKARTA (Pos Kota) – Jaksa Agung M Prasetyo menegaskan dirinya dan institusi tidak ada kapasitasnya "
                + "memberi perlindungan kepada seseorang yang sedang menjalani proses hukum.\n\n“ Memang, Setnov (Setya "
                + "Novanto) membuat surat buat Jaksa Agung, tapi saya ingin sampaikan Jaksa Agung dan institusi tidak punya "
                + "kapasitas memberi perlindungan pada orang yang dalam proses hukum, ” katanya di Kejaksaan Agung, Jumat "
                + "(24 / 11 / 2017).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("JAKARTA").per("M Prasetyo").per("Setnov")
                .per("Setya Novanto").org("Kejaksaan Agung").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Memang, Setnov"))
                .singleElement().extracting(Quote::speaker).isEqualTo("M Prasetyo");
    }

    /** tribunnews: the description after the cue is the silversmith named before, not "pria". */
    @Test
    void aTitleMisspeltInPrintStillStandsApartFromItsHolder() {
        // sindonews.com, 11 September 2019
        String body = "Kukuh Kumara, Sekertaris Umum GAIKINDO, menyatakan bahwa kehadiran para petinggi pemerintah baik "
                + "dari daerah dan juga kementerian adalah sinyal bagus untuk industri otomotif nasional.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Kukuh Kumara").org("GAIKINDO").list());

        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Kukuh Kumara"));
    }

    @Test
    void aTitleWithAShortFormJoinedByAnAmpersandLeadsToItsHolder() {
        // tempo.co, 10 September 2019
        String body = "\"Kami memberikan garansi sampai 8 tahun atau 160.000 kilometer, tanpa ada pengurangan performa,\" "
                + "ujar Senior Manager R&D Nissan Motor Indonesia, Jauhari Adzannis, kepada wartawan, Senin, 9 September "
                + "2019.";
        List<Quote> quotes = Found.quotes(body,
                Entities.in(body).org("Nissan Motor Indonesia").per("Jauhari Adzannis").list());

        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Jauhari Adzannis"));
    }

    @Test
    void aPersonNamedInFullAfterTheirRelativesNameIsTheSpeaker() {
        // kompas.com, 10 September 2019
        String body = "Investor Digitaraya sekaligus anak dari Presiden Joko Widodo Ghibran Rakabuming pun mengaku senang "
                + "bisa bekerja sama dengan Gojek.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Digitaraya").perTitled("Joko Widodo", "Presiden")
                .per("Ghibran Rakabuming").org("Gojek").list());

        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ghibran Rakabuming"));
    }

    @Test
    void aRelativeNamedAloneAfterTheTieIsNotTheSpeaker() {
        // the same sentence with the speaker's own name left out: Joko Widodo is only whose son the investor is
        String body = "Investor Digitaraya sekaligus anak dari Presiden Joko Widodo pun mengaku senang bisa bekerja sama "
                + "dengan Gojek.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Digitaraya").perTitled("Joko Widodo", "Presiden")
                .org("Gojek").list());

        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isNotEqualTo("Joko Widodo"));
    }

    @Test
    void aDescriptionOfAPersonIsThePersonNamedBefore() {
        String body = "Grant Macdonald melangkah keluar dari istana kerajaan sebuah negara di Timur Tengah dengan "
                + "perasaan girang bukan kepalang.\n\n\"Perasaan yang menakjubkan…hanya dengan menceritakannya ke Anda "
                + "sekarang memberikan saya perasaan pencapaian dahsyat,\" kata pria berusia 71 tahun itu.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Grant Macdonald").loc("Timur Tengah").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Grant Macdonald");
            assertThat(q.speakerType()).isEqualTo(EntityType.PER);
        });
    }

    /** tribunnews, cut to the quote: with no one named before it, the description leaves the speaker unknown. */
    @Test
    void aDescriptionWithNoOneBeforeItLeavesTheSpeakerUnknown() {
        String body = "\"Kami bekerja keras untuk meredam dan meyakinkan tidak ada rasisme di Surabaya. Mahasiswa Papua, "
                + "adalah saudara kita juga,\" terang pria yang akrab disapa WS ini.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Surabaya").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("Kami bekerja keras");
            assertThat(q.speaker()).isNull();
        });
    }

    /** okezone: "pelatih asal Lampung itu" is the coach named before, not the province he comes from. */
    @Test
    void aTitleClosedByADemonstrativeIsNotThePlaceInIt() {
        String body = "RD –sapaan akrab Rahmad Darmawan– menilai, kabar tersebut tidak benar adanya.\n\n"
                + "Bahkan, pelatih asal Lampung itu mengatakan McMenemy masih layak diberi kesempatan untuk membesut "
                + "skaud Garuda.";
        List<Quote> quotes = Found.quotes(body,
                Entities.in(body).per("Rahmad Darmawan").loc("Lampung").per("McMenemy").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("McMenemy masih layak"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Rahmad Darmawan");
    }

    /** sindonews: the pronoun after an opening adverbial is the subject, the speaker of the quote before. */
    @Test
    void aPronounAfterAnOpeningAdverbialIsTheLastSpeaker() {
        String body = "\"Untuk menjaga proses ini berjalan sesuai aturan dan dapat dipertanggungjawabkan,\" kata Afif di "
                + "desa Sedari, Kabupaten Karawang, Rabu (11/9/2019).\n\nLebih lanjut Ia menerangkan, PHE bekerja sama "
                + "dengan berbagai instansi dan konsultan akademik sebagai penilai ekonomi untuk penentuan nilai "
                + "kompensasi akhir.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Afif").loc("Kabupaten Karawang").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("PHE bekerja sama"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Afif");
    }

    /**
     * tempo.co (11 September 2019): the subject of what a pronoun is said to have said ({@code Lebih lanjut dia
     * mengatakan, Habibie adalah ...}) is no topic of the text; the pronoun is the speaker quoted before.
     */
    @Test
    void theSubjectOfWhatIsSaidIsNoTopic() {
        String body = "Haedar menilai Habibie adalah sosok moralis dan rasional. \"Semoga bangsa Indonesia belajar dari Pak "
                + "Habibie,\" katanya.\n\nLebih lanjut dia mengatakan, Habibie adalah presiden pertama di era reformasi "
                + "yang meletakkan dasar demokratisasi yang menjadi tonggak bagi Indonesia baru.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Haedar Nashir", "Haedar").per("BJ Habibie", "Habibie")
                .loc("Indonesia").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Habibie adalah presiden pertama"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Haedar Nashir");
    }

    /** tempo: "ungkapnya" is the head of BPPT named before the quote, not Habibie, whom the quote speaks of. */
    @Test
    void aPronounIsNeverANameInsideTheQuote() {
        String body = "Membaiknya kondisi Presiden ke-3 BJ Habibie, yang tengah dirawat di Rumah Sakit Pusat Angkatan "
                + "Darat (RSPAD) Gatot Subroto, Jakarta Pusat, ditanggapi dengan penuh rasa syukur oleh Kepala Badan "
                + "Pengkajian dan Penerapan Teknologi (BPPT) Hammam Riza.\n\n\"Alhamdulillah, semoga eyang Habibie "
                + "yang kami cintai, dikaruniai kesehatan yang berlimpah,\" ungkapnya di Kantor BPPT, Jakarta.";
        List<Quote> quotes = Found.quotes(body,
                Entities.in(body).per("BJ Habibie", "Habibie").per("Hammam Riza").loc("Jakarta").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Alhamdulillah"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Hammam Riza");
    }

    /** sindonews: the department of Malaysia speaks, not the country named in its title. */
    @Test
    void aPlaceInABodysTitleIsNotTheSpeaker() {
        String body = "Departemen Pendidikan Malaysia mengatakan sebanyak 409 sekolah di Sarawak ditutup.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Malaysia").loc("Sarawak").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Departemen Pendidikan Malaysia");
            assertThat(q.speakerType()).isEqualTo(EntityType.OTHER);
        });
    }

    /** sindonews: a country that is the whole subject of a verb of saying speaks as one. */
    @Test
    void aCountryAsTheWholeSubjectSpeaks() {
        String body = "Iran mengatakan pihaknya berharap untuk menyelamatkan kesepakatan nuklir 2015 tetapi tidak dapat "
                + "melakukannya tanpa batas waktu jika tidak mendapat manfaat ekonomi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Iran").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Iran");
    }

    /** okezone: the commander of the armed forces speaks, unnamed here; the forces do not. */
    @Test
    void aTitleOfABodyIsItsHolderNotTheBody() {
        String body = "\"Akan datang lagi 350 personel tim gabungan TNI, Polri dan instasi lain untuk membantu "
                + "Karhutla,\" tegas Panglima TNI.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("TNI").org("Polri").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Panglima TNI");
            assertThat(q.speakerType()).isEqualTo(EntityType.OTHER);
        });
    }

    /** okezone: the speaker is the title and its body, not the words the sentence opened with. */
    @Test
    void aTitledSpeakerStartsAtTheTitle() {
        String body = "Selain itu Panglima TNI menegaskan bahwa akan penambahan pasukan untuk membantu bersama personil "
                + "yang ada.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("TNI").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Panglima TNI");
    }

    /** Tribunnews, 10 September 2019: "suaminya" leads to the name set off after it, who speaks. */
    @Test
    void aTieToSomeoneNamedLeadsToTheNameAfterIt() {
        String body = "Mangayamma Yaramati berkata bahwa dirinya selalu menginginkan kehadiran anak.\n\n\"Kami luar biasa"
                + " gembira,\" kata suaminya, Sitarama Rajarao, kepada BBC Telugu sesaat setelah kedua putrinya dilahirkan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Mangayamma Yaramati").per("Sitarama Rajarao")
                .org("BBC").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Kami luar biasa"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Sitarama Rajarao");
    }

    /**
     * Okezone, 13 September 2019: a title listing its fields goes on to its holder; the field the recognizer took
     * for a person ("Informasi") does not speak.
     */
    @Test
    void aTitleListingItsFieldsLeadsToItsHolder() {
        String body = "\"Upaya tersebut dibutuhkan mengingat kebakaran hutan meluas sangat cepat karena angin kencang,\" kata"
                + " Plt Kepala Pusat Data, Informasi, dan Humas BNPB Agus Wibowo dalam keterangannya, Jumat (13/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Informasi").per("Humas").org("BNPB")
                .per("Agus Wibowo").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Agus Wibowo");
    }

    /** Tribunnews, 10 September 2019: a corporate title in initials leads past the plant's place to its holder. */
    @Test
    void aTitleInInitialsLeadsToItsHolder() {
        String body = "\"Secara desain ini juga cukup fashionable,\" tutur GM Plant AHM Cikarang, Dodi Sutriadi saat"
                + " membeberkan tentang teknologi eSAF di skutim Honda Genio di pabrik AHM Cikarang, Jawa Barat, Selasa"
                + " (10/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Cikarang").per("Dodi Sutriadi").org("Honda")
                .loc("Jawa Barat").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Dodi Sutriadi");
    }

    /**
     * okezone.com (PB Djarum, 2019): "Menurut Bupati" after "Bupati Karanganyar Juliyatmono" is the regent named
     * with that title, not the bare title.
     */
    @Test
    void aLoneTitleIsItsHolderNamedBefore() {
        String body = "Bupati Karanganyar Juliyatmono menyesalkan penilaian Komisi Perlindungan Anak Indonesia (KPAI).\n\n"
                + "Menurut Bupati, dirinya tidak sependapat bila audisi bulutangkis yang dilakukan oleh PB Djarum "
                + "bermuatan eksploitasi terhadap anak.";
        int at = body.indexOf("Juliyatmono");
        List<Entity> entities = List.of(new Entity("Juliyatmono", EntityType.PER, List.of("Juliyatmono"),
                List.of("Bupati Karanganyar"), List.of(new Span(at, at + "Juliyatmono".length()))));

        assertThat(Found.quotes(body, entities)).singleElement().extracting(Quote::speaker).isEqualTo("Juliyatmono");
    }

    /**
     * tribunnews.com (Pasuruan, 2019): a village head named by title and initials speaks, and "kata dia" after
     * "Kades BS menolak ..." is him, though the recognizer took "BS" for an organisation and tied the title to
     * the woman named after it.
     */
    @Test
    void aTitleWithInitialsIsAPersonWhoSpeaks() {
        String body = "Bibi bahkan disebut berniat melaporkan perbuatan kades ini ke Polisi.\n\nKepada media, Kades BS "
                + "menolak disebut telah menghamili Bibi.\n\n\"Kalau menghamili tidak mungkin. Tapi saya kenal dengan "
                + "Bibi,\" kata dia.\n\nKades BS mengaku, yang pertama kali mengajak kenalan adalah Bibi.";
        List<Entity> entities = new ArrayList<>(Entities.in(body).org("BS").list());
        List<Span> bibi = new ArrayList<>();
        for (int at = body.indexOf("Bibi"); at >= 0; at = body.indexOf("Bibi", at + 1)) {
            bibi.add(new Span(at, at + 4));
        }
        entities.add(new Entity("Bibi", EntityType.PER, List.of("Bibi"), List.of("kades BS"), bibi));

        assertThat(Found.quotes(body, entities)).extracting(Quote::speaker).containsExactly("Kades BS", "Kades BS");
    }

    /** sindonews.com (11/9/2019): "Edhie Baskoro Yudhoyono atau Ibas" makes "ujar Ibas" the full name. */
    @Test
    void aShortNameGivenWithOrIsTheFullName() {
        String body = "Putra kedua Presiden Susilo Bambang Yudhoyono (SBY) Edhie Baskoro Yudhoyono atau Ibas langsung "
                + "menuju RSPAD Gatot Subroto.\n\n\"Saya beserta keluarga besar Bapak SBY tentunya berduka cita,\" ujar "
                + "Ibas di RSPAD, Rabu (11/9/2019) malam.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Susilo Bambang Yudhoyono")
                .per("Edhie Baskoro Yudhoyono").per("Ibas").org("RSPAD").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Edhie Baskoro Yudhoyono");
    }

    /**
     * Kompas.com (9/9/2019): "pria yang kerap disapa Ota itu" points back to Mas Achmad Santosa and gives his
     * nickname, so "ujar Ota" later is him too.
     */
    @Test
    void aNicknameGivenByADescriptionIsThePersonItPointsTo() {
        String body = "Sementara itu Koordinator Staf Khusus Satgas 115 Mas Achmad Santosa menambahkan, garis-garis tersebut "
                + "adalah batasan yang telah disepakati. \"Jadi 91 persen kapal Vietnam tertangkap oleh aparat penegak "
                + "hukum kita,\" kata pria yang kerap disapa Ota itu, di kesempatan yang sama.\n\n\"Hal ini bisa dibilang "
                + "merusak proses perdamaian karena masuk ke dalam ZEE kita,\" ujar Ota.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Achmad Santosa").per("Ota").loc("Vietnam").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Hal ini"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Achmad Santosa");
    }

    /**
     * sindonews.com (16/9/2019): "Gubernur yang akrab disapa Emil itu" gives the governor named before by that title
     * a short name, so "ungkap Emil" is Ridwan Kamil.
     */
    @Test
    void aNicknameGivenToATitleIsThePersonNamedWithIt() {
        String body = "Gubernur Jawa Barat Ridwan Kamil mengapresiasi gagasan penggantian nama Bandara Internasional Jawa "
                + "Barat (BIJB) di Kertajati, Majalengka.\n\nBahkan, Gubernur yang akrab disapa Emil itu mengaku akan "
                + "menindaklanjuti serius usulan yang mencuat lewat situs petisi Change.Org tersebut dengan cara membahasnya "
                + "bersama DPRD Jabar.\n\n\"Saya sudah dengar (petisi BIJB jadi Bandara BJ Habibie), memang sejalan dengan "
                + "apa yang saya pikirkan, hanya butuh proses saja,\" ungkap Emil di Gedung Sate.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).perTitled("Ridwan Kamil", "Gubernur Jawa Barat")
                .per("Emil").org("DPRD Jabar").loc("Gedung Sate").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Saya sudah"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Ridwan Kamil");
    }

    /**
     * tribunnews.com (10/9/2019): "ucap Wagub" is the person named right after that title before, though the
     * recognizer took "Wagub Sumsel" for a place and gave him no title.
     */
    @Test
    void aLoneTitleIsThePersonNamedAfterItBefore() {
        String body = "Konsulat Jenderal India di Medan, Raghu Gururaj melakukan audensi dengan Wakil Gubernur.\n\n"
                + "Wagub Sumsel Mawardi Yahya dikesempatan ini memaparkan potensi yang di miliki Sumsel.\n\n"
                + "\"Kita sudah ada pelabuhan. Alangkah baiknya jika terjalin kerjasama,\" ucap Wagub.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Raghu Gururaj").per("Mawardi Yahya")
                .loc("Wagub Sumsel").loc("Medan").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Kita sudah"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Mawardi Yahya");
    }

    /**
     * kompas.com (10/9/2019): the person opening the sentence, set off by a comma from a description the verb follows
     * with no closing comma, speaks; the place the description ends with does not.
     */
    @Test
    void aPersonBeforeADescriptionEndingWithAPlaceSpeaks() {
        String body = "Sri Sumarni, ibunda dari Agus Surahman yang merupakan korban meninggal kecelakaan akibat ditabrak , "
                + "di Tol Jagorawi mengatakan, santunan yang diberikan oleh Ahmad Dhani lancar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Sri Sumarni").per("Agus Surahman")
                .loc("Tol Jagorawi").per("Ahmad Dhani").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Sri Sumarni");
    }

    /** tribunnews.com (10/9/2019): a title after the name with no closing comma is the named person's. */
    @Test
    void aPersonBeforeATitleWithNoClosingCommaSpeaks() {
        String body = "Tunggul Harwanto, Project Leader Rumah Literasi Indonesia menyatakan, program ‘9.5 Philanthropy "
                + "Week’ sangat bagus karena akan mendorong kebiasaan literasi anak saat sedang berada di masa penting "
                + "dalam mengembangkan keterampilan kognitif dan kebiasaan mereka.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Tunggul Harwanto").loc("Indonesia").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Tunggul Harwanto");
    }

    /**
     * sindonews.com (11/9/2019): a name opening with a word for kin ("Ayah Schumacher") names a third person's relative
     * among two speakers; the opening is not taken for the one speaker, and the name right before the verb speaks as it
     * did before the opening's rule.
     */
    @Test
    void aNameOpeningWithKinIsNotTakenForTheOneSpeaker() {
        String body = "Ayah Schumacher, Rolf, bersama istri Schumacher, Corinna, mengatakan Schumacher akan terus berjuang "
                + "dan tidak akan menyerah.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ayah Schumacher").per("Rolf").per("Corinna")
                .list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Corinna");
    }

    /** A description that names its own person before the verb is not read past: that person speaks. */
    @Test
    void aPersonClosingTheDescriptionStillSpeaks() {
        String body = "Sri Sumarni, ibunda korban, Joyce Theresia Pamela Kohler mengatakan, santunan tetap lancar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Sri Sumarni")
                .per("Joyce Theresia Pamela Kohler").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Joyce Theresia Pamela Kohler");
    }

    /** A short name after someone new ("seorang warga yang biasa dipanggil Ucok") is not the person named before. */
    @Test
    void aNicknameOfSomeoneNewIsNotThePersonNamedBefore() {
        String body = "Bupati Bogor Ade Yasin meninjau lokasi. Di sana, seorang warga yang biasa dipanggil Ucok "
                + "menunggu.\n\n\"Air sudah surut,\" ujar Ucok.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ade Yasin").per("Ucok").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Ucok");
    }

    /**
     * tempo.co (14/9/2019): "ujar pemain yang gawangnya dijebol enam gol ..." describes the goalkeeper the
     * sentences are about, not a player unnamed.
     */
    @Test
    void aTitleDescribedByItsOwnClauseIsThePersonNamedBefore() {
        String body = "Andritany mengaku di usia sekarang mentalnya sudah siap menerima hujatan dari suporter. \"Secara "
                + "mental saya siap untuk pertandingan besok, secara fisik juga siap,\" ujar pemain yang gawangnya "
                + "dijebol enam gol selama kualifikasi Piala Dunia di Stadion Utama Gelora Bung Karno ini.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Andritany Ardhiyasa", "Andritany")
                .loc("Stadion Utama Gelora Bung Karno").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Secara mental"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Andritany Ardhiyasa");
    }

    /**
     * kompas.com (16/9/2019): "ujar pelatih berusia 52 tahun itu" is a title its own clause describes up to the
     * demonstrative closing it, the coach the sentences are about, not an unnamed coach.
     */
    @Test
    void aTitleDescribedUpToItsDemonstrativeIsThePersonNamedBefore() {
        String body = "Giampaolo mengungkapkan evaluasi tersebut setelah AC Milan unggul jumlah pemain sejak babak "
                + "pertama. Sebab, satu pemain tuan rumah, Maruisz Stepinski, mendapat kartu merah pada menit ke-21.\n\n"
                + "\"Tim bermain bagus di babak kedua, dengan pendekatan dan presisi yang tepat. Lawan merupakan tim "
                + "bertahan dengan 10 pemain di sepertiga akhir. Mereka sulit untuk dirobohkan,\" ujar pelatih berusia 52 "
                + "tahun itu.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Giampaolo").org("AC Milan")
                .per("Maruisz Stepinski").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Tim bermain bagus"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Giampaolo");
    }

    /**
     * tempo.co (10/9/2019): in "Menurut Presiden, Bank Dunia menginformasikan bahwa ..." the President tells what
     * the bank said; the report is his, the President named before by his title.
     */
    @Test
    void aPersonAccordingToWhomAnInnerReportIsToldIsItsSpeaker() {
        String body = "\"Sore hari ini saya ingin lebih mengkonkretkan lagi kebutuhan-kebutuhan yang ada,\" kata Presiden "
                + "Jokowi dalam sambutannya di Istana Merdeka, Jakarta pada Selasa, 10 September 2019. Rapat tersebut juga "
                + "dihadiri Wakil Presiden Jusuf Kalla. Menurut Presiden, Bank Dunia menginformasikan bahwa industri mebel "
                + "produk kayu dan rotan memiliki peluang masuk untuk mengisi pasar-pasar yang ditinggalkan.";
        List<Entity> entities = new ArrayList<>(Entities.in(body).loc("Istana Merdeka").loc("Jakarta")
                .per("Jusuf Kalla").org("Bank Dunia").list());
        int at = body.indexOf("Jokowi");
        entities.add(new Entity("Joko Widodo", EntityType.PER, List.of("Jokowi"), List.of("Presiden"),
                List.of(new Span(at, at + "Jokowi".length()))));
        List<Quote> quotes = Found.quotes(body, entities);

        assertThat(quotes).filteredOn(q -> q.text().startsWith("industri mebel"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Joko Widodo");
    }

    /**
     * kompas.com (16/9/2019): the governor's name, a link, was taken out of "Gubernur Jawa Timur , mengatakan"; the
     * person the next sentence names is the holder, not an unnamed governor.
     */
    @Test
    void aTitleWhoseNameWasLostIsThePersonNamedNext() {
        String body = "Pembangunan , di , dilirik sejumlah investor asing. Gubernur Jawa Timur , mengatakan terdapat 3 "
                + "investor asing dari 3 negara berbeda tertarik ikut membangun LRT di ibu kota Jawa Timur, Surabaya. , "
                + "\"Sudah ada yang tertarik, ada Inggris, Perancis, China juga,\" kata Khofifah Indar Parawansa di "
                + "sela-sela acara penghargaan Wahana Tata Nugraha di Jakarta, Minggu (16/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Jawa Timur").loc("Surabaya").loc("Inggris")
                .loc("China").per("Khofifah Indar Parawansa").loc("Jakarta").list());

        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType).containsExactly(
                tuple("Khofifah Indar Parawansa", EntityType.PER), tuple("Khofifah Indar Parawansa", EntityType.PER));
    }

    /**
     * sindonews.com (10/9/2019): the recognizer took the title word "Humas" (public relations) for a person; the
     * speaker is the one the title is given to.
     */
    @Test
    void aWordOfATitleTakenForAPersonDoesNotSpeak() {
        String body = "\"Tadi salah satu penjaga asrama kita pingsan karena terpapar asap,\" kata Humas Yayasan Abdurrab "
                + "Islamic School Pekanbaru, Suci, Selasa (10/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Humas").org("Yayasan Abdurrab Islamic School")
                .loc("Pekanbaru").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Suci");
    }

    /**
     * tribunnews.com (10/9/2019): a title after the quote whose name was lost and which points back ("ujar anggota
     * , ini") is someone named before, not the one the next sentence names.
     */
    @Test
    void aTitlePointingBackAfterTheQuoteIsNotReadAsALostName() {
        String body = "Anggota Komisi II DPR dari Fraksi Partai Kebangkitan Bangsa (PKB), Abdul Kadir Karding mendukung "
                + "niat Presiden , (Jokowi) bangun Istana Presiden di , pada 2020.\n\n"
                + "\"Ini gagasan baik. Dengan dibangunnya Istana disana secara emosional masyarakat , merasa bagian yang "
                + "tak terpisahkan dari NKRI,\" ujar anggota , ini kepada Tribunnews.com, Selasa (10/9/2019).\n\n"
                + "Karena itu janji Jokowi akan membangun Istana Kepresidenan di ,, menurut dia, harus segera diwujudkan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Komisi II DPR")
                .org("Partai Kebangkitan Bangsa").per("Abdul Kadir Karding").per("Jokowi").list());

        assertThat(quotes).isNotEmpty().extracting(Quote::speaker).doesNotContain("Jokowi");
    }

    /**
     * tempo.co and sindonews.com: a nickname set in quotation marks inside a name is that person, whom the report goes
     * on to quote by the nickname alone.
     */
    @Test
    void aNicknameInsideANameIsThePersonNamed() {
        String body = "Kedua tim bertanding cukup sengit sampai bermain dalam lima game dengam skor 3-2 untuk "
                + "EVOS.AOV., Salah satu pemain EVOS.AOV Hartanto \"POKKA\" Lius menjelaskan bahwa timnya sempat "
                + "tegang dalam pertandingan. \"Sempat tegang sih tadi bertanding, dan sudah banyak yang enggak fokus terus ada yang "
                + "mengingatkan untuk konsen terus. Jadi kita percaya satu sama lain,\" ujar POKKA di Tennis Indoor Senayan, "
                + "Jakarta Pusat, Sabtu, 14 September 2019.";
        List<Entity> tagged = Entities.in(body).per("AOV Hartanto", "AOV").org("POKKA").loc("Jakarta Pusat").list();
        assertThat(Found.quotes(body, tagged))
                .filteredOn(q -> q.text().startsWith("Sempat tegang"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Hartanto Lius");

        String coach = "Pelatih Bali United Stefano \"Teco\" Cugurra sudah menyiapkan formula untuk meredam Bhayangkara "
                + "FC.\n\n\"Kita sudah punya taktik yang sudah dijalani saat latihan. Kita sudah kerja keras di latihan dan "
                + "semoga bisa mendapat hasil bagus di pertandingan nanti,\" kata Teco dikutip laman Liga Indonesia.";
        assertThat(Found.quotes(coach, Entities.in(coach).org("Bali United").org("Bhayangkara FC").per("Teco").list()))
                .singleElement().extracting(Quote::speaker).isEqualTo("Stefano Cugurra");
    }

    /**
     * IndoSum (suara.com, September 2017): the lawyer named by the client ({@code kuasa hukum Axel}) is the one
     * reporting, not Axel, whom the text names in full before.
     */
    @Test
    void aLawyerNamedByTheClientIsNotTheClient() {
        String body = "Sebelumnya, Jaksa mendakwa Axel Matthew Thomas dengan Pasal 61 juncto 71 Ayat 1. Dalam eksepsinya, "
                + "kuasa hukum Axel menyebut kliennya terbukti negatif menggunakan happy five.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Axel Matthew Thomas", "Axel").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("kliennya terbukti negatif menggunakan happy five");
            assertThat(q.speaker()).isEqualTo("kuasa hukum Axel");
        });
    }

    /**
     * okezone.com, 10 September 2019: a tie its own clause describes ({@code Istri Sheldon yang berusia 73 tahun
     * itu}) points back to someone named before, Miriam Adelson, and is not read as an unnamed wife.
     */
    @Test
    void aTieDescribedByItsOwnClauseIsNoUnnamedPerson() {
        String body = "Transkrip tersebut juga mencatat Miriam Adelson mengatakan kepada polisi bahwa Sara memilih sendiri "
                + "orang-orang yang bekerja dengan perdana menteri.\n\nIstri Sheldon yang berusia 73 tahun itu dilaporkan "
                + "mengatakan kepada polisi bahwa kebencian Sara terhadap mantan menteri pendidikan Naftali Bennett "
                + "mencegah perdana menteri membentuk koalisi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Miriam Adelson").per("Sara")
                .per("Sheldon Adelson", "Sheldon").per("Naftali Bennett").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("kebencian Sara")).singleElement()
                .extracting(Quote::speaker).isNotEqualTo("Istri Sheldon");
    }

    /**
     * tempo.co, 12 September 2019: a tie set after the speaker's name by commas ({@code Thareq Kemal Habibie, putra
     * Habibie, mengatakan}) leaves the named son the speaker.
     */
    @Test
    void aTieAfterTheSpeakersNameLeavesTheName() {
        String body = "Ia sebelumnya menjalani perawatan secara intensif sejak 1 September 2019 di RSPAD Gatot Soebroto. "
                + "Thareq Kemal Habibie, putra Habibie, mengatakan ayahnya sakit jantung.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("RSPAD Gatot Soebroto")
                .per("Thareq Kemal Habibie").per("Habibie").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Thareq Kemal Habibie");
    }

    /**
     * CNN Indonesia (IndoSum, 2017): "lanjut sumber itu" and "Sumber itu juga menyebut" are the source quoted before,
     * not the outlet the recognizer read as a person (Ace Showbiz); "Sumber itu" after "sumber ET" is that one.
     */
    @Test
    void anUnnamedSourceNamedAgainIsTheSourceQuotedBefore() {
        String body = "Diberitakan Ace Showbiz, kabar tersebut datang pertama kali setelah majalah Us Weekly membuat tajuk "
                + "utama perceraian kedua selebrita papan atas Hollywood itu dibatalkan.\n\n\"Perceraiannya dibatalkan. "
                + "Mereka belum melakukan apa pun,\" kata seorang sumber kepada\n\n\"Setiap orang berpikir mereka bakal "
                + "rujuk kembali,\" lanjut sumber itu.\n\nSumber itu juga menyebut salah satu faktor yang membuka hati "
                + "Jolie adalah saat Pitt berhenti dari kecanduan alkohol.\n\nNamun, sumber ET mengakui bahwa ada peluang "
                + "Jolie memberikan kesempatan bagi Pitt.\n\nSumber itu juga menyebut tidak ada permusuhan antara Jolie "
                + "dan Pitt.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ace Showbiz").org("Us Weekly").loc("Hollywood")
                .per("Jolie").per("Pitt").list());

        assertThat(quotes).extracting(Quote::speaker)
                .containsExactly("sumber", "sumber", "sumber", "sumber ET", "sumber ET");
    }

    /**
     * CNN Indonesia (IndoSum, 2017): Epworth, where Masvinu comes from ("William Masvinu dari Epworth") and which
     * the recognizer read as a person, is not whose words a quote paragraph after "Epworth mendapatkan uang" goes on
     * with.
     */
    @Test
    void aPlaceSomeoneComesFromIsNotASpeaker() {
        String body = "Pria yang bernama William Masvinu dari Epworth ini juga mendapatkan penghargaan di negaranya.\n\n"
                + "\"Terakhir kali, saya merasa terjatuh,\" ucapnya.\n\nSebagai hadiahnya, Epworth mendapatkan uang "
                + "US$ 500 dan seekor sapi.\n\n\"Tidak ada yang bisa membantah bahwa saya adalah orang terjelek di "
                + "Zimbabwe.\"";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("William Masvinu").per("Epworth").loc("Zimbabwe")
                .list());

        assertThat(quotes).extracting(Quote::speaker).containsExactly("William Masvinu", "William Masvinu");
    }

    /** CNN Indonesia (IndoSum, 2016): "pria tampan asal Mississippi ... ini" is Diplo, not Mississippi. */
    @Test
    void aNameAfterAsalIsAPlace() {
        String body = "Jakarta, CNN Indonesia - - Di tengah persaingan antara produser musik elektronik, bisa dibilang "
                + "Diplo menjadi yang terdepan saat ini.\n\nTentu saja pria tampan asal Mississippi berusia 37 tahun "
                + "ini terinspirasi dari banyak hal.\n\nTapi, masih banyak yang memandang sebelah mata bakat bermusik "
                + "Diplo.\n\nDalam wawancara yang dikutip dari NME pada Kamis (1 / 9), bapak dari dua orang anak ini "
                + "memberikan sanggahannya.\n\nMenurutnya, ia tidak melakukan hal yang terlarang.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Jakarta").per("Diplo").per("Mississippi")
                .org("NME").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Diplo");
    }

    /**
     * ANTARA (IndoSum, 2017): "Sp. Rad (K)" is a specialist's degree set after her name; she reports, and a later
     * "ujar dia" is her.
     */
    @Test
    void aDegreesFieldIsNoPerson() {
        String body = "Spesialis onkologi radiasi dari RSCM, Prof. DR. Dr. Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad "
                + "menyebut ada makanan tertentu yang bisa menjadi pencetus.\n\n\"Makanan dengan pengawet, pewarna, "
                + "perasa, mengandung alkohol dan tembakau,\" ujar dia di Jakarta.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("RSCM").per("Soehartati Gondhowiardjo")
                .per("Rad").org("OnkRad").loc("Jakarta").list());

        assertThat(quotes).extracting(Quote::kind, Quote::speaker).containsExactly(
                tuple(QuoteKind.INDIRECT, "Soehartati Gondhowiardjo"), tuple(QuoteKind.DIRECT, "Soehartati Gondhowiardjo"));
    }

    /**
     * ANTARA (IndoSum, 2017): "kata Menpora" and "Menpora menyebut" are the minister named in full before, whose
     * given name the recognizer took for a title ("Menteri Pemuda dan Olahraga Imam Nahrawi" read as Nahrawi).
     */
    @Test
    void aShortTitleIsThePersonNamedAfterItsWordsInFull() {
        String body = "Jakarta (ANTARA News) - Menteri Pemuda dan Olahraga Imam Nahrawi akan menentukan target - target "
                + "medali bagi setiap cabang olahraga dalam Asian Games.\n\n\"Proyeksi sebelumnya itu hanya perkiraan "
                + "saja,\" kata Menpora di Jakarta, Selasa.\n\nMenpora menyebut jumlah target 20 medali emas hanya "
                + "perkiraan awal saja.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Jakarta").perTitled("Nahrawi", "Imam").list());

        assertThat(quotes).extracting(Quote::kind, Quote::speaker)
                .containsExactly(tuple(QuoteKind.DIRECT, "Nahrawi"), tuple(QuoteKind.INDIRECT, "Nahrawi"));
    }

    /** CNN Indonesia (IndoSum, 2016): an ambassador's title runs on to his post and, past the comma, his name. */
    @Test
    void aTitleGoesOnOverTheCountryItsHolderIsPostedTo() {
        String body = "\"Nama mereka membawa keberuntungan baik,\" kata Duta Besar China untuk Austria, Li Xiaosi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("China").loc("Austria").per("Li Xiaosi").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Li Xiaosi");
    }

    /** DailySocial (IndoSum, 2017): a company named by its web address stands in its founder's title. */
    @Test
    void aWebAddressInATitleLeadsToTheHolder() {
        String body = "“Strategi ini menjadi langkah monetisasi kami,” terang Founder Nikah.id Hariawan Bangun Saputra "
                + "kepada DailySocial.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Nikah.id").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Hariawan Bangun Saputra");
    }

    /** kompas.com (9/9/2019): "AK." is a suspect's initials, though they spell a degree; "Dedi" after them is the person. */
    @Test
    void aNameAfterInitialsSpellingADegreeIsStillThePerson() {
        String body = "Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Dedi Prasetyo mengatakan, kedua "
                + "tersangka ditangkap.\n\nPolisi pun masih memeriksa dua tokoh KNPB yang berinisial V dan AK. Dedi "
                + "menuturkan, keduanya masih berstatus sebagai saksi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Polri").per("Dedi Prasetyo", "Dedi")
                .org("KNPB").list());

        assertThat(quotes).extracting(Quote::speaker).containsOnly("Dedi Prasetyo");
    }

    /** okezone.com (12/9/2019): "negara asal Dovizioso" is his home country; "ia merasa" is still Dovizioso. */
    @Test
    void aNameAfterTheCountryOfOriginIsThePerson() {
        String body = "Dovizioso mengaku sudah kembali bugar. Balapan kali ini dihelat di Misano, yang berdekatan dengan "
                + "Italia, negara asal Dovizioso.\n\nMenurutnya, balapan di kandang selalu istimewa.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dovizioso").loc("Misano").loc("Italia").list());

        assertThat(quotes).extracting(Quote::speaker).containsOnly("Dovizioso");
    }

    /**
     * ANTARA (IndoSum, 2017): two degrees after a doctor's name, each after its comma ({@code SpKK}, {@code M.Kes},
     * which the recognizer took for a person), leave the name the subject, and "ujar dia" means her too.
     */
    @Test
    void degreesEachAfterItsCommaLeaveTheNameTheSpeaker() {
        String body = "Spesialis kulit, dr Fitria Amalia, SpKK, M.Kes mengatakan perlakuan yang benar pada kulit menjadi "
                + "salah satu cara mencegah penuaan dini. \"Hindari penggunaan sabun yang membuat kulit kering,\" ujar dia "
                + "di Jakarta, Kamis.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Fitria Amalia").per("M.Kes").loc("Jakarta").list());

        assertThat(quotes).extracting(Quote::kind, Quote::speaker).containsExactly(
                tuple(QuoteKind.INDIRECT, "Fitria Amalia"), tuple(QuoteKind.DIRECT, "Fitria Amalia"));
    }

    /**
     * CNN Indonesia (IndoSum, 2017): a title described by a relative clause leads past its comma to its holder, the
     * name closing the sentence, not to the company the title names (which the recognizer took for a person).
     */
    @Test
    void aTitlesRelativeClauseLeadsToTheHolderNamedAfterItsComma() {
        String body = "\"Ini adalah akhir pekan yang sangat penting bagi kami,\" tukas petinggi Michelin yang bertanggung "
                + "jawab atas penyediaan ban bagi balap motor, Pierro Taramasso.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Michelin").per("Pierro Taramasso").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Pierro Taramasso");
    }

    /**
     * CNN Indonesia (IndoSum, 2017): "imbuhnya" adds to what Arie said before; the director the sentence leading in
     * opens with, whom Arie's words name, is not the speaker.
     */
    @Test
    void anAddingCueWithNyaGoesOnFromThePersonLastQuoted() {
        String body = "Arie menjelaskan dirinya dan Ernest menerapkan jenis komedi yang berkersinambungan dari awal hingga "
                + "akhir cerita. Dalam film itu, Ernest tidak hanya menjadi sutradara, tetapi ia juga ikut serta bermain."
                + "\n\n“Komedi di awal sampai akhir selalu ada kesinambungannya. Ini sih yang coba saya sama Ermest "
                + "terapkan,” imbuhnya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Arie Kriting", "Arie").per("Ernest Prakasa", "Ernest")
                .list());

        assertThat(quotes).extracting(Quote::kind, Quote::speaker).containsExactly(
                tuple(QuoteKind.INDIRECT, "Arie Kriting"), tuple(QuoteKind.DIRECT, "Arie Kriting"));
    }
}
