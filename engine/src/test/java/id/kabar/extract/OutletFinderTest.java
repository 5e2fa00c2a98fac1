package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletFinderTest {
    private final OutletFinder finder = new OutletFinder();

    private static PageReading page(List<String> before, List<String> after, PageMetadata metadata) {
        return new PageReading(before, List.of("Teks berita."), after, metadata);
    }

    @Test
    void namesTheOutletAsItNamesItself() {
        assertThat(OutletNames.asItNamesItself("SERAMBINEWS.COM")).isEqualTo("Serambinews.com");
        assertThat(OutletNames.asItNamesItself("KNews.id")).isEqualTo("KNews.id");
        assertThat(OutletNames.asItNamesItself("KOMPAS.com")).isEqualTo("KOMPAS.com");
        assertThat(OutletNames.asItNamesItself("CNN Indonesia")).isEqualTo("CNN Indonesia");
    }

    @Test
    void theDatelineOutletBeatsTheCopyrightLine() {
        Dateline dateline = new Dateline("SERAMBINEWS.COM", "Moskow", null, 25);
        PageReading page = page(List.of(), List.of("© 2022 TRIBUNnews.com Network,a subsidiary of KG Media."), PageMetadata.NONE);
        assertThat(finder.find(PageMetadata.NONE, Optional.of(dateline), page, null)).contains("Serambinews.com");
    }

    @Test
    void aDeclaredSiteNameBeatsTheDateline() {
        PageMetadata metadata = new PageMetadata(List.of(), "Kompas.com", null, null, List.of(), null, null, List.of(), null, List.of(), null,
                NumericDateOrder.DAY_FIRST, null);
        Dateline dateline = new Dateline("KOMPAS.com", "Jakarta", null, 20);
        assertThat(finder.find(metadata, Optional.of(dateline), page(List.of(), List.of(), metadata), null)).contains("Kompas.com");
    }

    @Test
    void fallsBackToTheCopyrightLineThenTheDomain() {
        PageReading page = page(List.of(), List.of("KOMENTAR", "© 2022 TRIBUNnews.com Network,a subsidiary of KG Media."), PageMetadata.NONE);
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), page, null)).contains("TRIBUNnews.com");
        PageReading bare = page(List.of(), List.of(), PageMetadata.NONE);
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), bare, "https://www.serambinews.com/internasional/2022/03/14/x"))
                .contains("Serambinews.com");
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), bare, "https://news.detik.com/berita/d-123/x")).contains("Detik.com");
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), bare, "https://www.antaranews.co.id/berita/1")).contains("Antaranews.co.id");
    }

    @Test
    void readsTheHolderOfACopyrightLine() {
        assertThat(OutletFinder.copyrightHolder("Copyright © 2024 KOMPAS.com. All rights reserved.")).contains("KOMPAS.com");
        assertThat(OutletFinder.copyrightHolder("© Copyright 2022 Gatra Media Group")).contains("Gatra Media Group");
        assertThat(OutletFinder.copyrightHolder("Hak cipta dilindungi undang-undang")).isEmpty();
    }
}
