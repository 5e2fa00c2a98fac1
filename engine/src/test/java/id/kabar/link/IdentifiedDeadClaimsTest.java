package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.link.ClaimProfiles.Read;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.MemberRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dead identified so far, a part of a toll, and the times a thing happened told as cases, occurrences or
 * illnesses, from the CLICK-ID week (September 2019).
 */
class IdentifiedDeadClaimsTest {
    private static final LocalDate SEPT12 = LocalDate.of(2019, 9, 12);

    private static ArticleProfile article(String id, String body, Read... read) {
        return ClaimProfiles.article(id, null, SEPT12, body, read);
    }

    /**
     * The Cipularang toll road crash of 2 September 2019, reported 10 to 12 September: tempo.co's and sindonews.com's
     * four burnt dead identified are one count, kompas.com's four dead thought to be in three burnt cars and the eight
     * dead of the toll, which the toll road operator's word leads with, another; the identified four had read the
     * toll with the eight, one disagreement.
     */
    @Test
    void theDeadIdentifiedSoFarAreACountApartFromTheToll() {
        ArticleProfile tempo = article("tempo", "Rumah Sakit Polri Kramat Jati, Jakarta Timur, akhirnya berhasil "
                        + "mengidentifikasi empat jenazah korban kecelakaan tol Cipularang. Polisi mengidentifikasi 20 "
                        + "kendaraan terlibat kecelakaan tersebut. Akibat kejadian itu, delapan orang meninggal dunia.",
                new Read("empat jenazah", ClaimCategory.KILLED, 4, null, null),
                new Read("delapan orang meninggal dunia", ClaimCategory.KILLED, 8, "orang", "orang"));
        ArticleProfile sindonews = article("sindonews", "Tim Disaster Victim Identification (DVI) Mabes Polri akhirnya "
                        + "mengidentifikasi empat korban kecelakaan maut di ruas Tol Cipularang Kilometer 91.",
                new Read("empat korban kecelakaan maut", ClaimCategory.COUNT, 4, "korban", "korban kecelakaan maut"));
        ArticleProfile kompas = article("kompas", "Polisi menduga empat korban tewas berada di tiga mobil yang terbakar "
                        + "saat kecelakaan beruntun di kilometer 91. Kecelakaan itu mengakibatkan 8 orang meninggal dunia.",
                new Read("empat korban tewas", ClaimCategory.KILLED, 4, "korban", "korban"),
                new Read("8 orang meninggal dunia", ClaimCategory.KILLED, 8, "orang", "orang"));

        ArticleProfile tollRoadOperator = article("tempo2", "Pekan lalu tabrakan beruntun melibatkan 20 kendaraan "
                        + "terjadi di tol Cipularang km 91. Dalam kejadian itu delapan orang meninggal dunia sementara "
                        + "sejumlah korban lainnya mengalami luka berat.",
                new Read("delapan orang meninggal dunia", ClaimCategory.KILLED, 8, "orang", "orang"));

        List<ClaimGroup> groups = ClaimGrouper.group(List.of(tempo, sindonews, kompas, tollRoadOperator));

        assertThat(groups).filteredOn(g -> g.members().contains(new MemberRef("tempo", 0))).singleElement()
                .satisfies(g -> {
                    assertThat(g.kind()).isEqualTo(ClaimGroupKind.AGREEMENT);
                    assertThat(g.members()).containsExactlyInAnyOrder(new MemberRef("tempo", 0),
                            new MemberRef("sindonews", 0));
                });
        assertThat(groups).filteredOn(g -> g.members().contains(new MemberRef("tempo", 1))).singleElement()
                .satisfies(g -> assertThat(g.members()).contains(new MemberRef("tempo2", 0))
                        .doesNotContain(new MemberRef("tempo", 0), new MemberRef("sindonews", 0)));
    }

    /**
     * The mass grave near Guadalajara (okezone.com and kompas.com, 15 September 2019): the 44 bodies the authorities
     * identified and the 44 bodies found are one count, where each is the one figure of its group.
     */
    @Test
    void theDeadIdentifiedMeetTheOneCountOfTheirFigure() {
        ArticleProfile okezone = article("okezone", "Pihak berwenang Meksiko mengidentifikasi 44 mayat yang ditemukan "
                        + "di dalam sebuah sumur di luar kota Guadalajara, Negara Bagian Jalisco.",
                new Read("44 mayat", ClaimCategory.KILLED, 44, null, null));
        ArticleProfile kompas = article("kompas", "Dari kuburan itu, penegak hukum menyatakan mereka menemukan adanya 44 "
                        + "jenazah yang sudah dimutilasi tersimpan dalam 119 kantong sampah warna hitam.",
                new Read("44 jenazah", ClaimCategory.KILLED, 44, null, null));

        assertThat(ClaimGrouper.group(List.of(okezone, kompas))).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(ClaimGroupKind.AGREEMENT);
            assertThat(g.members()).containsExactlyInAnyOrder(new MemberRef("okezone", 0), new MemberRef("kompas", 0));
        });
    }

    /** The road accidents of Bekasi from January to August 2019 (sindonews.com and tempo.co, 13 September 2019). */
    @Test
    void occurrencesAndCasesCountOneThing() {
        ArticleProfile sindonews = article("sindonews", "Dimana jumlah kecelakaan tercatat sebanyak 484 kejadian dengan "
                        + "jumlah korban 681 orang.",
                new Read("484 kejadian", ClaimCategory.COUNT, 484, "kejadian", "jumlah kejadian"));
        ArticleProfile tempo = article("tempo", "Sepanjang 8 bulan di 2019 (Januari-Agustus) di wilayah Kabupaten "
                        + "Bekasi terdapat 484 kasus kecelakaan.",
                new Read("484 kasus kecelakaan", ClaimCategory.COUNT, 484, "kasus", "kasus kecelakaan di Bekasi"));

        assertThat(ClaimGrouper.group(List.of(sindonews, tempo))).singleElement().satisfies(g ->
                assertThat(g.members()).containsExactlyInAnyOrder(new MemberRef("sindonews", 0),
                        new MemberRef("tempo", 0)));
    }

    /** The lung illnesses of vaping in the United States (tribunnews.com, 10 September 2019; tempo.co, 12 September). */
    @Test
    void illnessesCountedAreCases() {
        ArticleProfile tribunnews = article("tribunnews", "\"Ada 5 orang meninggal dunia dan 450 kasus yang "
                        + "dikonfirmasi,\" ucap Dr Oyler.",
                new Read("450 kasus", ClaimCategory.COUNT, 450, "kasus", "kasus"));
        ArticleProfile tempo = article("tempo", "Peringatan yang dirilis pada Senin lalu itu diberlakukan hingga para "
                        + "ilmuwan menemukan penanganan yang lebih baik pada penyebab 450 penyakit paru-paru dan "
                        + "setidaknya lima kematian yang berkaitan dengan penggunaan rokok elektrik.",
                new Read("450 penyakit paru-paru", ClaimCategory.COUNT, 450, "penyakit", "penyakit paru-paru"));

        assertThat(ClaimGrouper.group(List.of(tribunnews, tempo))).singleElement().satisfies(g ->
                assertThat(g.members()).containsExactlyInAnyOrder(new MemberRef("tribunnews", 0),
                        new MemberRef("tempo", 0)));
    }
}
