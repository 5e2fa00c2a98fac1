package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import id.kabar.model.DateSource;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written by hand, each showing a way a page states its publication day that was once read wrong or not at all. */
class PublicationDateTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String name, String url) throws IOException, ExtractionException {
        try (InputStream in = PublicationDateTest.class.getResourceAsStream("/extract/dates/" + name)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extractor.extract(new SourceDocument(name, SourceFormat.HTML, html, url, null));
        }
    }

    /**
     * CLICK-ID's line for okezone.com's "Sisa 4 Kota, PB Djarum Tak Cantumkan Logo Perusahaan di Audisi Umum Beasiswa
     * Bulu Tangkis" states {@code "published": "2019-09-10T00:01:00+07:00"}: the day is the input's, and its time of day
     * is kept, which the linker tells an outlet's follow-up from its live report by.
     */
    @Test
    void theInputsDateTimeDatesTheArticleToTheMinute() throws Exception {
        String text = "menyatakan akan menghentikan audisi umum beasiswa bulu tangkis pada tahun depan karena dituding "
                + "Komisi Perlindungan Anak Indonesia (KPAI) telah mengeksploitasi anak.";
        Article a = extractor.extract(new SourceDocument("clickid-okezone-4088", SourceFormat.TEXT, text, null,
                new SourceHints("Sisa 4 Kota, PB Djarum Tak Cantumkan Logo Perusahaan di Audisi Umum Beasiswa Bulu Tangkis",
                        "2019-09-10T00:01:00+07:00", "okezone.com", List.of())));
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
        assertThat(a.publishedSource()).isEqualTo(DateSource.INPUT);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2019-09-09T17:01:00Z"));

        Article dayOnly = extractor.extract(new SourceDocument("day-only", SourceFormat.TEXT, text, null,
                new SourceHints(null, "2019-09-10", "okezone.com", List.of())));
        assertThat(dayOnly.published()).isEqualTo(LocalDate.of(2019, 9, 10));
        assertThat(dayOnly.publishedAt()).as("a day alone tells no time").isNull();
    }

    @Test
    void theAddressThePageDeclaresDatesItWhenItWasFetchedWithoutOne() throws Exception {
        Article a = page("canonical-address.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.ADDRESS);
    }

    /**
     * CNN Indonesia declares {@code 2016-09-28T20:15:00Z} under {@code Kamis, 29/09/2016 03:15 WIB} and an address
     * minted on the 29th: on an Indonesian page the UTC time is read at WIB, so the metadata falls on the address's day
     * and dates the page with its instant.
     */
    @Test
    void aTimeInUtcReadAtWibFallsOnTheDayAFolderOfTheAddressStates() throws Exception {
        Article a = page("utc-metadata-local-address.html", null);
        assertThat(a.published()).as("03:15 WIB is 20:15 UTC the day before").isEqualTo(LocalDate.of(2016, 9, 29));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2016-09-28T20:15:00Z"));
    }

    @Test
    void aDateTheMarkupNamesInsideTheArticleDatesItAboveTheHeadline() throws Exception {
        Article a = page("datum-above-headline.html", "https://stadtblog.example.de/neue-radwege-in-der-innenstadt/");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aMarkedDateFarUnderTheHeadlineIsReadAndOneInARelatedListIsNot() throws Exception {
        Article a = page("marked-date-under-share-bar.html", "https://www.example.com/news/city-opens-first-brt-line");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    /**
     * A German page whose readers' comments stand in {@code <section id="kommentare">}, each with its own
     * {@code <time datetime="2019-09-14T08:12:00+02:00">}: the comments' days are theirs, and the page's day is its
     * date line {@code Donnerstag, 12. September 2019}; the readers' words are no part of the text.
     */
    @Test
    void aCommentBlockNamedInAnotherLanguageDatesNothingAndLeavesTheBody() throws Exception {
        Article a = page("german-comment-block.html",
                "https://www.kieler-abendblatt.example/lokales/stadtrat-beschliesst-neue-radwege");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(a.body()).contains("4,2 Millionen Euro").doesNotContain("um sein Leben");
    }

    @Test
    void aPlaceholderBefore1995LeavesTheDayToTheDateLine() throws Exception {
        Article a = page("placeholder-epoch.html", "https://finance.example.co.id/berita-ekonomi/d-6300001/harga-cabai-rawit");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 9, 19));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aJsonLdObjectOfAnyTypeDatesThePageWithoutAnArticleObject() throws Exception {
        Article a = page("other-json-ld-type.html", "https://www.example.co.id/resep/rendang-daging-sapi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 4, 12));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void aMarkedElementsDateValueIsReadBeforeItsRelativeText() throws Exception {
        Article a = page("abbr-published.html", "https://blog.example.de/bahnstreik");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    @Test
    void aDeclaredDayAfterTheLastChangeIsNoPublicationDay() throws Exception {
        Article a = page("published-after-change.html", "https://www.example.com/news/port-strike-ends");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 9, 17));
    }

    @Test
    void anUpdateLabelledInSpanishDatesTheChange() throws Exception {
        Article a = page("update-line-other-languages.html", "https://www.example.es/economia/plan-vivienda");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 3, 6));
    }

    @Test
    void aRussianDateLineIsReadAndItsUpdateKeptApart() {
        assertThat(CalendarDates.find("16 сентября 2019 г. в 10:20").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.isDateOnly("16 сентября 2019 г. в 10:20")).isTrue();
        assertThat(CalendarDates.UPDATE_LABEL.matcher("Обновлено 17 сентября 2019").find()).isTrue();
        assertThat(CalendarDates.PUBLISH_LABEL.matcher("Опубликовано 16 сентября 2019").find()).isTrue();
    }

    @Test
    void aDateLineOpeningWithAWeekdayOfAnotherLanguageSaysNothingButItsDate() {
        assertThat(CalendarDates.isDateOnly("Do 12. Sep. 2019")).isTrue();
        assertThat(CalendarDates.isDateOnly("czwartek, 12 września 2019")).isTrue();
        assertThat(CalendarDates.isDateOnly("Lundi 17 février 2020 - 09:12")).isTrue();
        assertThat(CalendarDates.isDateOnly("Do 12. Sep. 2019 Stadtrat tagt")).isFalse();
    }

    @Test
    void writtenDatesWithEnglishOrdinalsAreRead() {
        assertThat(CalendarDates.find("Posted 16th of September 2019").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("Aktualisiert am 6. März 2019, 10:20 Uhr").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 3, 6));
    }

    @Test
    void aTimeElementUnderTheHeadlineWinsOverTheSiteClockAboveIt() throws Exception {
        Article a = page("site-clock-time.html", "https://www.example.co.id/surabaya/pemkot-tambah-bus-listrik");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void aNumericDateWhoseFirstNumberCanBeNoMonthIsReadDayFirstElseMonthFirst() {
        assertThat(CalendarDates.find("Senin, 16/09/2019 10:20 WIB").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("Posted 09/16/2019 10:20 AM").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(CalendarDates.find("05/03/2019").orElseThrow().date()).as("either way: the day first").isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void anAddressMintedTheEveningBeforeDoesNotOverruleThePublishedTime() throws Exception {
        Article a = page("filed-before-publishing.html",
                "https://sports.okezone.com/read/2019/09/09/40/2102719/sisa-4-kota-pb-djarum-tak-cantumkan-logo-perusahaan-di-audisi-umum");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void theAddressFolderDatesThePageWhenTheStatedDayCannotBeThePublications() {
        LocalDate address = LocalDate.of(2019, 9, 16);
        assertThat(ArticleExtractor.addressFirst(address, LocalDate.of(2019, 9, 15), true)).as("a Jakarta morning in UTC").isTrue();
        assertThat(ArticleExtractor.addressFirst(address, LocalDate.of(2019, 9, 17), false)).as("a draft published after midnight").isFalse();
        assertThat(ArticleExtractor.addressFirst(address, LocalDate.of(2019, 9, 17), true)).as("an evening west of Greenwich in UTC").isTrue();
        assertThat(ArticleExtractor.addressFirst(address, LocalDate.of(2021, 2, 1), false)).as("a later change").isTrue();
        assertThat(ArticleExtractor.addressFirst(address, address, false)).isFalse();
    }

    @Test
    void aDateWrittenWithDotsIsNoClockAndTheSiteClockAboveTheHeadlineStaysUnread() throws Exception {
        Article a = page("dotted-site-clock.html", "https://www.lokalzeitung.example.de/stadt/parkkonzept");
        assertThat(a.published()).as("Mittwoch, 18.09.2019 is the day the page was fetched").isNull();
        assertThat(CalendarDates.hasClock("Mittwoch, 18.09.2019")).isFalse();
        assertThat(CalendarDates.hasClock("Publié le 16 sept. 2019 à 10h20")).isTrue();
    }

    @Test
    void aPolishPublishingLineDatesThePageAndLeavesTheBody() throws Exception {
        Article a = page("polish-publishing-line.html", "https://gazeta.example.pl/miasto/nowa-linia-tramwajowa");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 9, 19));
        assertThat(a.body()).startsWith("W poniedziałek rano").doesNotContain("Opublikowano", "Czytaj");
    }

    @Test
    void aFrenchLineOfBothDaysDatesThePublishingAndTheChangeAndLeavesTheBody() throws Exception {
        Article a = page("french-published-and-updated.html", "https://www.lejournal.example.fr/ville/plan-velo");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 9, 17));
        assertThat(a.body()).doesNotContain("Publié", "Mis à jour");
    }

    @Test
    void aBylineEndingWithADateUnderTheTextDatesThePage() throws Exception {
        Article a = page("byline-date-under-text.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 13));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aStandLineDatesTheLastChangeAndThePublishingLineThePublication() throws Exception {
        Article a = page("stand-line.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 9, 17));
    }

    @Test
    void aDateLineWithAYearOfTwoDigitsIsRead() throws Exception {
        Article a = page("short-year-date-line.html", null);
        assertThat(a.published()).as("10 Sep 19 | 08:12, not the related item's 11 Sep 19").isEqualTo(LocalDate.of(2019, 9, 10));
    }

    @Test
    void aDateLineInsideTheContentBlockUnderItsHeadlineIsRead() throws Exception {
        Article a = page("date-line-inside-content.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aBareDateFarUnderTheHeadlineIsTheLastResort() throws Exception {
        Article a = page("date-line-far-under-headline.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 11));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aJsonLdDateWrittenAsAnArrayOrATypedValueIsRead() throws Exception {
        Article a = page("json-ld-date-array.html", "https://www.example.com/local/harbour-ferry-service-to-resume");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 9, 14));
    }

    @Test
    void aTimeAfterAnUpdateLabelDatesTheChangeThoughItComesFirst() throws Exception {
        Article a = page("update-time-first.html", "https://www.example.com/politics/cycle-lanes-approved");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 29));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 10, 3));
    }

    @Test
    void aTimeMarkedAsTheUpdateLeavesThePublicationToThePublishingLine() throws Exception {
        Article a = page("update-time-only.html", "https://www.example.com/community/library-extends-hours");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 29));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 10, 3));
    }

    @Test
    void aBareDateRightAboveTheHeadlineDatesTheEntry() throws Exception {
        Article a = page("bare-date-above-headline.html", "https://www.example.com/notes-from-the-river-clean-up/");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 9, 29));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aDateLineUnderAHeadlineWordedUnlikeTheTitleIsRead() throws Exception {
        Article a = page("heading-unlike-title.html", "https://www.example.com/politics/cycle-plan-approved");
        assertThat(a.title()).isEqualTo("Cycle plan approved");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
    }

    @Test
    void aMarkedDateUnderTheEntrysH2IsReadOnAPageWithoutAnH1() throws Exception {
        Article a = page("blog-entry-under-h2.html", "https://rail.example.com/a-week-on-the-northern-line.html");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 9, 29));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aBareDateClosingTheTextIsTheLastResort() throws Exception {
        Article a = page("bare-date-closing-text.html", "https://www.example.com/essays/why-the-old-mill-should-stay");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 3, 5));
        assertThat(a.body()).doesNotContain("March 5, 2017");
    }

    @Test
    void aDayGluedToTheSlugsLastWordDatesAPageDatedNowhereElse() throws Exception {
        Article a = page("slug-glued-date.html", "https://www.example.co.id/daerah/kabut-asap-riau-makin-pekat20190916.html");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.ADDRESS);
    }

    @Test
    void aDateOnlyTheTitleElementWritesDatesThePage() throws Exception {
        Article a = page("date-only-in-title.html", "https://www.example.co.id/bisnis/harga-emas-antam-turun");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.TITLE);
    }

    @Test
    void aDayAfterTheSiteClockIsNoPublicationDay() throws Exception {
        Article a = page("event-day-after-site-clock.html", "https://www.example.co.id/hiburan/konser-amal-korban-banjir");
        assertThat(a.published()).as("the concert's day under the headline is after the clock atop the page")
                .isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aDateClosingASidebarListAboveTheHeadlineDatesThatListsEntry() throws Exception {
        Article a = page("sidebar-date-above-headline.html", "https://www.example.com/notes-from-the-river-clean-up/");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 9, 29));
        assertThat(a.body()).doesNotContain("September 3, 2016");
    }

    @Test
    void aBareDateUnderTheBylineAndShareBarOfTheTextIsTheLastResortButNotOneInTheRelatedList() throws Exception {
        Article a = page("date-under-byline-and-share-bar.html", "https://www.example.co.id/daerah/jembatan-gantung-sukamaju");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aDatePublishedInABrokenJsonLdBlockIsRead() throws Exception {
        Article a = page("broken-json-ld.html", "https://www.example.co.id/metro/pemkot-bekasi-tambah-bus-sekolah");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    /**
     * An American school board report ({@code <html lang="en-US">}) under {@code Published 09/04/2019 8:15 AM ET} and
     * {@code Updated 09/05/2019 6:40 PM ET}: September 4 and 5, read month first, not April 9 and May 9.
     */
    @Test
    void aNumericDateOnAnAmericanPageIsReadMonthFirst() throws Exception {
        Article a = page("published-updated-month-first-en-us.html",
                "https://www.lakesidetribune.example/news/school-board-delays-vote-start-times");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 4));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 9, 5));
    }

    /** {@code By Jessica Ortiz | 7/10/2020} on a page declaring only {@code lang="en"} and {@code og:locale} {@code en_US}: July 10. */
    @Test
    void theOpenGraphLocaleTellsAnAmericanPageWhenItsLanguageHasNoRegion() throws Exception {
        Article a = page("month-first-og-locale-en-us.html", "https://www.valleydailynews.example/local/county-opens-second-cooling-center");
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 7, 10));
    }

    /**
     * A garden blog's entry whose only date is the sentence its theme writes under the text: {@code This entry was posted
     * on Sunday, March 3rd, 2019 at 10:15 am and is filed under Garden. You can follow any responses ...}. It dates the
     * entry and is no part of its text; the title element's {@code «} parts the headline from the blog's name.
     */
    @Test
    void aThemesPostingSentenceUnderTheEntryDatesItAndEndsTheText() throws Exception {
        Article a = page("entry-posted-sentence.html", "https://www.muddyboots.example/early-potatoes/");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 3));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
        assertThat(a.body()).endsWith("blackened the first leaves.").doesNotContain("This entry was posted");
        assertThat(a.title()).isEqualTo("Early potatoes in the ground");
    }

    /** A local paper's byline {@code By Dana Ruiz · 3/3/19}: a date in numbers with a year of two digits after a dot. */
    @Test
    void aBylineDatedInNumbersWithATwoDigitYearDatesThePage() throws Exception {
        Article a = page("byline-numeric-short-year.html", "https://www.valleycourier.example/news/first-electric-school-bus");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 3));
    }

    /**
     * A forum thread whose block holds every post: the first post's header {@code Beitrag von tom » So 3. Mär 2019,
     * 10:15} dates it, not a reply's ({@code Di 5. Mär 2019, 19:05}), and the thread's title asked as a question
     * ({@code Kaminofen tauschen: Abnahme durch den Schornsteinfeger?}) does not open the text.
     */
    @Test
    void aForumPostsHeaderDatesTheThreadAndItsTitleDoesNotOpenTheText() throws Exception {
        Article a = page("forum-post-header.html", "https://www.heimwerker.example/viewtopic.php?t=8812");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 3));
        assertThat(a.body()).startsWith("Hallo zusammen");
    }

    /** Sina Weibo's share tag {@code <meta name="weibo:article:create_at" content="2019-05-14 09:32:10">} is a declared publishing. */
    @Test
    void weibosCreationTagDatesThePage() throws Exception {
        Article a = page("weibo-create-at.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    /**
     * Metadata written in digits alone: {@code <meta name="ptime" content="20190617083000">} and {@code pdate}'s
     * {@code 20190412} are compact days, {@code <meta property="article:published_time" content="1570519200">} a unix
     * time (2019-10-08T07:20:00Z); ten digits that read as a day with its hour are that day, not a unix time in 2033.
     */
    @Test
    void metadataInDigitsAloneIsACompactDayOrAUnixTime() throws Exception {
        assertThat(page("ptime-compact.html", null).published()).isEqualTo(LocalDate.of(2019, 6, 17));
        Article unix = page("unix-seconds-published-time.html", null);
        assertThat(unix.published()).isEqualTo(LocalDate.of(2019, 10, 8));
        assertThat(unix.publishedAt()).isEqualTo(Instant.parse("2019-10-08T07:20:00Z"));
        assertThat(CalendarDates.parseValue("20190412")).contains(LocalDate.of(2019, 4, 12));
        assertThat(CalendarDates.parseValue("2019041210")).contains(LocalDate.of(2019, 4, 12));
        assertThat(CalendarDates.parseInstant("20190617083000")).as("a compact time states no offset").isEmpty();
        assertThat(CalendarDates.parseValue("12345678")).as("no day before 1995, nor a unix time of eight digits").isEmpty();
    }

    /**
     * Drupal's node template states the day as RDFa on the submitted line ({@code <span property="dc:date dc:created"
     * content="2019-03-05T10:15:00+00:00">Submitted by rra_editor on Tue, 03/05/2019 - 10:15</span>}); its visible
     * date, month first on a page declaring English without its region, is read by the weekday it names: 5 March 2019
     * was a Tuesday, 3 May a Friday.
     */
    @Test
    void drupalsSubmittedLineIsReadByItsRdfaAndItsWeekday() throws Exception {
        Article a = page("drupal-rdfa-submitted.html", "https://www.riverside-residents.example/node/412");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
        assertThat(CalendarDates.find("Submitted by rra_editor on Tue, 03/05/2019 - 10:15").orElseThrow().date())
                .isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(CalendarDates.find("Selasa, 05-03-2019 | 10:15 WIB").orElseThrow().date())
                .as("a weekday agreeing with the day first changes nothing").isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(CalendarDates.find("Fri, 03/05/2019").orElseThrow().date())
                .as("3 May 2019 was a Friday").isEqualTo(LocalDate.of(2019, 5, 3));
    }

    /**
     * The site's clock as a {@code <time>} in the top bar above the menu ({@code <time datetime="2019-03-11T14:05">Monday,
     * 11 March 2019</time>}) never dates the article: the byline {@code By Helen Price | 5 March 2019} does.
     */
    @Test
    void aTimeElementAboveTheMenuIsTheSiteClockNotTheArticlesDay() throws Exception {
        Article a = page("site-clock-time-above-menu.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    /**
     * Date lines with the month abbreviated as French, Spanish, Italian, Portuguese and Dutch sites write it: {@code
     * Publié le 5 févr. 2019 à 10h15} dates its page, and its readers' comments ({@code 6 févr. 2019 à 08h40}) do not.
     */
    @Test
    void monthsAbbreviatedInOtherLanguagesAreRead() throws Exception {
        Article a = page("french-abbreviated-month.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 2, 5));
        assertThat(a.body()).doesNotContain("Publié le").doesNotContain("Jean-Paul");
        assertThat(CalendarDates.find("5 abr. 2019 - 10:15").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(CalendarDates.find("Pubblicato il 5 mag 2019 alle 10:15").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 5, 5));
        assertThat(CalendarDates.find("Por Ana Souza — 5 set 2019, 10h15").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 5));
        assertThat(CalendarDates.find("12 mrt 2019 om 10:15").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 3, 12));
    }

    /** A date line with the month and day written without leading zeros ({@code 2019-3-5 10:15}), as Chinese outlets' English editions print it. */
    @Test
    void anIsoDateWithoutLeadingZerosIsRead() {
        assertThat(CalendarDates.find("2019-3-5 10:15").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(CalendarDates.find("2019-3-512")).as("a longer number is no day").isEmpty();
    }

    /**
     * A CMS that declares its last change as the publishing (JSON-LD {@code datePublished} 2019-11-07, as its {@code
     * dateModified}) under {@code Updated 7 November 2019 · First published 5 November 2019}: the first publishing wins.
     */
    @Test
    void anUpdateDeclaredAsThePublishingLosesToTheShownFirstPublishing() throws Exception {
        Article a = page("update-declared-as-published.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 11, 5));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 11, 7));
    }

    /**
     * A promoted story's card in the top bar, a microdata item of its own ({@code <div class="promo" itemscope
     * itemtype="https://schema.org/NewsArticle"><a href="/news/regatta-week">...<meta itemprop="datePublished"
     * content="2019-08-30"></div>}), does not date the article: its byline's {@code <span itemprop="datePublished"
     * content="2019-08-27T11:00:00+01:00">27 August 2019</span>} does.
     */
    @Test
    void aPromotedStorysMicrodataAboveTheHeadlineDatesThatStoryOnly() throws Exception {
        Article a = page("promoted-story-microdata.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 8, 27));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    /**
     * The site's clock in a date bar under the menu, right above the headline ({@code Sunday, 10 March 2019, 14:05}),
     * loses to the byline's earlier day under the headline ({@code By Ann Lee | 5 March 2019}).
     */
    @Test
    void aClockedDateBarAboveTheHeadlineLosesToTheBylinesEarlierDay() throws Exception {
        Article a = page("date-bar-under-menu.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * ebb.org's entry: the line the theme sets under the headline, inside the post's block, names the writer after
     * the date ({@code <p class="topAttributionWithDate">Tuesday 15 October 2019 by Bradley M. Kuhn</p>}).
     */
    @Test
    void aDateLineNamingTheWriterAfterItDatesThePost() throws Exception {
        Article a = page("date-first-byline.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 10, 15));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * La Nación's page opens with a byte-order mark before {@code <!DOCTYPE html>}: read as text, it put the head's
     * {@code <title>Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION </title>} into the body,
     * and the title's date was lost.
     */
    @Test
    void aByteOrderMarkLeavesTheHeadsTitleToDateThePage() throws Exception {
        Article a = page("byte-order-mark-title-date.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 12, 7));
        assertThat(a.publishedSource()).isEqualTo(DateSource.TITLE);
    }

    /** Pixnet's post header over the post's title: {@code Dec 28 Sat 2013 00:28}, the weekday between day and year. */
    @Test
    void aBlogPlatformsHeaderWithTheWeekdayBeforeTheYearDatesThePost() throws Exception {
        Article a = page("month-day-weekday-year.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2013, 12, 28));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * Lifehacker's address ends with the post's number ({@code ...-you-don-t-1690268064}), a unix time of 25 July 2023
     * on a page that writes no year at all: it states no day.
     */
    @Test
    void anArticleNumberEndingTheSlugIsNoUnixTime() throws Exception {
        Article a = page("article-number-ending-slug.html", null);
        assertThat(a.published()).isNull();
    }

    /**
     * Wikipedia's Mozilla page: the infobox's {@code Founded | February 28, 1998} under the headline dates the
     * founding and the references' {@code <span class="reference-accessdate">. Retrieved 1 May 2016</span>} the day a
     * source was read; the page states no publishing.
     */
    @Test
    void anInfoboxRowAndACitationsAccessDateDateNoPage() throws Exception {
        Article a = page("infobox-under-headline.html", null);
        assertThat(a.published()).isNull();
    }

    /**
     * The site's clock as a {@code <time>} under the menu, outside the article's block ({@code <div class="clock"><time
     * datetime="2019-09-17">Selasa, 17 September 2019</time></div>}), declares no publishing: the date line under the
     * headline ({@code <div class="meta">16 September 2019</div>}) dates the article.
     */
    @Test
    void aClockTimeUnderTheMenuLosesToTheDateLineUnderTheHeadline() throws Exception {
        Article a = page("clock-time-under-menu.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * A clocked {@code <time>} right above the headline ({@code <time datetime="2019-09-17T10:20:00+07:00">Selasa, 17
     * September 2019 10:20 WIB</time>}) over a byline with an earlier day and no byline word ({@code Ani Lestari | 16
     * September 2019}) is the site's clock.
     */
    @Test
    void aClockedTimeAboveTheHeadlineLosesToAnEarlierBylineWithoutItsWord() throws Exception {
        Article a = page("clocked-time-over-byline.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * An AMP page shows its age ({@code <amp-timeago datetime="2019-10-14T16:30:00+08:00">1 hari lalu</amp-timeago>})
     * under a header clock of a later day ({@code Rabu, 16 Oktober 2019}): the day is the element's {@code datetime},
     * not the age counted back from the clock.
     */
    @Test
    void anAmpTimeagoDatesThePageByItsDatetime() throws Exception {
        Article a = page("amp-timeago-age.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 10, 14));
        assertThat(a.publishedSource()).isEqualTo(DateSource.METADATA);
    }

    /** A WordPress theme's post foot under the text ({@code <div class="post-foot">Posting: 13 Agt 2019</div>}) dates the page. */
    @Test
    void aPostingLineUnderTheTextDatesThePage() throws Exception {
        Article a = page("posting-line-under-text.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 8, 13));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void aClockedDateClosingAPopularColumnBeforeTheHeadlineDatesThatColumnsEntry() throws Exception {
        // "Festival Kuliner Nusantara Digelar di Lapangan Banteng" over "Jumat, 4 Desember 2026 14:00 WIB" right above
        // the headline, the article's own "Penulis: Rina | 27 November 2026" under it
        Article a = page("popular-column-before-headline.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aTimeBesideAListedHeadlineAboveTheArticleIsThatEntrys() throws Exception {
        // <li><a>Tol Cibitung-Cilincing Seksi Akhir Resmi Dibuka untuk Umum</a> <time datetime="2026-12-05">, outside any
        // article block, over the article's "Jumat, 27 November 2026 14:05 WIB"
        Article a = page("popular-time-before-headline.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * An IndieWeb entry holds its day only in a microformat's {@code <data class="dt-published"
     * value="2019-10-03T08:40:00+02:00">} beside a {@code Permalink}; the replies under it each date their own
     * {@code <time class="dt-published">} later.
     */
    @Test
    void aDataElementsValueDatesAnEntryMarkedAsPublished() throws Exception {
        Article a = page("h-entry-data-value.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 10, 3));
    }

    /**
     * A WordPress theme shows the entry's age ({@code il y a 5 ans}) linked to its day's archive ({@code <span
     * class="post-date"><a href=".../2020/02/06/">}) on a page whose address is {@code ?p=412}, a calendar widget
     * linking other days of the month in the sidebar.
     */
    @Test
    void aDateMarkedLinkToADaysArchiveDatesTheEntry() throws Exception {
        Article a = page("day-archive-link.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 2, 6));
    }

    /** Joomla's Polish article info writes the month in the nominative: {@code Opublikowano: czwartek, 10 październik 2019 12:40}. */
    @Test
    void aPolishMonthInTheNominativeIsRead() throws Exception {
        Article a = page("joomla-polish-nominative-month.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 10, 10));
        assertThat(a.body()).doesNotContain("Opublikowano");
    }

    /** Onet's {@code <time>19 lis 2020, 10:15</time>} without a {@code datetime}, readers' comments {@code 20 lis 2020} under the text. */
    @Test
    void aPolishAbbreviatedMonthIsRead() throws Exception {
        Article a = page("polish-abbreviated-month-time.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 11, 19));
    }

    /**
     * A Nuxt page's state passes its values as a function's arguments ({@code window.__NUXT__=(function(a,b,c,d,e,...)
     * {return {data:[{article:{publishedAt:e,...},related:[{publishedAt:g}]}]...}}(true,null,"Jakarta","Metro",
     * "2025-06-04T09:30:00+07:00",...))}): the article's key names the fifth.
     */
    @Test
    void aNuxtStateKeyNamingAnArgumentDatesThePage() throws Exception {
        Article a = page("nuxt-function-arguments.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 4));
    }

    /**
     * Blogger's classic template dates a post only in its footer's {@code <abbr class="published"
     * title="2019-09-12T10:15:00+02:00">10:15</abbr>}, readers' comments of later days under it; the blog's name, the
     * logo's lone {@code h1} linking home, opens the title element ({@code Caminando por la sierra: La calzada ...}).
     */
    @Test
    void aBloggerPostIsDatedByItsFooterAndTitledWithoutTheBlogsName() throws Exception {
        Article a = page("blogger-logo-site-name.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(a.title()).isEqualTo("La calzada romana de la Fuenfría, paso a paso");
    }

    /**
     * Wikinews's article (date-pages dev6) dates its publishing in the text ({@code <span id="publishDate" title="2019-09-12">})
     * and its last edit only in MediaWiki's footer; a wiki article stating no publishing is not dated by its last edit.
     */
    @Test
    void aWikisFooterDatesTheLastEditAndNeverThePublishing() throws Exception {
        String head = "<html lang=\"en\"><head><title>Ferry service between Orkney and Shetland suspended - Wikinews</title></head>"
                + "<body><div id=\"content\"><h1 id=\"firstHeading\">Ferry service between Orkney and Shetland suspended</h1>"
                + "<div id=\"mw-content-text\"><div class=\"mw-parser-output\">";
        String text = "<p>The overnight ferry linking Kirkwall in Orkney with Lerwick in Shetland was taken out of service on Tuesday "
                + "after a fire broke out in one of its engine rooms. None of the 96 passengers or 38 crew were hurt.</p>"
                + "<p>The operator said the crew put out the fire within twenty minutes using the ship's own extinguishing system, "
                + "and the vessel reached Lerwick under its second engine escorted by a lifeboat.</p></div></div></div>"
                + "<div id=\"footer\"><ul id=\"footer-info\"><li id=\"footer-info-lastmod\"> This page was last edited on "
                + "20 September 2019, at 14:02.</li></ul></div></body></html>";
        String dated = "<p><strong class=\"published\"><span id=\"publishDate\" class=\"value-title\" title=\"2019-09-12\"></span>"
                + "Thursday, September 12, 2019</strong></p>";
        Article story = extractor.extract(new SourceDocument("wikinews", SourceFormat.HTML, head + dated + text,
                "https://en.wikinews.example/wiki/Ferry_service", null));
        assertThat(story.published()).isEqualTo(LocalDate.of(2019, 9, 12));
        assertThat(story.modified()).isEqualTo(LocalDate.of(2019, 9, 20));
        Article undated = extractor.extract(new SourceDocument("wiki", SourceFormat.HTML, head + text,
                "https://en.wikinews.example/wiki/Ferry_service", null));
        assertThat(undated.published()).isNull();
        assertThat(undated.modified()).isNull();
    }

    /**
     * A news ticker over the headline names another story with its time ({@code Breaking News Gempa Magnitudo 5,1 Guncang
     * Maluku Utara Pagi Ini 16/09/2019 08:10}) over SINDOnews' text of 10 September 2019 (CLICK-ID), whose own date line
     * {@code 10/09/2019 00:29} stands under the headline: the ticker dates nothing.
     */
    @Test
    void aTickersHeadlineWithItsTimeOverTheHeadlineDatesNothing() throws Exception {
        Article a = page("ticker-over-headline.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * A JSON-LD {@code ItemList} of related articles, each with its {@code datePublished} (7 December 2026), read as JSON:
     * its dates belong to the listed items, not to the page, whose date line shows 10 September 2019 (CLICK-ID's text).
     */
    @Test
    void aDateInsideAJsonLdListOfOtherArticlesIsNoScriptsDateOfThePage() throws Exception {
        Article a = page("jsonld-item-list-related.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * An Indonesian page declaring its publishing in UTC only ({@code article:published_time} {@code 2019-09-09T17:29:00Z},
     * 00:29 WIB on 10 September, as SINDOnews' article of CLICK-ID was published): the newsroom's day is WIB's.
     */
    @Test
    void aTimeAnIndonesianPageDeclaresInUtcIsDatedOnItsNewsroomsDay() throws Exception {
        Article a = page("utc-published-indonesian.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * The same page declaring its publishing as a unix time ({@code article:published_time} {@code 1568050140}, 00:29
     * WIB on 10 September, 17:29 on the 9th in UTC): a unix time is a time in UTC, read at WIB.
     */
    @Test
    void aUnixTimeAnIndonesianPageDeclaresIsDatedOnItsNewsroomsDay() throws Exception {
        Article a = page("unix-published-indonesian.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * A JNews portal carrying SINDOnews' "Baby Tsabina Wujudkan Mimpi Syuting di Korea Selatan" (published 00:30 WIB on
     * 10 September 2019) shows only an age under the headline, its day in {@code <div class="jeg_meta_date"
     * data-time="1568050200">}: 9 September in UTC, the 10th at the newsroom.
     */
    @Test
    void aUnixTimeInAMarkedElementOfAnIndonesianPageIsReadAtWib() throws Exception {
        Article a = page("unix-data-time-indonesian.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * okezone's "Revisi UU Dinilai Penting agar KPK Utamakan Pencegahan Korupsi" ({@code og:type} {@code article}) plays
     * a clip whose {@code VideoObject}, the page's only JSON-LD, was uploaded on 7 September; the article's date line
     * under the headline ({@code Fakhri Rezy, Jurnalis · Selasa 10 September 2019 00:03 WIB}) dates it.
     */
    @Test
    void anEmbeddedClipsUploadDayLosesToTheArticlesDateLine() throws Exception {
        Article a = page("embedded-clip-upload-date.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * Tempo's "Masyarakat Akali Perluasan Ganjil Genap dengan Plat Nomor Palsu" with a read-more box between the
     * headline and the date line ({@code Baca juga: Polisi Tilang 300 Pelanggar Ganjil Genap Senin, 9 September 2019}
     * over {@code Selasa, 10 September 2019 04:53 WIB}): the box dates the story it links.
     */
    @Test
    void aReadMoreLineUnderTheHeadlineDatesNotThePage() throws Exception {
        Article a = page("read-more-above-date-line.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * tribunnews's mobile page of "Rusuh suporter usai kekalahan Indonesia, Menpora Malaysia: ..." states its day only
     * after its section kicker right above the headline ({@code Internasional · Selasa, 10 September 2019 00:28 WIB}),
     * under a menu of three section names that reads as a short headline.
     */
    @Test
    void aSectionKickerClosedByTheDayAboveTheHeadlineDatesThePage() throws Exception {
        Article a = page("kicker-day-mobile.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
        assertThat(a.publishedSource()).isEqualTo(DateSource.DATE_LINE);
    }

    /**
     * okezone's "Mualaf, Sempat Bimbang Jelang Baca Syahadat" states its day only as the last step of its breadcrumb
     * ({@code Home › Muslim › Selasa 10 September 2019}), over a sidebar of later dated stories.
     */
    @Test
    void aBreadcrumbClosedByTheDayAboveTheHeadlineDatesThePage() throws Exception {
        Article a = page("breadcrumb-closing-day.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * tempo.co's "99 Pasang Pengantin di Malaysia Menikah di Tanggal Cantik" shows only an age ({@code 5 jam lalu})
     * and keeps its publishing in its share box's {@code data-published="2019-09-10T05:00:00+07:00"}, an element no
     * class marks as a date; its text tells of the wedding day, 9 September.
     */
    @Test
    void aDataAttributeNamingThePublishingOnAnUnmarkedElementDatesThePage() throws Exception {
        Article a = page("data-published-share-box.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * A Tribunnews template (CLICK-ID's okezone text "Bamsoet Tanggapi Pernyataan JK Setuju Beberapa Poin Revisi UU
     * KPK", published 00:31 WIB on 12 September 2019) keeps its publishing only in an empty {@code <span class="time"
     * data-ts="1568223060000">} a script fills: a unix time in milliseconds, 11 September in UTC, 12 September at WIB.
     */
    @Test
    void aUnixTimeInMillisecondsInADataTsAttributeDatesThePageAtWib() throws Exception {
        Article a = page("data-ts-unix-milliseconds.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
    }

    /**
     * A merdeka.com template (IndoSum's merdeka.com text "Teka-teki Anniesa Hasibuan biayai peragaan busana di luar
     * negeri", gathered 13:56 WIB on 15 August 2017) writes August {@code Agust} in its date line {@code Selasa, 15 Agust
     * 2017 13:56}, under a header clock of the next day.
     */
    @Test
    void theAbbreviationAgustInADateLineIsAugust() throws Exception {
        Article a = page("agust-date-line.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 8, 15));
    }

    /**
     * A Kontan-style byline (CLICK-ID's sindonews.com text "Menhub Budi Karya: Transportasi Merajut Nusantara, Membangun
     * Bangsa", published 00:17 WIB on 16 September 2019) shows only an age, {@code <span class="age"
     * data-unix="1568567820">3 jam lalu</span>}, its class naming no date: the unix time it counts from is the
     * publishing's, 15 September in UTC, 16 September at WIB, not the header clock's 17 September.
     */
    @Test
    void aUnixTimeInADataUnixAttributeOfAnAgeDatesThePageAtWib() throws Exception {
        Article a = page("data-unix-age.html", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }
}
