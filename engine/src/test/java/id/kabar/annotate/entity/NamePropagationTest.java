package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamePropagationTest {
    private final NamePropagation propagation = new NamePropagation(NamedEntityTagger.standard());

    /** Sentences written "word/TAG word ..." with O for untagged words. */
    private static List<String[]> lowered(String... sentences) {
        return words(sentences).stream().map(ArticleRule::lowerCase).toList();
    }

    private static List<String[]> words(String... sentences) {
        List<String[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(java.util.Arrays.stream(s.split(" ")).map(w -> w.split("/")[0]).toArray(String[]::new));
        }
        return out;
    }

    private static List<BioTag[]> tags(String... sentences) {
        List<BioTag[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(java.util.Arrays.stream(s.split(" ")).map(w -> w.contains("/") ? BioTag.parse(w.split("/")[1]) : BioTag.O)
                    .toArray(BioTag[]::new));
        }
        return out;
    }

    private static String labels(BioTag[] tags) {
        return String.join(" ", java.util.Arrays.stream(tags).map(BioTag::label).toArray(String[]::new));
    }

    @Test
    void aPersonTaggedOnceIsTaggedWhereTheTaggerMissedHim() {
        String[] article = {
                "“Tidak,” kata Peskov/B-PER .",
                "Juru bicara Kremlin/B-ORG Dmitry Peskov mengatakan laporan itu tidak benar ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O O B-ORG B-PER I-PER O O O O O O");
    }

    @Test
    void aPersonAtTheEndOfAPlaceSpanIsCutOff() {
        String[] article = {
                "Sementara itu , penasihat presiden Ukraina/B-LOC Mykhailo/B-PER Podolyak/I-PER mengatakan pembicaraan berakhir .",
                "Menurut pernyataan penasihat presiden Ukraina/B-LOC Mykhailo/I-LOC Podolyak/I-LOC ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O O O O B-LOC B-PER I-PER O");
    }

    @Test
    void aShortFormGivenInBracketsAfterAnOrganisationIsNoPersonElsewhere() {
        // "melakukan pertemuan dengan Kementerian Komunikasi dan Informatika (Kemkominfo) ... komunikasi antara
        // platform media sosial itu dengan Kemkominfo" (IndoSum, 2017)
        String[] article = {
                "pertemuan dengan Kementerian/B-ORG Komunikasi/I-ORG dan/I-ORG Informatika/I-ORG ( Kemkominfo/B-ORG ) untuk",
                "platform itu dengan Kemkominfo/B-PER ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O O O B-ORG O");
        // a nickname in brackets after a person stays the person's
        String[] person = {"Basuki/B-PER Tjahaja/I-PER Purnama/I-PER ( Ahok/B-PER ) hadir", "kata Ahok/B-PER ."};
        List<BioTag[]> p = tags(person);
        propagation.apply(words(person), lowered(person), p);
        assertThat(labels(p.get(1))).isEqualTo("O B-PER O");
    }

    @Test
    void aPlaceTaggedOnceIsTaggedAgain() {
        String[] article = {
                "Pertemuan berlangsung di Gomel/B-LOC , Belarus/B-LOC .",
                "Delegasi meninggalkan Gomel pada malam hari ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O O B-LOC O O O O");
    }

    @Test
    void ordinaryWordsAreNotTakenIntoAName() {
        String[] article = {
                "Zelensky/B-PER meminta bantuan .",
                "Namun Zelensky mengatakan bahwa Rusia/B-LOC menyerbu ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O B-PER O O B-LOC O O");
    }

    @Test
    void aRegionReadAsAPersonAtTheOpeningOfASentenceStaysARegion() {
        // tempo.co, 10 September 2019: "Takalar" opening a sentence was read as a person, who then cut the regency
        // off its government's name
        String[] article = {
                "pembangunan di Kabupaten/B-LOC Takalar/I-LOC , Sulawesi/B-LOC Selatan/I-LOC .",
                "Takalar/B-PER memiliki kekayaan sumber daya alam .",
                "Saat ini , Pemerintah/B-ORG Kabupaten/I-ORG Takalar/I-ORG sudah menyediakan lahan ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("B-LOC O O O O O O");
        assertThat(labels(t.get(2))).isEqualTo("O O O B-ORG I-ORG I-ORG O O O O");
    }

    @Test
    void aPersonRunOnAfterARegionsNameBeginsAfterIt() {
        // kompas.com, 9 September 2019
        String[] article = {
                "Satpol PP Kecamatan/B-LOC Buleleng/I-LOC melakukan sidak .",
                "Camat Buleleng/B-PER Gede/I-PER Dody/I-PER mengatakan sidak rutin ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O B-LOC B-PER I-PER O O O O");
    }

    @Test
    void aRegionsNameRunOnWithoutATitleIsAllPlace() {
        // tribunnews.com, September 2019: districts listed after the article named "Kecamatan Rambah"
        String[] article = {
                "warga Kecamatan/B-LOC Rambah/I-LOC mengungsi .",
                "Dapil I Rokan/B-LOC Hulu/I-LOC ( Rambah/B-LOC , Rambah/B-PER Hilir/I-PER , dan Bangun/B-LOC Purba/I-LOC ) ."};
        List<BioTag[]> t = tags(article);
        propagation.apply(words(article), lowered(article), t);
        assertThat(labels(t.get(1))).isEqualTo("O O B-LOC I-LOC O B-LOC O B-LOC I-LOC O O B-LOC I-LOC O O");
    }
}
