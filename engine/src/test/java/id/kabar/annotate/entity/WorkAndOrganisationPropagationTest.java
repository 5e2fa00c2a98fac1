package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article rules that carry what one sentence says a name is to the sentences writing it again. */
class WorkAndOrganisationPropagationTest {

    /** Sentences written "word/TAG word ..." with O for untagged words. */
    private static List<String[]> lowered(String... sentences) {
        return words(sentences).stream().map(ArticleRule::lowerCase).toList();
    }

    private static List<String[]> words(String... sentences) {
        List<String[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(Arrays.stream(s.split(" ")).map(w -> w.split("/")[0]).toArray(String[]::new));
        }
        return out;
    }

    private static List<BioTag[]> tags(String... sentences) {
        List<BioTag[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(Arrays.stream(s.split(" ")).map(w -> w.contains("/") ? BioTag.parse(w.split("/")[1]) : BioTag.O)
                    .toArray(BioTag[]::new));
        }
        return out;
    }

    private static List<String> labels(List<BioTag[]> tags) {
        return tags.stream().map(t -> String.join(" ", Arrays.stream(t).map(BioTag::label).toArray(String[]::new))).toList();
    }

    private static List<String> after(ArticleRule rule, String... article) {
        List<BioTag[]> t = tags(article);
        rule.apply(words(article), lowered(article), t);
        return labels(t);
    }

    @Test
    void aWorksTitleGivenAfterAKindOfWorkIsTheWorkWhereverWrittenAgain() {
        // "melanjutkan rencana membuat sekuel film Angry Birds yang akan dirilis pada September 2019"; "Game Angry
        // Birds - - di mana pemain memakai ketapel ..."; "Film pertama \"Angry Bird\" ..." (Rimanews, 24 May 2017)
        WorkNamePropagation rule = new WorkNamePropagation(Gazetteer.standard());
        assertThat(after(rule,
                "membuat sekuel film Angry Birds yang akan dirilis",
                "Game Angry/B-PER Birds/I-PER - - di mana pemain memakai ketapel",
                "\" The/B-PER Angry/I-PER Birds/I-PER Movie 2 \" akan diproduksi bersama Columbia/B-ORG Pictures/I-ORG"))
                .containsExactly("O O O O O O O O", "O O O O O O O O O O", "O O O O O O O O O O B-ORG I-ORG");
        // "Ishigaki merupakan pemeran Gavan, karakter tokusatsu"; "ia sekaligus merayakan 35 tahun Gavan" (CNN
        // Indonesia, 9 May 2017)
        assertThat(after(rule,
                "Ishigaki/B-PER merupakan pemeran Gavan , karakter tokusatsu",
                "ia sekaligus merayakan 35 tahun Gavan/B-PER , karakter"))
                .containsExactly("B-PER O O O O O O", "O O O O O O O O");
    }

    @Test
    void aFilmNamedAfterItsSubjectLeavesTheSubjectAPerson() {
        // "Dia sangat menikmati prosesnya (film Rudy Habibie) bahkan ..."; "Ernest pun mengenang BJ Habibie sebagai
        // sosok yang sangat perhatian" (okezone.com, 11 September 2019)
        WorkNamePropagation rule = new WorkNamePropagation(Gazetteer.standard());
        assertThat(after(rule, "menikmati prosesnya ( film Rudy/B-PER Habibie/I-PER ) bahkan",
                "Ernest/B-PER pun mengenang BJ/B-PER Habibie/I-PER sebagai sosok", "kata Rudy/B-PER Habibie/I-PER ."))
                .containsExactly("O O O O B-PER I-PER O O", "B-PER O O B-PER I-PER O O", "O B-PER I-PER O");
    }

    @Test
    void aPersonWhoseNameRepeatsAWordIsReadBesideATitle() {
        // "sudah diangkat ke film layar lebar berjudul Habibie & Ainun"; "Wakil Perdana Menteri Malaysia Wan Azizah
        // Wan Ismail dan rombongannya datang" (okezone.com, 13 September 2019)
        WorkNamePropagation rule = new WorkNamePropagation(Gazetteer.standard());
        assertThat(after(rule, "film layar lebar berjudul Habibie & Ainun ,",
                "Menteri Malaysia/B-LOC Wan/B-PER Azizah/I-PER Wan/I-PER Ismail/I-PER dan rombongannya",
                "oleh Habibie/B-PER dan"))
                .containsExactly("O O O O O O O O", "O B-LOC B-PER I-PER I-PER I-PER O O", "O B-PER O");
    }

