package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    @Test
    void readsTheConjunctionThatJoinsTwoOrganisations() {
        // "Polsek Sawangan dan Resmob Polda Metro Jaya"
        assertThat(FunctionWords.isAnd("dan")).isTrue();
        assertThat(FunctionWords.isAnd("serta")).isFalse();
        assertThat(FunctionWords.isAnd(null)).isFalse();
    }

    @Test
    void readsTheWordsOfAnIndirectQuote() {
        // "Dijelaskan oleh Menko Polhukam Wiranto bahwa pemerintah yang ..." ; "kata dia kepada wartawan pada Senin"
        assertThat(FunctionWords.isAgent("oleh")).isTrue();
        assertThat(FunctionWords.isThat("bahwa")).isTrue();
        assertThat(FunctionWords.isThat("jika")).isFalse();
        assertThat(FunctionWords.isRelative("yang")).isTrue();
        assertThat(FunctionWords.isAddressee("kepada")).isTrue();
        assertThat(FunctionWords.isOn("pada")).isTrue();
        assertThat(FunctionWords.isAccording("menurut")).isTrue();
        assertThat(FunctionWords.isAccording("menurutnya")).isFalse();
    }

    @Test
    void readsThePrepositionsOfPlaceAndWhole() {
        // "National Health Service (NHS) di Inggris", "dikutip dari Inquisitr", "terdiri atas", "Bagian ke 2"
        assertThat(FunctionWords.isAt("di")).isTrue();
        assertThat(FunctionWords.isFrom("dari")).isTrue();
        assertThat(FunctionWords.isFrom("di")).isFalse();
        assertThat(FunctionWords.isOver("atas")).isTrue();
        assertThat(FunctionWords.isTo("ke")).isTrue();
        // "lebih dari 100 orang", "hari ini"
        assertThat(FunctionWords.isMore("lebih")).isTrue();
        assertThat(FunctionWords.isThis("ini")).isTrue();
        assertThat(FunctionWords.isThis("itu")).isFalse();
    }

    @Test
    void takesTheEncliticOffTheWordItIsGluedTo() {
        // "“...,” katanya"
        assertThat(FunctionWords.hasEnclitic("katanya")).isTrue();
        assertThat(FunctionWords.withoutEnclitic("katanya")).isEqualTo("kata");
        assertThat(FunctionWords.hasEnclitic("kata")).isFalse();
    }

    @Test
    void readsTheWordsOfARegionalGovernmentsName() {
        // "Pemerintah Provinsi Kalimantan Barat"
        assertThat(PlaceWords.isGovernment("pemerintah")).isTrue();
        assertThat(PlaceWords.isProvince("provinsi")).isTrue();
        assertThat(PlaceWords.isProvince("kabupaten")).isFalse();
    }

    @Test
    void readsTheFirstWordsOfFixedPhrases() {
        // "salah satu korban", "terdiri dari 5 orang", "demikian bunyi pernyataan resmi", "Hal itu disampaikan"
        assertThat(FunctionWords.isOneOf("salah")).isTrue();
        assertThat(FunctionWords.isConsisting("terdiri")).isTrue();
        assertThat(FunctionWords.isThus("demikian")).isTrue();
        assertThat(FunctionWords.isMatter("hal")).isTrue();
        assertThat(FunctionWords.isMatter("itu")).isFalse();
    }

    @Test
    void readsTheWordsANameIsReadBy() {
        // "Jalan Raya Bogor", "SMK Negeri 13 Garut"
        assertThat(PlaceWords.isStreetGrade("raya")).isTrue();
        assertThat(PlaceWords.isStreetGrade("jalan")).isFalse();
        assertThat(OrganisationWords.isState("negeri")).isTrue();
        assertThat(OrganisationWords.isState("tinggi")).isFalse();
    }

    @Test
    void givesTheUnitsAFigureIsCountedInWhenTheTextNamesNone() {
        // "45,48%" (sindonews.com, 16 September 2019), "PDIP 6, Golkar 5", "sebanyak enam orang"
        assertThat(CountNouns.PERCENT).isEqualTo("persen");
        assertThat(CountNouns.MEMBERS).isEqualTo("anggota");
        assertThat(CountNouns.PEOPLE).isEqualTo("orang");
    }
}
