package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.lang.ReportingVerbs.Use;
import org.junit.jupiter.api.Test;

class ReportingVerbsTest {

    @Test
    void knowsHowEachVerbOfSayingReports() {
        // "“Semua posko siaga 24 jam,” kata Kapolres Garut"; "Hal itu disampaikan Peskov";
        // "Peskov mengatakan ..."; "Rusia menyatakan siap ..."; "polisi melaporkan bahwa ..."
        assertThat(ReportingVerbs.use("kata")).isEqualTo(Use.AFTER_QUOTE);
        assertThat(ReportingVerbs.use("disampaikan")).isEqualTo(Use.PASSIVE);
        assertThat(ReportingVerbs.use("mengatakan")).isEqualTo(Use.SPEECH);
        assertThat(ReportingVerbs.use("menyatakan")).isEqualTo(Use.NEEDS_CLAUSE);
        assertThat(ReportingVerbs.use("melaporkan")).isEqualTo(Use.NEEDS_BAHWA);
        assertThat(ReportingVerbs.use("posko")).isNull();
    }
}
