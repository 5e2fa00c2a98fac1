package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.List;
import java.util.Map;
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

    /**
     * The CLICK-ID week (10-16 Sep 2019) writes Habibie's given names in older or misspelt forms ("Presiden ketiga
     * RI, Baharuddin Jusuf Habibie yang tengah dirawat", "B.J Habibie"): each is the listed full name, as the recogniser's forms of it are.
     */
    @Test
    void listedSpellingsAndNicknamesStandForTheFullName() {
        String habibie = NameKeys.listedPerson("Bacharuddin Jusuf Habibie");
        assertThat(NameKeys.listedPerson("Baharuddin Jusuf Habibie")).isEqualTo(habibie);
        assertThat(NameKeys.listedPerson("Bachruddin Jusuf Habibie")).isEqualTo(habibie);
        assertThat(NameKeys.listedPerson("B.J Habibie")).isEqualTo(habibie);
        assertThat(habibie).isEqualTo("bacharudin jusuf habibie");
    }

    @Test
    void differentPeopleStayApart() {
        assertThat(NameKeys.entityKey("Dmitry Peskov", EntityType.PER))
                .isNotEqualTo(NameKeys.entityKey("Vladimir Putin", EntityType.PER));
    }

    /**
     * clickid-kompas-447 (10 September 2019): "Hal itu diungkapkan oleh kuasa hukum Kivlan Zen, Tonin Tachta ... Tonin
     * mengatakan, Kivlan akan datang ke persidangan ini menggunakan kursi roda."
     */
    @Test
    void aShorterNameInTheArticleIsItsFullestName() {
        Map<String, String> names = NameKeys.fullestNames(List.of(person("Kivlan Zen"), person("Kivlan"),
                person("Tonin Tachta"), person("Tonin")));

        assertThat(names).containsEntry("Kivlan", "kivlan zen").containsEntry("Tonin", "tonin tachta")
                .containsEntry("Kivlan Zen", "kivlan zen");
    }

    /**
     * The recogniser's "Bacharuddin Jusuf" of "Presiden ketiga RI Bacharuddin Jusuf Habibie" written "BJ Habibie" as well
     * is the listed full name; a son beside his father keeps his own ("Putra Presiden ketiga RI Bacharuddin Jusuf Habibie,
     * Thareq Kemal Habibie, membantah ...", tempo.co, 11 September 2019), and a lone surname within both keeps its own.
     */
    @Test
    void aListedFormNamesItsPersonAndASurnameOfTwoPeopleStaysItself() {
        Entity father = new Entity("Bacharuddin Jusuf", EntityType.PER, List.of("Bacharuddin Jusuf", "BJ Habibie"),
                List.of(), List.of(new Span(0, 17)));
        Entity son = new Entity("Thareq Kemal Habibie", EntityType.PER, List.of("Thareq Kemal Habibie", "BJ Habibie"),
                List.of(), List.of(new Span(20, 40)));

        Map<String, String> names = NameKeys.fullestNames(List.of(father, son, person("Habibie")));

        assertThat(names).containsEntry("Bacharuddin Jusuf", NameKeys.fold("Bacharuddin Jusuf Habibie"))
                .containsEntry("Thareq Kemal Habibie", "thareq kemal habibie").containsEntry("Habibie", "habibie");
        assertThat(NameKeys.fullestNames(List.of(person("Jokowi")))).containsEntry("Jokowi", "joko widodo");
    }

    @Test
    void namesWithinOneAnotherAreOnePersonAndAnotherGivenNameIsAnother() {
        assertThat(NameKeys.samePerson("kivlan", "kivlan zen")).isTrue();
        assertThat(NameKeys.samePerson("habibie", "bacharuddin jusuf habibie")).isTrue();
        assertThat(NameKeys.samePerson(NameKeys.personName("B.J. Habibie"), "bacharuddin jusuf habibie")).isTrue();
        assertThat(NameKeys.samePerson(NameKeys.personName("Jokowi"), NameKeys.personName("Joko Widodo"))).isTrue();
        assertThat(NameKeys.samePerson("thareq kemal habibie", "bacharuddin jusuf habibie")).isFalse();
        assertThat(NameKeys.samePerson("jusuf kalla", "bacharuddin jusuf habibie")).isFalse();
        assertThat(NameKeys.samePerson(null, "kivlan zen")).isFalse();
    }

    /**
     * sindonews.com's "Presiden Jokowi Widodo (Jokowi) baru menerima draf ..." and Kompas.com's "Mantan Ketua Mahkamah
     * Konstitusi (MK) Mahmud MD menyampaikan ..." (11 and 15 September 2019) write the President and Mahfud MD apart from
     * how other outlets do; the First Lady's "Iriana Jokowi" is not the President.
     */
    @Test
    void aListedShortNameWithWordsOfTheFullNameAndARespeltWordNameOnePerson() {
        assertThat(NameKeys.personName("Jokowi Widodo")).isEqualTo("joko widodo");
        assertThat(NameKeys.personName("Iriana Jokowi")).isEqualTo("iriana jokowi");
        assertThat(NameKeys.samePerson(NameKeys.personName("Mahmud MD"), NameKeys.personName("Mahfud MD"))).isTrue();
        assertThat(NameKeys.samePerson(NameKeys.personName("Iriana Jokowi"), NameKeys.personName("Joko Widodo")))
                .isFalse();
    }

    private static Entity person(String name) {
        return new Entity(name, EntityType.PER, List.of(name), List.of(), List.of(new Span(0, name.length())));
    }
}
