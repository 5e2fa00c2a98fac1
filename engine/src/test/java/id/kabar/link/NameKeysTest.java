package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void transliterationsOfOneSurnameMeet() {
        assertThat(NameKeys.entityKey("Volodymyr Zelenskyy", EntityType.PER))
                .isEqualTo(NameKeys.entityKey("Zelensky", EntityType.PER));
        assertThat(NameKeys.speakerKey("Presiden Volodymyr Zelensky")).isEqualTo(NameKeys.speakerKey("Zelenskyy"));
    }

    @Test
    void organisationsAndPlacesKeepTheirWholeName() {
        assertThat(NameKeys.entityKey("Kementerian Luar Negeri", EntityType.ORG)).isEqualTo("kementerian luar negeri");
        assertThat(NameKeys.entityKey("Kementerian Pertahanan", EntityType.ORG))
                .isNotEqualTo(NameKeys.entityKey("Kementerian Luar Negeri", EntityType.ORG));
        assertThat(NameKeys.entityKey("Donbass", EntityType.LOC)).isEqualTo(NameKeys.entityKey("Donbas", EntityType.LOC));
    }

    @Test
    void differentPeopleStayApart() {
        assertThat(NameKeys.speakerKey("Dmitry Peskov")).isNotEqualTo(NameKeys.speakerKey("Vladimir Putin"));
        assertThat(NameKeys.speakerKey(" ")).isNull();
    }
}
