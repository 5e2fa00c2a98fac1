package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void readsTheZoneAfterAClockTime() {
        Pattern clock = Pattern.compile("\\d{2}[.:]\\d{2}\\s*" + TimeZones.INDONESIAN + "(?![\\p{L}])");
        assertThat(clock.matcher("Senin, 14 Maret 2022 18:15 WIB").find()).isTrue();
        assertThat(clock.matcher("pukul 09.30 WITA di Makassar").find()).isTrue();
        assertThat(clock.matcher("pukul 10.00 WITNESS").find()).isFalse();
    }

    @Test
    void knowsTheOffsetsFeedsWrite() {
        // "Tue, 10 Sep 2019 06:00:00 WIB" and "Tue, 10 Sep 2019 06:00:00 GMT"
        assertThat(TimeZones.offset("WIB")).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(TimeZones.offset("wit")).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(TimeZones.offset("GMT")).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeZones.offset("PKL")).isNull();
        assertThat(TimeZones.isIndonesian("wita")).isTrue();
        assertThat(TimeZones.isIndonesian("gmt")).isFalse();
    }
}