    @Test
    void anOrganisationsNameWithoutItsFormIsTheOrganisation() {
        // "Studio animasi dan game mobile Rovio Entertainment melanjutkan rencana membuat sekuel film Angry Birds";
        // "kata Rovio seperti dilansir Reuters" (Rimanews, 24 May 2017)
        OrganisationStemRule rule = new OrganisationStemRule(Gazetteer.standard());
        assertThat(after(rule, "game mobile Rovio/B-ORG Entertainment/I-ORG melanjutkan rencana",
                "kata Rovio/B-PER seperti dilansir Reuters/B-ORG"))
                .containsExactly("O O B-ORG I-ORG O O", "O B-ORG O O B-ORG");
        // a listed place before the form is the place's name, whatever the tagger read it as: "Jakarta Post"
        assertThat(after(rule, "dikutip Jakarta/B-ORG Post/I-ORG", "ujar Jakarta/B-PER ."))
                .containsExactly("O B-ORG I-ORG", "O B-PER O");
    }

    @Test
    void aNameThatIsAPartyToADealIsACompanyWhereverWritten() {
        // "kembali menegaskan investasi Tencent terhadap startup ride-hailing lokal terbesar GO-JEK"; "Setelah
        // sebelumnya Tencent bersuara tengah berminat"; "karena Tencent juga masuk di salah satu jajaran investor
        // Didi Chuxing dan Lyft" (DailySocial, 7 July 2017)
        BusinessPartyRule rule = new BusinessPartyRule(Gazetteer.standard());
        assertThat(after(rule, "menegaskan investasi Tencent/B-PER terhadap startup",
                "sebelumnya Tencent/B-PER bersuara tengah berminat",
                "karena Tencent/B-PER juga masuk di salah satu jajaran investor Didi/B-PER Chuxing/I-PER dan"
                        + " Lyft/B-PER ."))
                .containsExactly("O O B-ORG O O", "O B-ORG O O O",
                        "O B-ORG O O O O O O O B-ORG I-ORG O B-ORG O");
        // "Gojek misalnya sempat bekerja sama dengan Blue Bird dalam hal sistem pembayaran" (DailySocial, 20 December
        // 2016)
        assertThat(after(rule, "sempat bekerja sama dengan Blue/B-PER Bird/I-PER dalam hal sistem pembayaran"))
                .containsExactly("O O O O B-ORG I-ORG O O O O");
    }

    @Test
    void aNameGivenACompanysNounAfterACommaIsTheCompany() {
        // "Tencent , perusahaan raksasa internet asal China , membeli 12 persen saham Snap" (CNN Indonesia, 12 November
        // 2017)
        BusinessPartyRule rule = new BusinessPartyRule(Gazetteer.standard());
        assertThat(after(rule, "Tencent/B-PER , perusahaan raksasa internet asal China/B-LOC , membeli"))
                .containsExactly("B-ORG O O O O O B-LOC O O");
        // a phrase pointing back or a name the sentence is according to opens a clause of its own: "Yap , pabrikan
        // asal Taiwan itu" (IndoSum, 7 November 2017); "Menurut Teme, raksasa manufaktur China telah memilih"
        // (sindonews.com, CLICK-ID, 10-16 September 2019)
        assertThat(after(rule, "Yap/B-PER , pabrikan asal Taiwan/B-LOC itu",
                "Menurut Teme/B-PER , raksasa manufaktur China/B-LOC telah memilih"))
                .containsExactly("B-PER O O O B-LOC O", "O B-PER O O O B-LOC O O");
    }

    @Test
    void aNameAfterASentencesCompanyPhraseIsTheCompanyWhereverTheModelTypedIt() {
        // "Perusahaan kedai kopi terbesar di dunia, Starbucks mempunyai rencana besar di tahun 2017 ini"; "gerai
        // Starbucks terbesar di dunia"; "Dilansir Chicago Tribune, Starbucks mengumumkan"; "dengan Roastery Starbucks
        // yang sebelumnya sudah dibangun di Seattle" (kumparan, May 2017)
        BusinessPartyRule rule = new BusinessPartyRule(Gazetteer.standard());
        assertThat(after(rule, "Perusahaan kedai kopi terbesar di dunia , Starbucks/B-LOC mempunyai rencana",
                "menjadi gerai Starbucks/B-LOC terbesar", "Chicago/B-ORG Tribune/I-ORG , Starbucks/B-PER mengumumkan",
                "dengan Roastery/B-PER Starbucks/I-PER yang sebelumnya"))
                .containsExactly("O O O O O O O B-ORG O O", "O O B-ORG O", "B-ORG I-ORG O B-ORG O",
                        "O B-ORG I-ORG O O");
        // the phrase must open the sentence in lower case: a name before the comma is no company's phrase
        assertThat(after(rule, "Perusahaan milik Budi/B-PER , Starbucks/B-LOC mempunyai"))
                .containsExactly("O O B-PER O B-LOC O");
    }

