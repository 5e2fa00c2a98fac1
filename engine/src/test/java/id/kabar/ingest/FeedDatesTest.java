package id.kabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    /** 06:16:20 WIB on 14 March 2017, which is still 13 March in UTC. */
    private static final Date EARLY_MORNING_WIB = Date.from(Instant.parse("2017-03-13T23:16:20Z"));

    @Test
    void numericOffsetKeepsTheFeedsOwnDay() {
        assertThat(FeedDates.iso(EARLY_MORNING_WIB, "Tue, 14 Mar 2017 06:16:20 +0700"))
                .isEqualTo("2017-03-14T06:16:20+07:00");
        assertThat(FeedDates.iso(EARLY_MORNING_WIB, "2017-03-14T06:16:20+07:00"))
                .isEqualTo("2017-03-14T06:16:20+07:00");
    }

    @Test
    void indonesianZoneNamesAreUnderstood() {
        assertThat(FeedDates.iso(EARLY_MORNING_WIB, "Tue, 14 Mar 2017 06:16:20 WIB"))
                .isEqualTo("2017-03-14T06:16:20+07:00");
        assertThat(FeedDates.iso(EARLY_MORNING_WIB, "Tue, 14 Mar 2017 08:16:20 WIT"))
                .isEqualTo("2017-03-14T08:16:20+09:00");
    }

    @Test
    void utcStaysUtc() {
        Date noon = Date.from(Instant.parse("2017-03-14T12:00:00Z"));

        assertThat(FeedDates.iso(noon, "Tue, 14 Mar 2017 12:00:00 GMT")).isEqualTo("2017-03-14T12:00:00Z");
        assertThat(FeedDates.iso(noon, "2017-03-14T12:00:00Z")).isEqualTo("2017-03-14T12:00:00Z");
    }

    @Test
    void dateWithoutZoneThatRomeCannotPlaceIsKeptAsLocalTime() {
        assertThat(FeedDates.iso(null, "2017-03-14 06:16:20")).isEqualTo("2017-03-14T06:16:20");
        assertThat(FeedDates.iso(null, "Tue, 14 Mar 2017 06:16")).isEqualTo("2017-03-14T06:16:00");
    }

    @Test
    void dayWithoutTimeStaysADay() {
        assertThat(FeedDates.iso(EARLY_MORNING_WIB, "2017-03-14")).isEqualTo("2017-03-14");
    }

    @Test
    void unreadableDateIsNull() {
        assertThat(FeedDates.iso(null, "Selasa, 14 Maret 2017 06:16")).isNull();
        assertThat(FeedDates.iso(null, null)).isNull();
    }
}
