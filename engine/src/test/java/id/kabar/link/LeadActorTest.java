package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who acts in a lead, and what it weighs: CLICK-ID reports of 13 September 2019 on President Joko Widodo's statement on
 * the KPK law revision and Polri's reaction to the DPR's choice of KPK chairman, and two of 15 September on Mahfud MD's
 * word on the KPK leaders' mandate.
 */
class LeadActorTest {
    /** clickid-okezone-4527: the lead opens with the one who spoke. */
    private static final String JOKOWI = "Presiden Joko Widodo (Jokowi) menyampaikan sejumlah poin yang tak disetujuinya "
            + "dalam revisi UU Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi (KPK).\n\n"
            + "Pertama, Kepala Negara tak setuju bila KPK harus meminta izin dari pihak eksternal untuk melakukan penyadapan.";
    /** clickid-tempo-1765: the same actor after Tempo's dateline. */
    private static final String JOKOWI_TEMPO = "TEMPO.CO, Jakarta - Presiden Joko Widodo atau Jokowi menjadi sasaran kritik "
            + "karena menyetujui pembahasan revisi Undang-Undang Komisi Pemberantasan Tindak Pidana Korupsi alias revisi UU KPK "
            + "bersama DPR.";
    /** clickid-tempo-1363: an organisation opens the lead; the person named later in the body is not its actor. */
    private static final String POLRI = "Polri mengapresiasi keputusan Dewan Perwakilan Rakyat yang memilih Inspektur "
            + "Jenderal ,sebagai Ketua Komisi Pemberantasan Korupsi (KPK) periode 2019-2024.\n\n"
            + "\"Polri sangat menghargai,\" ujar Kepala Biro Penerangan Masyarakat Dedi Prasetyo.";

    @Test
    void theFirstPersonTheLeadNamesActs() {
        List<Entity> entities = List.of(
                entity("Komisi Pemberantasan Korupsi", EntityType.ORG, 123, 151),
                entity("Joko Widodo", EntityType.PER, 9, 20));

        assertThat(ArticleProfiler.leadActor(entities, JOKOWI, null)).isEqualTo("joko widodo");
    }

    @Test
    void theDatelineIsNotTheLead() {
        List<Entity> entities = List.of(
                entity("TEMPO.CO", EntityType.PER, 0, 8),
                entity("Joko Widodo", EntityType.PER, 29, 40));

        assertThat(ArticleProfiler.leadActor(entities, JOKOWI_TEMPO, null)).isEqualTo("joko widodo");
    }

    @Test
    void aPersonNamedAfterTheLeadDoesNotAct() {
        int dedi = POLRI.indexOf("Dedi Prasetyo");
        List<Entity> entities = List.of(
                entity("Polri", EntityType.ORG, 0, 5),
                entity("Dedi Prasetyo", EntityType.PER, dedi, dedi + 13));

        assertThat(ArticleProfiler.leadActor(entities, POLRI, null)).isNull();
    }

    /** clickid-okezone-4563: an organisation opens the lead, and the person the lead names next is the one it reacts to. */
    private static final String MABES_POLRI = "Mabes Polri mengapresiasi terpilihnya Irjen Firli Bahuri menjadi ketua "
            + "Komisi Pemberantasan Korupsi (KPK) periode 2019–2023. Keputusan Komisi III DPR RI yang menobatkan salah satu "
            + "perwira tinggi terbaik Polri ini dinilai transparan dan akuntabel.";

    @Test
    void anOrganisationOpeningTheLeadActsNotThePersonItNamesNext() {
        int firli = MABES_POLRI.indexOf("Firli Bahuri");
        List<Entity> reaction = List.of(
                entity("Polri", EntityType.ORG, MABES_POLRI.indexOf("Polri"), MABES_POLRI.indexOf("Polri") + 5),
                entity("Firli Bahuri", EntityType.PER, firli, firli + 12));
        // the KPK, named in full after the person, is the matter's institution, not the lead's actor
        List<Entity> personFirst = List.of(
                entity("Komisi Pemberantasan Korupsi", EntityType.ORG, 123, 151),
                entity("Joko Widodo", EntityType.PER, 9, 20));

        assertThat(ArticleProfiler.leadActor(reaction, MABES_POLRI, null)).isNull();
        assertThat(ArticleProfiler.leadActor(personFirst, JOKOWI, null)).isEqualTo("joko widodo");
    }

