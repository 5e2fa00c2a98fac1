package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleProfilerTest {
    @Test
    void aSeatOfGovernmentWrittenAsAPlaceIsLinkedAsTheGovernmentThere() {
        // "menerima sejumlah mahasiswa dan tokoh Papua di Istana Negara, pada Selasa (10/9/2019)" (okezone.com,
        // 10 September 2019): the entity stage writes the building a place; linking weighs and keys it as the body
        // that acts in the reports, and a place the text names stays a place
        Entity istana = new Entity("Istana Negara", EntityType.LOC, List.of("Istana Negara"), List.of(), List.of());
        Entity papua = new Entity("Papua", EntityType.LOC, List.of("Papua"), List.of(), List.of());
        assertThat(ArticleProfiler.linkingType(istana)).isEqualTo(EntityType.ORG);
        assertThat(ArticleProfiler.linkingType(papua)).isEqualTo(EntityType.LOC);
    }

    @Test
    void theLeadOfAnUntitledArticleSkipsItsDateline() {
        assertThat(ArticleProfiler.lead("Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan "
                + "perdamaian mereka. Mereka akan kembali ke ibu kota masing-masing."))
                .isEqualTo("Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka.");
        assertThat(ArticleProfiler.lead("Jakarta, CNN Indonesia - - Ratusan orang yang diduga merupakan anggota Front "
                + "Pembela Islam membakar kantor GMBI di Ciampea, Bogor. Polisi menangkap sejumlah orang."))
                .startsWith("Ratusan orang yang diduga");
    }

    @Test
    void wordsAreTheRunsOfLettersAndDigitsThePatternSplitsBetween() {
        Pattern nonWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        // a CLICK-ID lead with a dateline, a figure, a hyphenated plural; then letters beyond the basic plane, a
        // superscript and a Roman numeral (numbers of other categories), a combining mark, a lone surrogate and a
        // capital that lowercases to two chars
        for (String text : List.of("JAKARTA, KOMPAS.com - Sebanyak 1.200 personel gabungan TNI-Polri dikerahkan "
                        + "untuk memadamkan kebakaran hutan dan lahan (karhutla) di Riau, Selasa (10/9/2019).",
                "  --Rp751.000,00 per-orang\u00b2 \u2167 e\u0301 \ud835\udc00bc \ud800 İstanbul\t\n", "", "...", "kata")) {
            String[] expected = Arrays.stream(nonWord.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                    .toArray(String[]::new);
            assertThat(ArticleProfiler.words(text)).containsExactly(expected);
            assertThat(ArticleProfiler.words(text, 3)).containsExactly(Arrays.copyOf(expected, Math.min(3, expected.length)));
        }
    }

    @Test
    void aLeadWithoutDatelineIsKeptWhole() {
        assertThat(ArticleProfiler.lead("Vladimir Putin siap kirimkan perwakilannya datang ke Belarus guna kembali "
                + "lakukan negoisasi dengan Ukraina. Pertemuan itu digelar di Minsk."))
                .isEqualTo("Vladimir Putin siap kirimkan perwakilannya datang ke Belarus guna kembali lakukan negoisasi "
                        + "dengan Ukraina.");
    }

    @Test
    void theDayAnArticleReportsIsTheOneItSpeaksOfMost() {
        LocalDate thursday = LocalDate.of(2022, 2, 24);
        LocalDate friday = LocalDate.of(2022, 2, 25);
        assertThat(ArticleProfiler.mostSupported(List.of(friday, thursday, friday))).isEqualTo(friday);
        // A report published the day after speaks of the day before as often: the happening comes first.
        assertThat(ArticleProfiler.mostSupported(List.of(thursday, friday))).isEqualTo(thursday);
        assertThat(ArticleProfiler.mostSupported(List.of())).isNull();
    }

    @Test
    void theDayTheLeadNamesPlacesTheReportOverADayItRecallsAsOften() {
        // CLICK-ID (Okezone, 15/9/2019): the visit happened on Saturday the 14th; the death it recalls, on the 11th.
        String body = "Presiden Pertama Timor Leste Xanana Gusmao melayat ke kediaman BJ Habibie di Patra Kuningan, "
                + "Jakarta, Sabtu (14/9/2019) malam. BJ Habibie menghembuskan nafas terakhirnya, pada Rabu 11 September "
                + "2019, pukul 18.05 WIB di RSPAD Gatot Soebroto.";
        LocalDate published = LocalDate.of(2019, 9, 15);
        List<TimeMention> times = List.of(mention(body, "Sabtu (14/9/2019)", LocalDate.of(2019, 9, 14)),
                mention(body, "Rabu 11 September 2019", LocalDate.of(2019, 9, 11)));

        List<LocalDate> days = ArticleProfiler.reportedDays(times, published);

        assertThat(ArticleProfiler.happeningDay(null, days)).isEqualTo(LocalDate.of(2019, 9, 14));
        assertThat(ArticleProfiler.mostSupported(days)).isEqualTo(LocalDate.of(2019, 9, 11));
    }

    @Test
    void aBackgroundDayMonthsBeforePublicationDoesNotPlaceTheReport() {
        // IndoSum (Suara.com, 28/2/2018): the visit happened on the 27th; the attack it recalls, ten months earlier.
        String body = "Penyidik Polda Metro Jaya mendatangi rumah Novel Baswedan di kawasan Kelapa Gading, Jakarta "
                + "Utara, Selasa (27/2/2018) sore tadi. Sepuluh bulan lebih pasca Novel disiram air keras pada "
                + "11 April 2017 lalu, polisi belum juga menangkap pelaku kekerasan tersebut.";
        LocalDate published = LocalDate.of(2018, 2, 28);
        List<TimeMention> times = List.of(mention(body, "Selasa (27/2/2018)", LocalDate.of(2018, 2, 27)),
                mention(body, "11 April 2017", LocalDate.of(2017, 4, 11)));

        List<LocalDate> days = ArticleProfiler.reportedDays(times, published);

        assertThat(days).containsExactly(LocalDate.of(2018, 2, 27), published);
        assertThat(ArticleProfiler.mostSupported(days)).isEqualTo(LocalDate.of(2018, 2, 27));
    }

    @Test
    void anUndatedArticleKeepsEveryDayItSpeaksOf() {
        String body = "Sepuluh bulan lebih pasca Novel disiram air keras pada 11 April 2017 lalu, polisi belum juga "
                + "menangkap pelaku kekerasan tersebut.";
        List<TimeMention> times = List.of(mention(body, "11 April 2017", LocalDate.of(2017, 4, 11)));

        assertThat(ArticleProfiler.reportedDays(times, null)).containsExactly(LocalDate.of(2017, 4, 11));
    }

    @Test
    void theDayTheLeadWritesPlacesTheReportOverTheDaysTheBodyNamesMoreOften() {
        // CLICK-ID (Sindonews, 13/9/2019): the trails closed on Thursday the 12th, which the lead writes; the
        // "hari ini" read against the publication day and the fire of the night before are not the news.
        String body = "Lima jalur pendakian Gunung Merbabu ditutup sementara sejak hari ini, Kamis (12/9/2019). "
                + "Penutupan jalur pendakian disebabkan adanya kebakaran hutan di sekitaran puncak gunung yang "
                + "berlangsung sejak kemarin malam (11/9/2019). Jumat (13/9/2019) petugas masih memadamkan api, "
                + "dan jalur dibuka lagi paling cepat Jumat (13/9/2019) sore.";
        LocalDate published = LocalDate.of(2019, 9, 13);
        List<TimeMention> times = List.of(mention(body, "hari ini", published),
                mention(body, "Kamis (12/9/2019)", LocalDate.of(2019, 9, 12)),
                mention(body, "kemarin malam (11/9/2019)", LocalDate.of(2019, 9, 11)),
                new TimeMention("Jumat (13/9/2019)", published, body.indexOf("Jumat (13"), body.indexOf("Jumat (13") + 17),
                new TimeMention("Jumat (13/9/2019)", published, body.lastIndexOf("Jumat (13"), body.lastIndexOf("Jumat (13") + 17));
        int leadEnd = ArticleProfiler.leadEnd(body);
        LocalDate leadDay = ArticleProfiler.leadDay(times, published, leadEnd);

        assertThat(body.substring(0, leadEnd)).endsWith("Kamis (12/9/2019).");
        assertThat(leadDay).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(ArticleProfiler.happeningDay(leadDay, ArticleProfiler.reportedDays(times, published)))
                .isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(ArticleProfiler.happeningDay(null, ArticleProfiler.reportedDays(times, published))).isEqualTo(published);
    }

    @Test
    void aWeekdayWordInTheLeadWithoutADateDoesNotPlaceTheReport() {
        // CLICK-ID (Okezone, 11/9/2019): "Kamis" is the expert's surname, read as the Thursday before; the day of
        // his words comes after the lead.
        String body = "Pakar Hukum Tata Negara, Margarito Kamis mengatakan usulan revisi Undang-Undang Nomor 30 Tahun "
                + "2002 tentang Komisi Pemberantasan Korupsi (KPK) masuk akal untuk menyehatkan negara. \"Semua gagasan "
                + "yang muncul menyertai revisi UU KPK, menurut saya masuk akal,\" kata Margarito, Rabu (11/9/2019).";
        LocalDate published = LocalDate.of(2019, 9, 11);
        List<TimeMention> times = List.of(mention(body, "Kamis", LocalDate.of(2019, 9, 5)),
                mention(body, "Rabu (11/9/2019)", published));

        assertThat(ArticleProfiler.leadDay(times, published, ArticleProfiler.leadEnd(body))).isNull();
    }

    @Test
    void theLeadEndsAfterTheDatelineAndItsFirstSentence() {
        String body = "Jakarta, CNN Indonesia -- Komisi Hukum DPR sepakat memilih lima orang calon pimpinan baru KPK. "
                + "Kelimanya yaitu mantan Komisioner KPK Alexander Marwata.";

        assertThat(body.substring(0, ArticleProfiler.leadEnd(body))).endsWith("calon pimpinan baru KPK.");
        assertThat(ArticleProfiler.leadEnd("x".repeat(1000))).isEqualTo(ArticleProfiler.LEAD_CHARS);
    }

    private static TimeMention mention(String body, String text, LocalDate value) {
        int start = body.indexOf(text);
        return new TimeMention(text, value, start, start + text.length());
    }

    @Test
    void oneNameTypedAsAPlaceInOneArticleAndAnOrganisationInAnotherIsOneEntity() {
        // IndoSum, Goal Indonesia and CNN Indonesia on Neymar's move (August 2017).
        String goal = "Neymar mengungkap alasannya hijrah dari Barcelona.";
        String cnn = "Merapatnya pemain asal Brasil itu ke PSG setelah meninggalkan Barcelona.";
        ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());

        ArticleProfile asPlace = profiler.profile(0, withEntity("goal", goal, "Barcelona", EntityType.LOC));
        ArticleProfile asClub = profiler.profile(1, withEntity("cnn", cnn, "Barcelona", EntityType.ORG));

        assertThat(asPlace.entities()).containsExactly(asClub.entities());
        // The type still weighs the name: an organisation tells news apart better than a place.
        assertThat(asClub.entityWeights()[0]).isGreaterThan(asPlace.entityWeights()[0]);
    }

    @Test
    void theRowsOfARaceTableAreNoTopicOfTheReport() {
        // tempo.co, 16 September 2019: Marquez's win over Quartararo at Misano, then the table of all riders
        String lead = "Marc Marquez mengalahkan Fabio Quartararo di lap terakhir untuk menjuarai balapan seri ke-13, MotoGP"
                + " San Marino di Sirkuit Misano Marco Simoncelli, Minggu.";
        String body = lead + "\n\nHasil MotoGP San Marino 2019:\n\n"
                + "1 Marc Marquez SPA Repsol Honda (RC213V) 42 menit 25,163 detik\n\n"
                + "2 Fabio Quartararo FRA Petronas Yamaha (YZR-M1)* +0,903 detik\n\n"
                + "13 Tito Rabat SPA Reale Avintia Ducati (GP18) +35,325 detik";
        assertThat(ArticleProfiler.rows(body)).extracting(row -> body.substring(row.start(), row.end()))
                .containsExactly("Hasil MotoGP San Marino 2019:", "1 Marc Marquez SPA Repsol Honda (RC213V) 42 menit 25,163 detik",
                        "2 Fabio Quartararo FRA Petronas Yamaha (YZR-M1)* +0,903 detik",
                        "13 Tito Rabat SPA Reale Avintia Ducati (GP18) +35,325 detik");

        Vocabulary vocabulary = new Vocabulary();
        int marquez = body.indexOf("Marc Marquez");
        int rabat = body.indexOf("Tito Rabat");
        Entity winner = new Entity("Marc Marquez", EntityType.PER, List.of("Marc Marquez"), List.of(),
                List.of(new Span(marquez, marquez + 12), new Span(body.lastIndexOf("Marc Marquez"), body.lastIndexOf("Marc Marquez") + 12)));
        Entity rider = new Entity("Tito Rabat", EntityType.PER, List.of("Tito Rabat"), List.of(), List.of(new Span(rabat, rabat + 10)));
        LocalDate day = LocalDate.of(2019, 9, 15);
        ArticleProfile profile = new ArticleProfiler(vocabulary).profile(0, new AnnotatedArticle(
                new Article("tempo-3932", null, "id", null, null, day, PublishedBasis.STATED, List.of(), null, body),
                new Annotations(List.of(winner, rider), List.of(), List.of(), List.of())));

        assertThat(profile.entities()).containsExactly(vocabulary.idOf("@name:" + NameKeys.entityKey("Marc Marquez", EntityType.PER)));
        assertThat(profile.terms()).contains(vocabulary.idOf(TermAnalyzer.stems("Misano").get(0)))
                .doesNotContain(vocabulary.idOf(TermAnalyzer.stems("Petronas").get(0)), vocabulary.idOf(TermAnalyzer.stems("Avintia").get(0)));
    }

    private static AnnotatedArticle withEntity(String id, String body, String name, EntityType type) {
        int start = body.indexOf(name);
        Entity e = new Entity(name, type, List.of(name), List.of(), List.of(new Span(start, start + name.length())));
        LocalDate day = LocalDate.of(2017, 8, 5);
        return new AnnotatedArticle(new Article(id, null, "id", null, null, day, PublishedBasis.STATED, List.of(), null, body),
                new Annotations(List.of(e), List.of(), List.of(), List.of()));
    }
    @Test
    void linkingReadsAnInstitutionNamedWithItsPlaceByThePlace() {
        // sindonews.com, 11 September 2019: the entity stage names the university whole, linking keys it by Jember
        String body = "Dekan Fakultas Hukum Universitas Jember, Nurul Ghufron menjadi calon pimpinan KPK.";
        Span university = spanOf(body, "Universitas Jember");
        Entity entity = new Entity("Universitas Jember", EntityType.ORG, List.of("Universitas Jember"), List.of(),
                List.of(university));
        assertThat(ArticleProfiler.linkingForms(List.of(entity), body))
                .containsExactly(new Entity("Jember", EntityType.LOC, List.of("Jember"), List.of(), List.of(university)));
    }

    @Test
    void linkingKeysAShortFormLetteredApartFromItsOrganisationByItself() {
        // tempo.co, 11 September 2019: one agency to the entity stage; linking keys ESA apart, as outlets write it
        // alone, and the agency's name by the place it ends with
        String body = "Badan Antariksa Eropa (ESA) telah memperingatkan bahwa saat ini terdapat 878 asteroid.\n\n"
                + "Peneliti asteroid dari NASA dan ESA baru-baru ini bekerja sama.";
        Span name = spanOf(body, "Badan Antariksa Eropa");
        Span first = spanOf(body, "ESA");
        Span second = new Span(body.lastIndexOf("ESA"), body.lastIndexOf("ESA") + 3);
        Entity agency = new Entity("Badan Antariksa Eropa", EntityType.ORG, List.of("Badan Antariksa Eropa", "ESA"),
                List.of(), List.of(name, first, second));
        assertThat(ArticleProfiler.linkingForms(List.of(agency), body)).containsExactly(
                new Entity("ESA", EntityType.ORG, List.of("ESA"), List.of(), List.of(first, second)),
                new Entity("Eropa", EntityType.LOC, List.of("Eropa"), List.of(), List.of(name)));
    }

    @Test
    void thePlaceOfAnInstitutionIsThePlaceTheArticleNamesInAnotherForm() {
        // okezone.com, 16 September 2019: Kalbar in the office's name is the province the lead names in full
        String body = "Sebanyak 6.025 orang di Kalimantan Barat terkena penyakit ISPA (Infeksi Saluran Pernafasan), akibat "
                + "kebakaran hutan dan lahan (Karhutla) yang terjadi beberapa bulan terakhir.\n\nKepala Dinas Kesehatan "
                + "Kalbar, Harrison mengatakan penderita ISPA di Kalbar terdiri dari balita, anak-anak juga orang dewasa.";
        Span province = spanOf(body, "Kalimantan Barat");
        Span office = spanOf(body, "Dinas Kesehatan Kalbar");
        Span written = new Span(body.lastIndexOf("Kalbar"), body.lastIndexOf("Kalbar") + "Kalbar".length());
        List<Entity> entities = List.of(
                new Entity("Kalimantan Barat", EntityType.LOC, List.of("Kalimantan Barat", "Kalbar"), List.of(),
                        List.of(province, written)),
                new Entity("Dinas Kesehatan Kalbar", EntityType.ORG, List.of("Dinas Kesehatan Kalbar"), List.of(),
                        List.of(office)));
        assertThat(ArticleProfiler.linkingForms(entities, body)).containsExactly(new Entity("Kalimantan Barat",
                EntityType.LOC, List.of("Kalimantan Barat", "Kalbar"), List.of(), List.of(province, written, office)));
    }

    @Test
    void aQuoteOfAnOrganisationIsKeyedByTheShortFormItsSentenceWrites() {
        // tempo.co, 11 September 2019: the agency warns under its name, and writes on its site as ESA
        String body = "Badan Antariksa Eropa (ESA) telah memperingatkan bahwa saat ini terdapat 878 asteroid.\n\n"
                + "Pada hari Selasa, ESA menulis di situs webnya: \"Menurut perkiraan ESA baru-baru ini, ada 878 asteroid "
                + "di 'daftar risiko'.\"";
        Span name = spanOf(body, "Badan Antariksa Eropa");
        int second = body.indexOf("ESA menulis");
        int third = body.indexOf("ESA baru");
        Entity agency = new Entity("Badan Antariksa Eropa", EntityType.ORG, List.of("Badan Antariksa Eropa", "ESA"),
                List.of(), List.of(name, spanOf(body, "ESA"), new Span(second, second + 3), new Span(third, third + 3)));
        String warned = "saat ini terdapat 878 asteroid";
        String wrote = "Menurut perkiraan ESA baru-baru ini, ada 878 asteroid di 'daftar risiko'.";
        Quote indirect = new Quote(warned, QuoteKind.INDIRECT, agency.name(), EntityType.ORG, "memperingatkan",
                body.indexOf(warned), body.indexOf(warned) + warned.length());
        Quote direct = new Quote(wrote, QuoteKind.DIRECT, agency.name(), EntityType.ORG, "menulis",
                body.indexOf(wrote), body.indexOf(wrote) + wrote.length());
        assertThat(ArticleProfiler.speakerAsWritten(indirect, List.of(agency), body)).isEqualTo("Badan Antariksa Eropa");
        assertThat(ArticleProfiler.speakerAsWritten(direct, List.of(agency), body)).isEqualTo("ESA");
    }

    private static Span spanOf(String body, String written) {
        int at = body.indexOf(written);
        return new Span(at, at + written.length());
    }
}
