package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole stage with the shipped model, on news prose. */
class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<Entity> recognize(String body) {
        return RECOGNIZER.recognize(new TextSegmenter().segment(body));
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void peopleWithTitlesAndShortMentions() {
        String body = "Moskow, Gatra.com - Kremlin mengatakan terlalu dini untuk menarik kesimpulan dari pembicaraan "
                + "dengan Ukraina.\n\nJuru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah "
                + "diberitahu tentang pembicaraan tersebut, katanya dikutip AFP.\n\n"
                + "Peskov mengatakan Moskow akan menganalisis hasil pembicaraan.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Dmitry Peskov")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PER);
            assertThat(e.mentions()).containsExactly("Dmitry Peskov", "Peskov");
            assertThat(e.roles()).containsExactly("Juru bicara Kremlin");
            assertThat(e.spans()).allMatch(s -> s.of(body).contains("Peskov"));
        });
        assertThat(named(entities, "Kremlin")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "AFP")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Moskow")).hasValueSatisfying(e -> assertThat(e.spans()).hasSize(2));
        assertThat(entities).extracting(Entity::name).doesNotContain("Gatra");
    }

    @Test
    void aTitlesWordThatIsAsOftenAGivenNameOpensTheNameBeforeANameWord() {
        // antaranews.com, IndoSum, 11 November 2017; the title stays before a title's word
        String body = "Menteri Pemuda dan Olahraga Imam Nahrawi, yang melakukan kunjungan ke beberapa negara di Timur - "
                + "Tengah, menandatangani kesepakatan kerja sama itu di Beirut pada Jumat (10 / 11).\n\n"
                + "Imam Besar Masjid Istiqlal Nasaruddin Umar mengatakan umat harus tenang.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Imam Nahrawi")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PER));
        assertThat(entities).extracting(Entity::name).doesNotContain("Nahrawi", "Imam Besar Masjid Istiqlal Nasaruddin Umar");
    }

    @Test
    void anOrganisationsBuildingIsAPlaceBesideTheOrganisation() {
        // kumparan, IndoSum, 27 September 2017
        String body = "Padahal menurut juru bicara KPK, Febri Diansyah, penyadapan yang dilakukan oleh lembaganya telah "
                + "sesuai aturan.\n\n\"Saya kira konstitusi sudah jelas ya,\" ujar Febri di Gedung KPK, Jakarta, "
                + "Rabu (27 / 9).";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Gedung KPK")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
        assertThat(named(entities, "KPK")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.spans()).hasSize(2);
        });
    }

    @Test
    void aBuildingWrittenWithTwoFormsOfItsOrganisationIsOnePlace() {
        // okezone.com, CLICK-ID, 10 September 2019
        String body = "Massa yang menamakan dirinya Corong Rakyat menggeruduk Gedung Komisi Pemberantasan Korupsi (KPK), "
                + "Jakarta.\n\n\"Kami hadir disini untuk mengingatkan bahwa red karpet menuju Gedung KPK ini untuk "
                + "mengetuk hati segelintir pegawai KPK,\" ujar Koordinator Aksi, Ahmad di depan Gedung KPK, Selasa (10/9/2019).";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Gedung Komisi Pemberantasan Korupsi")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOC);
            assertThat(e.mentions()).containsExactly("Gedung Komisi Pemberantasan Korupsi", "Gedung KPK");
        });
        assertThat(named(entities, "Komisi Pemberantasan Korupsi")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aStudioWrittenWithoutItsFormIsTheStudioAndACompanyFormTypesAForeignName() {
        // Rimanews, 24 May 2017; DailySocial, 6 July 2017
        String body = "Rimanews - Studio animasi dan game mobile Rovio Entertainment melanjutkan rencana membuat "
                + "sekuel film Angry Birds yang akan dirilis pada September 2019.\n\n"
                + "Rovio mengatakan film baru itu akan disutradarai Thurop Van Orman.\n\n"
                + "Hadirnya Ant Financial dalam joint venture bersama EMTEK untuk mengelola Alipay menghadirkan persaingan baru.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Rovio Entertainment")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).containsExactly("Rovio Entertainment", "Rovio");
        });
        assertThat(named(entities, "Ant Financial")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(entities).extracting(Entity::name).doesNotContain("Angry Birds", "Rovio");
    }

    @Test
    void aPoliceForceNamedOnlyByItsChiefsTitleIsTheForce() {
        // okezone.com, 10 September 2019: the article writes the Polsek only in its chief's title
        String body = "Yang jelas, dua kendaraan ini dari arah berlawanan,” kata Kapolsek Bagor, AKP Tomi Hermanto "
                + "seperti dikutip dari Inews.";
        assertThat(named(recognize(body), "Polsek Bagor")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).containsExactly("Kapolsek Bagor");
        });
    }

    @Test
    void aMetropolitanPoliceResortWrittenShortIsAnOrganisation() {
        // sindonews.com, 13 September 2019
        String body = "\"Keterangan dari istri (HD), dia memiliki riwayat sakit jiwa,\" ungkap Kasat Reskrim Polrestro "
                + "Jakarta Timur, AKBP Hery Purnomo saat dikonfirmasi, Jumat (13/9/2019).";
        assertThat(named(recognize(body), "Polrestro Jakarta Timur"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void outletCreditsAndAddressesAreNotEntities() {
        String body = "Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian.";
        assertThat(recognize(body)).extracting(Entity::name).contains("Rusia", "Ukraina").doesNotContain("Suara");
    }

    @Test
    void nameTaggedOnceIsFoundWhereItRecurs() {
        String body = "“Tidak, Rusia memiliki potensinya sendiri,” kata Peskov.\n\n"
                + "Juru bicara Kremlin Dmitry Peskov mengatakan laporan media itu tidak benar.";
        assertThat(named(recognize(body), "Dmitry Peskov"))
                .hasValueSatisfying(e -> assertThat(e.spans()).hasSize(2));
    }

    @Test
    void namesJoinedByAHyphenAreEach() {
        String body = "Kendati begitu, polemik Rusia-Ukraina sepertinya akan segera menemukan titik terang.";
        assertThat(recognize(body)).extracting(Entity::name).contains("Rusia", "Ukraina");
    }

    @Test
    void outletInBracketsAndWriterInitialsAreNotEntities() {
        String body = "Jakarta (ANTARA News) - Kejaksaan Agung meminta pemerintah Filipina segera menyelesaikan kasus "
                + "hukum terpidana mati Mary Jane Veloso.\n\n(Ade/cnn)";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).contains("Kejaksaan Agung", "Filipina")
                .doesNotContain("ANTARA News", "Ade");
    }

    @Test
    void namesOnlySeenInTitleCaseLinesAreLeftOut() {
        String body = "Persib Bandung resmi merekrut Carlton Cole dari Sacramento Republic.\n\n"
                + "SIMAK JUGA: Djadjang Abaikan Statistik Buruk Pemain Baru Persib";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).contains("Carlton Cole")
                .noneMatch(name -> name.contains("Abaikan") || name.contains("Statistik"));
    }

    @Test
    void aSentenceListingOfficialsIsNotAHeadline() {
        String body = "Presiden Joko Widodo didampingi Menteri Keuangan Sri Mulyani Indrawati dan Gubernur Bank "
                + "Indonesia Perry Warjiyo meninjau Pasar Senen.";
        assertThat(named(recognize(body), "Perry Warjiyo"))
                .hasValueSatisfying(e -> assertThat(e.roles()).containsExactly("Gubernur Bank Indonesia"));
    }

    @Test
    void twoPartiesJoinedByDanAreTwoOrganisations() {
        String body = "Bawaslu menggelar sidang ajudikasi untuk Partai Idaman dan Partai Swara Rakyat Indonesia hari ini.";
        assertThat(recognize(body)).extracting(Entity::name)
                .contains("Partai Idaman", "Partai Swara Rakyat Indonesia");
    }

    @Test
    void aPublicationAReportIsTakenFromIsAnOrganisation() {
        String body = "Ivanka Trump menggunakan gaun rancangan dari desainer Inggris, seperti dikutip dari laman "
                + "Inquisitr, Senin (1/1).";
        assertThat(recognize(body)).filteredOn(e -> e.name().equals("Inquisitr")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void theHolderAfterARankWrittenOutKeepsHisWholeName() {
        // tempo.co, CLICK-ID, 10-16 September 2019: "Argo" is also a taxi's meter, and no title's word after the rank
        List<Entity> entities = recognize("\"Kami masih menyelidiki,\" ujar Kepala Bidang Humas Polda Metro Jaya "
                + "Komisaris Besar Argo Yuwono saat dikonfirmasi, Selasa, 10 September 2019.\n\n"
                + "Argo mengatakan polisi sudah memeriksa dua saksi.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .containsExactly("Argo Yuwono");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .containsExactly("Polda Metro Jaya");
    }

    @Test
    void aPublicationThatQuotesAndOneSpokenToAfterATitledSpeakerAreOrganisations() {
        // cnnindonesia.com, IndoSum, 21 June 2017
        String body = "\u201c Sean semakin gendut, \u201d kata Kepala Urusan Strategis Gedung Putih Steve Bannon kepada "
                + "Atlantic, dikutip Independent.";
        // the magazine spoken to after a title and a name longer than a speaker's few words
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .containsExactlyInAnyOrder("Gedung Putih", "Atlantic", "Independent");
    }

    @Test
    void aReportedSourceAStudioAndABodyWrittenAsAnAcronymAreOrganisations() {
        // "Diberitakan Ace Showbiz, ia jadi meningkatkan keamanan" (CNN Indonesia, August 2017); "Peele bersama
        // Monkeypaw Productions dan Blumhouse Productions berada di kursi produser" (CNN Indonesia, September 2017);
        // "Maman Sidikou, yang merupakan pemimpin MONUSCO, misi penjagaan perdamaian PBB" (IndoSum)
        List<Entity> entities = recognize("Diberitakan Ace Showbiz, ia jadi meningkatkan keamanan saat tampil.\n\n"
                + "Peele bersama Monkeypaw Productions dan Blumhouse Productions berada di kursi produser.\n\n"
                + "Maman Sidikou, yang merupakan pemimpin MONUSCO, misi penjagaan perdamaian PBB di negara itu.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Ace Showbiz", "Blumhouse Productions", "MONUSCO");
    }

    @Test
    void aCompanyAfterPtStaysOneOrganisationWithItsShortName() {
        String body = "Heru mengatakan PT Freeport Indonesia dan PT Newmont telah membayar bea keluar.\n\n"
                + "\"Bea keluar dari Freeport dan Newmont sekitar Rp 2,5 triliun,\" kata Heru.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "PT Newmont")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).containsExactly("PT Newmont", "Newmont");
        });
        assertThat(entities).extracting(Entity::name).doesNotContain("PT");
    }

    @Test
    void aRegionsGovernmentIsAnOrganisationAndItsTownAlonePlace() {
        // IndoSum (ANTARA News)
        String body = "Pemerintah Kabupaten Klungkung, Bali untuk pertama kalinya melaksanakan kegiatan ritual. "
                + "\"Kegiatan ritual berskala besar itu dilaksanakan di dua tempat yakni di halaman Kertha Gosa dan "
                + "Kantor Bupati Klungkung,\" kata Kabag Humas dan Protokol Pemkab Klungkung, Ketut Suadnyana, Minggu.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Pemerintah Kabupaten Klungkung")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).containsExactly("Pemerintah Kabupaten Klungkung", "Pemkab Klungkung");
        });
        assertThat(named(entities, "Klungkung")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
    }

    @Test
    void aPlaceNamedWithItsKindAndAloneIsOnePlace() {
        // sindonews.com, 11 September 2019
        String body = "Bupati Klungkung I Nyoman Suwirta menemui Menteri Desa di kantornya, di Kalibata, Jakarta Rabu "
                + "(11/9/2019).\n\nBupati Suwirta mengatakan, ada beberapa landasan kebijakan yang menjadi dasar "
                + "pertimbangan usulan tersebut yaitu Kabupaten Klungkung telah ditetapkan sebagai Kawasan Strategis "
                + "Pariwisata Nasional (KSPN).";
        assertThat(recognize(body)).filteredOn(e -> e.mentions().contains("Klungkung")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kabupaten Klungkung");
            assertThat(e.type()).isEqualTo(EntityType.LOC);
        });
    }

    @Test
    void aCompanysAcronymJoinsItsNameWithItsLegalForm() {
        // IndoSum (CNN Indonesia)
        String body = "PT Kereta Api Indonesia akan membuka pembelian tiket kereta api untuk Hari Raya Idul Fitri 2017 "
                + "pada 17 Maret mendatang. Untuk mengantisipasi banyaknya calon penumpang yang mengakses situs KAI "
                + "demi mendapatkan tiket, Agus mengatakan telah menyiapkan sejumlah server.";
        assertThat(named(recognize(body), "PT Kereta Api Indonesia"))
                .hasValueSatisfying(e -> assertThat(e.mentions()).contains("KAI"));
    }

    @Test
    void aCapitalisedSentenceAdverbIsNoPerson() {
        // "Alhasil, para petugas pun meloloskan pemotor tersebut." (CLICK-ID); "Akankah ..." opening a question
        assertThat(recognize("Alhasil, para petugas pun meloloskan pemotor tersebut.")).isEmpty();
        assertThat(NamedEntityTagger.standard().isCommonWord("Akankah")).isTrue();
        assertThat(NamedEntityTagger.standard().isCommonWord("Abdullah")).isFalse();
    }

    @Test
    void anAcronymOfACommonNounIsNoName() {
        // okezone.com, 11 September 2019: ASI is "air susu ibu", breast milk
        assertThat(recognize("Rahasia ASI bisa lancar? Cuma satu. Happy dan positif.")).isEmpty();
    }

    @Test
    void aCivilServantATextileIndustryAndAPowerLineWrittenShortAreNoNames() {
        // sindonews.com, 13 September 2019; tempo.co, 10 September 2019; kompas.com, 15 September 2019
        String body = "Puluhan pelajar SMP Negeri 38 Kerinci, Jambi berhari-hari tidak belajar lantaran tidak ada guru PNS"
                + " maupun honorer yang datang ke sekolah.\n\nMenurut Ade, besarnya volume produk impor kain membuat"
                + " industri tekstil dan produk tekstil (TPT) dalam negeri sulit bersaing karena harga kain impor yang"
                + " lebih murah.\n\nSementara sisanya sempat terhalang menara Saluran Udara Tegangan Ekstra Tinggi"
                + " (SUTET) di KM 17.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("PNS", "TPT", "SUTET");
        // IndoSum, cnnindonesia.com, 2 November 2017
        assertThat(recognize("Jakarta, CNN Indonesia - - Kementerian Keuangan (Kemenkeu) menyatakan, terdapat 3.709 orang"
                + " yang sejauh ini telah lolos mengikuti tes Calon Pegawai Negeri Sipil (CPNS).\n\nBeberapa jabatan"
                + " yang diincar CPNS antara lain terdiri dari peneliti properti."))
                .extracting(Entity::name).doesNotContain("CPNS").contains("Kementerian Keuangan");
    }

    @Test
    void aKindOfFacilityWrittenAsAnAcronymIsNoName() {
        // okezone.com, 16 September 2019: PLTS and PLTP are kinds of power plant, not one plant
        String body = "PLN terus mendorong pemanfaatan Energi Baru dan Terbarukan (EBT), khususnya dalam pemanfaatan"
                + " energi surya melalui Pembangkit Listrik Tenaga Surya (PLTS).\n\n\"Pengerjaan projek PLTS di NTT"
                + " dilakukan melalui penggunaan bidang lahan tanah yang tidak lagi produktif,\" kata GM PLN.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("PLTS").contains("PLN");
    }

    @Test
    void outletsClubsAndCompaniesNamedAloneAreOrganisations() {
        // CLICK-ID (Okezone, 10-16 September 2019)
        String body = "\"Awalnya dulu saya non muslim,\" ujar Ko Alim saat dihubungi Okezone, Senin, (9/9/2019).\n\n"
                + "Meski begitu, Montella menilai, meski Juventus dihuni sejumlah pemain berkualitas, mereka belum tentu"
                + " menjadi kampiun.\n\nPemerintah Republik Indonesia mengecam serangan pesawat nirawak atau drone terhadap"
                + " fasilitas produksi minyak Aramco di Arab Saudi.";
        List<Entity> entities = recognize(body);
        for (String name : List.of("Okezone", "Juventus", "Aramco")) {
            assertThat(named(entities, name)).as(name)
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        }
    }

    @Test
    void interjectionsOpeningASentenceAreNoNames() {
        // Okezone and Tempo, September 2019
        assertThat(recognize("Apa saja? Yuk disimak.")).isEmpty();
        assertThat(recognize("\"Manis sekali omongan ini. Emang lembaga peradilan hari ini beres?\" kata Arteria."))
                .extracting(Entity::name).containsExactly("Arteria");
    }

    @Test
    void onePersonSpeltTwoWaysIsOneEntity() {
        // Tempo, 12 September 2019: the given names as initials, then spelt with one letter less
        String body = "Putra pertama almarhum BJ Habibie, Ilham Habibie, mengatakan bapaknya teladan bagi generasi"
                + " penerus bangsa.\n\nJokowi bertindak sebagai inspektur upacara dalam prosesi pemakaman bagi Presiden"
                + " ke-3 RI Baharudin Jusuf Habibie pada Kamis siang.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.mentions().contains("BJ Habibie")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Baharudin Jusuf Habibie"));
        assertThat(named(entities, "Ilham Habibie")).hasValueSatisfying(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void aRomanNumeralAloneIsNoName() {
        // Kompas, September 2019, a name lost to the scrape before the numeral
        assertThat(recognize("Penyerang asal Indonesia, ,, kembali turun lapangan bersama , II."))
                .extracting(Entity::name).containsExactly("Indonesia");
    }

    @Test
    void initialsAfterATitleOpenTheName() {
        // Tempo, 12 September 2019
        assertThat(recognize("\"Dengan kepedihan & kesedihan yang mendalam, kami mendapat kabar tentang meninggalnya"
                + " Presiden B.J. Habibie.")).extracting(Entity::name).containsExactly("B.J. Habibie");
    }

    @Test
    void aPlaceWithItsKindIsThatPlaceWhereItsNameStandsAlone() {
        // CLICK-ID, 10 September 2019
        String body = "Menteri Badan Usaha Milik Negara (BUMN) Rini Soemarno meresmikan pengoperasian Internet Desa, Ides"
                + " Cafe di Desa Sidayu Tojan, Kecamatan Banjarangkan, Kabupaten Klungkung, Bali.\n\n\u201cDengan sambungan"
                + " internet ini, bisa mengakses pasar guna membantu mendorong pertumbuhan ekonomi dan meningkatkan"
                + " kesejahteraan rakyat, khususnya di Klungkung dan Bali.\u201d";
        assertThat(named(recognize(body), "Kabupaten Klungkung")).hasValueSatisfying(e ->
                assertThat(e.mentions()).containsExactlyInAnyOrder("Kabupaten Klungkung", "Klungkung"));
    }

    @Test
    void aVehiclesMakeAndModelAreNoNamesWhereverTheArticleWritesThem() {
        // sindonews.com, 10 September 2019
        String body = "Mobil Suzuki Ertiga dengan pelat nomor B 1549 SIJ yang dikendarai RBRM (21) melaju di Jalan "
                + "Lenteng Agung. Mobil tersebut kemudian menabrak motor Honda Vario B 3395 TRX.\n\n"
                + "Nasir menuturkan, sopir Suzuki Ertiga tersebut masih terus mengendarai mobilnya sehingga kembali "
                + "menabrak sebuah motor Yamaha Mio dengan pelat nomor B 4374 TOB.\n\n"
                + "Pengendara motor Honda Vario serta Yamaha Mio dibawa ke Rumah Sakit Pasar Rebo, Jakarta Timur.";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name)
                .contains("Rumah Sakit Pasar Rebo", "Jakarta Timur")
                .noneMatch(n -> n.contains("Suzuki") || n.contains("Honda") || n.contains("Yamaha")
                        || n.equals("Vario") || n.equals("Mio"));
    }

    @Test
    void aListedMakeAndModelBeforeALicencePlateAreNoNamesWhereverTheArticleWritesThem() {
        // tribunnews.com, 10 September 2019
        String body = "Kecelakaan lalu litas yang melibatkan Bus Mira nopol S 7190 US dengan Toyota Innova nopol AE 567 SC "
                + "mengakibatkan tiga orang meninggal dunia dan satu orang luka ringan.\n\n"
                + "Para korban merupakan penumpang Toyota Innova.\n\n"
                + "Kasatlantas Polres Nganjuk, AKP Hegy Renanta mengatakan mobil Innova tersebut dikemudikan Panji.";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name)
                .contains("Polres Nganjuk", "Hegy Renanta")
                .noneMatch(n -> n.contains("Toyota"));
    }

    @Test
    void aNameAloneIsTheOrganisationWrittenWithItsTown() {
        // tempo.co, 11 September 2019
        String body = "PSIS berhasil mengalahkan PSM Makassar dengan skor 1-0 di Stadion Andi Mattalatta, Makassar. "
                + "Ini sekaligus jadi kekalahan kandang pertama bagi PSM sepanjang musim ini.\n\n"
                + "Kini PSM menempati posisi kedelapan klasemen dengan nilai 22 dari 14 laga.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.name().equals("PSM Makassar")).singleElement()
                .satisfies(e -> assertThat(e.spans()).hasSizeGreaterThan(1));
        assertThat(entities).extracting(Entity::name).doesNotContain("PSM");
    }

    @Test
    void aStreetWrittenWithAndWithoutRayaIsOneStreet() {
        // sindonews.com, 10 September 2019
        String body = "Kecelakaan beruntun terjadi di Jalan Raya Lenteng Agung, tepatnya di gang Waspada, Jagakarsa. "
                + "Mobil tersebut melaju di Jalan Lenteng Agung dengan kecepatan tinggi.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.name().contains("Lenteng Agung")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Jalan Raya Lenteng Agung"));
    }

    @Test
    void aReligionIsNoPlace() {
        // sindonews.com, 16 September 2019
        String body = "Menteri Haji dan Umrah Mohammed Saleh Bin Taher Benten juga turut mencuci kiblat umat Islam tersebut.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("Islam");
    }

    @Test
    void aClubsNicknameIsTheClub() {
        // tempo.co, 16 September 2019
        String body = "Dengan demikian, Persija Jakarta sudah melepas lima pemain di bursa transfer putaran kedua. "
                + "Sebelum Yogi dan Yan Pieter, tim berjuluk Macan Kemayoran juga berpisah jalan dengan Bruno Matos, "
                + "Steven Paulle.";
        assertThat(named(recognize(body), "Persija Jakarta")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("Macan Kemayoran");
        });
    }

    @Test
    void theNationalStadiumIsOnePlaceInEachOfItsForms() {
        // sindonews.com, 10 September 2019
        String body = "Polisi juga mengamankan area di luar GBK dan di ruas jalan menuju GBK.\n\nDiketahui, Indonesia akan "
                + "melawan Thailand di Stadion Utama GBK, Jakarta pada Selasa (10/9/2019) pukul 19.30 WIB.";
        assertThat(recognize(body)).filteredOn(e -> e.mentions().contains("GBK")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOC);
            assertThat(e.mentions()).contains("Stadion Utama GBK");
        });
    }

    @Test
    void anOfficeOfACityNamedByOrdinaryWordsKeepsItsCity() {
        // sindonews.com, 11 September 2019
        String body = "\"20 CCTV ini terkoneksi langsung dengan Dinas Perhubungan Kota Batam, Dinas Komunikasi dan "
                + "Informasi Kota Batam,\" kata Kasat Lantas Polresta Barelang, Kompol I Putu Bayu Pati, Rabu (11/9/2019).";
        assertThat(named(recognize(body), "Dinas Komunikasi dan Informasi Kota Batam"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aListedOrganisationAfterDanIsAnotherOrganisation() {
        // okezone.com, 10 September 2019
        String body = "Hal itu disampaikannya ketika memberikan sambutan dan membuka acara Pertemuan Nasional Fraksi "
                + "Partai Demokrat DPR RI dan DPRD Provinsi/Kab/Kota se Indonesia Periode 2019-2024.";
        assertThat(recognize(body)).extracting(Entity::name).noneMatch(n -> n.contains("DPRD") && n.contains("Demokrat"));
    }

    @Test
    void aPoliceForcesUnitsTitlesAndHeadquartersAreTheForce() {
        // Kompas.com, 10 September 2019
        String body = "Kapolsek Sumur Bandung, Kompol Ari Purwantono mengatakan, peristiwa penusukan ini terjadi Selasa "
                + "(10/9/2019) pagi pukul 07.30 WIB.\n\nMendapati siswanya berlumuran darah, pihak sekolah kemudian "
                + "melaporkan kejadian itu ke Mapolsek sumur Bandung.\n\nBerbekal laporan itu, Unit Reskrim Polsek Sumur "
                + "Bandung kemudian melakukan penyisiran di lokasi di sekitar kejadian dan mendapati pelaku tak jauh dari lokasi.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Polsek Sumur Bandung")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("Mapolsek sumur Bandung");
        });
        assertThat(entities).extracting(Entity::name).noneMatch(n -> n.startsWith("Kapolsek") || n.startsWith("Unit"));
    }

    @Test
    void aUnitWrittenBeforeItsForceDoesNotRenameIt() {
        // sindonews.com, 11 September 2019
        String body = "Satuan Lalulintas (Satlantas) Polresta Barelang, Kepulauan Riau memasang CCTV di 20 titik "
                + "persimpangan jalan.\n\nDijelaskannya, CCTV juga digunakan untuk memantau aktivitas masyarakat bila "
                + "terjadi Lakalantas sebagai dasar bukti Satlantas Polresta Barelang.";
        assertThat(recognize(body)).filteredOn(e -> e.name().contains("Barelang")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Polresta Barelang");
            assertThat(e.mentions()).contains("Satlantas Polresta Barelang");
        });
    }

    @Test
    void aRegionsOfficeWrittenShortAndWithItsProvinceIsOneOffice() {
        // okezone.com, 15 September 2019
        String body = "Menurut Kepala Dinas Pendidikan Provinsi Jabar Dewi Sartika, problem krusial Pemdaprov Jabar terkait "
                + "sarana dan prasarana adalah keterbatasan lahan sekolah.\n\nSelama 2019, Disdik Jabar merehabilitasi "
                + "ruang kelas atau belajar sebanyak 488 ruangan di 123 sekolah.";
        assertThat(recognize(body)).filteredOn(e -> e.mentions().contains("Disdik Jabar")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Dinas Pendidikan Provinsi Jabar"));
        // sindonews.com, 16 September 2019
        String kobar = "Kabut asap di Kabupaten Kotawaringin Barat (Kobar), Kalteng, semakin pekat.\n\nUntuk mengantisipasi warga yang kekurangan oksigen, Dinas Kesehatan Kobar pada Senin (16/9/2019) "
                + "pagi mulai mendirikan rumah singgah oksigen.\n\n“Untuk sementara kita buat rumah singgah di area Dinkes "
                + "Kobar,” ujar Sulkan.";
        assertThat(recognize(kobar)).filteredOn(e -> e.type() == EntityType.ORG).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Dinas Kesehatan Kobar", "Dinkes Kobar"));
    }

    @Test
    void theGeneralAHospitalIsNamedAfterIsNoPerson() {
        // tribunnews.com, 10 September 2019
        String body = "Presiden ke-3 RI, BJ Habibie dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto, "
                + "Jakarta Pusat sejak Sabtu (7/9/2019) lalu.\n\nMendengar BJ Habibie dirawat di RSPAD Gatot Soebroto, "
                + "Presiden Joko Widodo (Jokowi) menjenguk presiden ke-3 RI tersebut.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .noneMatch(n -> n.contains("Soebroto"));
        // the long form with its short form and namesake, and the short form with the namesake, are one hospital
        assertThat(entities).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.contains("RSPAD"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.ORG);
                    assertThat(e.mentions()).contains("Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto",
                            "RSPAD Gatot Soebroto");
                });
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOC).extracting(Entity::name)
                .contains("Jakarta Pusat");
    }

    @Test
    void aSiteWrittenAloneAndWithItsDistrictIsOnePlace() {
        // tempo.co, 14 September 2019
        String body = "Refdi juga mengucapkan terima kasih kepada BRI yang disebutnya telah memperbaiki wahana permainan "
                + "di Taman Lalu Lintas Cibubur.\n\n\"Ketika kami melakukan kunjungan ke Taman Lalu Lintas, jalannya "
                + "rusak,\" katanya, \"Kemudian kami minta Dirjen Bina Marga untuk membenahi Taman Lalu Lintas di Cibubur ini.\"";
        assertThat(recognize(body)).filteredOn(e -> e.name().startsWith("Taman")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Taman Lalu Lintas", "Taman Lalu Lintas Cibubur"));
    }

    @Test
    void aMinistryWrittenWithoutItsHeadAfterAMinistersTitleIsTheMinistry() {
        // tribunnews.com, 10 September 2019
        String body = "Dalam rilis yang diberikan Kementerian Sekretariat Negara, Presiden Jokowi, yang didampingi "
                + "Menteri Sekretariat Negara, Pratikno tiba pada pukul 18.23 WIB.";
        assertThat(recognize(body)).filteredOn(e -> e.name().contains("Sekretariat")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Kementerian Sekretariat Negara"));
    }

    @Test
    void aCitysBranchOfAnOfficeIsAnOrganisation() {
        // Kompas.com, 16 September 2019
        String body = "Kepala Seksi Lalu Lintas Suku Dinas Perhubungan Jakarta Timur Andreas Eman mengatakan, trotoar "
                + "itu segera dibongkar.\n\n\"Trotoar itu kewenangan Sudin Bina Marga, nah mereka belum ke situ "
                + "anggarannya,\" ujar Eman.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Suku Dinas Perhubungan Jakarta Timur"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Sudin Bina Marga"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aTollRoadWrittenWithAndWithoutItsNounIsOneRoad() {
        // Kompas.com, 16 September 2019
        String body = "Trotoar di Jalan Raya Kalimalang, Duren Sawit, Jakarta Timur, yang terletak di tengah "
                + "jalan merupakan kewenangan dari pengembang Tol Becakayu.\n\nKepala Seksi Lalu Lintas Suku "
                + "Dinas Perhubungan Jakarta Timur Andreas Eman mengatakan, trotoar yang kerap membahayakan "
                + "pengendara motor maupun mobil itu segera dibongkar pengembang Tol Becakayu.\n\nHal itu "
                + "dipastikan setelah pihak Pemkot Jakarta Timur mengonfirmasi keberadaan trotoar "
                + "tersebut.\n\n\"Saya bilang ke mereka (pengembang Tol Becakayu) trotoar itu di samping bukan "
                + "di tengah. Akhirnya mereka siap, kapan perintah dari Wali Kota untuk memindahkan trotoar "
                + "itu. Bahkan mereka katanya mau buat taman tapi itu masih wacana,\" kata Eman di Kantor Wali "
                + "Kota Jakarta Timur, Senin (16/9/2019).\n\nMenurut Eman, trotoar tersebut tidak bisa "
                + "sembarang dibongkar Pemkot Jaktim. Sebab, trotoar itu merupakan kewenangan dan dibangun "
                + "pengembang Tol Becakayu.\n\n\"Trotoar itu kewenangan Sudin Bina Marga, nah mereka belum ke "
                + "situ (trotoar) anggarannya. Sehingga itu masih kewenangan Becakayu dan mereka bersedia "
                + "memodifikasi median jalan itu jadi trotoar. Karena itu membahayakan, saya lihat dari segi "
                + "membahayakan lalu lintasnya,\" ujar Eman.\n\nSebelumnya, trotoar di Jalan Raya Kalimalang "
                + "yang terletak di tengah jalan itu dikeluhkan pengendara karena membahayakan.\n\nTrotoar juga "
                + "dinilai mempersempit jalan dan kerap menimbulkan macet saat jam sibuk.";
        assertThat(recognize(body)).filteredOn(e -> e.mentions().contains("Becakayu")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Tol Becakayu"));
    }

    @Test
    void aMosqueIsAPlaceAndAJointOperationNoName() {
        // Kompas.com, 10 September 2019; okezone.com, 13 September 2019
        String body = "\"Ternyata tak jauh dari lokasi kejadian, pelaku diamankan masih di seputaran dekat situ sebelum "
                + "Mesjid Ukhuwah. Kami langsung amankan,\" tutur dia.\n\nMenurut dia, kedua KSO merupakan sesama Badan "
                + "Usaha Milik Negara (BUMN).";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Mesjid Ukhuwah")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
        assertThat(entities).extracting(Entity::name).doesNotContain("KSO");
    }

    @Test
    void aDirectorateGeneralWrittenWithItsMinistryIsTwoOrganisations() {
        // tempo.co, 14 September 2019
        String body = "Refdi juga mengucapkan terima kasih kepada BRI yang disebutnya telah memperbaiki wahana permainan "
                + "di Taman Lalu Lintas Cibubur. Selain juga Direktorat Jenderal Bina Marga Kementerian Pekerjaan Umum dan "
                + "Perumahan Rakyat.";
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Direktorat Jenderal Bina Marga", "Kementerian Pekerjaan Umum dan Perumahan Rakyat");
    }

    @Test
    void theSiteAJunctionIsNamedAfterIsAPlace() {
        // sindonews.com, 11 September 2019
        String body = "Menurutnya, 20 CCTV itu terpasang di hampir setiap simpang jalan yang ada di Kota Batam, seperti "
                + "simpang Baloi, simpang Pelita, simpang Lubuk Baja, simpang Hotel Pasific dan simpang jalan di depan "
                + "hotel Planet.";
        assertThat(named(recognize(body), "Baloi")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
    }

    @Test
    void initialsSpellingAPersonsNameAreThatPerson() {
        // sindonews.com, 15 September 2019
        String body = "Hal itu disampaikan Wakil Ketua MPR Hidayat Nur Wahid (HNW) saat sosialisasi 4 Pilar MPR RI kepada "
                + "ratusan anggota di Kota Makassar, Minggu (15/9/2019).\n\nHNW memaparkan bahwa dalam sejarah menjelang "
                + "kemerdekaan Indonesia banyak tokoh profesional.\n\nMenurut HNW, kegiatan ini untuk melakukan "
                + "sosialisasi Pancasila.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Hidayat Nur Wahid")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PER);
            assertThat(e.mentions()).contains("HNW");
        });
        assertThat(entities).extracting(Entity::name).doesNotContain("HNW");
    }

    @Test
    void aPoliceOfficesTerritoryAloneIsThePlaceAndAHospitalShortenedIsTheHospital() {
        // okezone.com, 10 September 2019
        String body = "Warga Cempaka Putih, Jakarta Pusat digegerkan oleh aksi seorang pemuda.\n\nKapolsek Cempaka Putih, "
                + "Kompol Sutrisno mengatakan, lokasi kejadian tidak jauh dari Rumah Sakit Islam Cempaka Putih.\n\n"
                + "\"Saat ambulans RS Islam melintas TKP jam 07.00 WIB melihat korban,\" katanya.\n\nSaat ini Polsek "
                + "Cempaka Putih dibantu anggota Polres Metro Jakarta Pusat sedang menyelidiki.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Cempaka Putih")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
        assertThat(named(entities, "Polsek Cempaka Putih")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).doesNotContain("Cempaka Putih");
        });
        assertThat(named(entities, "Rumah Sakit Islam Cempaka Putih"))
                .hasValueSatisfying(e -> assertThat(e.mentions()).contains("RS Islam"));
        assertThat(entities).extracting(Entity::name).doesNotContain("RS Islam");
    }

    @Test
    void aNicknameTheTextGivesJoinsItsPerson() {
        // tempo.co, 11 September 2019
        String body = "Mantan Ketua Umum Partai Persatuan Pembangunan Romahurmuziy mengatakan tak mengikuti polemik "
                + "revisi Undang-Undang Komisi Pemberantasan Korupsi.\n\n\"Saya itu mikir perkara saja sudah pusing, "
                + "jadi enggak ada waktu mikir, itu urusan DPR dan pemerintah,\" kata Rommy sapaan akrab Romahurmuziy di "
                + "Pengadilan Tindak Pidana Korupsi Jakarta, Rabu, 11 September 2019.\n\nAdapun Rommy saat ini "
                + "menghadapi kasus dugaan suap.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Romahurmuziy")).hasValueSatisfying(e -> assertThat(e.mentions()).contains("Rommy"));
        assertThat(entities).extracting(Entity::name).doesNotContain("Rommy");
    }

    @Test
    void aNicknameSetOffByCommasJoinsItsPersonAndBareCommasLinkNoOne() {
        // the CLICK-ID week, September 2019: a page that lost its links keeps the commas around them
        String body = "Bek Persib Bandung, Achmad Jufriyanto, berharap , bisa mengalahkan Thailand.\n\n"
                + "Jupe, sapaan akrab Achmad Jufriyanto, mengatakan kemenangan menjadi harga mati bagi Indonesia.\n\n"
                // tribunnews.com, September 2019: the singers' linked names lost, their commas kept
                + "Dua belas penyanyi asli Manado yang ada di dalam album tersebut antara lain ,, ,, Elke Ngantung, "
                + "Feybiola Kawatu, Sheilla Kalangi, ,, Erna Waleleng, ,, Zoya Lita.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Achmad Jufriyanto")).hasValueSatisfying(e -> assertThat(e.mentions()).contains("Jupe"));
        assertThat(entities).extracting(Entity::name).doesNotContain("Jupe").contains("Elke Ngantung", "Erna Waleleng");
    }

    @Test
    void aTitleGivenWithItsShortFormAfterAPersonsNameIsThatPerson() {
        // okezone.com, 12 September 2019
        String body = "Dalam kesempatan itu, Arteria langsung mempertanyakan adanya pertemuan Firli dengan mantan Gubernur "
                + "NTB Zainul Majdi atau Tuan Guru Bajang (TGB) yang saat ini sedang menjadi isu hangat berbagai pihak."
                + "\n\nPertemuan antara Firli dengan TGB sempat heboh saat Firli menjabat Deputi Penindakan KPK.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Zainul Majdi")).hasValueSatisfying(e -> assertThat(e.mentions()).contains("TGB"));
        assertThat(entities).extracting(Entity::name).doesNotContain("TGB");
    }

    @Test
    void anOrdinaryWordOpeningTheSentenceIsNoPartOfThePersonAfterIt() {
        // sindonews.com, 11 September 2019
        String body = "Dekan Fakultas Hukum Universitas Jember, Nurul Ghufron menjadi calon pimpinan (capim) Komisi "
                + "Pemberantasan Korupsi (KPK) keempat yang menjalani uji kelayakan dan kepatutan di Komisi III DPR, hari "
                + "ini.\n\nMakalah Ghufron berjudul kewenangan pemberian surat perintah penghentian penyidikan (SP3) "
                + "sebagai bentuk perwujudan asas keseimbangan profesionalisme keadilan dan kepastian hukum dalam penegakan "
                + "hukum.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Nurul Ghufron")).hasValueSatisfying(e -> assertThat(e.mentions()).contains("Ghufron"));
        assertThat(entities).extracting(Entity::name).doesNotContain("Makalah Ghufron", "Ghufron");
    }

    @Test
    void anOrdinaryWordOpeningTheSentenceAloneIsNoPersonWhereTheArticleWritesItInLowerCase() {
        // merdeka.com, IndoSum, 2017
        String body = "\"Untuk itu kami menyarankan agar Anda mengonsumsi obat yang mengandung parasetamol daripada yang "
                + "mengandung ibuprofen. Parasetamol langsung bekerja untuk membunuh virus tersebut tanpa menurunkan sistem "
                + "kekebalan tubuh Anda. Parasetamol juga mampu bermanfaat untuk mengendalikan naiknya suhu tubuh. \" "
                + "ujar Dr Mike Smith, peneliti dari Patients Association.";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).doesNotContain("Parasetamol").contains("Mike Smith");
    }

    @Test
    void aNameAfterATradeOnlyAPersonPractisesIsThatPerson() {
        // cnnindonesia.com, IndoSum, 22 February 2018
        String body = "Jakarta, CNN Indonesia - - Joker benar-benar akan punya film sendiri. Film yang menempatkan tokoh "
                + "jahat musuh Batman itu digarap sutradara Todd Phillips. Dilaporkan Ace Showbiz, film yang ada di bawah "
                + "naungan Warner Bros Pictures itu akan memulai proses produksinya pada Mei mendatang.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Todd Phillips")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PER));
    }

    @Test
    void aPlaceTheModelReadInsideACitedPublicationIsThePublicationsWord() {
        // tempo.co, 13 September 2019; kompas.com, 15 September 2019
        String body = "\"Hari ini saya mengumumkan niat saya, dengan pembentukan pemerintahan berikutnya, untuk menerapkan "
                + "kedaulatan Israel di Lembah Yordan dan Laut Mati utara,\" kata Netanyahu pada 10 September dikutip dari "
                + "Jerusalem Post.\n\n\"Saya tidak ingin mengatakan apa-apa, atau kalian (media) nanti mulai membandingkan "
                + "neraca dan sumber daya keuangan,\" jawab Conte santai dikutip Football Italia.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Jerusalem Post")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Football Italia")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(entities).extracting(Entity::name).doesNotContain("Jerusalem", "Italia", "Football");
    }

    @Test
    void aWordNamingAPublicationIsNoPartOfTheNameAfterIt() {
        // tempo.co, 12 September 2019, and kumparan, IndoSum, 28 April 2017, where such a word closes the name
        String body = "Hal itu diceritakan BJ Habibie kepada Tempo, yang menuliskan memoar tentang dirinya seperti dikutip "
                + "Majalah Tempo Maret 2012.\n\n\"Tindakan seperti apa, tergantung pada fakta dan bukti pada setiap "
                + "kasus,\" kata Johari, dilansir Berita Harian.";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).doesNotContain("Majalah");
        assertThat(named(entities, "Berita Harian")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void anInstitutionNamedWithItsPlaceKeepsThePlaceInItsName() {
        // sindonews.com, 11 September 2019; tempo.co, 11 September 2019
        String body = "Dekan Fakultas Hukum Universitas Jember, Nurul Ghufron menjadi calon pimpinan (capim) Komisi "
                + "Pemberantasan Korupsi (KPK) keempat yang menjalani uji kelayakan dan kepatutan di Komisi III DPR, hari "
                + "ini.\n\n\"Saya itu mikir perkara saja sudah pusing, jadi enggak ada waktu mikir itu urusan DPR dan "
                + "pemerintah,\" kata Rommy di Pengadilan Tindak Pidana Korupsi Jakarta, Rabu, 11 September 2019.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Universitas Jember")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Pengadilan Tindak Pidana Korupsi Jakarta"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(entities).extracting(Entity::name).doesNotContain("Jember", "Jakarta");
    }

    @Test
    void anAgencysShortFormInItsOwnLanguageInBracketsAfterItsNameIsTheAgency() {
        // tempo.co, 11 September 2019
        String body = "Badan Antariksa Eropa (ESA) telah memperingatkan bahwa saat ini terdapat 878 , yang berisiko "
                + "menabrak Bumi dalam 100 tahun ke depan, sebagaimana dilaporkan Express, Kamis, 12 September 2019.\n\n"
                + "Pada hari Selasa, ESA menulis di situs webnya: \"Menurut perkiraan ESA baru-baru ini, ada 878 asteroid "
                + "di 'daftar risiko'.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Badan Antariksa Eropa")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("ESA");
            assertThat(e.spans()).hasSize(4);
        });
        assertThat(entities).extracting(Entity::name).doesNotContain("ESA");
    }

    @Test
    void aListedShortFormInBracketsAfterTheNameTheTextWritesIsThatOrganisation() {
        // sindonews.com, 10 September 2019: the name written without "Seluruh", whose initials are no longer PSSI
        String body = "Polda Metro Jaya melakukan pertemuan dengan Persatuan Sepak Bola Indonesia (PSSI). Pertemuan itu "
                + "bertujuan untuk pengamanan dalam laga Timnas Indonesia melawan Thailand pada Selasa (10/9/2019) malam "
                + "nanti.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.mentions().contains("PSSI")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Persatuan Sepak Bola Indonesia"));
    }

    @Test
    void anOfficeWrittenWithItsShortFormBeforeItsPlaceIsOneOrganisation() {
        // sindonews.com, 13 September 2019
        String body = "Kejaksaan Negeri (Kejari) Jakarta Selatan telah menerima berkas kasus penyalahgunaan narkotika "
                + "komedian Tri Retno Prayudita alias Nunung, dari kepolisian. Selanjutnya, Kejari Jakarta Selatan segera "
                + "melimpahkan berkas perkaranya ke pengadilan.\n\nKeduanya disangkakan melanggar UU Narkotika, kata "
                + "jaksa. Nunung kini menjalani rehabilitasi.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Kejaksaan Negeri Jakarta Selatan")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("Kejari Jakarta Selatan");
        });
        assertThat(named(entities, "Tri Retno Prayudita")).hasValueSatisfying(e -> assertThat(e.mentions()).contains("Nunung"));
        assertThat(entities).extracting(Entity::name).doesNotContain("Nunung", "Kejaksaan Negeri");
    }

    @Test
    void aNameOfTwoWordsAfterAliasIsTheSamePerson() {
        // Kompas.com, 10 September 2019
        String body = "\"Izinkan Termohon PK mengingatkan kembali tentang Pemohon PK ketika menjadi saksi dalam perkara "
                + "e-KTP dalam perkara atas nama Irman, Sugiharto dan Andi Agustinus alias Andi Narogong di bawah sumpah "
                + "secara Islam menyatakan tidak pernah membicarakan tentang masalah e-KTP,\" kata jaksa Burhanuddin.\n\n"
                + "Bahkan, kata jaksa Burhanuddin, dalam sidang perkara terdakwa Andi Narogong, Setya Novanto yang telah "
                + "disumpah secara Islam mengaku tak pernah bertemu dengan Direktur Biomorf.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Andi Agustinus")).hasValueSatisfying(e -> assertThat(e.mentions()).contains("Andi Narogong"));
        assertThat(entities).extracting(Entity::name).doesNotContain("Andi Narogong");
    }

    @Test
    void anEventsNameAndItsShortFormAreNoEntity() {
        // sindonews.com, 13 September 2019
        String body = "Reed Panorama Exhibitions bersama dengan Kamar Dagang & Industri (kadin) Indonesia dan Perhimpunan "
                + "Waralaba & Lisensi Indonesia (WALI) hari ini mengadakan upacara pembukaan tiga pameran bisnis tahunan "
                + "Franchise & License Expo Indonesia (FLEI), Retail & Solution Expo Indonesia (RSEI) dan Café & Brasserie "
                + "Expo Indonesia (CBI). Acara ini menandakan dibukanya pameran bisnis terbesar untuk para pelaku serta "
                + "calon pengusaha waralaba di Indonesia.";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).noneMatch(n -> n.contains("Expo"))
                .doesNotContain("FLEI", "RSEI", "CBI").contains("Perhimpunan Waralaba & Lisensi Indonesia", "Indonesia");
    }

    @Test
    void aMinistrysShortFormsAndItsFireBrigadeAreOrganisations() {
        // okezone.com, 14 September 2019
        String body = "Sebagai tindak lanjut dari penanganan kebakaran hutan dan lahan (karhutla), hari ini Sabtu (14 "
                + "September 2019), Kementerian Lingkungan Hidup dan Kehutanan (KLHK), Badan Nasional Penanggulangan "
                + "Bencana (BNPB), Badan Meteorologi Klimatologi dan Geofisika (BMKG), serta Badan Restorasi Gambut (BRG), "
                + "kembali bertemu dengan awak media.\n\n\"Tiga direktur kami sedang bekerja di Riau, Kalimantan Barat dan "
                + "Kalimantan Tengah.\" ujar Direktur Jenderal Penegakan Hukum LHK, Rasio Ridho Sani.\n\nSenada dengan "
                + "pernyataan Dirjen Penegakan Hukum KLHK tadi, Kepala Badan Penanggulangan Bencana Nasional Doni Munardo "
                + "menyampaikan, ada beberapa keluhan dari unsur Manggala Agni, TNI dan Polri yang bekerja di lapangan.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Kementerian Lingkungan Hidup dan Kehutanan"))
                .hasValueSatisfying(e -> assertThat(e.mentions()).contains("LHK", "KLHK"));
        assertThat(named(entities, "Badan Nasional Penanggulangan Bencana"))
                .hasValueSatisfying(e -> assertThat(e.mentions()).contains("BNPB", "Badan Penanggulangan Bencana Nasional"));
        assertThat(named(entities, "Manggala Agni")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void makersOfPhonesAndComputersNamedAloneAreCompanies() {
        // sindonews.com, 13 and 11 September 2019
        assertThat(named(recognize("Lenovo memperkenalkan laptop seri V130 di Indonesia."), "Lenovo"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(recognize("Perceraian Sony dan Disney yang telah menyebabkan Spider-Man harus hengkang dari "
                + "Marvel Cinematic Universe."), "Sony")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aStockCodeAfterACompanysLegalFormIsTheCompany() {
        // sindonews.com, 16 September 2019
        String body = "Adapun menu saham hari ini yang patut dicermati yakni saham PT Bank Negara Indonesia (Persero) Tbk. "
                + "(BBNI), PT Indofood Sukses Makmur Tbk. (INDF) dan PT Kalbe Farma Tbk. (KLBF).";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).doesNotContain("BBNI", "INDF", "KLBF", "Persero");
        assertThat(entities).filteredOn(e -> e.mentions().contains("KLBF")).extracting(Entity::name)
                .containsExactly("PT Kalbe Farma Tbk");
    }

    @Test
    void aPoliceUnitsOfficerTitleIsNoPerson() {
        // kompas.com, 10 September 2019
        String body = "\"Kalau hari ini separuhnya,\" kata Panit Tindak Satlantas Polres Jakarta Selatan, Ipda Deni Setiawan "
                + "saat ditemui di lokasi.";
        List<Entity> entities = recognize(body);
        assertThat(entities).extracting(Entity::name).contains("Polres Jakarta Selatan", "Deni Setiawan")
                .doesNotContain("Panit");
    }

    @Test
    void anOutletNamedByItsAddressIsAnOrganisation() {
        // kompas.com, 9 September 2019; tribunnews.com, 10 September 2019; tempo.co, 12 September 2019
        String body = "Bisa lima orang sehari yang pesan,\" kata Teguh kepada Kompas.com, Senin (9/9/2019).\n\n"
                + "Menurut pantauan tribunnews.com, dua jam kemudian massa membubarkan diri.\n\n"
                + "Dapat dilihat di link berikut: www.yamalube-promo.com.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Kompas.com")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "tribunnews.com")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(entities).extracting(Entity::name).doesNotContain("yamalube-promo.com", "com");
        assertThat(recognize("SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah telah meminta bantuan militer China."))
                .extracting(Entity::name).doesNotContain("SERAMBINEWS.COM");
    }

    @Test
    void aSentenceListingBodiesByTheirNamesIsNoHeadline() {
        // IndoSum, antaranews.com, 2016: the bodies the president dissolved, every ordinary word a name's
        List<Entity> entities = recognize("Presiden Jokowi membubarkan sembilan lembaga nonstruktural.\n\nKemudian, "
                + "Tim Nasional Pembakuan Nama Rupabumi, Dewan Kelautan Indonesia, Dewan Nasional Kawasan Perdagangan"
                + " Bebas dan Pelabuhan Bebas dan Badan Koordinasi Penataan Ruang Nasional.");
        assertThat(entities).extracting(Entity::name).contains("Dewan Kelautan Indonesia",
                "Dewan Nasional Kawasan Perdagangan Bebas dan Pelabuhan Bebas", "Badan Koordinasi Penataan Ruang Nasional");
        // a headline inside the body, with no full stop, still counts only the names known elsewhere
        assertThat(recognize("Presiden Jokowi membubarkan sembilan lembaga.\n\nDewan Kelautan Indonesia Dan Badan "
                + "Koordinasi Penataan Ruang Nasional Resmi Dibubarkan"))
                .extracting(Entity::name).doesNotContain("Dewan Kelautan Indonesia");
    }

    @Test
    void theNameBeforeTheOutletsAddressInADatelineIsAPlace() {
        // IndoSum, juara.net, 23 April 2017: the city, where the model read the club
        List<Entity> entities = recognize("BARCELONA, JUARA.net - Atletico Madrid meraih kemenangan tipis 1 - 0 dalam "
                + "lanjutan Liga Spanyol pekan ke - 33 di markas Espanyol, Sabtu (22 / 4 / 2017).");
        assertThat(named(entities, "BARCELONA")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
        // a name opening the body with no dateline after it keeps the model's type
        assertThat(named(recognize("Barcelona, tim yang kalah, menang lagi."), "Barcelona"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void signsOfTheZodiacAndFormsOfAddressAreNoPeople() {
        // okezone.com, 10 September 2019; tribunnews.com, 11 September 2019
        List<Entity> entities = recognize("Berikut ramalan zodiak hari ini untuk Taurus, Gemini, Virgo, Libra dan Scorpio.\n\n"
                + "\"Dilihat dari alat rekam medis, kondisi Eyang (Habibie) mulai membaik ya,\" kata Melanie.");
        assertThat(entities).extracting(Entity::name)
                .doesNotContain("Taurus", "Gemini", "Virgo", "Libra", "Scorpio", "Eyang").contains("Habibie");
    }

    @Test
    void aCarModelIsNoPerson() {
        // tribunnews.com, September 2019: a candidate's team on the vehicles she wants, the party's backing
        List<Entity> entities = recognize("\"Yang pasti Ibu ingin partai Mercy dan Alphard,\" katanya. "
                + "Azizah mengambil formulir setelah DPC PDI-P mengumumkan secara resmi.");
        assertThat(entities).extracting(Entity::name).doesNotContain("Alphard").contains("Azizah");
    }

    @Test
    void aPartysBoardWrittenBeforeItIsNoOrganisationOfItsOwn() {
        // tribunnews.com, 10 September 2019
        List<Entity> entities = recognize("Azizah mengambil formulir setelah DPC PDI-P mengumumkan secara resmi "
                + "membuka pendaftaran bakal calon wali kota Tangsel.");
        assertThat(entities).flatExtracting(Entity::mentions).doesNotContain("DPC").contains("PDI-P");
    }

    @Test
    void aRegionsOfficeWrittenShortIsAnOrganisationAndTheRegionStaysAPlace() {
        // sindonews.com, 10 September 2019
        List<Entity> entities = recognize("Bupati Tabalong, H Anang Syakhfiani memberikan tantangan kepada Komite "
                + "Olahraga Nasional Indonesia (KONI) dan Disporabudpar Tabalong untuk dapat mempertahankan peringkat "
                + "itu.\n\nBupati juga mengakui peringatan Haornas ke-36 tingkat Kabupaten Tabalong tahun 2019 adalah "
                + "peringatan hari olahraga terbesar di Kabupaten Tabalong.");
        assertThat(named(entities, "Disporabudpar Tabalong")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Kabupaten Tabalong")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOC);
            assertThat(e.mentions()).contains("Tabalong");
        });
        assertThat(entities).noneMatch(e -> e.type() == EntityType.PER && e.name().contains("Tabalong"));
    }

    @Test
    void anExciseWrittenShortAndAPublisherAreReadAsSuch() {
        // tempo.co, 13 September 2019; kompas.com, 10 September 2019
        List<Entity> entities = recognize("Mulai 1 Januari 2020, tarif CHT naik sebesar 23 persen.\n\nNamun, kini "
                + "Marvel membuat sebuah perubahan besar terhadap , yang dapat mengubah tempatnya di jagat Marvel.");
        assertThat(entities).extracting(Entity::name).doesNotContain("CHT");
        assertThat(named(entities, "Marvel")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aRegionsGovernmentAndItsCivilPoliceWithShortFormsInsideAreOneOrganisationEach() {
        // sindonews.com, 15 September 2019; tribunnews.com, 10 September 2019
        List<Entity> entities = recognize("Untuk menekan angka penderita ISPA, Pemerintah Kabupaten (Pemkab) Merangin "
                + "memutuskan meliburkan sekolah.\n\nSenin (9/9/2019), Satuan Polisi Pamong Praja (Satpol PP) Karangasem "
                + "mengerahkan sekitar 9 personel, bersama 4 orang pegawai PSC, dan Babinsa.\n\nKepala Satpol PP "
                + "Karangasem, I Wayan Sutapa menjelaskan.");
        assertThat(named(entities, "Pemerintah Kabupaten Merangin")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Satuan Polisi Pamong Praja Karangasem")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("Satpol PP Karangasem");
        });
        assertThat(entities).extracting(Entity::name).doesNotContain("Babinsa", "Merangin");
    }

    @Test
    void aCompanysShortFormAfterItsLegalFormIsTheCompany() {
        // okezone.com, 10 September 2019
        String body = "Pekerjaan konstruksi Jalan Tol oleh anak usaha PT Jasa Marga (Persero) Tbk, PT Jasamarga Jalanlayang "
                + "Cikampek (JJC) ini merupakan ruas jalan tol yang membentang dari Cikunir hingga Karawang Barat.\n\n"
                + "Sementara itu, Direktur Utama PT JJC Djoko Dwijono menargetkan Jalan Tol Jakarta-Cikampek II (Elevated) "
                + "ini dapat digunakan secara fungsional pada akhir tahun 2019.";
        assertThat(recognize(body)).filteredOn(e -> e.mentions().contains("PT JJC")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("PT Jasamarga Jalanlayang Cikampek"));
    }

    @Test
    void anOfficeWrittenWithoutItsRegionIsTheOneOfTheRegion() {
        // sindonews.com, 16 September 2019
        String body = "Dinas Kesehatan Kabupaten Banyuasin sudah menurunkan Tim untuk mengecek langsung di rumah sakit.\n\n"
                + "\"Keadaan asap tebal ini jangan keluar rumah kalau tidak penting, dan sebaiknya memakai masker. Pihak "
                + "kita Dinas Kesehatan dan perangkat siap 24 Jam untuk layani masyarakat,\" jelas dia.";
        assertThat(recognize(body)).filteredOn(e -> e.name().startsWith("Dinas")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("Dinas Kesehatan Kabupaten Banyuasin", "Dinas Kesehatan"));
    }

    @Test
    void aSiteWrittenWithItsShortFormIsNamedByTheShortFormWithItsPlace() {
        // sindonews.com, 12 September 2019
        String body = "Ditlantas Polda Metro Jaya menerjunkan ratusan personel polisi lalu lintas untuk kelancaran proses "
                + "pemakaman Presiden Ri ke-3 BJ Habibie di Taman Makam Pahlawan (TMP) Kalibata, Jakarta Selatan.\n\n"
                + "Arus lalu lintas di sekitar TMP Kalibata dialihkan.";
        assertThat(recognize(body)).filteredOn(e -> e.name().contains("Kalibata")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOC);
            assertThat(e.name()).isEqualTo("Taman Makam Pahlawan Kalibata");
            assertThat(e.mentions()).contains("TMP Kalibata");
        });
    }

    @Test
    void aRiverBasinAgencyIsAnOrganisationNotTheRiver() {
        // tempo.co, 12 September 2019
        String body = "Kepala Balai Besar Wilayah Sungai Ciliwung-Cisadane (BBWSCC) Bambang Hidayah mengatakan pihaknya "
                + "akan melakukan normalisasi dan naturalisasi Ciliwung sepanjang 1,5 kilometer pada 2020.";
        assertThat(named(recognize(body), "Balai Besar Wilayah Sungai Ciliwung-Cisadane")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("BBWSCC");
        });
    }

    @Test
    void aSeatOfGovernmentWrittenOnlyAsWhereThingsHappenIsAPlace() {
        // okezone.com, 12 September 2019
        String body = "Kenangan indah bersama BJ Habibie pun diungkapkan pedangdut Iis Dahlia saat mengisi suara dalam "
                + "acara 17 Agustus di Istana Negara, Jakarta Pusat. Ia bahkan mengungkap suasana saat dirinya bernyanyi "
                + "di Istana sangatlah santai.";
        assertThat(recognize(body)).filteredOn(e -> e.mentions().contains("Istana Negara")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.LOC);
                    assertThat(e.mentions()).contains("Istana");
                });
        // the government it stands for stays the organisation the lists give: "Pejabat Istana menolak berkomentar."
        assertThat(named(recognize("Pejabat Istana menolak berkomentar."), "Istana"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aPlatformActingIsTheCompanyAndTheServicesNamedWithItAreToo() {
        // CNN Indonesia, 24 September 2017 (IndoSum): YouTube speaks; Spotify is one of the streaming services
        String body = "Menanggapi hal itu, YouTube menyatakan bahwa sesungguhnya mereka telah membayar royalti lebih "
                + "tinggi dibandingkan Spotify dan layanan streaming lainnya.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "YouTube")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Spotify")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void platformsListedWithACompanyAreCompanies() {
        // CNN Indonesia, 14 August 2017 (IndoSum): the platforms the ministry summoned
        String body = "Beberapa pihak yang dipanggil selain Facebook adalah Telegram, Twitter, dan Google.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Telegram", "Twitter", "Google");
    }

    @Test
    void aPlatformSomethingIsPostedOnIsNoEntityWhateverVerbFollows() {
        // tempo.co, 11 September 2019: Bolton wrote on Twitter; Twitter explained nothing
        String body = "Sementara Bolton melalui Twitter menjelaskan dia mengajukan pengunduran diri secara sukarela.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("Twitter");
    }

    @Test
    void aNameAfterAWordThatOwnsNoNameIsTheCompany() {
        // tempo.co, 13 September 2019
        String body = "Juru bicara maskapai Condor menjelaskan kepada CNN bahwa setelah pesawat menjalani inspeksi dan "
                + "perbaikan menyeluruh melanjutkan penerbangan.";
        assertThat(named(recognize(body), "Condor")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aBandNamedAfterTheWordBandIsAnOrganisation() {
        // CLICK-ID, 10-16 September 2019: the band, never its singer, which the tagger read as a person
        String body = "Eks vokalis band Silly Riot yang telah menikah dengan warga negara Amerika Serikat ini mengaku "
                + "mengalami kekerasan dalam rumah tangga. Silly Riot sempat merilis album.";
        assertThat(named(recognize(body), "Silly Riot")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(recognize("Grup band Slank yang beranggotakan Kaka, Bimbim, Ridho, Ivanka, dan Abdee akan "
                + "tampil pada hari pertama."), "Slank")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aBandItsMembersBelongToIsAnOrganisation() {
        // okezone.com, CLICK-ID, 10-16 September 2019: the group, which the tagger read as a person
        String body = "Setelah melaksanakan rangkaian tur dunia, para personel Blackpink memang diberi kesempatan untuk "
                + "beristirahat.";
        assertThat(named(recognize(body), "Blackpink")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        // IndoSum, 2017: a person's longer span there may hold a member, and is left the model's
        assertThat(recognize("Rencananya, personel SHINee Taemin juga bakal tampil solo di ajang ini."))
                .noneMatch(e -> e.type() == EntityType.ORG);
    }

    @Test
    void theOutletASpeakerSpokeToIsAnOrganisation() {
        // kompas.com, CLICK-ID, 10-16 September 2019: the magazine the designer spoke to
        String body = "\"Sebagian besar acara marketing saya dibatalkan,\" ujar Abloh kepada Vogue.";
        assertThat(named(recognize(body), "Vogue")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aPublicationWhoseReportIsCitedIsAnOrganisation() {
        // tempo.co, 13 September 2019: the magazine, which the tagger did not see
        String body = "Menurut laporan TIME, 13 September 2019, peta Netanyahu menggambarkan Lembah Yordan dan Laut Mati utara.";
        assertThat(named(recognize(body), "TIME")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        // IndoSum, 2018: a name with a number, closed by a verb of saying
        String claimed = "Tidak kepalang tanggung, laporan Le 10 Sport mengklaim kubu Old Trafford akan mengalokasikan dana.";
        assertThat(named(recognize(claimed), "Le 10 Sport")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aReportByAPersonOrAPlaceNamesNoPublication() {
        // tempo.co and CLICK-ID, September 2019: the one who reported to the police, and a Dutch report
        String reported = "Ia diperiksa dengan dugaan melanggar pasal 335 KUHP atas laporan Hinto Susanto.";
        assertThat(named(recognize(reported), "Hinto Susanto")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PER));
        String dutch = "Menurut laporan Belanda, dari situs tersebut ditemukan 30 buah prasasti.";
        assertThat(named(recognize(dutch), "Belanda")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
    }

    @Test
    void anEmbassyWrittenShortWithItsCityIsAnOrganisation() {
        // ANTARA, 29 October 2017 (IndoSum): the embassy in Quito, which the tagger read as a person
        String body = "Selain persembahan tarian, KBRI Quito juga mempersembahkan lukisan dari Bali sebagai salah satu "
                + "door prize dalam acara tersebut.";
        assertThat(named(recognize(body), "KBRI Quito")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        // tempo.co, 13 September 2019: the embassy written alone stays the organisation
        assertThat(named(recognize("KBRI juga melansir Menteri Luar Negeri Singapura."), "KBRI"))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aNameCountedAsACrowdIsNoEntity() {
        // IndoSum, 2017: the people of Venice, read as a person
        String body = "Tahun lalu, ribuan Venetian sebagai warga asli kota Venesia, sempat melakukan aksi turun ke jalan "
                + "karena terus kehilangan tempat tinggal yang disulap menjadi penginapan oleh investor hotel.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("Venetian");
    }

    @Test
    void aSeaNamedAfterACountryIsTheSea() {
        // merdeka.com, 28 August 2017 (IndoSum)
        String body = "Adanya Siklon Tropis PAKHAR yang berada di Laut China, sebelah Barat Filipina, memperkuat aliran angin "
                + "dari Selatan yang menyeberang ke Indonesia.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Laut China")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
        assertThat(entities).extracting(Entity::name).doesNotContain("China");
    }

    @Test
    void aPoliceOfficeWrittenByItsChiefsTitleBeforeItsRegionIsTheOffice() {
        // merdeka.com, 22 September 2016 (IndoSum)
        String body = "Merdeka.com - Insiden terjadi menjelang sertijab Kapolsek Torgamba, Labuhan Batu, Sumut, Rabu (21 / 9) "
                + "sekitar pukul 09.00 WIB. Pejabat baru itu tiba-tiba terjatuh dan terluka lalu meninggal dunia.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Polsek Torgamba")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(entities).extracting(Entity::name).doesNotContain("Torgamba");
    }

    @Test
    void anElectionAndACommemorationNamedShortAreEvents() {
        // kumparan, 19 December 2017; Rimanews, 25 April 2017 (IndoSum)
        String body = "Menurut Johnny, ketiga partai tersebut telah memenuhi syarat jumlah kursi di DPR untuk mengusung "
                + "Ridwan Kamil maju di Pilgub Jabar 2019.\n\nAcara dilanjutkan dengan perayaan Hari Ulang Tahun ke - 71 "
                + "Muslimat Nahdlatul Ulama serta Haul Syekh Abdul Qadir Jailani.";
        assertThat(recognize(body)).extracting(Entity::name)
                .contains("Ridwan Kamil", "DPR").doesNotContain("Pilgub Jabar", "Haul Syekh Abdul Qadir Jailani");
    }

    @Test
    void aCharacterAfterANewCharactersCueIsNoEntity() {
        // CNN Indonesia, 21 April 2017 (IndoSum)
        String body = "Sementara itu, bintang Atlanta Zazie Beetz akan bergabung dalam film tersebut sebagai karakter baru Domino.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("Domino");
    }

    @Test
    void aShortFormWithItsNameInBracketsAfterItIsOneOrganisation() {
        // JUARA.net, 16 February 2018 (IndoSum)
        String body = "Perjanjian kerja sama antara Perpani (Persatuan Panahan Seluruh Indonesia) dan Kemenpora mengalami "
                + "perubahan dan baru ditandatangani serta dikembalikan pada Selasa (13 / 2 / 2018).";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Persatuan Panahan Seluruh Indonesia")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).containsExactlyInAnyOrder("Perpani", "Persatuan Panahan Seluruh Indonesia");
        });
        assertThat(named(entities, "Kemenpora")).isPresent();
    }

    @Test
    void aShortFormAfterTheNameInAnotherLanguageAndASlashIsTheOrganisation() {
        // antaranews.com, 22 February 2018 (IndoSum)
        String body = "Kota historis di Yaman, Zabid, sedang terancam saat serangan militer pemerintah semakin mendekat, "
                + "kata Komite Internasional Palang Merah (International Committee of the Red Cross / ICRC) pada Selasa "
                + "(20 / 02), meminta pihak bertikai melindungi situs tersebut.";
        assertThat(named(recognize(body), "Komite Internasional Palang Merah")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.mentions()).contains("ICRC");
        });
    }

    @Test
    void aFederationAndAnInquiryCommitteeWrittenShortAreOrganisations() {
        // tempo.co, 14 and 16 September 2019 (CLICK-ID)
        String federation = "Gabungan Perserikatan Pabrik Rokok Indonesia (GAPPRI) menilai kenaikan , dan harga jual "
                + "eceran (HJE) pada tahun depan akan sangat memberatkan industri hasil tembakau (IHT).";
        assertThat(named(recognize(federation), "Gabungan Perserikatan Pabrik Rokok Indonesia")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        String committee = "Pansus Pemindahan Ibu Kota beranggota 30 anggota DPR lintas fraksi dan komisi.";
        assertThat(named(recognize(committee), "Pansus Pemindahan Ibu Kota")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aPlaceNamedAsALanguageIsNoEntity() {
        // CNN Indonesia, 9 May 2017 (IndoSum): the Javanese language, not the island
        String body = "Ada pula Gafarock, yang dikenal setelah meng - cover lirik lagu pop menjadi bahasa Jawa.";
        assertThat(recognize(body)).extracting(Entity::name).doesNotContain("Jawa");
    }

    @Test
    void aPlatformsRegionalOfficeIsThePlatform() {
        // CNN Indonesia, 14 August 2017 (IndoSum): Facebook's Asia Pacific office, no place of the story
        String body = "Pada 2 Agustus lalu, perwakilan Facebook Asia Pasifik datang ke Jakarta dan melakukan pertemuan "
                + "dengan Kementerian Komunikasi dan Informatika (Kemkominfo).";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Facebook")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(entities).extracting(Entity::name).doesNotContain("Asia Pasifik", "Facebook Asia Pasifik");
    }
}