    @Test
    void leadsOpeningWithOneActorOnOneDayNeedLess() {
        // kompas-1117 ("Mantan Ketua Mahkamah Konstitusi (MK) Mahmud MD menyampaikan Komisioner , tidak bisa menyerahkan
        // mandat kepada presiden") and okezone-3562 ("Mantan Ketua Mahkamah Konstitusi ..., Mahfud MD, menyarankan
        // Presiden Joko Widodo ..."), as measured: one happening from two angles, under the plain bar. Their headlines
        // are alike enough to ease the bar as well (EventClusterer.HEADLINES_ALIKE), so the actor's ease is shown with
        // headlines less alike.
        PairFeatures measured = new PairFeatures(0.369, 0.495, 0, 0, false, 0.634, false, false);
        PairFeatures headlinesLessAlike = new PairFeatures(0.369, 0.495, 0, 0, false, 0.5, false, false);
        PairFeatures sameActor = new PairFeatures(0.369, 0.495, 0, 0, false, 0.5, true, false);
        PairFeatures nextDay = new PairFeatures(0.369, 0.495, 0, 1, false, 0.5, true, false);

        assertThat(EventClusterer.evidence(measured)).isLessThan(EventClusterer.SAME_EVENT);
        assertThat(EventClusterer.sameEvent(measured)).isTrue();
        assertThat(EventClusterer.sameEvent(headlinesLessAlike)).isFalse();
        assertThat(EventClusterer.sameEvent(sameActor)).isTrue();
        assertThat(EventClusterer.sameEvent(nextDay)).isFalse();
    }

    private static Entity entity(String name, EntityType type, int start, int end) {
        return new Entity(name, type, List.of(name), List.of(), List.of(new Span(start, end)));
    }

    /** clickid-kompas-639: the outlet reporting its own expedition opens the lead; it is no actor of the happening. */
    private static final String SEMERU = "Kompas.com merayakan 50 tahun pendakian bersejarah Soe Hok-Gie ke Gunung Semeru "
            + "dengan melaksanakan ekspedisi \"Jejak Pendaki Semeru\".";

    @Test
    void anOutletNamedByItsAddressOpeningTheLeadDoesNotAct() {
        int gie = SEMERU.indexOf("Soe Hok-Gie");
        List<Entity> entities = List.of(
                entity("Kompas.com", EntityType.ORG, 0, 10),
                entity("Soe Hok-Gie", EntityType.PER, gie, gie + 11));

        assertThat(ArticleProfiler.leadActor(entities, SEMERU, null)).isNotNull();
    }

    /** clickid-tribunnews-761, "SBY Jenguk BJ Habibie di RSPAD": the scrape took the visitor's linked name out of the lead. */
    private static final String SBY_VISIT = "Presiden ke-6 RI , menjenguk BJ Habibie yang kini dirawat di , Gatot Soebroto, "
            + "Jakarta Pusat, Selasa (10/9/2019).";

    @Test
    void aLeadWhoseSubjectTheScrapeTookOutActsByItsHeadline() {
        int habibie = SBY_VISIT.indexOf("BJ Habibie");
        List<Entity> entities = List.of(entity("BJ Habibie", EntityType.PER, habibie, habibie + 10));

        // without a headline the one visited would act; the headline opens with the visitor, a listed short name
        assertThat(ArticleProfiler.leadActor(entities, SBY_VISIT, null))
                .isEqualTo(NameKeys.fold("Bacharuddin Jusuf Habibie"));
        assertThat(ArticleProfiler.leadActor(entities, SBY_VISIT, "SBY Jenguk BJ Habibie di RSPAD"))
                .isEqualTo("susilo bambang yudhoyono");
    }

