package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A region written between an office and its holder's name, on news prose. */
class OfficeRegionRuleTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<Entity> recognize(String body) {
        return RECOGNIZER.recognize(new TextSegmenter().segment(body));
    }

    @Test
    void theRegionAfterAnOfficeIsTheOfficesAndThePersonBeginsAfterIt() {
        // sindonews.com, 12 September 2019
        String body = "Informasi yang diperoleh SINDOnews hal ini terjadi setelah pergantian kepala sekolah "
                + "lama dengan kepala sekolah yang baru oleh Bupati Kerinci.\n\n"
                + "Padahal SMPN 38 itu juga berada di wilayah kampung kepala Dinas Pendidikan Kabupaten Kerinci.\n\n"
                + "Menanggapi hal ini, Kepala Dinas Pendidikan Kerinci Murison mengatakan memang persoalannya terjadi "
                + "karena kepala sekolah yang baru dari Koto Majidin saat ini sedang sakit.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .contains("Murison").doesNotContain("Kerinci Murison", "Kerinci");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOC).extracting(Entity::name)
                .contains("Kerinci");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Dinas Pendidikan Kerinci");
    }

    @Test
    void aNameNeverWrittenAsARegionStaysThePersons() {
        // the holder's name right after the office: "Kepala Dinas Bina Marga DKI Hari Nugroho" (tempo.co)
        String body = "Asosiasi Penyelenggara Jaringan Telekomunikasi (APJATEL) melayangkan somasi kepada Anies dan "
                + "Kepala Dinas Bina Marga Hari Nugroho.";
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .contains("Hari Nugroho");
    }

    @Test
    void aRegionsShortFormAfterAnOfficeIsTheOffices() {
        // sindonews.com, 16 September 2019
        String body = "Kabut asap di Kabupaten Kotawaringin Barat (Kobar), Kalteng, semakin hari semakin pekat.\n\n"
                + "Untuk mengantisipasi warga yang kekurangan oksigen saat beraktivitas di luar ruangan, Dinas Kesehatan "
                + "Kobar pada Senin (16/9/2019) pagi mulai mendirikan rumah singgah oksigen.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .containsExactly("Dinas Kesehatan Kobar");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).isEmpty();
    }
}
