package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AffixesTest {

    @Test
    void tellsTheVerbsThatEndACountedNounPhrase() {
        // "12 warga ditemukan", "menyerang", "berhasil diamankan", "tercatat 185 tersangka"
        assertThat(Affixes.hasActivePrefix("menyerang")).isTrue();
        assertThat(Affixes.hasIntransitivePrefix("berhasil")).isTrue();
        assertThat(Affixes.hasPassivePrefix("ditemukan")).isTrue();
        assertThat(Affixes.hasStativePrefix("tercatat")).isTrue();
        assertThat(Affixes.hasPassivePrefix("warga")).isFalse();
    }

    @Test
    void tellsAPassiveVerbByItsEndingAndAnAbstractNounByItsTwoAffixes() {
        // "Hal itu disampaikan Peskov", "disetujui"; "kesedihan" is a feeling, no speaker
        assertThat(Affixes.hasVerbSuffix("disampaikan")).isTrue();
        assertThat(Affixes.hasVerbSuffix("disetujui")).isTrue();
        assertThat(Affixes.hasVerbSuffix("dinas")).isFalse();
        assertThat(Affixes.hasAbstractNounAffixes("kesedihan")).isTrue();
        assertThat(Affixes.hasAbstractNounAffixes("kesedihannya")).isFalse();
    }

    @Test
    void givesTheStemOfABerVerbWithoutItsKan() {
        // "Pria beristrikan Ny Mestafuljana", "bersuami", "beranak dua"; "warga" has no ber- to take off
        assertThat(Affixes.intransitiveStem("beristrikan")).isEqualTo("istri");
        assertThat(Affixes.intransitiveStem("bersuami")).isEqualTo("suami");
        assertThat(Affixes.intransitiveStem("warga")).isEmpty();
    }
}
