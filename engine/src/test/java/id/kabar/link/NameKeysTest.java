package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void transliterationsOfOneSurnameMeet() {
        assertThat(NameKeys.entityKey("Volodymyr Zelenskyy", EntityType.PER))
                .isEqualTo(NameKeys.entityKey("Zelensky", EntityType.PER));
    }

    @Test
    void organisationsAndPlacesKeepTheirWholeName() {
        assertThat(NameKeys.entityKey("Kementerian Luar Negeri", EntityType.ORG)).isEqualTo("kementerian luar negeri");
        assertThat(NameKeys.entityKey("Kementerian Pertahanan", EntityType.ORG))
                .isNotEqualTo(NameKeys.entityKey("Kementerian Luar Negeri", EntityType.ORG));
        assertThat(NameKeys.entityKey("Donbass", EntityType.LOC)).isEqualTo(NameKeys.entityKey("Donbas", EntityType.LOC));
    }

    @Test
    void foldingDropsAccentsCaseAndPunctuationAlike() {
        assertThat(NameKeys.fold("Prabowo  Subianto (Menhan)")).isEqualTo("prabowo subianto menhan");
        assertThat(NameKeys.fold("Zoë Ṣaléh-Hasibuan")).isEqualTo(NameKeys.fold("Zoe Saleh Hasibuan"))
                .isEqualTo("zoe saleh hasibuan");
        assertThat(NameKeys.fold("Donbass")).isEqualTo("donbas");
    }

    @Test
    void differentPeopleStayApart() {
        assertThat(NameKeys.entityKey("Dmitry Peskov", EntityType.PER))
                .isNotEqualTo(NameKeys.entityKey("Vladimir Putin", EntityType.PER));
    }
}