    @Test
    void aNameAcquiringAnotherIsTheCompanyThoughItAlsoSpeaks() {
        // "Untuk lisensi e - money, awal tahun ini Emtek telah mengakuisisi pemegang lisensi e - money"; "BBM, sebagai
        // pusat ekosistem digital Emtek" (DailySocial, September 2017)
        BusinessPartyRule rule = new BusinessPartyRule(Gazetteer.standard());
        assertThat(after(rule, "awal tahun ini Emtek/B-PER telah mengakuisisi pemegang lisensi",
                "pusat ekosistem digital Emtek/B-PER , kini"))
                .containsExactly("O O O B-ORG O O O O", "O O O B-ORG O O");
        // "Akhir tahun lalu Go - Jek mengonfirmasi rencana operasional"; "Selain itu Go - Jek telah mengakuisisi 3
        // layanan terkait fintech" (DailySocial, January 2018): a verb of saying keeps no acquirer a person
        assertThat(after(rule, "Akhir tahun lalu Go/B-PER -/I-PER Jek/I-PER mengonfirmasi rencana",
                "Selain itu Go/B-PER -/I-PER Jek/I-PER telah mengakuisisi 3 layanan"))
                .containsExactly("O O O B-ORG I-ORG I-ORG O O", "O O B-ORG I-ORG I-ORG O O O O");
        // a deal's cue alone does not outweigh the verb of saying: "investasi Budi" beside "kata Budi"
        assertThat(after(rule, "menegaskan investasi Budi/B-PER terhadap startup", "Budi/B-PER mengatakan"))
                .containsExactly("O O B-PER O O", "B-PER O");
    }

    @Test
    void aNameOfTwoWordsWithASpacedHyphenIsOneName() {
        // "Di Indonesia Go - Jek bersaing ketat dengan Grab dan Uber"; "Selain itu Go - Jek telah mengakuisisi"
        // (DailySocial, January 2018)
        HyphenatedNameRule rule = new HyphenatedNameRule(NamedEntityTagger.standard());
        assertThat(after(rule, "Di Indonesia/B-LOC Go - Jek/B-PER bersaing ketat", "Selain itu Go - Jek/B-PER telah"))
                .containsExactly("O B-LOC B-PER I-PER I-PER O O", "O O B-PER I-PER I-PER O");
        // halves both tagged are two names: "di film Habibie - Ainun" (tempo.co), "transmisi Paiton - Situbondo"
        // (tempo.co, CLICK-ID week), "laga Bhayangkara - Barito"
        assertThat(after(rule, "di film Habibie/B-PER - Ainun/B-PER .", "transmisi Paiton/B-PER - Situbondo/B-PER .",
                "laga Bhayangkara/B-ORG - Barito/B-ORG"))
                .containsExactly("O O B-PER O B-PER O", "O B-PER O B-PER O", "O B-ORG O B-ORG");
        // a half the article names apart is a name of its own: "Gubernur Sulawesi Tenggara Ali Mazi-Lukman
        // Abunawas"; "birokrasi Ali- Lukman belum masuk kategori baik" (kompas.com, CLICK-ID week)
        assertThat(after(rule, "Gubernur Ali/B-PER Mazi/I-PER memimpin", "birokrasi Ali - Lukman/B-PER belum"))
                .containsExactly("O B-PER I-PER O", "O O O B-PER O");
    }

    @Test
    void aPartyToADealTheArticleShowsAsAPersonStaysThePerson() {
        // "\"Jadi pasar koreksi,\" ujar analis saham Hans Kwee kepada ..." (CLICK-ID, 16 September 2019)
        BusinessPartyRule rule = new BusinessPartyRule(Gazetteer.standard());
        assertThat(after(rule, "ujar analis saham Hans/B-PER Kwee/I-PER kepada"))
                .containsExactly("O O O B-PER I-PER O");
        // "tidak ingin terburu-buru mengakhiri kerja sama dengan Valentino Rossi di ajang MotoGP"; "yang membuat Rossi
        // bakal bertahan" (sindonews.com, CLICK-ID, 10-16 September 2019)
        assertThat(after(rule, "mengakhiri kerja sama dengan Valentino/B-PER Rossi/I-PER di ajang",
                "yang membuat Rossi/B-PER bakal bertahan"))
                .containsExactly("O O O O B-PER I-PER O O", "O O B-PER O O");
        // a verb of saying after the name: "Lebih lanjut, Valentino Rossi mengaku telah memilih jenis ban yang salah"
        // (CLICK-ID, 10-16 September 2019)
        assertThat(after(rule, "mengakhiri kerja sama dengan Valentino/B-PER Rossi/I-PER di ajang",
                "Lebih lanjut , Valentino/B-PER Rossi/I-PER mengaku telah memilih"))
                .containsExactly("O O O O B-PER I-PER O O", "O O O B-PER I-PER O O O");
        // a person's apposition: "Sang detektif masih bekerja sama dengan Park Woong Cheol, seorang mantan narapidana"
        // (okezone.com, CLICK-ID, 10-16 September 2019)
        assertThat(after(rule,
                "masih bekerja sama dengan Park/B-PER Woong/I-PER Cheol/I-PER , seorang mantan narapidana ."))
                .containsExactly("O O O O B-PER I-PER I-PER O O O O O");
    }
}
