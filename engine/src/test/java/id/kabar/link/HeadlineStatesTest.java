package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CLICK-ID headlines (10-16 Sep 2019) of the presidential letter on the KPK law: the President saying at JIExpo that he
 * had not yet sent it, the reports that he had signed and sent it later that day, the DPR's receipt of it the next.
 */
class HeadlineStatesTest {
    private static final String NOT_YET_SENT = "Jokowi Mengaku Belum Kirim Surpres Revisi UU KPK, Baru Terima DIM";
    private static final String SIGNED_AND_SENT = "Jokowi Teken Surpres Revisi UU KPK dan Sudah Dikirim ke DPR";

    @Test
    void anActNotYetDoneAndDoneAreTwoMoments() {
        assertThat(HeadlineStates.of(NOT_YET_SENT).apart(HeadlineStates.of(SIGNED_AND_SENT))).isTrue();
        assertThat(HeadlineStates.of(SIGNED_AND_SENT).apart(HeadlineStates.of(NOT_YET_SENT))).isTrue();
        // The verb's stem is the act: "Kirim" and "Dikirim".
        assertThat(HeadlineStates.of(NOT_YET_SENT)
                .apart(HeadlineStates.of("Jokowi Sudah Kirim Surat Persetujuan Revisi UU KPK ke DPR"))).isTrue();
        assertThat(HeadlineStates.of("Bamsoet Sebut Belum Terima Surat Presiden Soal Revisi UU KPK")
                .apart(HeadlineStates.of("DPR Sudah Terima Surpres Revisi UU KPK"))).isTrue();
    }

    @Test
    void anActNotDoneAndDoneAreTwoHappenings() {
        // 10 September 2019: Hamdan Zoelva kept out of the sick Habibie's room, and Theo Sambuaga's word after his visit
        // that Habibie could pray again, one outlet's two pieces of the day
        assertThat(HeadlineStates.of("Tak Bisa Masuk ke Ruang Perawatan, Hamdan Zoelva Doakan Kesembuhan Habibie")
                .apart(HeadlineStates.of("BJ Habibie Sudah Bisa Salat Sambil Berbaring"))).isTrue();
        assertThat(HeadlineStates.of("Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh")
                .apart(HeadlineStates.of("Masa Kritis Lewat, BJ Habibie Sudah Bisa Salat"))).isTrue();
        // two outlets' reports of the one visitor kept out meet
        assertThat(HeadlineStates.of("Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh")
                .apart(HeadlineStates.of("Tak Bisa Masuk ke Ruang Perawatan, Hamdan Zoelva Doakan Kesembuhan Habibie")))
                .isFalse();
    }

    @Test
    void twoHeadlinesSayingOneStateMeet() {
        assertThat(HeadlineStates.of(SIGNED_AND_SENT)
                .apart(HeadlineStates.of("Jokowi Teken Surpres RUU KPK, Sudah Dikirim ke DPR"))).isFalse();
        assertThat(HeadlineStates.of("Bamsoet Sebut Belum Terima Surat Presiden Soal Revisi UU KPK")
                .apart(HeadlineStates.of("Bamsoet Pastikan Surpres Revisi UU KPK Belum Sampai ke DPR"))).isFalse();
    }

    @Test
    void differentActsOrNoneAreNotApart() {
        // Done: having a picture of the law; not yet: sending the letter.
        assertThat(HeadlineStates.of(NOT_YET_SENT)
                .apart(HeadlineStates.of("Minta Pendapat Pakar, Jokowi Sudah Punya Gambaran soal Revisi UU KPK")))
                .isFalse();
        assertThat(HeadlineStates.of("Presiden Jokowi: Jangan Sampai Revisi UU Ganggu Independensi KPK"))
                .isEqualTo(HeadlineStates.NONE);
        assertThat(HeadlineStates.of(null)).isEqualTo(HeadlineStates.NONE);
    }

    @Test
    void eventsKeepTheirMembersStates() {
        HeadlineStates joined = HeadlineStates.of("Presiden Jokowi: Jangan Sampai Revisi UU Ganggu Independensi KPK")
                .merge(HeadlineStates.of(NOT_YET_SENT));
        assertThat(joined.apart(HeadlineStates.of(SIGNED_AND_SENT))).isTrue();
    }

    @Test
    void aWishNotToMarryAndInvitationsSentAreApartActs() {
        // tribunnews.com, 14 September 2019: with 32 bits a set, `mau` and `sebar` fell on one bit
        HeadlineStates noWish = HeadlineStates.of(
                "Harapan Menikah Sirna, Jaka Mendekam di Penjara: Ditinggal Kekasih, Tak Mau Nikah di Kantor Polisi");
        HeadlineStates invitationsSent = HeadlineStates.of(
                "Masuk Penjara, Pencuri Motor Batal Nikah karena Ditinggal Tunangan, Undangan Sudah Disebar");
        assertThat(noWish.apart(invitationsSent)).isFalse();
    }
}
