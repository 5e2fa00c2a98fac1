package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
    @Test
    void aSpeakerNamedByFirstNameIsKnownByTheFullNameOfTheArticle() {
        // tempo.co, 11 September 2019: "kata Simon" after "pelatih Timnas Indonesia Simon McMenemy"
        Entity coach = new Entity("Simon McMenemy", EntityType.PER, List.of("Simon McMenemy", "Simon"), List.of(),
                List.of());
        assertThat(SpeakerNames.key("Simon", List.of(coach))).isEqualTo("simon mcmenemy");
        assertThat(SpeakerNames.same(SpeakerNames.key("Simon", List.of(coach)), SpeakerNames.key("McMenemy", List.of())))
                .isTrue();
    }

    @Test
    void theJobTitleOfASpeakerIsTheOneTheArticleGivesThePerson() {
        // sindonews.com, 13 September 2019: "Menteri Koordinator Bidang Perekonomian, Darmin Nasution, mengatakan ..."
        Entity minister = new Entity("Darmin Nasution", EntityType.PER, List.of("Darmin Nasution", "Darmin"),
                List.of("Menteri Koordinator Bidang Perekonomian"), List.of());
        assertThat(SpeakerNames.role("Darmin", List.of(minister)))
                .isEqualTo(NameKeys.fold("Menteri Koordinator Bidang Perekonomian"));
        assertThat(SpeakerNames.role("Wahyu Utomo", List.of(minister))).isNull();
    }

    @Test
    void aListedNicknameOrAcronymIsKnownByItsListedName() {
        assertThat(SpeakerNames.key("Jokowi", List.of())).isEqualTo(SpeakerNames.key("Joko Widodo", List.of()));
        assertThat(SpeakerNames.key("Presiden Jokowi", List.of())).isEqualTo("joko widodo");
        assertThat(SpeakerNames.key("BI", List.of())).isEqualTo("bank indonesia");
    }

    @Test
    void aListedNicknameAfterSomeoneElsesGivenNameIsAnotherPerson() {
        // tempo.co, 10 September 2019: "Gibran Jokowi senang bisa berkolaborasi dengan Gojek", the president's son
        assertThat(SpeakerNames.key("Gibran Jokowi", List.of())).isEqualTo("gibran jokowi");
        assertThat(SpeakerNames.key("Pak Jokowi", List.of())).isEqualTo("joko widodo");
        assertThat(SpeakerNames.key("Joko Jokowi", List.of())).isEqualTo("joko widodo");
    }

    @Test
    void aNameCutOrRespeltIsOneSpeakerButAnotherSurnameIsNot() {
        assertThat(SpeakerNames.same("mahfud", "mahfud md")).isTrue();
        assertThat(SpeakerNames.same("saut situmorang", "thony saut situmorang")).isTrue();
        assertThat(SpeakerNames.same("achmad budiarto", "achmad budiharto")).isTrue();
        assertThat(SpeakerNames.same("indiryanto", "indriyanto seno adji")).isTrue();
        assertThat(SpeakerNames.same("agus rahardjo", "agus gumiwang")).isFalse();
        assertThat(SpeakerNames.same("ali", "adi")).isFalse();
    }

    @Test
    void aFirstNameCutShortIsKnownByTheOneFullNameItStarts() {
        // sindonews.com, 12 September 2019: "Wakil Ketua KPK Alexander Marwata" later quoted as "kata Alex"
        Entity alexander = new Entity("Alexander Marwata", EntityType.PER, List.of("Alexander Marwata"), List.of(),
                List.of());
        Entity alex = new Entity("Alex", EntityType.PER, List.of("Alex"), List.of(), List.of());
        assertThat(SpeakerNames.key("Alex", List.of(alexander, alex))).isEqualTo("alexander marwata");
        // two full names it could start: left as written
        Entity agus = new Entity("Agus Rahardjo", EntityType.PER, List.of("Agus Rahardjo"), List.of(), List.of());
        Entity gumiwang = new Entity("Agus Gumiwang", EntityType.PER, List.of("Agus Gumiwang"), List.of(), List.of());
        assertThat(SpeakerNames.key("Agus", List.of(agus, gumiwang))).isEqualTo("agus");
    }

    @Test
    void aLoneNameCuttingAnotherOutletsFullFirstNameShortIsOneSpeaker() {
        // okezone.com quotes "Alexander Marwata", sindonews.com only "kata Alex" (12 September 2019)
        assertThat(SpeakerNames.same("alex", "alexander marwata")).isTrue();
        // a lone name too short to tell is no cut: Adi is not Adian Napitupulu
        assertThat(SpeakerNames.same("adi", "adian napitupulu")).isFalse();
        // and the two are found under one word, so their quotes meet
        assertThat(SpeakerNames.indexWords("alexander marwata")).containsAnyElementsOf(SpeakerNames.indexWords("alex"));
    }

    @Test
    void aSingleNameCuttingAnotherOutletsSingleNameShortIsOneSpeaker() {
        // tempo.co: "Menurut Taufiqulhadi, semestinya Saut bisa bertahan menuntaskan tugasnya ..."; okezone.com names
        // him once in full and then quotes "Menurut Taufiq, semestinya Saut bisa bertahan ..." (13 September 2019)
        assertThat(SpeakerNames.same(SpeakerNames.key("Taufiq", List.of()),
                SpeakerNames.key("Taufiqulhadi", List.of()))).isTrue();
        assertThat(SpeakerNames.indexWords("taufiqulhadi")).containsAnyElementsOf(SpeakerNames.indexWords("taufiq"));
        // four letters with no second name to agree begin too many names
        assertThat(SpeakerNames.same("nova", "novanto")).isFalse();
        assertThat(SpeakerNames.same("agus", "agustinus")).isFalse();
        // a first name cut short still needs only four letters when the full name has a surname
        assertThat(SpeakerNames.same("nova", "novarita hasibuan")).isTrue();
    }

    @Test
    void aNameSpeltWithYForIIsOneSpeaker() {
        // Jasa Marga's spokeswoman in tempo.co and Kompas.com, 15 September 2019
        assertThat(SpeakerNames.same(SpeakerNames.key("Irra Susianty", List.of()),
                SpeakerNames.key("Irra Susiyanti", List.of()))).isTrue();
        // the spelling before 1972 kept in a name
        assertThat(SpeakerNames.alike("soeharto", "suharto")).isTrue();
        assertThat(SpeakerNames.alike("susianty", "susanto")).isFalse();
    }

    /** tempo.co's {@code kata Asrul} for Arsul Sani (10 September 2019). */
    @Test
    void aLoneNameMayBeAWordOfTheOtherWithTwoLettersSwapped() {
        assertThat(SpeakerNames.loneNameSwapped("asrul", "arsul sani")).isTrue();
        assertThat(SpeakerNames.loneNameSwapped("arsul sani", "asrul")).isTrue();
        assertThat(SpeakerNames.loneNameSwapped("arsad", "arsul sani")).as("another name").isFalse();
        assertThat(SpeakerNames.loneNameSwapped("rasul", "arsul sani")).as("the first letter kept").isFalse();
        assertThat(SpeakerNames.loneNameSwapped("asrul", "arsul")).as("two lone names").isTrue();
        assertThat(SpeakerNames.loneNameSwapped("adi", "aid")).as("too short").isFalse();
    }
}
