package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.extract.StatedDateFinder.StatedDates;
import id.kabar.model.DateSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatedDateFinderTest {
    private final StatedDateFinder finder = new StatedDateFinder();
    private static final String TITLE = "Rusia Bantah Minta Bantuan Militer China Untuk Memperkuat Serangan ke Ukraina";

    @Test
    void readsIndonesianAndEnglishWrittenDates() {
        assertThat(CalendarDates.find("Senin, 14 Maret 2022 18:15 WIB").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(CalendarDates.find("Jumat, Mei 3, 2024").orElseThrow().date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(CalendarDates.find("Diperbarui 01/03/2022, 10:05").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(CalendarDates.parseValue("2022-02-28T10:15:00+07:00")).contains(LocalDate.of(2022, 2, 28));
        assertThat(CalendarDates.parseValue("Mon, 28 Feb 2022 03:15:00 GMT")).contains(LocalDate.of(2022, 2, 28));
        assertThat(CalendarDates.parseInstant("2022-02-28T10:15:00+07:00")).contains(Instant.parse("2022-02-28T03:15:00Z"));
        assertThat(CalendarDates.parseInstant("Mon, 28 Feb 2022 03:15:00 GMT")).contains(Instant.parse("2022-02-28T03:15:00Z"));
        assertThat(CalendarDates.parseInstant("2022-02-28")).as("a day alone").isEmpty();
        assertThat(CalendarDates.parseInstant("2022-02-28T10:15:00")).as("a time without its offset").isEmpty();
        assertThat(CalendarDates.find("Jumat (25/2)")).as("a day without its year is the time annotator's").isEmpty();
    }

    /**
     * A theme's posting sentence carries its label among its first words, the date right after and a time of day
     * after that (a Spanish blog's {@code Esta entrada fue publicada el domingo, 3 de marzo de 2019 a las 10:15 ...});
     * a report citing a publishing day writes no clock after it.
     */
    @Test
    void aPostingSentenceIsToldFromAReportCitingAPublishing() {
        assertThat(CalendarDates.postingSentenceDay("This entry was posted on Sunday, March 3rd, 2019 at 10:15 am and is filed"
                + " under Garden.", NumericDateOrder.DAY_FIRST)).contains(LocalDate.of(2019, 3, 3));
        assertThat(CalendarDates.postingSentenceDay("The study, published on 3 March 2019 in Nature, followed 4,000 patients"
                + " for ten years.", NumericDateOrder.DAY_FIRST)).isEmpty();
        assertThat(CalendarDates.postingSentenceDay("Residents said the notice, which the council says was posted on March 3,"
                + " 2019 at 10:15, never reached them.", NumericDateOrder.DAY_FIRST)).as("the label too far into the sentence").isEmpty();
    }

    /** Folha's dotted month in Portuguese, its abbreviation in either month list; a dotted version number is no date. */
    @Test
    void aDayMonthAndYearJoinedByDotsIsRead() {
        assertThat(CalendarDates.find("Rafael Lima 14.fev.2020 às 9h30").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 2, 14));
        assertThat(CalendarDates.find("18.mai.2021 às 16h40").orElseThrow().date()).isEqualTo(LocalDate.of(2021, 5, 18));
        assertThat(CalendarDates.find("12.set.2019 às 10h15").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(CalendarDates.find("v1.14.fev.2020")).isEmpty();
    }

    /** {@code 3/3/19} and {@code 14.09.19} read in a date line; a version's four numbers ({@code 1.2.19.4}) are no date. */
    @Test
    void aDateLineInNumbersWithATwoDigitYearIsRead() {
        assertThat(CalendarDates.findInDateLine("By Dana Ruiz · 3/3/19").map(CalendarDates.Found::date)).contains(LocalDate.of(2019, 3, 3));
        assertThat(CalendarDates.findInDateLine("14.09.19, 10:15").map(CalendarDates.Found::date)).contains(LocalDate.of(2019, 9, 14));
        assertThat(CalendarDates.findInDateLine("Release 1.2.19.4")).isEmpty();
        assertThat(CalendarDates.find("By Dana Ruiz · 3/3/19")).as("outside a date line a year of two digits is no date").isEmpty();
    }

    @Test
    void aDateLineUnderTheHeadlineIsStated() {
        List<String> before = List.of("Jumat, Mei 3, 2024", TITLE, "Senin, 14 Maret 2022 18:15 WIB", "Editor: M Nur Pakar");
        assertThat(published(before, TITLE)).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), before, TITLE).source()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aPublishingLineTheTextOpensWithDatesThePage() {
        String title = "Friday Facts #282 - 0.17 experimental release date";
        List<String> lead = List.of("Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts",
                "This week was the time to close and finish all the things that will go to 0.17.0.");
        StatedDates stated = finder.find(PageMetadata.NONE, Optional.empty(), List.of(title), lead, List.of(), title, false);
        assertThat(stated.published()).isEqualTo(LocalDate.of(2019, 2, 15));
        assertThat(stated.source()).isEqualTo(DateSource.DATE_LINE);
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), List.of(title), List.of("Posted in 2019, this text says more than a date line.",
                "Then on 15 February 2019 the release was set."), List.of(), title, false).published())
                .as("a date in running text is no date line").isNull();
    }

    @Test
    void aBareDateAboveTheHeadlineDatesItUnlessItOpensWithAWeekday() {
        assertThat(published(List.of("Home", "September 29, 2016", TITLE), TITLE)).isEqualTo(LocalDate.of(2016, 9, 29));
        assertThat(published(List.of("Home", "Jumat, Mei 3, 2024", TITLE), TITLE)).as("the site's clock").isNull();
    }

    @Test
    void thePageClockAboveTheHeadlineIsNeverThePublicationDate() {
        List<String> before = List.of("spot_img", "Jumat, Mei 3, 2024", "spot_img", TITLE);
        assertThat(published(before, TITLE)).isNull();
        assertThat(published(List.of("Jumat, Mei 3, 2024"), null)).isNull();
        assertThat(published(List.of("Jumat, Mei 3, 2024", TITLE), TITLE))
                .as("a date without a clock or a label just above the headline is still the clock").isNull();
    }

    @Test
    void aDateLineWithItsClockJustAboveTheHeadlineIsStated() {
        List<String> before = List.of("Nasional", "Senin, 14 Maret 2022 | 18:15 WIB", TITLE, "Editor: M Nur Pakar");
        assertThat(published(before, TITLE)).isEqualTo(LocalDate.of(2022, 3, 14));
    }

    @Test
    void theDateLineOfAHeadingThatDiffersFromTheChosenTitleByAKickerIsRead() {
        List<String> before = List.of("Jumat, Mei 3, 2024", "VIDEO: " + TITLE, "Kompas.com - 14/03/2022, 18:15 WIB");
        assertThat(published(before, TITLE)).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(published(List.of("Gempa M 5,2 Guncang Simeulue", "Kompas.com - 14/03/2022, 18:15 WIB"), TITLE))
                .as("another story's headline is not this one's").isNull();
    }

    @Test
    void aBylineOrBareDateLineUnderTheHeadlineIsStatedInSeveralLanguages() {
        assertThat(published(List.of(TITLE, "Oleh Rina Ayu Larasati | 5 Maret 2019"), TITLE)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(published(List.of(TITLE, "By Jane Doe", "March 5, 2019"), TITLE)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(published(List.of(TITLE, "Por Redacción | 5 de marzo de 2019"), TITLE)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(published(List.of(TITLE, "Von Anna Schmidt, 5. März 2019"), TITLE)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(published(List.of(TITLE, "Publié le 1er mars 2019"), TITLE)).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(published(List.of(TITLE, "Warga mengungsi sejak 5 Maret 2019 setelah banjir merendam kampung mereka."), TITLE))
                .as("a sentence under the headline, a caption or a lead, tells of a day; it does not date the page").isNull();
    }

    @Test
    void aLineLabelledAsThePublishingDatesThePageAboveTheHeadlineOrWithoutOne() {
        assertThat(published(List.of("Posted on March 5, 2019 by admin", "Nasional", TITLE), TITLE))
                .isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(published(List.of("Beranda", "Publicado el 5 de marzo de 2019"), null)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(published(List.of("Beranda", "Jumat, Mei 3, 2024"), null)).as("the site's clock says nothing of publishing").isNull();
    }

    @Test
    void anUpdateDatesTheLastChangeNotThePublication() {
        StatedDates two = finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE,
                "Diterbitkan 14 Maret 2022, 18:15 WIB Diperbarui 15 Maret 2022, 09:02 WIB"), TITLE);
        assertThat(two.published()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(two.modified()).isEqualTo(LocalDate.of(2022, 3, 15));
        StatedDates lines = finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE,
                "Diperbarui 15/03/2022, 09:02", "Senin, 14 Maret 2022 18:15 WIB"), TITLE);
        assertThat(lines.published()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(lines.modified()).isEqualTo(LocalDate.of(2022, 3, 15));
        StatedDates updateOnly = finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE, "Diperbarui 01/03/2022, 10:05"), TITLE);
        // the extractor dates such a page by its change when neither its address nor its title dates it
        assertThat(updateOnly.published()).as("an update line alone dates no publishing here").isNull();
        assertThat(updateOnly.modified()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void metadataThenDatelineWin() {
        PageMetadata metadata = new PageMetadata(List.of(), null, "2022-03-01T09:00:00+07:00", "2022-03-02T11:00:00+07:00",
                List.of(), null, null, List.of(), null, List.of(), null, NumericDateOrder.DAY_FIRST, null);
        Dateline dated = new Dateline(null, "Kupang", LocalDate.of(2022, 3, 3), 22);
        StatedDates declared = finder.find(metadata, Optional.of(dated), List.of(), null);
        assertThat(declared).isEqualTo(new StatedDates(LocalDate.of(2022, 3, 1), DateSource.METADATA, LocalDate.of(2022, 3, 2)));
        assertThat(finder.find(PageMetadata.NONE, Optional.of(dated), List.of(), null))
                .isEqualTo(new StatedDates(LocalDate.of(2022, 3, 3), DateSource.DATELINE, null));
    }

    private LocalDate published(List<String> before, String title) {
        return finder.find(PageMetadata.NONE, Optional.empty(), before, title).published();
    }

    @Test
    void readsTheYearFirstAndOtherLanguagesDates() {
        assertThat(CalendarDates.find("Posted 2019/09/16 10:20").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("発行日:2019年9月16日").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("입력 2019년 9월 16일").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("Veröffentlicht am 16. September 2019").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("Yayınlanma: 16 Eylül 2019 10:20").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("Senin, 16 Sep 2019 10:20 WIB").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    @Test
    void withoutAHeadlineAClockedDateLineRightAboveTheTextDatesIt() {
        List<String> before = List.of("Home > News > Nasional", "Senin, 16 Sep 2019 10:20 WIB", "Reporter: Rina Ayu");
        assertThat(published(before, null)).isEqualTo(LocalDate.of(2019, 9, 16));
        List<String> clockFarAbove = List.of("Senin, 16/09/2019 10:20 WIB", "Home", "Nasional", "Daerah", "Olahraga", "Reporter: Rina Ayu");
        assertThat(published(clockFarAbove, null)).as("the site's clock at the top of the page").isNull();
    }

    @Test
    void theVerbsOfWritingAndPostingLabelAPublishingLineAndTheWordDateADateLine() {
        List<String> after = List.of("Zugriffe: 1234", "Erstellt am Montag, 16. September 2019");
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE), List.of(), after, TITLE, false).published())
                .isEqualTo(LocalDate.of(2019, 9, 16));
        List<String> drupal = List.of("Home", "Submitted by admin on Mon, 09/16/2019 - 10:20", "Rubrik: News");
        assertThat(published(drupal, null)).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.isDateOnly("Datum: 16.09.2019")).isTrue();
        assertThat(CalendarDates.isDateOnly("Release date: 16.09.2019")).isFalse();
    }

    @Test
    void aPublishingLineFarUnderTheHeadlineIsTheLastResort() {
        List<String> before = List.of(TITLE, "Foto: ANTARA/Rina Ayu", "Bagikan", "Facebook", "Twitter", "WhatsApp", "Telegram",
                "Dipublikasikan oleh Redaksi pada 16 September 2019 pukul 10.20");
        assertThat(published(before, TITLE)).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    @Test
    void aLineAfterTheSiteClockAtopThePageIsNoPublicationDayButOneAfterAListedEntrysDateIs() {
        List<String> clocked = List.of("Senin, 16 September 2019", "Beranda", "Nasional", TITLE, "Sabtu, 21 September 2019");
        assertThat(published(clocked, TITLE)).isNull();
        List<String> listed = List.of("Terpopuler", "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat", "Senin, 9 September 2019",
                "Nasional", TITLE, "Kamis, 12 September 2019");
        assertThat(published(listed, TITLE)).as("a popular list's entry is dated so, not today").isEqualTo(LocalDate.of(2019, 9, 12));
    }

    @Test
    void aPublishingLineTheTextKeepsAnywhereIsTheLastResortAndASentenceIsNot() {
        List<String> text = List.of("Pemerintah Kota Bekasi menambah 20 bus sekolah gratis tahun ini.",
                "Dinas Perhubungan menyiapkan dua belas rute baru yang melintasi perumahan di pinggiran kota.",
                "Wali Kota Bekasi mengatakan bus itu gratis untuk semua pelajar.",
                "Dipublikasikan: Senin, 16 September 2019");
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE), text, List.of(), TITLE, false).published())
                .isEqualTo(LocalDate.of(2019, 9, 16));
        List<String> told = List.of(text.get(0), text.get(1), "Buku itu diterbitkan 12 Mei 2018.");
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE), told, List.of(), TITLE, false).published())
                .as("a sentence telling of another publishing").isNull();
    }

    @Test
    void aPublishingLineUnderTheTextDatesItWhenNothingAboveDoes() {
        List<String> after = List.of("Editor: Bagus Santosa", "Diterbitkan 16 September 2019, 10:20 WIB", "Berita Terkait");
        StatedDates dates = finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE), List.of(), after, TITLE, false);
        assertThat(dates.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(dates.source()).isEqualTo(DateSource.DATE_LINE);
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), List.of(TITLE), List.of(), List.of("Berita Terkait", "Senin, 2 Sep 2019 08:00 WIB"),
                TITLE, false).published()).as("an unlabelled date under the text dates a listed article").isNull();
    }

    @Test
    void bylinesEndingWithADateAreReadInTheLanguagesOfTheDateLines() {
        assertThat(StatedDateFinder.isDatedByline("Oleh Hafiyyan - 10 September 2019")).isTrue();
        assertThat(StatedDateFinder.isDatedByline("Par Jean Dupont - 5 mars 2019")).isTrue();
        assertThat(StatedDateFinder.isDatedByline("Von Max Muster | 16.09.2019")).isTrue();
        assertThat(StatedDateFinder.isDatedByline("By Jane Doe, March 5, 2019")).isTrue();
        assertThat(StatedDateFinder.isDatedByline("Oleh karena itu, rapat ditunda hingga 10 September 2019")).isFalse();
        assertThat(published(List.of("Beranda", "Von Max Muster - 16.09.2019"), null)).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    /** ebb.org's line under the headline, the date before the writer: {@code Tuesday 15 October 2019 by Bradley M. Kuhn}. */
    @Test
    void aDateLineNamingTheWriterAfterTheDateIsADatedByline() {
        assertThat(StatedDateFinder.isDatedByline("Tuesday 15 October 2019 by Bradley M. Kuhn")).isTrue();
        assertThat(StatedDateFinder.isDatedByline("15 October 2019 | By Bradley M. Kuhn")).isTrue();
        assertThat(StatedDateFinder.isDatedByline("The bill passed on 15 October 2019 by Parliament")).as("a sentence before the writer").isFalse();
        assertThat(StatedDateFinder.isDatedByline("Tuesday 15 October 2019 by lunchtime")).as("no name after the word").isFalse();
    }

    /**
     * Pixnet's post header ({@code <li class="publish"><span class="month">Dec </span><span class="date">28 </span><span
     * class="day">Sat </span><span class="year">2013 </span><span class="time">00:28</span></li>}): the weekday between
     * the day and the year.
     */
    @Test
    void aWeekdayBetweenTheDayAndTheYearIsRead() {
        assertThat(CalendarDates.findInDateLine("Dec 28 Sat 2013 00:28").map(CalendarDates.Found::date)).contains(LocalDate.of(2013, 12, 28));
        assertThat(CalendarDates.isDateOnly("Dec 28 Sat 2013 00:28")).isTrue();
    }

    /**
     * A Wikipedia infobox under the headline, its rows' cells joined by the bar: {@code Founded | February 28, 1998; 18
     * years ago (1998-02-28)} between {@code Industry | Open-source software} and {@code Founder | Netscape
     * Communications Corporation} dates the founding, not the page; a lone line with a bar still dates it.
     */
    @Test
    void aRowOfAnInfoboxUnderTheHeadlineDatesNothing() {
        List<String> infobox = List.of(TITLE, "Industry | Open-source software", "Founded | February 28, 1998; 18 years ago (1998-02-28)",
                "Founder | Netscape Communications Corporation");
        assertThat(published(infobox, TITLE)).isNull();
        assertThat(published(List.of(TITLE, "Ann Lee | March 5, 2019"), TITLE)).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void withNoHeadlineABareDateAboveTheTextIsNoLastResort() {
        assertThat(published(List.of("Jumat, Mei 3, 2024", "Menu", "Berita Utama"), null)).as("the site's clock").isNull();
        assertThat(published(List.of("Beranda", "Selasa, 10 Sep 2019 10:15 WIB", "Nasional", "Hukum", "Berita Utama"), null))
                .isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * A kicker or a breadcrumb closed by the day (tribunnews's mobile {@code Internasional · Selasa, 10 September 2019
     * 00:28 WIB}, okezone's {@code Home › Muslim › Selasa 10 September 2019}, {@code Kompas.com - 10/09/2019, 05:39
     * WIB}); not a listed story's headline before its date, nor a clock with its time parted off.
     */
    @Test
    void aKickerOrBreadcrumbClosedByTheDayIsToldFromAListedStoryAndAClock() {
        assertThat(StatedDateFinder.isKickerDated("Internasional · Selasa, 10 September 2019 00:28 WIB")).isTrue();
        assertThat(StatedDateFinder.isKickerDated("Home › Muslim › Selasa 10 September 2019")).isTrue();
        assertThat(StatedDateFinder.isKickerDated("Kompas.com - 10/09/2019, 05:39 WIB")).isTrue();
        assertThat(StatedDateFinder.isKickerDated("Festival Kuliner Nusantara Digelar · Jumat, 4 Desember 2026 14:00 WIB")).isFalse();
        assertThat(StatedDateFinder.isKickerDated("Selasa, 10 September 2019 | 10:15 WIB")).isFalse();
        assertThat(StatedDateFinder.isKickerDated("Selasa, 10 September 2019 00:28 WIB")).isFalse();
    }

    /** detik's age under its byline (indonesian-pages dev14): the age alone is a date line; a sentence holding one is not. */
    @Test
    void anAgeAloneIsADateLine() {
        assertThat(StatedDateFinder.isAgeAlone("2 jam yang lalu")).isTrue();
        assertThat(StatedDateFinder.isAgeAlone("3 hours ago")).isTrue();
        assertThat(StatedDateFinder.isAgeAlone("Banjir surut 2 jam yang lalu, kata warga.")).isFalse();
    }
}
