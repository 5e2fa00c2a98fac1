package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
    private final EntityMerger merger = new EntityMerger(Gazetteer.standard(), NamedEntityTagger.standard()::mayBeCommonWord);

    /** Mentions of {@code names} in {@code body}, at their first occurrence after the previous one. */
    private static List<Mention> mentions(String body, EntityType type, String... names) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = body.indexOf(name, from);
            out.add(new Mention(type, name, new Span(at, at + name.length()), null));
            from = at + 1;
        }
        return out;
    }

    @Test
    void aNameWrittenWithAndWithoutItsSpacesOrHyphenIsOneEntity() {
        // sindonews.com, 10 September 2019
        String river = "Tumpukan sampah di Sungai Kalibaru di wilayah Bogor dalam dua pekan terakhir menjadi sorotan. "
                + "Sampah menggunung menutupi aliran Sungai Kali Baru.";
        assertThat(merger.merge(mentions(river, EntityType.LOC, "Sungai Kalibaru", "Bogor", "Sungai Kali Baru")))
                .filteredOn(e -> e.name().startsWith("Sungai")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).containsExactlyInAnyOrder("Sungai Kalibaru", "Sungai Kali Baru"));
        // tempo.co, 10 September 2019
        String airport = "Layanan fitur Instan yang hari ini diluncurkan di Bandara Soekarno-Hatta diharapkan juga bisa hadir. "
                + "Hal itu dia sampaikan saat Gojek meluncurkan fitur baru Go-car Instan yang di Bandara Soekarno Hatta.";
        assertThat(merger.merge(mentions(airport, EntityType.LOC, "Bandara Soekarno-Hatta", "Bandara Soekarno Hatta")))
                .singleElement().satisfies(e -> assertThat(e.spans()).hasSize(2));
    }

    @Test
    void aNameWrittenApartOnceTakesTheTypeItIsMostOftenGiven() {
        // DailySocial (IndoSum): the company written as one word, and once apart in a founder's words
        String body = "Setelah menjalankan bisnisnya selama satu tahun, HelloBeauty yang merupakan marketplace untuk make up "
                + "artist. Selanjutnya HelloBeauty berencana untuk menjalin kerja sama. \"Kemarin saya dan istri sampai harus "
                + "balik ke Jakarta karena Hello Beauty masuk Top 10 Startup World Cup competition.\"";
        List<Mention> mentions = new ArrayList<>(mentions(body, EntityType.ORG, "HelloBeauty", "HelloBeauty"));
        mentions.addAll(mentions(body, EntityType.PER, "Hello Beauty"));
        assertThat(merger.merge(mentions)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.spans()).hasSize(3);
        });
    }

    @Test
    void surnameAndFirstNameJoinTheFullName() {
        String body = "(Presiden Rusia Vladimir) Putin akan mengirim perwakilan. Presiden Rusia, Vladimir Putin, "
                + "resmi memerintahkan operasi militer. Putin tak segan bertindak.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Vladimir", "Putin", "Vladimir Putin", "Putin"));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Vladimir Putin");
        assertThat(entities.get(0).mentions()).containsExactly("Vladimir", "Putin", "Vladimir Putin");
        assertThat(entities.get(0).spans()).hasSize(4);
    }

    @Test
    void aGivenNameCutShortJoinsTheOnePersonItOpens() {
        // tempo.co, 10 September 2019
        String body = "kata Menteri Perdagangan RI Enggartiasto Lukita usai bertemu secara bilateral dengan Menteri "
                + "Pembangunan Ekonomi Rusia Maksim Oreshkin di Bangkok. \"Namun Rusia juga menyampaikan akan memberikan "
                + "dukungan,\" ujar Enggar.";
        List<Entity> entities =
                merger.merge(mentions(body, EntityType.PER, "Enggartiasto Lukita", "Maksim Oreshkin", "Enggar"));
        assertThat(entities).extracting(Entity::name).containsExactly("Enggartiasto Lukita", "Maksim Oreshkin");
        assertThat(entities.get(0).mentions()).containsExactly("Enggartiasto Lukita", "Enggar");
    }

    @Test
    void aSharedFirstNameStaysApartWhenTwoPeopleHaveIt() {
        String body = "Vladimir Medinsky, kepala delegasi Rusia, bertemu Menteri Luar Negeri Belarusia, Vladimir Makei. "
                + "Vladimir tersenyum.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Vladimir Medinsky", "Vladimir Makei", "Vladimir"));
        assertThat(entities).extracting(Entity::name).containsExactly("Vladimir Medinsky", "Vladimir Makei", "Vladimir");
    }

    @Test
    void transliterationsAreOneEntity() {
        String body = "Presiden Ukraina Volodymyr Zelenskyy meminta Uni Eropa. Zelensky mengatakan Rusia menyerbu. "
                + "Kata Zelenskiy.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).mentions()).containsExactly("Volodymyr Zelenskyy", "Zelensky", "Zelenskiy");
    }

    @Test
    void listedSpellingVariantsTakeTheCanonicalName() {
        String body = "Pasukan Rusia mendekat ke Ibu Kota Ukraina, Kiev. Ledakan terdengar di Kyiv.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.LOC, "Kiev", "Kyiv"));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Kyiv");
        assertThat(entities.get(0).mentions()).containsExactly("Kiev", "Kyiv");
    }

    @Test
    void nicknamesFromTheAliasTableJoin() {
        String body = "Presiden Joko Widodo meresmikan jalan tol. Jokowi mengatakan proyek itu selesai tepat waktu.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Joko Widodo", "Jokowi"));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Joko Widodo");
            assertThat(e.mentions()).containsExactly("Joko Widodo", "Jokowi");
        });
    }

    @Test
    void honorificsAreLeftOutOfTheName() {
        String body = "Gubernur Jawa Barat Dr. H. Ahmad Heryawan, M.Si. membuka acara. Ahmad Heryawan berharap banyak.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Dr. H. Ahmad Heryawan, M.Si.", "Ahmad Heryawan"));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Ahmad Heryawan"));
    }

    @Test
    void oldSpellingIsTheSamePerson() {
        String body = "Di era Presiden Soeharto, harga beras stabil. Suharto lengser pada 1998.";
        assertThat(merger.merge(mentions(body, EntityType.PER, "Soeharto", "Suharto"))).hasSize(1);
    }

    @Test
    void acronymJoinsTheOrganisationWhoseInitialsItSpells() {
        String body = "Menurut Lembaga Ilmu Pengetahuan Indonesia (LIPI), temuan itu baru. LIPI akan menelitinya.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Lembaga Ilmu Pengetahuan Indonesia", "LIPI", "LIPI"));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Lembaga Ilmu Pengetahuan Indonesia");
            assertThat(e.spans()).hasSize(3);
        });
    }

    @Test
    void listedAcronymJoinsItsLongForm() {
        String body = "Badan Pusat Statistik mencatat inflasi 5,95 persen. Kepala BPS menjelaskan penyebabnya.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Badan Pusat Statistik", "BPS"));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Badan Pusat Statistik"));
    }

    @Test
    void rolesAreCollectedOncePerEntity() {
        String body = "ujar juru bicara Kremlin, Dmitry Peskov. Juru bicara Kremlin Dmitry Peskov menolak.";
        List<Mention> ms = List.of(
                new Mention(EntityType.PER, "Dmitry Peskov", new Span(27, 40), "juru bicara Kremlin"),
                new Mention(EntityType.PER, "Dmitry Peskov", new Span(62, 75), "Juru bicara Kremlin"));
        assertThat(merger.merge(ms)).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("juru bicara Kremlin"));
    }

    @Test
    void theArticlesOwnLongFormBeatsTheListedOne() {
        // PBB is listed as Perserikatan Bangsa-Bangsa, but this article spells it out as a party
        String body = "Bawaslu menggelar sidang untuk Partai Bulan Bintang (PBB). Ketua Umum PBB hadir.";
        List<Mention> ms = new ArrayList<>(mentions(body, EntityType.ORG, "Partai Bulan Bintang", "PBB", "PBB"));
        assertThat(merger.merge(ms)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Partai Bulan Bintang");
            assertThat(e.mentions()).containsExactly("Partai Bulan Bintang", "PBB");
        });
    }

    @Test
    void aListedAcronymKeepsItsMeaningWithoutADefinition() {
        String body = "Arab Saudi dan AS sepakat menambah produksi minyak. AS akan mengirim delegasi.";
        List<Mention> ms = new ArrayList<>(mentions(body, EntityType.LOC, "Arab Saudi", "AS", "AS"));
        assertThat(merger.merge(ms)).extracting(Entity::name).containsExactly("Arab Saudi", "AS");
    }

    @Test
    void longerFormsOfOnePersonJoinFirst() {
        String body = "Terpidana mati Mary Jane Veloso menunggu. Mary Jane Fiesta Veloso ditangkap pada 2010. "
                + "Mary Jane berharap. Mary tersenyum.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER,
                "Mary Jane Veloso", "Mary Jane Fiesta Veloso", "Mary Jane", "Mary"));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Mary Jane Fiesta Veloso"));
    }

    @Test
    void ranksAreLeftOutOfTheName() {
        String body = "Kapolres Metro Jakarta Selatan Kombes Mardiaz Kusin Dwihananto menjelaskan. Mardiaz menambahkan.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Kombes Mardiaz Kusin Dwihananto", "Mardiaz"));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Mardiaz Kusin Dwihananto"));
    }

    @Test
    void aRankMisspeltIsLeftOutOfTheName() {
        // the Pasar Minggu traffic officer in Kompas.com, 16 September 2019: "Bripka" once, "Bripkda" later
        String body = "Bripka Eka Setiawan adalah anggota Satuan Lalu lintas. Bripkda Eka bercerita saat itu petugas "
                + "kepolisian sedang menertibkan mobil.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Eka Setiawan", "Bripkda Eka"));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Eka Setiawan"));
    }

    @Test
    void aListedNameStandsOnlyForFormsTheArticleWritesOrSpells() {
        assertThat(EntityMerger.namesAsWritten("DKI Jakarta", java.util.Set.of("Jakarta"))).isFalse();
        assertThat(EntityMerger.namesAsWritten("Persatuan Sepak Bola Seluruh Indonesia", java.util.Set.of("PSSI")))
                .isFalse();
        assertThat(EntityMerger.namesAsWritten("China", java.util.Set.of("Tiongkok"))).isFalse();
        assertThat(EntityMerger.namesAsWritten("Prancis", java.util.Set.of("Perancis"))).isTrue();
        assertThat(EntityMerger.namesAsWritten("Suriah", java.util.Set.of("Syria"))).isTrue();
        assertThat(EntityMerger.namesAsWritten("Amerika Serikat", java.util.Set.of("AS", "Amerika Serikat"))).isTrue();
    }

    @Test
    void namesClosedOrOpenedByAnOrganisationWordAreOrganisations() {
        String body = "Peneliti dari Monash University menyebut suku bunga Federal Reserve akan naik, seperti "
                + "dilaporkan Daily Mail. Real Madrid menang.";
        List<Mention> ms = new ArrayList<>(mentions(body, EntityType.LOC, "Monash University", "Real Madrid"));
        ms.addAll(mentions(body, EntityType.PER, "Federal Reserve", "Daily Mail"));
        ms.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        assertThat(merger.merge(ms)).extracting(Entity::type).containsOnly(EntityType.ORG).hasSize(4);
    }

    @Test
    void namesClosedByAClubsWordAreClubs() {
        // "Kaka akan memainkan laga kandang terakhirnya melawan Columbus Crew pada Sabtu akhir pekan ini, sebelum
        // pergi ke Philadelphia Union sepekan berselang" (Goal Indonesia, October 2017)
        String body = "melawan Columbus Crew pada Sabtu, sebelum pergi ke Philadelphia Union sepekan berselang.";
        List<Mention> ms = new ArrayList<>(mentions(body, EntityType.PER, "Columbus Crew"));
        ms.addAll(mentions(body, EntityType.LOC, "Philadelphia Union"));
        assertThat(merger.merge(ms)).extracting(Entity::type).containsOnly(EntityType.ORG).hasSize(2);
    }

    @Test
    void aTitleUsedAloneJoinsThePersonHoldingIt() {
        String body = "Menteri Pariwisata (Menpar) Arief Yahya berterima kasih. Kata Menpar, Bali makin dikenal.";
        int at = body.indexOf("Arief Yahya");
        int alone = body.lastIndexOf("Menpar");
        List<Mention> ms = List.of(
                new Mention(EntityType.PER, "Arief Yahya", new Span(at, at + 11), "Menteri Pariwisata (Menpar)"),
                new Mention(EntityType.PER, "Menpar", new Span(alone, alone + 6), null));
        assertThat(merger.merge(ms)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Arief Yahya");
            assertThat(e.mentions()).containsExactly("Arief Yahya", "Menpar");
        });
    }

    /**
     * A list page (elected legislators, a casualty list) names thousands of people, each once in full and once
     * by surname: every surname still finds its one person when candidates are looked up by word.
     */
    @Test
    void thousandsOfPeopleEachKeepTheirOwnSurname() {
        // consonant-vowel syllables, which no old spelling folds ("oe", "dj", "tj") can join into another name
        List<String> syllables = new ArrayList<>();
        for (char c : "bkmprstw".toCharArray()) {
            for (char v : "aiu".toCharArray()) {
                syllables.add("" + c + v);
            }
        }
        List<String> given = List.of("Budi", "Siti", "Agus", "Dewi", "Ahmad", "Rina", "Joko", "Yusuf");
        StringBuilder body = new StringBuilder();
        List<Mention> ms = new ArrayList<>();
        int people = 3000;
        for (int i = 0; i < people; i++) {
            String surname = "Santoso" + syllables.get(i / 576) + syllables.get(i / 24 % 24) + syllables.get(i % 24);
            String full = given.get(i % given.size()) + " " + surname;
            int at = body.length();
            body.append(full).append(" terpilih. Kata ").append(surname).append(", ia siap bekerja. ");
            ms.add(new Mention(EntityType.PER, full, new Span(at, at + full.length()), null));
            int alone = body.indexOf(surname + ",", at);
            ms.add(new Mention(EntityType.PER, surname, new Span(alone, alone + surname.length()), null));
        }

        List<Entity> entities = merger.merge(ms);

        assertThat(entities).hasSize(people).allSatisfy(e -> {
            assertThat(e.spans()).hasSize(2);
            assertThat(e.mentions()).hasSize(2);
            assertThat(e.name()).isEqualTo(e.mentions().get(0));
        });
    }

    @Test
    void anOrganisationsBodyWrittenAsAcronymsBeforeItsNameIsThatOrganisation() {
        // "Ketua Umum BPP Himpunan Pengusaha Muda Indonesia (Hipmi) Bahlil Lahadalia mengatakan" (CLICK-ID)
        String body = "Himpunan Pengusaha Muda Indonesia (Hipmi) memberikan apresiasi. Ketua Umum BPP Himpunan Pengusaha "
                + "Muda Indonesia (Hipmi) Bahlil Lahadalia mengatakan, ujarnya di Munas Hipmi.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Himpunan Pengusaha Muda Indonesia", "Hipmi",
                "BPP Himpunan Pengusaha Muda Indonesia", "Hipmi", "Hipmi"));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.mentions())
                .containsExactlyInAnyOrder("Himpunan Pengusaha Muda Indonesia", "Hipmi", "BPP Himpunan Pengusaha Muda Indonesia"));
    }

    @Test
    void aShortNameJoinsOnlyTheLongFormItsLettersComeFrom() {
        String body = "data Kementerian Keuangan (Pertamina) dan Badan Pengawas Pemilu (Bawaslu).";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Kementerian Keuangan", "Pertamina",
                "Badan Pengawas Pemilu", "Bawaslu"));
        assertThat(entities).extracting(Entity::name).containsExactly("Kementerian Keuangan", "Pertamina", "Badan Pengawas Pemilu");
    }

    @Test
    void aShortNameOfSeveralWordsInBracketsJoinsItsLongForm() {
        // "Diantaranya PT Dirgantara Indonesia (PT DI), PT Industri Kereta Api (Inka), PT Len Industri (PT Len),
        // PT Pindad," (okezone.com)
        String body = "Diantaranya PT Dirgantara Indonesia (PT DI), PT Industri Kereta Api (Inka), PT Len Industri (PT Len), "
                + "PT Pindad, ujarnya.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "PT Dirgantara Indonesia", "PT DI",
                "PT Len Industri", "PT Len", "PT Pindad"));
        assertThat(entities).extracting(Entity::name)
                .containsExactly("PT Dirgantara Indonesia", "PT Len Industri", "PT Pindad");
    }

    @Test
    void anOfficeNamedAfterAPlaceWrittenTwoWaysIsOneOffice() {
        // "Dinas Perhubungan DKI Jakarta menyurati Direktorat Jenderal Perhubungan Darat" ... "kata Kepala Dinas
        // Perhubungan DKI Syafrin Liputo" (tempo.co)
        String body = "Dinas Perhubungan DKI Jakarta menyurati Direktorat Jenderal Perhubungan Darat. Kata Kepala Dinas "
                + "Perhubungan DKI Syafrin Liputo. Dinas Perhubungan Bekasi juga.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Dinas Perhubungan DKI Jakarta",
                "Direktorat Jenderal Perhubungan Darat", "Dinas Perhubungan DKI", "Dinas Perhubungan Bekasi"));
        assertThat(entities).extracting(Entity::name).containsExactly("Dinas Perhubungan DKI Jakarta",
                "Direktorat Jenderal Perhubungan Darat", "Dinas Perhubungan Bekasi");
    }

    @Test
    void aBodyWrittenShortAfterAShorterFormOfItsPlaceIsTheBodyWrittenInFull() {
        // "Pemerintah Provinsi DKI Jakarta membatalkan lelang proyek jalan berbayar" ... "Pemprov DKI melakukan itu
        // untuk mengikuti pendapat hukum Kejagung" (kompas.com, 10 September 2019)
        String body = "Pemerintah Provinsi DKI Jakarta membatalkan lelang proyek jalan berbayar. Pemprov DKI melakukan "
                + "itu untuk mengikuti pendapat hukum Kejagung. Pemprov Jawa Barat tidak.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Pemerintah Provinsi DKI Jakarta",
                "Pemprov DKI", "Pemprov Jawa Barat"));
        assertThat(entities).extracting(Entity::name).containsExactly("Pemerintah Provinsi DKI Jakarta", "Pemprov Jawa Barat");
    }

    @Test
    void aBodyWrittenShortJoinsItsFullNameCarryingTheShortFormInBrackets() {
        // "Padahal, sosialisasi atau uji coba yang dilakukan oleh Pemerintah Provinsi (Pemprov) DKI Jakarta sudah
        // dilakukan selama kurang lebih satu bulan." ... "Bahwa Pemprov DKI mencoba mendekatkan pola sosialisasinya
        // tidak lagi di jalan." (okezone.com, 10 September 2019)
        String body = "Padahal, sosialisasi atau uji coba yang dilakukan oleh Pemerintah Provinsi (Pemprov) DKI Jakarta "
                + "sudah dilakukan selama kurang lebih satu bulan. Bahwa Pemprov DKI mencoba mendekatkan pola "
                + "sosialisasinya tidak lagi di jalan.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Pemerintah Provinsi (Pemprov) DKI Jakarta",
                "Pemprov DKI"));
        assertThat(entities).extracting(Entity::name).containsExactly("Pemerintah Provinsi DKI Jakarta");
        assertThat(entities.get(0).mentions()).contains("Pemprov DKI");
    }

    @Test
    void aTitleAloneIsNoPersonButAGivenNameThatIsAlsoATitleIs() {
        // "kata Kabid Humas Polda Jabar" with no name after it; "Menpora Imam" (CLICK-ID)
        String body = "kata Kabid Humas kepada wartawan. Kapolda sudah meninjau. Imam mengatakan.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.PER, "Kabid Humas", "Kapolda", "Imam"));
        assertThat(entities).extracting(Entity::name).containsExactly("Imam");
    }

    @Test
    void initialsOfGivenNamesJoinButATitleInInitialsDoesNot() {
        // Tempo, 12 September 2019; Sindonews, 12 September 2019
        String habibie = "Putra pertama almarhum BJ Habibie, Ilham Habibie, mengatakan bapaknya teladan. Jokowi bertindak"
                + " sebagai inspektur upacara bagi Presiden ke-3 RI Baharudin Jusuf Habibie pada Kamis siang.";
        assertThat(merger.merge(mentions(habibie, EntityType.PER, "BJ Habibie", "Ilham Habibie", "Baharudin Jusuf Habibie")))
                .extracting(Entity::name).containsExactly("Baharudin Jusuf Habibie", "Ilham Habibie");
        String mahathir = "PM Mahathir menolak berkomentar. Perdana Menteri Mahathir menolak untuk bereaksi.";
        assertThat(merger.merge(mentions(mahathir, EntityType.PER, "PM Mahathir", "Perdana Menteri Mahathir")))
                .hasSize(2);
    }

    @Test
    void initialsTaggedAPersonAreNotTheBodyTheySpell() {
        // "Petugas Polsek Tambora mennagkap MA (21) lantaran melakukan aksi pencurian" (sindonews.com): MA is listed
        // as the Supreme Court
        String body = "Petugas Polsek Tambora mennagkap MA (21) lantaran melakukan aksi pencurian.";
        List<Mention> ms = new ArrayList<>(mentions(body, EntityType.ORG, "Polsek Tambora"));
        ms.addAll(mentions(body, EntityType.PER, "MA"));
        assertThat(merger.merge(ms)).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Polsek Tambora", EntityType.ORG),
                tuple("MA", EntityType.PER));
    }

    @Test
    void aRoadOfAKindWrittenWithoutItsStreetNounIsTheSameRoad() {
        // "Truk pengangkat kayu terguling di Jalan Tol Pluit arah utara ... dari arah Selatan menuju Utara di jalan
        // Tol Pluit wilayah Jakarta Utara" (sindonews.com); a street named after a person stays apart from the person
        String body = "Truk terguling di Jalan Tol Pluit arah utara. Truk itu berjalan di jalan Tol Pluit. Warga Jalan "
                + "Ahmad Yani mengenang Ahmad Yani.";
        List<Mention> ms = new ArrayList<>(mentions(body, EntityType.LOC, "Jalan Tol Pluit", "Tol Pluit", "Jalan Ahmad Yani"));
        int person = body.lastIndexOf("Ahmad Yani");
        ms.add(new Mention(EntityType.PER, "Ahmad Yani", new Span(person, person + "Ahmad Yani".length()), null));
        assertThat(merger.merge(ms)).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Jalan Tol Pluit", EntityType.LOC), tuple("Jalan Ahmad Yani", EntityType.LOC),
                tuple("Ahmad Yani", EntityType.PER));
    }

    @Test
    void aHospitalNamedWithItsHeadWrittenOutAndShortenedIsOneHospital() {
        // tempo.co, 14 September 2019
        String body = "Bekas Wali Kota Cimahi Itoc Tochija meninggal di Rumah Sakit Hasan Sadikin, Bandung, Sabtu, 14 "
                + "September 2019. Abdul Aris menyebutkan, Itoc sudah menjalani perawatan di RS Hasan Sadikin sejak 10 "
                + "September 2019. Ia sempat dirujuk ke RSUD Cibabat.";
        List<Entity> entities = merger.merge(mentions(body, EntityType.ORG, "Rumah Sakit Hasan Sadikin", "RS Hasan Sadikin",
                "RSUD Cibabat"));
        assertThat(entities).extracting(Entity::name).containsExactly("Rumah Sakit Hasan Sadikin", "RSUD Cibabat");
    }

    @Test
    void anOrganisationWrittenAsItsHeadsTitleOrItsUnitsIsNamedByItsBody() {
        assertThat(EntityMerger.bodyNamed("Kapolsek Bagor")).isEqualTo("Polsek Bagor");
        assertThat(EntityMerger.bodyNamed("Wakapolres Metro Jakarta Barat")).isEqualTo("Polres Metro Jakarta Barat");
        assertThat(EntityMerger.bodyNamed("Satreskrim Polres Batu")).isEqualTo("Polres Batu");
        assertThat(EntityMerger.bodyNamed("Kantor Staf Presiden")).isEqualTo("Kantor Staf Presiden");
        assertThat(EntityMerger.bodyNamed("Kalteng Putra")).isEqualTo("Kalteng Putra");
    }
    @Test
    void aClubsClosingWordAloneIsTheOneClubItCloses() {
        // Goal Indonesia, 15 January 2018 (IndoSum)
        String body = "Penarget serius lain mengemuka dalam wujud raksasa Liga Primer Inggris Manchester United. Namun, "
                + "United rupanya siap membayar jauh lebih mahal.";
        assertThat(merger.merge(mentions(body, EntityType.ORG, "Manchester United", "United")))
                .singleElement().satisfies(e -> assertThat(e.mentions()).containsExactly("Manchester United", "United"));
        // two clubs of one closing word: the word alone is neither
        String derby = "Manchester United menjamu Newcastle United. United unggul lebih dulu.";
        assertThat(merger.merge(mentions(derby, EntityType.ORG, "Manchester United", "Newcastle United", "United")))
                .hasSize(3);
    }
}
