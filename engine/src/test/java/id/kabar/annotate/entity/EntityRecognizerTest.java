package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole stage with the shipped model, on news prose. */
class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<Entity> recognize(String body) {
        return RECOGNIZER.recognize(new TextSegmenter().segment(body));
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void peopleWithTitlesAndShortMentions() {
        String body = "Moskow, Gatra.com - Kremlin mengatakan terlalu dini untuk menarik kesimpulan dari pembicaraan "
                + "dengan Ukraina.\n\nJuru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah "
                + "diberitahu tentang pembicaraan tersebut, katanya dikutip AFP.\n\n"
                + "Peskov mengatakan Moskow akan menganalisis hasil pembicaraan.";
        List<Entity> entities = recognize(body);
        assertThat(named(entities, "Dmitry Peskov")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PER);
            assertThat(e.mentions()).containsExactly("Dmitry Peskov", "Peskov");
            assertThat(e.roles()).containsExactly("Juru bicara Kremlin");
            assertThat(e.spans()).allMatch(s -> s.of(body).contains("Peskov"));
        });
        assertThat(named(entities, "Kremlin")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "AFP")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(named(entities, "Moskow")).hasValueSatisfying(e -> assertThat(e.spans()).hasSize(2));
        assertThat(entities).extracting(Entity::name).doesNotContain("Gatra");
    }

    @Test
    void outletCreditsAndAddressesAreNotEntities() {
        String body = "Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian.";
        assertThat(recognize(body)).extracting(Entity::name).contains("Rusia", "Ukraina").doesNotContain("Suara");
    }

    @Test
    void nameTaggedOnceIsFoundWhereItRecurs() {
        String body = "“Tidak, Rusia memiliki potensinya sendiri,” kata Peskov.\n\n"
                + "Juru bicara Kremlin Dmitry Peskov mengatakan laporan media itu tidak benar.";
        assertThat(named(recognize(body), "Dmitry Peskov"))
                .hasValueSatisfying(e -> assertThat(e.spans()).hasSize(2));
    }

    @Test
    void namesJoinedByAHyphenAreEach() {
        String body = "Kendati begitu, polemik Rusia-Ukraina sepertinya akan segera menemukan titik terang.";
        assertThat(recognize(body)).extracting(Entity::name).contains("Rusia", "Ukraina");
    }
}
