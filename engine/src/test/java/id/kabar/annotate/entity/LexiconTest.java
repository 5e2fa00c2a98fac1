package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void looksUpEachWordsFactsAsItsMapsHoldThem() {
        // words of a CLICK-ID sentence: "Presiden Joko Widodo meninjau lokasi kebakaran hutan di Riau"
        Map<String, Byte> classes = new HashMap<>();
        classes.put("presiden", CaseProfile.CAPITALISED);
        classes.put("joko", CaseProfile.CAPITALISED);
        classes.put("meninjau", CaseProfile.LOWER);
        classes.put("riau", CaseProfile.CAPITALISED);
        Map<String, Short> fine = new HashMap<>();
        fine.put("presiden", (short) 17);
        fine.put("kebakaran", (short) 127);
        fine.put("hutan", (short) 3);
        Map<String, Short> coarse = new HashMap<>();
        coarse.put("lokasi", (short) 23);
        coarse.put("kebakaran", (short) 0);
        Lexicon lexicon = new Lexicon(new CaseProfile(classes), new WordClusters(fine), new WordClusters(coarse));

        for (String word : new String[] {"presiden", "joko", "widodo", "meninjau", "lokasi", "kebakaran", "hutan",
                "di", "riau"}) {
            int packed = lexicon.lookup(word);
            assertThat(Lexicon.caseClass(packed)).as(word).isEqualTo((int) classes.getOrDefault(word, CaseProfile.UNSEEN));
            assertThat(Lexicon.fineGroup(packed)).as(word).isEqualTo((int) fine.getOrDefault(word, (short) -1));
            assertThat(Lexicon.coarseGroup(packed)).as(word).isEqualTo((int) coarse.getOrDefault(word, (short) -1));
        }
        assertThat(lexicon.lookup("widodo")).isEqualTo(Lexicon.UNKNOWN);
    }

    @Test
    void tellsApartWordsOfOneHash() {
        // "Aa", "BB" and "C#" share a String hash: each word kept keeps its own facts, and the third is unknown
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Lexicon lexicon = new Lexicon(new CaseProfile(Map.of("Aa", CaseProfile.LOWER, "BB", CaseProfile.MIXED)),
                WordClusters.empty(), WordClusters.empty());
        assertThat(Lexicon.caseClass(lexicon.lookup("Aa"))).isEqualTo(CaseProfile.LOWER);
        assertThat(Lexicon.caseClass(lexicon.lookup("BB"))).isEqualTo(CaseProfile.MIXED);
        assertThat("C#".hashCode()).isEqualTo("Aa".hashCode());
        assertThat(lexicon.lookup("C#")).isEqualTo(Lexicon.UNKNOWN);
        assertThat(Lexicon.empty().lookup("riau")).isEqualTo(Lexicon.UNKNOWN);
    }
}