    /** clickid-okezone-1181: the team the lead opens with, read as a person, and its rider between commas. */
    private static final String DOVIZIOSO = "Pembalap Tim Mission Winnow Ducati, Andrea Dovizioso, tetap tenang, meski "
            + "mendapat hasil yang kurang apik kala mentas di Ia gagal bersaing untuk menempati podium sehingga hanya mampu "
            + "finis di urutan keenam.";

    @Test
    void thePersonSetBetweenCommasAfterTheFirstNameActs() {
        List<Entity> entities = List.of(
                entity("Mission Winnow Ducati", EntityType.PER, 13, 34),
                entity("Andrea Dovizioso", EntityType.PER, 36, 52));
        // the same lead with the second name closed by no comma: no apposition, the first name stays the actor
        String unclosed = DOVIZIOSO.replace("Dovizioso, tetap", "Dovizioso tetap");

        assertThat(ArticleProfiler.leadActor(entities, DOVIZIOSO, "Gagal Naik Podium di Misano, Dovizioso Tetap Tenang"))
                .isEqualTo("andrea dovizioso");
        assertThat(ArticleProfiler.leadActor(entities, unclosed, null))
                .isEqualTo(NameKeys.fold("Mission Winnow Ducati"));
    }

    /** clickid-sindonews-1782: names between commas that a list's {@code dan} goes on from. */
    private static final String WTA_FINALS = "Ashleigh Barty, Aryna Sabalenka, dan Elise Mertens mendapat kabar gembira "
            + "seusai Grand Slam US Open 2019.";

    @Test
    void aNameListedAfterTheFirstIsNoApposition() {
        List<Entity> entities = List.of(
                entity("Ashleigh Barty", EntityType.PER, 0, 14),
                entity("Aryna Sabalenka", EntityType.PER, 16, 31),
                entity("Elise Mertens", EntityType.PER, 37, 50));

        assertThat(ArticleProfiler.leadActor(entities, WTA_FINALS, null)).isEqualTo("ashleigh barty");
    }

    /** clickid-tempo-455: a gap where the scrape took a link out, and the lead's subject named after it. */
    private static final String COACH = "Pelatih Timnas Indonesia , menegaskan bahwa dirinya masih layak untuk menangani "
            + "skuad Garuda usai menelan dua kekalahan beruntun di laga Kualifikasi Piala Dunia 2022.";

    @Test
    void theHeadlinesLastClauseNamesWhoActs() {
        List<Entity> trial = List.of(entity("Jefri Nichol", EntityType.PER, 0, 12));
        List<Entity> coach = List.of(entity("Simon", EntityType.PER, COACH.length() + 20, COACH.length() + 25),
                entity("Simon McMenemy", EntityType.PER, COACH.length(), COACH.length() + 14));

        // clickid-kompas-753 and clickid-sindonews-1657: a speaker before the colon, a subject after the comma
        assertThat(ArticleProfiler.headlineSubject(List.of(entity("Aburizal", EntityType.PER, 263, 271)),
                "Aburizal: Kondisi Pak Habibie Lebih Baik dari Pagi Tadi")).isEqualTo("aburizal");
        assertThat(ArticleProfiler.headlineSubject(List.of(entity("Hamdan Zoelva", EntityType.PER, 0, 13)),
                "Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh")).isEqualTo("hamdan zoelva");
        // clickid-tempo-2781: the police speak of the actor on trial, who is not the one acting
        assertThat(ArticleProfiler.headlineSubject(trial, "Sidang Jefri Nichol, Polisi: Dia Bukan Target Kami")).isNull();
        // a full name is read before a lone word of it that the body writes as well
        assertThat(ArticleProfiler.leadActor(coach, COACH, "Simon McMenemy Merasa Masih Layak Latih Timnas Indonesia"))
                .isEqualTo("simon mcmenemy");
    }
}
