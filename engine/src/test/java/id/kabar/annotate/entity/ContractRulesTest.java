package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each of the contract's rules alone, on tags written by hand as a model might have left them. */
class ContractRulesTest {

    /** "word/TAG" tokens ({@code MOSKOW/B-LOC -/I-LOC}); a bare word is O. */
    private static ContractSentence sentence(String tagged) {
        String[] parts = tagged.split(" ");
        String[] tokens = new String[parts.length];
        String[] lower = new String[parts.length];
        BioTag[] tags = new BioTag[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int slash = parts[i].lastIndexOf('/');
            tokens[i] = slash > 0 ? parts[i].substring(0, slash) : parts[i];
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            tags[i] = slash > 0 ? BioTag.valueOf(parts[i].substring(slash + 1).replace('-', '_')) : BioTag.O;
        }
        return new ContractSentence(tokens, lower, Gazetteer.standard().find(tokens, lower), tags);
    }

    /** "words/TYPE" for every span. */
    private static List<String> spans(ContractSentence s) {
        List<String> out = new ArrayList<>();
        BioTag.forEachSpan(s.tags(), (start, end) -> out.add(
                String.join(" ", List.of(s.tokens()).subList(start, end)) + "/" + s.tags()[start].type()));
        return out;
    }

    private static List<String> after(ContractRule rule, String tagged) {
        ContractSentence s = sentence(tagged);
        rule.apply(s);
        return spans(s);
    }

    @Test
    void aDatelineDashEndsTheNameBeforeIt() {
        assertThat(after(new MarkCut(), "MOSKOW/B-LOC -/I-LOC Pemerintah/I-LOC Rusia/I-LOC membantah"))
                .containsExactly("MOSKOW/LOC", "Pemerintah Rusia/LOC");
    }

    @Test
    void lowerCaseWordsAtTheEdgesOfANameAreLeftOut() {
        assertThat(after(new LowerCaseEdgeTrim(), "mengepung kota/B-LOC Berdyansk/I-LOC dan Enerhodar/B-LOC"))
                .containsExactly("Berdyansk/LOC", "Enerhodar/LOC");
    }

    @Test
    void anOrganisationHeadTakesTheCapitalisedWordsAfterIt() {
        assertThat(after(new OrganisationHeadRule(),
                "Peskov/B-PER mengatakan Kementerian Pertahanan/B-LOC memastikan keamanan"))
                .containsExactly("Peskov/PER", "Kementerian Pertahanan/ORG");
    }

    @Test
    void aPlaceNounIntroducesTheUntaggedNamesAfterIt() {
        NamedEntityTagger tagger = NamedEntityTagger.standard();
        assertThat(after(new PlaceNounRule(tagger::isCommonWord), "mengepung kota Berdyansk dan Enerhodar ."))
                .containsExactly("Berdyansk/LOC", "Enerhodar/LOC");
    }

    @Test
    void aPersonRightAfterAPlaceNounIsThePlaceNamedAfterThem() {
        NamedEntityTagger tagger = NamedEntityTagger.standard();
        // "Sebab, di kawasan Pangeran Antasari, Kebayoran Baru diberlakukan satu jalur" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new PlaceNounRule(tagger::isCommonWord),
                "di kawasan Pangeran/B-PER Antasari/I-PER , Kebayoran/B-LOC Baru/I-LOC diberlakukan"))
                .containsExactly("Pangeran Antasari/LOC", "Kebayoran Baru/LOC");
        assertThat(after(new PlaceNounRule(tagger::isCommonWord), "kata Pangeran/B-PER Antasari/I-PER kemarin"))
                .containsExactly("Pangeran Antasari/PER");
    }

    @Test
    void aListedNameTakesItsListedTypeAndShedsOrdinaryWords() {
        NamedEntityTagger tagger = NamedEntityTagger.standard();
        ListedNameRule rule = new ListedNameRule(tagger::mayBeCommonWord);
        assertThat(after(rule, "Kremlin/B-LOC mengatakan Israel harus berunding")).contains("Kremlin/ORG", "Israel/LOC");
        assertThat(after(rule, "di Ibu/B-LOC Kota/I-LOC Belarus/I-LOC , Minsk/B-LOC"))
                .contains("Belarus/LOC").doesNotContain("Ibu Kota Belarus/LOC");
    }

    @Test
    void aPublicationOpeningWithAListedPlaceKeepsItsWholeName() {
        // "Dilansir Chicago Tribune, Starbucks mengumumkan jika mereka akan membuka cabang terbaru" (kumparan,
        // May 2017); a place with an ordinary word after it still sheds the word
        ListedNameRule rule = new ListedNameRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "Dilansir Chicago/B-ORG Tribune/I-ORG , Starbucks/B-PER mengumumkan"))
                .containsExactly("Chicago Tribune/ORG", "Starbucks/PER");
        assertThat(after(rule, "di Ibu/B-LOC Kota/I-LOC Belarus/I-LOC , Minsk/B-LOC"))
                .contains("Belarus/LOC").doesNotContain("Ibu Kota Belarus/LOC");
    }

    @Test
    void aCountryTheModelTypedAPersonIsTheCountry() {
        // "Tentara menembak mati 36 pengungsi Burundi dalam bentrokan" (ANTARA News, September 2017)
        ListedNameRule rule = new ListedNameRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "menembak mati 36 pengungsi Burundi/B-PER dalam bentrokan"))
                .containsExactly("Burundi/LOC");
        // "Thailand dan Belarus untuk komoditas mede dan Papua New Guinea untuk ekspor tepung terigu" is one
        // country, not Papua and Guinea (okezone.com, CLICK-ID week)
        assertThat(after(rule, "mede dan Papua/B-LOC New/I-LOC Guinea/I-LOC untuk ekspor"))
                .containsExactly("Papua New Guinea/LOC");
    }

    @Test
    void aPartOfAListedPlaceWrittenAfterItIsAPlaceOfItsOwn() {
        // "Zaenal yang berasal dari Desa Paok Motong, Lombok Timur, tewas" (kompas.com, 9 September 2019)
        NamedEntityTagger tagger = NamedEntityTagger.standard();
        ListedNameRule rule = new ListedNameRule(tagger::mayBeCommonWord);
        assertThat(after(rule, "dari Desa/B-LOC Paok/I-LOC Motong/I-LOC , Lombok/B-LOC Timur/I-LOC , tewas"))
                .contains("Lombok Timur/LOC");
        // "di Jalan Raya Perjuangan, Bekasi Utara, Kota Bekasi" (kompas.com, 16 September 2019)
        assertThat(after(rule, "Perjuangan/I-LOC , Bekasi/B-LOC Utara/I-LOC , Kota/B-LOC Bekasi/I-LOC ,"))
                .containsExactly("Bekasi Utara/LOC", "Bekasi/LOC");
    }

    @Test
    void aLandformBeforeAListedPlaceNamesAPlaceOfItsOwn() {
        // "petugas mendengar suara mesin kapal di wilayah Bukit Batu, Bengkalis" (okezone.com, 12 September 2019)
        NamedEntityTagger tagger = NamedEntityTagger.standard();
        ListedNameRule rule = new ListedNameRule(tagger::mayBeCommonWord);
        assertThat(after(rule, "di wilayah Bukit/B-LOC Batu/I-LOC , Bengkalis/B-LOC ,"))
                .containsExactly("Bukit Batu/LOC", "Bengkalis/LOC");
    }

    @Test
    void aListedPlaceRightAfterAnOrganisationClosesItsName() {
        // "Dalam pertandingan lain Perseru Badak Lampung bermain imbang 1-1" (tempo.co, 11 September 2019)
        assertThat(after(new OrganisationPlaceRule(), "lain Perseru/B-ORG Badak/I-ORG Lampung/B-LOC bermain imbang"))
                .containsExactly("Perseru Badak Lampung/ORG");
        assertThat(after(new OrganisationPlaceRule(), "ke Perseru/B-ORG , Lampung/B-LOC"))
                .containsExactly("Perseru/ORG", "Lampung/LOC");
    }

    @Test
    void aPlaceAfterTheShortNameInBracketsClosesTheOrganisation() {
        // "Pemerintah Kota (Pemkot) Pekanbaru akhirnya memutuskan" (okezone.com, 10 September 2019)
        assertThat(after(new OrganisationPlaceRule(), "Pemerintah Kota ( Pemkot ) Pekanbaru/B-LOC akhirnya"))
                .isEmpty();
        assertThat(after(new OrganisationPlaceRule(), "warga ( 32 ) Pekanbaru/B-LOC")).containsExactly("Pekanbaru/LOC");
    }

    @Test
    void theNameAReportIsQuotedFromIsAnOrganisation() {
        PublicationRule rule = new PublicationRule(NamedEntityTagger.standard()::mayBeCommonWord);
        // "Dilansir dari SPA, Senin (16/9/2019), setibanya di Masjidilharam" (sindonews.com)
        assertThat(after(rule, "Dilansir dari SPA , Senin ( 16 ) , setibanya di Masjidilharam/B-LOC"))
                .containsExactly("SPA/ORG", "Masjidilharam/LOC");
        // "ungkap Rins, mengutip dari Crash, Kamis (12/9/2019)" (okezone.com)
        assertThat(after(rule, "ungkap Rins/B-PER , mengutip dari Crash Kamis")).containsExactly("Rins/PER", "Crash/ORG");
        assertThat(after(rule, "dikutip dari laman resmi PSSI/B-ORG")).containsExactly("PSSI/ORG");
    }

    @Test
    void thePublicationAPassiveVerbOfReportingOpensWithIsAnOrganisation() {
        PublicationRule rule = new PublicationRule(NamedEntityTagger.standard()::mayBeCommonWord);
        // "Dilaporkan Ace Showbiz, film yang ada di bawah naungan Warner Bros" (IndoSum, CNN Indonesia, February 2018)
        assertThat(after(rule, "Dilaporkan Ace/B-PER Showbiz/I-PER , film yang ada di bawah naungan"))
                .containsExactly("Ace Showbiz/ORG");
        assertThat(after(rule, "Dilaporkan Ace/B-PER Showbiz/B-PER , film yang ada di bawah naungan"))
                .containsExactly("Ace Showbiz/ORG");
        // "Dikutip Gizmodo, Selasa, 10 September 2019" (tempo.co, 11 September 2019)
        assertThat(after(rule, "Dikutip Gizmodo/B-PER , Selasa , 10 September")).containsExactly("Gizmodo/ORG");
        // a listed place stays the place, a name without the comma is the model's, and the active verb names none
        assertThat(after(rule, "Dilaporkan Jakarta/B-LOC , banjir")).containsExactly("Jakarta/LOC");
        assertThat(after(rule, "Dilaporkan Andi/B-PER kepada polisi")).containsExactly("Andi/PER");
        assertThat(after(rule, "Mengutip Sri/B-PER Mulyani/I-PER , kata Dominggus/B-PER"))
                .containsExactly("Sri Mulyani/PER", "Dominggus/PER");
    }

    @Test
    void theOutletASpeakerSpokeToIsAnOrganisation() {
        PublicationRule rule = new PublicationRule(NamedEntityTagger.standard()::mayBeCommonWord);
        // "ujar Abloh kepada Vogue." (kompas.com, CLICK-ID, 10-16 September 2019)
        assertThat(after(rule, "ujar Abloh/B-PER kepada Vogue .")).containsExactly("Abloh/PER", "Vogue/ORG");
        assertThat(after(rule, "ujarnya kepada Vogue .")).containsExactly("Vogue/ORG");
        // an ordinary word, a person the model saw, and no verb of saying before: none
        assertThat(after(rule, "kata Anies/B-PER kepada Wartawan , di depan")).containsExactly("Anies/PER");
        assertThat(after(rule, "kata Gigi/B-PER kepada Raffi/B-PER .")).containsExactly("Gigi/PER", "Raffi/PER");
        assertThat(after(rule, "menyerahkan bantuan kepada Budi .")).isEmpty();
        // a passive verb naming the speaker before: "Hal itu disampaikan Andi kepada Vogue"
        assertThat(after(rule, "disampaikan Andi/B-PER kepada Vogue di")).containsExactly("Andi/PER", "Vogue/ORG");
    }

    @Test
    void aLegislatureBeforeAListedCountryIsTheChamber() {
        LegislatureRule rule = new LegislatureRule();
        // "Aktivis berusia 22 tahun ini juga mendesak Kongres AS untuk mengesahkan" (tempo.co, CLICK-ID)
        assertThat(after(rule, "mendesak Kongres AS/B-LOC untuk")).containsExactly("Kongres AS/ORG");
        // "yang mensponsori rencana Medicare-for-all di Senat AS" (tempo.co), "Parlemen Inggris menyarankan" (sindonews.com)
        assertThat(after(rule, "di Senat/B-LOC AS/I-LOC , mengatakan")).containsExactly("Senat AS/ORG");
        assertThat(after(rule, "Parlemen Inggris/B-LOC menyarankan")).containsExactly("Parlemen Inggris/ORG");
        // inside a longer name, and a congress of an organisation, stay the model's
        assertThat(after(rule, "Peneliti Forum Masyarakat Peduli Parlemen Indonesia/B-LOC ( Formappi/B-ORG )"))
                .containsExactly("Indonesia/LOC", "Formappi/ORG");
        assertThat(after(rule, "dalam Kongres PSSI/B-ORG di Jakarta/B-LOC")).containsExactly("PSSI/ORG", "Jakarta/LOC");
    }

    @Test
    void wordsTheModelRanOntoAListedNameItBrokeAreANameOfTheirOwn() {
        // "servis superstar Paris Saint - Germain Neymar" (IndoSum, 2018), read as "Paris Saint" and "Germain Neymar"
        ListedNameRule rule = new ListedNameRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "superstar Paris/B-ORG Saint/I-ORG - Germain/B-ORG Neymar/I-ORG ."))
                .containsExactly("Paris Saint - Germain/ORG", "Neymar/ORG");
        assertThat(after(rule, "klub Paris/B-ORG Saint-Germain/I-ORG juga")).containsExactly("Paris Saint-Germain/ORG");
        // a span the model opened inside a listed name it left untagged is its longer name: "Los Angeles FC"
        assertThat(after(rule, "pindah ke Los Angeles/B-ORG FC/I-ORG .")).containsExactly("Angeles FC/ORG");
    }

    @Test
    void aPersonsNameGoesOnOverBinAndTheFathersName() {
        // "Pangeran Khalid mewakili Pemimpin Arab Saudi, Raja Salman bin Abdul Aziz al-Saud" (sindonews.com)
        assertThat(after(new PatronymRule(),
                "Saudi/I-LOC , Raja Salman/B-PER bin Abdul/B-PER Aziz/I-PER al-Saud dalam prosesi"))
                .containsExactly("Salman bin Abdul Aziz al-Saud/PER");
        assertThat(after(new PatronymRule(), "Mekkah/B-LOC Pangeran/B-PER Badr/I-PER bin Sultan/B-PER bin/I-PER "
                + "Abdulaziz/I-PER , Menteri Haji")).containsExactly("Mekkah/LOC", "Pangeran Badr bin Sultan bin Abdulaziz/PER");
        assertThat(after(new PatronymRule(), "Ali/B-PER bin Jakarta/B-LOC")).containsExactly("Ali/PER", "Jakarta/LOC");
    }

    @Test
    void aWordShapedAsACryIsNoName() {
        // "Hmm, muterin daerah Senayan dua kali" and "Astagaaa, nyesel banget cuman bungkus satu!" (IndoSum, 2017)
        assertThat(after(new InterjectionRule(), "Hmm/B-PER , muterin daerah Senayan/B-LOC dua kali"))
                .containsExactly("Senayan/LOC");
        assertThat(after(new InterjectionRule(), "Astagaaa/B-PER , nyesel banget")).isEmpty();
        // a name of two letters, a short form in capitals and a longer name stay
        assertThat(after(new InterjectionRule(), "kata Ng/B-PER Ka/I-PER Ling/I-PER dan Ng/B-PER"))
                .containsExactly("Ng Ka Ling/PER", "Ng/PER");
        assertThat(after(new InterjectionRule(), "PT/B-ORG Pelindo/I-ORG III/I-ORG dan BPPT/B-ORG"))
                .containsExactly("PT Pelindo III/ORG", "BPPT/ORG");
    }

    @Test
    void aFamilyNameOpenedByAnArticleEndsThePersonsName() {
        // "daerah yang dilarang oleh pemerintahan Presiden Abdel Fattah el - Sisi" (cnnindonesia.com, IndoSum)
        assertThat(after(new PatronymRule(), "pemerintahan Presiden Abdel/B-PER Fattah/I-PER el - Sisi ."))
                .containsExactly("Abdel Fattah el - Sisi/PER");
        assertThat(after(new PatronymRule(), "Presiden Suriah/B-LOC Bashar/B-PER al-Assad menolak"))
                .containsExactly("Suriah/LOC", "Bashar al-Assad/PER");
        // no person before it, no name: "el" of a Spanish club
        assertThat(after(new PatronymRule(), "Real/B-ORG Madrid/I-ORG el - Sisi")).containsExactly("Real Madrid/ORG");
    }

    @Test
    void theProsecutionWrittenAloneIsTheInstitution() {
        // "Nunung diserahkan ke Kejaksaan pada Kamis (12/9/2019)" (sindonews.com)
        assertThat(after(new LoneHeadRule(), "Nunung/B-PER diserahkan ke Kejaksaan/B-LOC pada Kamis"))
                .containsExactly("Nunung/PER", "Kejaksaan/ORG");
        assertThat(after(new LoneHeadRule(), "dilantik di Kementerian/B-ORG pada Kamis")).isEmpty();
    }

    @Test
    void aFootballAssociationsDisciplinaryCommitteeIsAnOrganisation() {
        // "Setidaknya ada 11 poin yang diumumkan oleh Komdis PSSI pada Sabtu" (kompas.com)
        assertThat(after(new OrganisationHeadRule(), "diumumkan oleh Komdis PSSI/B-ORG pada Sabtu"))
                .containsExactly("Komdis PSSI/ORG");
    }

    @Test
    void anOrganisationHeadAloneIsACommonNoun() {
        assertThat(after(new LoneHeadRule(), "Kementerian/B-ORG itu belum memberikan tanggapan")).isEmpty();
        assertThat(after(new LoneHeadRule(), "Kementerian/B-ORG Pertahanan/I-ORG")).containsExactly("Kementerian Pertahanan/ORG");
    }

    @Test
    void danBeforeAnotherOrganisationsHeadJoinsTwoOrganisations() {
        // "ditangkap dalam operasi gabungan yang dilakukan oleh Polsek Tebet dan Satnarkoba Polres Metro Jakarta
        // Selatan." (CLICK-ID)
        assertThat(after(new OrganisationHeadRule(), "oleh Polsek/B-LOC Tebet/I-LOC dan Satnarkoba/B-ORG Polres/I-ORG "
                + "Metro/I-ORG Jakarta/I-ORG Selatan/I-ORG ."))
                .containsExactly("Polsek Tebet/ORG", "Satnarkoba Polres Metro Jakarta Selatan/ORG");
    }

    @Test
    void aPlaceHoldingAnOrganisationsHeadIsThatOrganisation() {
        assertThat(after(new OrganisationHeadRule(), "tim gabungan Polsek/B-ORG Kuta/I-ORG dan Resmob/B-LOC Polda/I-LOC "
                + "Bali/I-LOC di sebuah rumah kos"))
                .containsExactly("Polsek Kuta/ORG", "Resmob Polda Bali/ORG");
    }

    /** okezone.com, 12 September 2019: a navy base acts, and the rank after it opens its commander's title. */
    @Test
    void aNavalBaseIsAnOrganisationUpToTheRankAfterIt() {
        assertThat(after(new OrganisationHeadRule(), "ujar Komandan Lanal/B-PER Dumai/I-PER Kolonel Laut ( P ) Wahyu"))
                .containsExactly("Lanal Dumai/ORG");
        assertThat(after(new OrganisationHeadRule(), "Direktorat/B-ORG Jenderal/I-ORG Pajak/I-ORG mencatat"))
                .containsExactly("Direktorat Jenderal Pajak/ORG");
    }

    /**
     * tempo.co, CLICK-ID, 10-16 September 2019, and cnnindonesia.com, IndoSum: a rank written out after the office
     * opens its holder's title, no part of the office's name.
     */
    @Test
    void aRankWrittenOutAfterAnOfficeIsNoPartOfIt() {
        assertThat(after(new OrganisationHeadRule(), "ujar Kepala Bidang Humas Polda/B-ORG Metro/I-ORG Jaya/I-ORG "
                + "Komisaris Besar Argo/B-PER Yuwono/I-PER saat dikonfirmasi"))
                .containsExactly("Polda Metro Jaya/ORG", "Argo Yuwono/PER");
        assertThat(after(new OrganisationHeadRule(), "Kepala Bidang Hubungan Masyarakat Polda Sumatera/B-LOC Utara/I-LOC "
                + "Komisaris Besar Rina/B-PER Sari/I-PER Ginting/I-PER mengatakan"))
                .containsExactly("Polda Sumatera Utara/ORG", "Rina Sari Ginting/PER");
        // the model ran the office on into the rank and its holder as one place: the rank's holder is a person
        assertThat(after(new OrganisationHeadRule(), "kata Juru bicara Kepolisian Daerah Papua/B-LOC Barat/I-LOC "
                + "Ajun/I-LOC Komisaris/I-LOC Besar/I-LOC Mathias/I-LOC Krey/I-LOC ."))
                .containsExactly("Kepolisian Daerah Papua Barat/ORG", "Mathias Krey/PER");
        // right after the head the word is the name's
        assertThat(after(new OrganisationHeadRule(), "rapat Dewan Komisaris Besar menunjuk"))
                .containsExactly("Dewan Komisaris Besar/ORG");
    }

    /** okezone.com, 10 September 2019: every player of the list has his club in brackets. */
    @Test
    void aListOfPeopleWithTheirClubsInBracketsIsReadAsItsSurestItem() {
        assertThat(after(new BracketedAffiliationRule(), "adalah Virgil/B-PER Van/I-PER Dijk/I-PER ( Liverpool/B-ORG ) ,"
                + " Mohamed Salah ( Liverpool ) , Luka Modric ( Real/B-ORG Madrid/I-ORG ) dan Marc-Andre ter Stegen"
                + " ( Barcelona/B-LOC ) yang mendapat 90 poin"))
                .containsExactly("Virgil Van Dijk/PER", "Liverpool/ORG", "Mohamed Salah/PER", "Liverpool/ORG",
                        "Luka Modric/PER", "Real Madrid/ORG", "Marc-Andre ter Stegen/PER", "Barcelona/ORG");
        // no item is a person of an organisation: places with their province are left as they are
        assertThat(after(new BracketedAffiliationRule(), "di Cianjur/B-LOC ( Jawa/B-LOC Barat/I-LOC ) dan Garut/B-LOC"
                + " ( Jawa/B-LOC Barat/I-LOC )"))
                .containsExactly("Cianjur/LOC", "Jawa Barat/LOC", "Garut/LOC", "Jawa Barat/LOC");
    }

    @Test
    void theAcronymInBracketsSpellsHowFarTheNameGoes() {
        // "Hari ini Badan Meteorologi Klimatologi dan Geofisika (BMKG) mencatat ada 279 titik panas di Riau."
        assertThat(after(new OrganisationHeadRule(), "Hari ini Badan/B-ORG Meteorologi/I-ORG Klimatologi/I-ORG dan "
                + "Geofisika/B-PER (/O BMKG/B-ORG )/O mencatat"))
                .containsExactly("Badan Meteorologi Klimatologi dan Geofisika/ORG", "BMKG/ORG");
        // a title's last word the model ran in before the head is no part of it: "Ketua Pengurus Harian Yayasan
        // Lembaga Konsumen Indonesia (YLKI) Tulus Abadi menyesalkan" (IndoSum, antaranews.com, 2016)
        assertThat(after(new OrganisationHeadRule(), "Ketua Pengurus Harian/B-ORG Yayasan/I-ORG Lembaga/I-ORG "
                + "Konsumen/I-ORG Indonesia/I-ORG ( YLKI/B-ORG ) Tulus Abadi"))
                .containsExactly("Yayasan Lembaga Konsumen Indonesia/ORG", "YLKI/ORG");
        // where the acronym spells no name from the head, the model's span stays
        assertThat(after(new OrganisationHeadRule(), "Ketua Pengurus Harian/B-ORG Yayasan/I-ORG Lembaga/I-ORG "
                + "Konsumen/I-ORG ( YLKI/B-ORG )"))
                .contains("Harian Yayasan Lembaga Konsumen/ORG");
        // a company's form, a board's short form and two words before the head are the name's: "Ketua DPP Ikatan
        // Mahasiswa Muhammadiyah (IMM), Najih Prastiyo" (okezone.com, 13 September 2019)
        assertThat(after(new OrganisationHeadRule(), "saham PT/B-ORG Bank/I-ORG Central/I-ORG Asia/I-ORG ( BCA/B-ORG )"))
                .contains("PT Bank Central Asia/ORG");
        assertThat(after(new OrganisationHeadRule(), "Ketua DPP/B-ORG Ikatan/I-ORG Mahasiswa/I-ORG Muhammadiyah/I-ORG "
                + "( IMM/B-ORG ) ,"))
                .contains("DPP Ikatan Mahasiswa Muhammadiyah/ORG");
        assertThat(after(new OrganisationHeadRule(), "Wakil Kepala Papua/B-ORG Center/I-ORG Yayasan/I-ORG Lembaga/I-ORG "
                + "Konsumen/I-ORG Indonesia/I-ORG ( YLKI/B-ORG )"))
                .contains("Papua Center Yayasan Lembaga Konsumen Indonesia/ORG");
    }

    @Test
    void hospitalsHealthCentresAndSchoolsAreOrganisations() {
        // "Selanjutnya korban dirujuk ke RSUD Mangusada, Kapal."; "Kepala Sekolah SMAN 3 Parepare";
        // "dirujuk ke Rumah Sakit M Djamil Padang"; "Ia menerima obat dari Puskesmas Vila Pertiwi" (CLICK-ID)
        OrganisationHeadRule rule = new OrganisationHeadRule();
        assertThat(after(rule, "korban dirujuk ke RSUD/B-LOC Mangusada/I-LOC , Kapal/B-LOC ."))
                .containsExactly("RSUD Mangusada/ORG", "Kapal/LOC");
        assertThat(after(rule, "Kepala Sekolah SMAN/B-ORG 3 Parepare/B-LOC .")).containsExactly("SMAN 3 Parepare/ORG");
        assertThat(after(rule, "dirujuk ke Rumah/B-LOC Sakit/I-LOC M/I-LOC Djamil/I-LOC Padang/I-LOC"))
                .containsExactly("Rumah Sakit M Djamil Padang/ORG");
        assertThat(after(rule, "obat dari Puskesmas/B-LOC Vila/I-LOC Pertiwi/I-LOC")).containsExactly("Puskesmas Vila Pertiwi/ORG");
    }

    @Test
    void aStreetIsAPlaceAndNotThePersonItIsNamedAfter() {
        // "Menurut Andreas kondisi yang sama juga terjadi di Jalan Ahmad Yani dari semula kecepatan berkisar 30
        // kilometer per jam" (CLICK-ID)
        StreetRule rule = new StreetRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "terjadi di Jalan Ahmad/B-PER Yani/I-PER dari semula")).containsExactly("Jalan Ahmad Yani/LOC");
        assertThat(after(rule, "komplek kantor Gubernur Jalan Sudirman/B-LOC Pekanbaru/I-LOC dan"))
                .containsExactly("Jalan Sudirman/LOC", "Pekanbaru/LOC");
    }

    @Test
    void aRankWrittenShortInsideAStreetsNameKeepsTheNameWhole() {
        // "lokasinya bertempat di gedung Capital Place, lantai 49, Jalan Jend. Gatot Subroto, Jakarta Selatan"
        // (IndoSum, 2017)
        StreetRule rule = new StreetRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "lantai 49 , Jalan/B-LOC Jend/I-LOC . Gatot/B-PER Subroto/I-PER , Jakarta/B-LOC Selatan/I-LOC"))
                .containsExactly("Jalan Jend . Gatot Subroto/LOC", "Jakarta Selatan/LOC");
        // the house's number ends the street and is no name
        assertThat(after(rule, "di Jl/B-LOC . Jend/I-LOC . Sudirman/B-PER No/I-PER . 5 , Jakarta/B-LOC"))
                .containsExactly("Jl . Jend . Sudirman/LOC", "Jakarta/LOC");
    }

    @Test
    void anAirportIsAPlaceAndNotThePersonItIsNamedAfter() {
        // "membuat pesawat terbang yang melintas di atas udara menuju Bandara Internasional Sultan Hasanuddin
        // Makassar terganggu" (CLICK-ID)
        StreetRule rule = new StreetRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "menuju Bandara/B-LOC Internasional/I-LOC Sultan/B-PER Hasanuddin/I-PER Makassar/B-LOC terganggu"))
                .containsExactly("Bandara Internasional Sultan Hasanuddin/LOC", "Makassar/LOC");
        // the city an airport is named by stays the listed place: "mendarat di Bandara Jeddah"
        assertThat(after(rule, "mendarat di Bandara Jeddah/B-LOC pada")).containsExactly("Jeddah/LOC");
    }

    @Test
    void aPersonInAListOfOrganisationsIsAnOrganisation() {
        PersonAmongOrganisationsRule rule = new PersonAmongOrganisationsRule();
        // "Oppo, Realme, Redmi, Vivo, Motorola dan HMD Global" (tribunnews.com, 10 September 2019)
        assertThat(after(rule, "Oppo/B-ORG , Realme/B-ORG , Redmi/B-PER , Vivo/B-ORG , Motorola/B-ORG dan HMD/B-ORG Global/I-ORG"))
                .containsExactly("Oppo/ORG", "Realme/ORG", "Redmi/ORG", "Vivo/ORG", "Motorola/ORG", "HMD Global/ORG");
        // "Tempo, Kompas, Liputan6, Mafindo, Tirto dan AFP" (tempo.co, 2019): two newsrooms read as people
        assertThat(after(rule, "Tempo/B-ORG , Kompas/B-ORG , Liputan6/B-ORG , Mafindo/B-PER , Tirto/B-PER dan AFP/B-ORG"))
                .containsExactly("Tempo/ORG", "Kompas/ORG", "Liputan6/ORG", "Mafindo/ORG", "Tirto/ORG", "AFP/ORG");
        // a person last after organisations stays a person, and so does one in a list with a place
        assertThat(after(rule, "Bea/B-ORG Cukai/I-ORG , Kementerian/B-ORG Keuangan/I-ORG , Heru/B-PER Pambudi/I-PER"))
                .containsExactly("Bea Cukai/ORG", "Kementerian Keuangan/ORG", "Heru Pambudi/PER");
        assertThat(after(rule, "Polri/B-ORG , Ani/B-PER , Jakarta/B-LOC dan KPK/B-ORG"))
                .containsExactly("Polri/ORG", "Ani/PER", "Jakarta/LOC", "KPK/ORG");
    }

    @Test
    void theCountryClosingALeaguesNameIsNoPlace() {
        LeagueNameRule rule = new LeagueNameRule();
        // "mengantar Leicester City menjuarai Liga Primer Inggris 2015 - 2016" (CNN Indonesia, IndoSum)
        assertThat(after(rule, "mengantar Leicester/B-ORG City/I-ORG menjuarai Liga Primer Inggris/B-LOC 2015 - 2016"))
                .containsExactly("Leicester City/ORG");
        // "Juara bertahan Liga 1 Indonesia ini" (tempo.co, 2019); "La Liga Spanyol"
        assertThat(after(rule, "Juara bertahan Liga 1 Indonesia/B-LOC ini")).isEmpty();
        assertThat(after(rule, "kompetisi La Liga Spanyol/B-LOC baru")).isEmpty();
        // the country on its own stays a place, and a league the model read whole is left as it is
        assertThat(after(rule, "klub Liga Inggris asal Inggris/B-LOC")).containsExactly("Inggris/LOC");
        assertThat(after(rule, "juara Liga/B-ORG Champions/I-ORG Asia/I-ORG")).containsExactly("Liga Champions Asia/ORG");
    }

    @Test
    void theShortNameInBracketsAfterAnOrganisationIsAnOrganisation() {
        // "Himpunan Pengusaha Muda Indonesia (Hipmi) memberikan apresiasi kepada pemerintah" (CLICK-ID)
        ShortFormRule rule = new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, "Himpunan/B-ORG Pengusaha/I-ORG Muda/I-ORG Indonesia/I-ORG ( Hipmi ) memberikan"))
                .containsExactly("Himpunan Pengusaha Muda Indonesia/ORG", "Hipmi/ORG");
        assertThat(after(rule, "PT/B-ORG Kereta/I-ORG Api/I-ORG Indonesia/I-ORG ( Persero ) menyatakan"))
                .containsExactly("PT Kereta Api Indonesia/ORG");
        assertThat(after(rule, "saham PT/B-ORG HM/I-ORG Sampoerna/I-ORG Tbk/I-ORG ( HMSP ) turun"))
                .containsExactly("PT HM Sampoerna Tbk/ORG");
    }

    @Test
    void aWordThatOnlyClosesACompanysNameIsNoName() {
        assertThat(after(new LoneHeadRule(), "saham Tbk/B-PER itu naik")).isEmpty();
        assertThat(after(new LoneHeadRule(), "Rumah/B-LOC Sakit/I-LOC itu penuh")).isEmpty();
    }

    @Test
    void aKindOfPlaceAloneIsNoName() {
        // "video asusila yang diperankan oleh dua warga Kabupaten ,." (CLICK-ID, a link stripped from the text)
        assertThat(after(new LoneHeadRule(), "dua warga Kabupaten/B-LOC , .")).isEmpty();
    }

    @Test
    void capitalsBeforeAnAgeInBracketsAreAPersonsInitials() {
        // "Petugas Polsek Tambora mennagkap MA (21) lantaran melakukan aksi pencurian sepeda motor" (sindonews.com);
        // "FH (39) suami korban berhasil diamankan polisi" (CLICK-ID)
        InitialsWithAgeRule rule = new InitialsWithAgeRule();
        assertThat(after(rule, "Petugas Polsek/B-ORG Tambora/I-ORG mennagkap MA/B-ORG ( 21 ) lantaran"))
                .containsExactly("Polsek Tambora/ORG", "MA/PER");
        assertThat(after(rule, "FH ( 39 ) suami korban")).containsExactly("FH/PER");
        assertThat(after(rule, "laporan KPK/B-ORG ( 2019 ) menyebut")).containsExactly("KPK/ORG");
    }

    @Test
    void aNameBetweenCommasBeforeAnAdministrativePlaceIsAPlace() {
        // "Sesampainya di rumah duka, RT 09, Kumun Mudik, Kecamatan Kumun Debai, Kota Sungaipenuh, Jambi, jenazah
        // disambut histeris keluarga." (sindonews.com)
        assertThat(after(new AddressPlaceRule(), "rumah duka , RT 09 , Kumun/B-PER Mudik/I-PER , Kecamatan/B-LOC "
                + "Kumun/I-LOC Debai/I-LOC , Kota/B-LOC Sungaipenuh/I-LOC"))
                .containsExactly("Kumun Mudik/LOC", "Kecamatan Kumun Debai/LOC", "Kota Sungaipenuh/LOC");
        // the speaker of a quote is no address: "kata Budi, Kepala Desa ..." has no comma before the name
        assertThat(after(new AddressPlaceRule(), "kata Jamal/B-PER , Kota/B-LOC Pekanbaru/I-LOC"))
                .containsExactly("Jamal/PER", "Kota Pekanbaru/LOC");
    }

    @Test
    void aHospitalWrittenInLowerCaseIsStillAnOrganisation() {
        // "saat ini tiga korban kebakaran masih dirawat di rumah sakit DKT Sungaipenuh" (sindonews.com); a weekday
        // ends the name: "perawatan di rumah sakit Ar-Rasyid Minggu 15 September sore" (CLICK-ID)
        OrganisationHeadRule rule = new OrganisationHeadRule();
        assertThat(after(rule, "dirawat di rumah sakit DKT/B-LOC Sungaipenuh/I-LOC , sementara"))
                .containsExactly("DKT Sungaipenuh/ORG");
        assertThat(after(rule, "perawatan di rumah sakit Ar-Rasyid/B-LOC Minggu 15 September sore"))
                .containsExactly("Ar-Rasyid/ORG");
        assertThat(after(rule, "dibawa ke rumah sakit Jakarta/B-LOC .")).containsExactly("Jakarta/LOC");
        // "Anggota polisi dari unit Lantas Polsek Pasar Minggu bernama Bripka Eka Setiawan" (CLICK-ID): a district
        // named after a weekday stays in a capitalised name
        assertThat(after(rule, "dari unit Lantas Polsek/B-ORG Pasar/I-ORG Minggu/I-ORG bernama"))
                .containsExactly("Polsek Pasar Minggu/ORG");
    }

    @Test
    void policeAndProsecutorsOfficesAreOrganisationsAndATitleBeforeThemIsNot() {
        // "Wakasat Lantas Polresta Barelang, AKP Kartijo mengatakan"; "setelah Kejari Subulusalam menerima
        // pelimpahan perkara" (CLICK-ID)
        OrganisationHeadRule rule = new OrganisationHeadRule();
        assertThat(after(rule, "Wakasat/B-LOC Lantas/I-LOC Polresta/I-LOC Barelang/I-LOC , AKP Kartijo/B-PER"))
                .containsExactly("Polresta Barelang/ORG", "Kartijo/PER");
        assertThat(after(rule, "setelah Kejari/B-PER Subulusalam/I-PER menerima")).containsExactly("Kejari Subulusalam/ORG");
    }

    @Test
    void aPersonThatEndsInsideAnOfficesNameIsItsHoldersTitle() {
        // "Kepala Subbagian Humas Polres Metro Bekasi Kota Kompol Erna Ruswing Andari mengatakan" (kompas.com,
        // 16 September 2019): the rank before the name is no part of the office
        assertThat(after(new OrganisationHeadRule(), "Kepala Subbagian/B-PER Humas/I-PER Polres/I-PER Metro/I-PER "
                + "Bekasi/B-LOC Kota/I-LOC Kompol/I-LOC Erna/B-PER Ruswing/I-PER Andari/I-PER mengatakan"))
                .containsExactly("Polres Metro Bekasi Kota/ORG", "Erna Ruswing Andari/PER");
        // a title the model ran into the person stays for the title splitter
        assertThat(after(new OrganisationHeadRule(), "Wakil/B-PER Ketua/I-PER Badan/I-PER Anggaran/I-PER Said/I-PER "
                + "Abdullah/I-PER mengatakan")).containsExactly("Wakil Ketua Badan Anggaran Said Abdullah/PER");
    }

    @Test
    void aCapitalisedWordBetweenTwoPartsOfANameIsPartOfIt() {
        // "Menteri Perhubungan Budi Karya Sumadi melayat ke rumah duka almarhum" (okezone.com)
        GappedPersonRule rule = new GappedPersonRule();
        assertThat(after(rule, "Menteri Perhubungan Budi/B-PER Karya Sumadi/B-PER melayat ke rumah duka"))
                .containsExactly("Budi Karya Sumadi/PER");
        assertThat(after(rule, "kata Anies/B-PER Senin Prabowo/B-PER")).containsExactly("Anies/PER", "Prabowo/PER");
        assertThat(after(rule, "Budi/B-PER karya Sumadi/B-PER")).containsExactly("Budi/PER", "Sumadi/PER");
    }

    @Test
    void anUnlistedWordJoinedToAPersonByDanIsAPerson() {
        // "Dengan kata lain, Crutchlow dan Marc Marquez menggunakan mesin motor yang sama." (okezone.com)
        CoordinatedPersonRule rule = new CoordinatedPersonRule();
        assertThat(after(rule, "Dengan kata lain , Crutchlow/B-ORG dan Marc/B-PER Marquez/I-PER menggunakan"))
                .containsExactly("Crutchlow/PER", "Marc Marquez/PER");
        assertThat(after(rule, "motor Honda/B-ORG dan Marquez/B-PER")).containsExactly("Honda/ORG", "Marquez/PER");
        assertThat(after(rule, "Jokowi/B-PER dan PDIP/B-ORG")).containsExactly("Jokowi/PER", "PDIP/ORG");
    }

    @Test
    void anUnlistedNameReadAsAPlaceJoinedToAPersonByDanIsAPerson() {
        // "mantan Sekretaris Jenderal Kemendagri Diah Anggraini dan Drajat Wisnu, Direktur PNRI Isnu Edhi Wijaya"
        // (cnnindonesia.com, IndoSum)
        CoordinatedPersonRule rule = new CoordinatedPersonRule();
        assertThat(after(rule, "Kemendagri/B-ORG Diah/B-PER Anggraini/I-PER dan Drajat/B-LOC Wisnu/I-LOC ,"))
                .containsExactly("Kemendagri/ORG", "Diah Anggraini/PER", "Drajat Wisnu/PER");
        // a listed place or the head of a place's name keeps its type
        assertThat(after(rule, "Anies/B-PER dan Jawa/B-LOC Barat/I-LOC")).containsExactly("Anies/PER", "Jawa Barat/LOC");
        assertThat(after(rule, "Budi/B-PER dan Desa/B-LOC Sukamaju/I-LOC")).containsExactly("Budi/PER", "Desa Sukamaju/LOC");
    }

    @Test
    void theCapitalisedWordsAfterARanksMarkAreItsHolder() {
        // okezone.com, 12 September 2019
        RankMarkRule rule = new RankMarkRule(NamedEntityTagger.standard()::isCommonWord);
        assertThat(after(rule, "ujar Komandan Lanal/B-ORG Dumai/I-ORG Kolonel Laut ( P ) Wahyu Dili/B-LOC Yudha/B-PER "
                + "Hadianto/I-PER , Kamis 12 September 2019 ."))
                .containsExactly("Lanal Dumai/ORG", "Wahyu Dili Yudha Hadianto/PER");
        // a word of the name that is also an ordinary word ("syukur") stays in it
        assertThat(after(rule, "Ketua Forum Kajian dan Pengembangan PBB/B-ORG , Mayjen ( Purn ) Abdul/B-PER "
                + "Syukur/B-PER berharap Anies/B-PER selalu memberikan perhatian"))
                .containsExactly("PBB/ORG", "Abdul Syukur/PER", "Anies/PER");
    }

    @Test
    void aHolderRunIntoAListedOrganisationAfterATitleIsAPerson() {
        ListedOrganisationHolderRule rule =
                new ListedOrganisationHolderRule(NamedEntityTagger.standard()::isCommonWord);
        // tempo.co, 16 September 2019
        assertThat(after(rule, "CEO Persija/B-ORG Jakarta/I-ORG Ferry/I-ORG Paulus/I-ORG berharap Yogi/B-PER dan "
                + "Yan/B-PER Pieter/I-PER berkembang di klub barunya ."))
                .containsExactly("Persija Jakarta/ORG", "Ferry Paulus/PER", "Yogi/PER", "Yan Pieter/PER");
        // a rank after the office is no name; "Pihak" alone opens no title
        assertThat(after(rule, "ujar Kepala Bidang Humas Polda/B-ORG Metro/I-ORG Jaya/I-ORG Komisaris/I-ORG "
                + "Besar/I-ORG Argo/B-PER Yuwono/I-PER saat dikonfirmasi"))
                .containsExactly("Polda Metro Jaya Komisaris Besar/ORG", "Argo Yuwono/PER");
        assertThat(after(rule, "Pihak TNI/B-ORG AL/I-ORG Tom/I-ORG Fleet/I-ORG One/I-ORG Quick/I-ORG Response/I-ORG "
                + "( F1QR ) Lanal Dumai mendapat informasi"))
                .containsExactly("TNI AL Tom Fleet One Quick Response/ORG");
    }

    @Test
    void aHolderRunIntoAnUnlistedShortFormAfterATitleIsAPerson() {
        ListedOrganisationHolderRule rule =
                new ListedOrganisationHolderRule(NamedEntityTagger.standard()::isCommonWord);
        // "Drajat Wisnu, Direktur PNRI Isnu Edhi Wijaya, terlibat melakukan korupsi" (cnnindonesia.com, IndoSum)
        assertThat(after(rule, "Drajat/B-PER Wisnu/I-PER , Direktur PNRI/B-ORG Isnu/I-ORG Edhi/B-PER Wijaya/I-PER , terlibat"))
                .containsExactly("Drajat Wisnu/PER", "PNRI/ORG", "Isnu Edhi Wijaya/PER");
        // the model's own cut stands; a rank after the short form is no name; no title, no cut
        assertThat(after(rule, "Gubernur DKI/B-LOC Anies/B-PER Baswedan/I-PER")).containsExactly("DKI/LOC", "Anies Baswedan/PER");
        assertThat(after(rule, "Kapolda NTB/B-ORG Irjen/I-ORG Tajuddin/I-ORG")).containsExactly("NTB Irjen Tajuddin/ORG");
        assertThat(after(rule, "saham BBRI/B-ORG Tbk/I-ORG Naik/I-ORG")).containsExactly("BBRI Tbk Naik/ORG");
    }

    @Test
    void aHolderRunIntoAnOfficeClosedByItsPlaceAfterATitleIsAPerson() {
        ListedOrganisationHolderRule rule =
                new ListedOrganisationHolderRule(NamedEntityTagger.standard()::isCommonWord);
        // "kata Perwira Piket Sudin PKP Jakarta Barat Rahmat Kartolo di lokasi kejadian" (IndoSum, 2016)
        assertThat(after(rule, "kata Perwira Piket Sudin/B-ORG PKP/I-ORG Jakarta/I-ORG Barat/I-ORG Rahmat/I-ORG "
                + "Kartolo/I-ORG di lokasi kejadian"))
                .containsExactly("Sudin PKP Jakarta Barat/ORG", "Rahmat Kartolo/PER");
        // no organisation's head opens it: an English name holding the country stays whole
        assertThat(after(rule, "Ketua Presidium/B-ORG Indonesia/I-ORG Police/I-ORG Watch/I-ORG Neta/B-PER"))
                .containsExactly("Presidium Indonesia Police Watch/ORG", "Neta/PER");
    }

    @Test
    void aRankInsideAPersonOpensTheHolderAndTheWordsBeforeItAreTheOffice() {
        // "Kapolsek Cipayung Kompol Abdul Rasyid, mengatakan" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new RankedHolderRule(), "Kapolsek Cipayung/B-PER Kompol/I-PER Abdul/I-PER Rasyid/I-PER , mengatakan"))
                .containsExactly("Kapolsek Cipayung/ORG", "Kompol Abdul Rasyid/PER");
        // words before the rank that name no office are no name
        assertThat(after(new RankedHolderRule(), "kata Kasatrekrim/B-PER AKP/I-PER Dede/I-PER Iskandar/I-PER ."))
                .containsExactly("AKP Dede Iskandar/PER");
        // a rank opening the name is the holder's own
        assertThat(after(new RankedHolderRule(), "kata Kompol/B-PER Sutrisno/I-PER ."))
                .containsExactly("Kompol Sutrisno/PER");
    }

    @Test
    void aDirectorateGeneralWrittenShortAndARegionsGovernmentAreOrganisations() {
        // "Kepala Bagian Humas Ditjen Pemasyarakatan Ade Kusmanto menyampaikan" (kompas.com, 16 September 2019)
        assertThat(after(new OrganisationHeadRule(), "Humas Ditjen Pemasyarakatan Ade/B-PER Kusmanto/I-PER menyampaikan"))
                .containsExactly("Ditjen Pemasyarakatan/ORG", "Ade Kusmanto/PER");
        // "antara pengembang Tol Becakayu dan Pemerintah Kota Jakarta Timur." (kompas.com, 16 September 2019)
        assertThat(after(new OrganisationHeadRule(), "dan Pemerintah Kota Jakarta/B-LOC Timur/I-LOC ."))
                .containsExactly("Pemerintah Kota Jakarta Timur/ORG");
    }

    @Test
    void aPlaceAfterAShortFormInBracketsIsThePlaceOfTheWholeName() {
        // "Kejaksaan Negeri (Kejari) Jakarta Selatan telah menerima berkas" (sindonews.com, 13 September 2019)
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "Kejaksaan/B-ORG Negeri/I-ORG ( Kejari/B-LOC ) Jakarta/B-LOC Selatan/I-LOC "
                + "telah menerima berkas"))
                .containsExactly("Kejaksaan Negeri ( Kejari ) Jakarta Selatan/ORG");
        // a short form with no place after it stays apart
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "Badan/B-ORG Pusat/I-ORG Statistik/I-ORG ( BPS ) . Pada pekan"))
                .containsExactly("Badan Pusat Statistik/ORG", "BPS/ORG");
    }

    @Test
    void aCompanysLegalFormAloneIsNoName() {
        // "saham PT Bank Negara Indonesia (Persero) Tbk. (BBNI)" (sindonews.com, 16 September 2019)
        assertThat(after(new LoneHeadRule(), "saham PT/B-ORG Bank/I-ORG Negara/I-ORG Indonesia/I-ORG ( Persero/B-ORG ) "
                + "Tbk. ( BBNI/B-ORG )"))
                .containsExactly("PT Bank Negara Indonesia/ORG", "BBNI/ORG");
    }

    @Test
    void theDrugDependencyHospitalAloneIsTheInstitution() {
        // "Selama berada di RSKO, pola makan Nunung dikabarkan berubah" (okezone.com)
        assertThat(after(new LoneHeadRule(), "Selama berada di RSKO/B-LOC , pola makan Nunung/B-PER"))
                .containsExactly("RSKO/ORG", "Nunung/PER");
    }

    @Test
    void theCustomsServiceAndTheArmysHospitalAloneAreTheInstitutions() {
        // "Joint Operations Bea Cukai dan BNN bukan pertama kali ini terjadi" (sindonews.com, 10 September 2019);
        // "mendoakan BJ Habibie yang tengah dirawat di RSPAD" (okezone.com, 12 September 2019)
        assertThat(after(new LoneHeadRule(), "Joint Operations Bea/B-ORG Cukai/I-ORG dan BNN/B-ORG bukan"))
                .containsExactly("Bea Cukai/ORG", "BNN/ORG");
        assertThat(after(new LoneHeadRule(), "tengah dirawat di RSPAD/B-LOC .")).containsExactly("RSPAD/ORG");
        // "Rumah Sakit" alone stays a common noun
        assertThat(after(new LoneHeadRule(), "dibawa ke Rumah/B-ORG Sakit/I-ORG terdekat")).isEmpty();
    }

    @Test
    void aHospitalsNamesakeAfterItsShortFormIsPartOfItsNameAndThePlaceAfterIsNot() {
        // "di ruang ICU Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto Jakarta Pusat Sejak Senin lalu"
        // (tempo.co, 12 September 2019)
        assertThat(after(new HospitalNamesakeRule(), "perawatan di Rumah/B-ORG Sakit/I-ORG Pusat/I-ORG Angkatan/I-ORG "
                + "Darat/I-ORG ( RSPAD ) Gatot/B-ORG Subroto/I-ORG Jakarta/I-ORG Pusat/I-ORG Sejak Senin"))
                .containsExactly("Rumah Sakit Pusat Angkatan Darat ( RSPAD ) Gatot Subroto/ORG", "Jakarta Pusat/LOC");
        // "meninggal dunia di Rumah Sakit Angkatan Darat (RSPAD) Gatot Subroto, Jakarta" (sindonews.com)
        assertThat(after(new HospitalNamesakeRule(), "di Rumah/B-ORG Sakit/I-ORG Angkatan/I-ORG Darat/I-ORG ( RSPAD ) "
                + "Gatot/B-PER Subroto/I-PER , Jakarta/B-LOC , pada"))
                .containsExactly("Rumah Sakit Angkatan Darat ( RSPAD ) Gatot Subroto/ORG", "Jakarta/LOC");
    }

    @Test
    void theNamesAfterAKindOfWorkAreTitlesAndACharactersNameNoPerson() {
        // "Fujisawa ditemani istrinya, Ayano Fujisawa yang membintangi serial televisi GTO, Kamen Rider Ryuki dan Kamen
        // Teacher"; "Ia adalah Yoshi Sudarso, yang berperan sebagai Blue Ranger alias Ranger Biru" (CNN Indonesia, 9 May
        // 2017)
        WorkTitleRule rule = new WorkTitleRule();
        assertThat(after(rule, "Ayano/B-PER Fujisawa/I-PER yang membintangi serial televisi GTO/B-ORG , Kamen/B-PER "
                + "Rider/I-PER Ryuki/I-PER dan Kamen/B-PER Teacher/I-PER ."))
                .containsExactly("Ayano Fujisawa/PER");
        assertThat(after(rule, "Yoshi/B-PER Sudarso/I-PER , yang berperan sebagai Blue/B-PER Ranger/I-PER alias"))
                .containsExactly("Yoshi Sudarso/PER");
        // a kind of work after a job title names the holder's trade: "sutradara film Joko Anwar"
        assertThat(after(rule, "kata sutradara film Joko/B-PER Anwar/I-PER ."))
                .containsExactly("Joko Anwar/PER");
    }

    @Test
    void aNameReadAsAPersonWithASmallNumberClosingThePhraseIsANumberedWork() {
        // "Dengan peluncuran Gears of War 4 untuk Xbox One ..., Titanfall 2, dan Watch Dogs 2 dalam beberapa bulan
        // mendatang"; "Kami menerima respon yang luar biasa untuk Forza Horizon 3, yang menjadi No 1" (Antara,
        // 17 October 2016)
        NumberedWorkRule rule = new NumberedWorkRule();
        assertThat(after(rule, "Titanfall/B-PER 2 , dan Watch/B-PER Dogs/I-PER 2 dalam beberapa bulan")).isEmpty();
        assertThat(after(rule, "untuk Forza/B-PER Horizon/I-PER 3 , yang menjadi")).isEmpty();
        // a player's minute: "Odise Roshi 79', Sokol Cikalleshi 82'"; "Emil Krafth (Javi Manquillo 67), Fabian
        // Schaar" (CLICK-ID, 10-16 September 2019)
        assertThat(after(rule, "Odise/B-PER Roshi/I-PER 79 ' , Sokol/B-PER Cikalleshi/I-PER 82 '"))
                .containsExactly("Odise Roshi/PER", "Sokol Cikalleshi/PER");
        assertThat(after(rule, "( Javi/B-PER Manquillo/I-PER 6 ) , Fabian/B-PER Schaar/I-PER"))
                .containsExactly("Javi Manquillo/PER", "Fabian Schaar/PER");
        // what is counted after the number: "Mahkamah Agung menghukum Fuad Amin 13 tahun penjara" (tempo.co,
        // 16 September 2019)
        assertThat(after(rule, "menghukum Fuad/B-PER Amin/I-PER 13 tahun penjara")).containsExactly("Fuad Amin/PER");
    }

    @Test
    void anEnglishJobTitleOpeningAnOrganisationsNameIsNoPartOfIt() {
        // "Dian Safitri, Head of Communications Uber Indonesia, menyebut layanan taksi Express" (CNN Indonesia,
        // 20 December 2016); "Josep Adrian merupakan mantan General Manager Garuda Indonesia Denpasar" (kompas.com,
        // 10 September 2019)
        EnglishTitleRule rule = new EnglishTitleRule();
        assertThat(after(rule, "Dian/B-PER Safitri/I-PER , Head/B-ORG of/I-ORG Communications/I-ORG Uber/I-ORG "
                + "Indonesia/I-ORG , menyebut"))
                .containsExactly("Dian Safitri/PER", "Uber Indonesia/ORG");
        assertThat(after(rule, "mantan General/B-ORG Manager/I-ORG Garuda/I-ORG Indonesia/I-ORG Denpasar/I-ORG ,"))
                .containsExactly("Garuda Indonesia Denpasar/ORG");
        // a title alone: "Chief Strategy Officer (CSO) Bukalapak Teddy Oetomo menerangkan" (sindonews.com,
        // 10 September 2019)
        assertThat(after(rule, "Chief/B-PER Strategy/I-PER Officer/I-PER ( CSO ) Bukalapak/B-ORG Teddy/B-PER Oetomo/I-PER"))
                .containsExactly("Bukalapak/ORG", "Teddy Oetomo/PER");
        // a field's word alone is no title: "perusahaan asing seperti General Electric dan Siemens" (tempo.co,
        // 11 September 2019)
        assertThat(after(rule, "seperti General/B-ORG Electric/I-ORG dan Siemens/B-ORG"))
                .containsExactly("General Electric/ORG", "Siemens/ORG");
    }

    @Test
    void aCompanyOfficersTitleOpensTheCompanyTheModelTypedAPersonOrAPlace() {
        // "CEO Starbucks, Howard Schultz menjelaskan jika four-level Reserve Roastery ..." (kumparan, May 2017)
        EnglishTitleRule rule = new EnglishTitleRule();
        assertThat(after(rule, "CEO/B-PER Starbucks/I-PER , Howard/B-PER Schultz/I-PER menjelaskan"))
                .containsExactly("Starbucks/ORG", "Howard Schultz/PER");
        // "Vincent Henry Iswaratioso adalah Co - Founder Indomog yang kini menjadi Country Head Alipay Indonesia"
        // (DailySocial, September 2017)
        assertThat(after(rule, "adalah Co - Founder/B-LOC Indomog/I-LOC yang kini"))
                .containsExactly("Indomog/ORG");
        // no person after a comma: the span stays the tagger's; a listed place after the title stays a place
        assertThat(after(rule, "kata CEO/B-PER Starbucks/I-PER kepada wartawan"))
                .containsExactly("CEO Starbucks/PER");
        assertThat(after(rule, "sebagai Founder/B-LOC Indonesia/I-LOC"))
                .containsExactly("Founder Indonesia/LOC");
        // other titles may open a person's name: "President Donald Trump, Melania Trump"
        assertThat(after(rule, "President/B-PER Donald/I-PER Trump/I-PER , Melania/B-PER Trump/I-PER"))
                .containsExactly("President Donald Trump/PER", "Melania Trump/PER");
    }

    @Test
    void aPrisonIsAnInstitution() {
        // "Itoc meninggal saat menjalani masa hukuman selama 7 tahun di penjara Lapas Sukamiskin, Bandung" (tempo.co,
        // 13 September 2019)
        assertThat(after(new OrganisationHeadRule(), "di penjara Lapas/B-LOC Sukamiskin/I-LOC , Bandung/B-LOC ."))
                .containsExactly("Lapas Sukamiskin/ORG", "Bandung/LOC");
    }

    @Test
    void aStreetNamedAfterAListedTownIsTheStreet() {
        // "ujar Hari di Balai Kota DKI Jakarta, Jalan Medan Merdeka Selatan, Senin" (kompas.com, 16 September 2019)
        ListedNameRule rule = new ListedNameRule(NamedEntityTagger.standard()::mayBeCommonWord);
        assertThat(after(rule, ", Jalan/B-LOC Medan/I-LOC Merdeka/I-LOC Selatan/I-LOC , Senin"))
                .containsExactly("Jalan Medan Merdeka Selatan/LOC");
    }

    @Test
    void aPlaceAfterAnOfficeHeadsTitleIsTheOffice() {
        // "Kapolres Bogor AKBP Andy M Dicky mengatakan, awalnya korban dibawa pergi" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new OfficeTitlePlaceRule(), "Kapolres/B-PER Bogor/I-PER AKBP/B-PER Andy/I-PER M/I-PER Dicky/I-PER mengatakan"))
                .containsExactly("Kapolres Bogor/ORG", "AKBP Andy M Dicky/PER");
        // "Kapolda Metro Jaya, Irjen Gatot Eddy Pramono menyampaikan" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new OfficeTitlePlaceRule(), "Kapolda Metro/B-LOC Jaya/I-LOC , Irjen Gatot/B-PER Eddy/I-PER Pramono/I-PER"))
                .containsExactly("Kapolda Metro Jaya/ORG", "Gatot Eddy Pramono/PER");
    }

    @Test
    void anOfficeHeadsTitleRunIntoItsTerritoryIsTheOffice() {
        // "Kapolda Sumatera Selatan (Sumsel) tersebut diuji kelayakan dan kepatutannya" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new OfficeTitlePlaceRule(), "Kapolda/B-LOC Sumatera/I-LOC Selatan/I-LOC ( Sumsel/B-LOC ) tersebut"))
                .containsExactly("Kapolda Sumatera Selatan/ORG", "Sumsel/LOC");
    }

    @Test
    void anOfficeHeadsTitleAndTerritoryBeforeACommaAndAPlaceIsTheOffice() {
        // "Insiden terjadi menjelang sertijab Kapolsek Torgamba, Labuhan Batu, Sumut, Rabu" (merdeka.com, 22 September 2016)
        assertThat(after(new OfficeTitlePlaceRule(), "sertijab Kapolsek/B-PER Torgamba/I-PER , Labuhan/B-LOC Batu/I-LOC , Sumut/B-LOC ,"))
                .containsExactly("Kapolsek Torgamba/ORG", "Labuhan Batu/LOC", "Sumut/LOC");
        // the holder after a title and before a place that is no address of the office stays a person
        assertThat(after(new OfficeTitlePlaceRule(), "kata Kapolri Tito/B-PER Karnavian/I-PER di Jakarta/B-LOC"))
                .containsExactly("Tito Karnavian/PER", "Jakarta/LOC");
    }

    @Test
    void namesListedAfterALanguageClosedByDanAreLanguages() {
        // "Twitter berbahasa Jepang, Korea, dan Mandarin tidak terpengaruh" (suara.com, 8 November 2017)
        assertThat(after(new LanguageNameRule(), "Twitter/B-ORG berbahasa Jepang/B-LOC , Korea/B-LOC , dan Mandarin/B-PER tidak"))
                .containsExactly("Twitter/ORG");
        // a person after the comma, no "dan" closing a list, is the person
        assertThat(after(new LanguageNameRule(), "kata guru bahasa Inggris/B-LOC , Siti/B-PER , kepada"))
                .containsExactly("Siti/PER");
    }

    @Test
    void aNameOpenedByALawsKindIsTheLaw() {
        // "Maka, harus hadir pemerintah di tengah-tengah masyarakat Kami tawarkan Perda Toleransi" (CNN Indonesia, 4 August 2017)
        assertThat(after(new LawNameRule(), "Kami tawarkan Perda/B-ORG Toleransi/I-ORG dan Raperda/B-PER ."))
                .isEmpty();
        // a board whose short form is a law's in capitals stays: "PP Muhammadiyah"
        assertThat(after(new LawNameRule(), "kata Ketua PP/B-ORG Muhammadiyah/I-ORG ."))
                .containsExactly("PP Muhammadiyah/ORG");
    }

    @Test
    void anEmbassyAndACivilServicePoliceAreOrganisations() {
        // "kata juru bicara Kedutaan Besar AS Molly Koscina kepada AFP" (ANTARA, 20 December 2017)
        assertThat(after(new OrganisationHeadRule(),
                "bicara Kedutaan/B-LOC Besar/I-LOC AS/I-LOC Molly/B-PER Koscina/I-PER kepada"))
                .containsExactly("Kedutaan Besar AS/ORG", "Molly Koscina/PER");
        // "disita Satpol PP Kota Tangerang Selatan di sejumlah tempat hiburan malam" (Pos Kota, 29 October 2017)
        assertThat(after(new OrganisationHeadRule(),
                "disita Satpol PP Kota/B-LOC Tangerang/I-LOC Selatan/I-LOC di sejumlah"))
                .containsExactly("Satpol PP Kota Tangerang Selatan/ORG");
    }

    @Test
    void aPersonAfterAnOfficeHeadsTitleWithNoHolderBehindIsTheHolder() {
        // "Minggu 15 September 2019, Kapolri Tito Karnavian dan Menteri Lingkungan Hidup" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new OfficeTitlePlaceRule(), "2019 , Kapolri Tito/B-PER Karnavian/I-PER dan Menteri"))
                .containsExactly("Tito Karnavian/PER");
    }

    @Test
    void aSiteNamedAfterTheBodyItHousesStaysAPlace() {
        // "saat mengamankan aksi unjuk rasa mahasiswa di Komplek Pemerintah Kabupaten Cianjur, 15 Agustus 2019" (CLICK-ID, 10-16 September 2019)
        assertThat(after(new OrganisationHeadRule(),
                "mahasiswa di Komplek/B-LOC Pemerintah/I-LOC Kabupaten/I-LOC Cianjur/I-LOC , 15"))
                .containsExactly("Komplek Pemerintah Kabupaten Cianjur/LOC");
        // "Pesawat CN295 saat ini sudah berada di Kompleks Lanud Roesmin Nurjadin, Pekanbaru." (CLICK-ID, 10-16 September 2019)
        assertThat(after(new OrganisationHeadRule(),
                "berada di Kompleks/B-LOC Lanud/I-LOC Roesmin/B-PER Nurjadin/I-PER , Pekanbaru/B-LOC ."))
                .containsExactly("Kompleks Lanud Roesmin Nurjadin/LOC", "Pekanbaru/LOC");
    }

    @Test
    void aPanelOfJudgesIsLeftOutOfTheCourtItSitsIn() {
        // "Majelis Hakim Pengadilan Negeri Bandung yang diketuai Daryanto memvonis Dedi", tempo.co, 11 September 2019
        assertThat(after(new CourtPanelRule(),
                "Majelis/B-ORG Hakim/I-ORG Pengadilan/I-ORG Negeri/I-ORG Bandung/I-ORG yang diketuai Daryanto/B-PER"))
                .containsExactly("Pengadilan Negeri Bandung/ORG", "Daryanto/PER");
    }

    @Test
    void aPanelOfJudgesAloneNamesNoOne() {
        // "Majelis Hakim menolak eksepsi", a panel named by no court
        assertThat(after(new CourtPanelRule(), "Majelis/B-ORG Hakim/I-ORG menolak eksepsi terdakwa")).isEmpty();
    }

    @Test
    void namesListedAfterAnAdministrativeKindArePlaces() {
        // the regencies of Papua, tempo.co and okezone.com, 10 September 2019
        assertThat(after(new PlaceListRule(),
                "yakni Kabupaten Keerom/B-PER , Puncak/B-LOC Jaya/I-LOC , Asmat/B-PER , Boven/B-PER Digoel/I-PER dan Yalimo"))
                .containsExactly("Keerom/LOC", "Puncak Jaya/LOC", "Asmat/LOC", "Boven Digoel/LOC", "Yalimo/LOC");
        assertThat(after(new PlaceListRule(), "Kabupaten-kabupaten tersebut yakni Keerom , Mappi dan Supiori/B-PER ."))
                .containsExactly("Keerom/LOC", "Mappi/LOC", "Supiori/LOC");
    }

    @Test
    void aPlaceAndAPersonOrAListOfOfficesAreNoListOfPlaces() {
        assertThat(after(new PlaceListRule(),
                "warga Kelurahan Mertasinga , Kecamatan Cilacap/B-LOC Utara/I-LOC , dan Maryono/B-PER ( 40 ) , warga"))
                .containsExactly("Cilacap Utara/LOC", "Maryono/PER");
        assertThat(after(new PlaceListRule(), "Pemerintah Kabupaten Bogor/B-LOC , Ade/B-PER Yasin/I-PER , mengatakan"))
                .containsExactly("Bogor/LOC", "Ade Yasin/PER");
        assertThat(after(new PlaceListRule(),
                "Kota Batam/B-LOC , Dinas/B-ORG Komunikasi/I-ORG dan/I-ORG Informasi/I-ORG Kota/I-ORG Batam/I-ORG , kata"))
                .containsExactly("Batam/LOC", "Dinas Komunikasi dan Informasi Kota Batam/ORG");
    }

    @Test
    void aProductsFeatureOrColourNamedAfterItsNounIsNoName() {
        // tempo.co, 10 September 2019: a phone's features and colours, which the model read as organisations
        assertThat(after(new ProductFeatureRule(),
                "dilengkapi fitur cerdas Ultra/B-ORG Game/I-ORG Mode/I-ORG serta vivo Multi-Turbo/B-ORG ."))
                .isEmpty();
        assertThat(after(new ProductFeatureRule(), "pilihan warna Sonic Blue dan Sonic/B-ORG Black/I-ORG . Vivo/B-ORG"))
                .containsExactly("Vivo/ORG");
    }

    @Test
    void whoseFeatureOrColourItIsStaysAName() {
        assertThat(after(new ProductFeatureRule(), "identik dengan warna khas Djarum/B-ORG ."))
                .containsExactly("Djarum/ORG");
        assertThat(after(new ProductFeatureRule(), "fitur Instagram Story Claudia/B-PER dibanjiri komentar"))
                .containsExactly("Claudia/PER");
    }

    @Test
    void wordsAfterTheEnglishOfOfANameAreNoPerson() {
        // kompas.com, 10 September 2019: a book of spells in a comic
        assertThat(after(new EnglishNameOfRule(), "Dari Book of Even/B-PER Odds/I-PER , Strange/B-PER mengambil mantra"))
                .containsExactly("Strange/PER");
    }

    @Test
    void aPlaceRunIntoItsListedProvinceIsTwoPlaces() {
        // sindonews.com, 16 September 2019
        assertThat(after(new RegionBeforeProvinceRule(),
                "Seorang bayi asal Banyuasin/B-LOC Sumatera/I-LOC Selatan/I-LOC meninggal setelah alami gangguan"))
                .containsExactly("Banyuasin/LOC", "Sumatera Selatan/LOC");
        // okezone.com, 12 September 2019: a police chief's title before his province names the office
        assertThat(after(new RegionBeforeProvinceRule(), "Kapolda/B-LOC Sumatera/I-LOC Selatan/I-LOC ( Sumsel/B-LOC )"))
                .containsExactly("Kapolda Sumatera Selatan/LOC", "Sumsel/LOC");
    }

    @Test
    void theNameBetweenARegionsHeadAndTheHolderIsTheRegion() {
        // sindonews.com, 10 September 2019
        assertThat(after(new RegionHeadPlaceRule(),
                "Bupati Tabalong/B-PER , H Anang/B-PER Syakhfiani/I-PER memberikan tantangan"))
                .containsExactly("Tabalong/LOC", "Anang Syakhfiani/PER");
        // tempo.co, September 2019: the mayor herself, her brother in apposition
        assertThat(after(new RegionHeadPlaceRule(),
                "Adik Wali Kota Airin/B-PER Rachmi/I-PER Diany/I-PER , Aldrin/B-PER Ramadian/I-PER , akan maju"))
                .containsExactly("Airin Rachmi Diany/PER", "Aldrin Ramadian/PER");
    }

    @Test
    void anOfficesHeadUntaggedWithItsShortFormAndRegionIsOneOrganisation() {
        // sindonews.com, 15 September 2019; tribunnews.com, 10 September 2019
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "anak-anak , Pemerintah Kabupaten ( Pemkab ) Merangin memutuskan"))
                .containsExactly("Pemerintah Kabupaten ( Pemkab ) Merangin/ORG");
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord),
                "Satuan/B-ORG Polisi/I-ORG Pamong/I-ORG Praja/I-ORG ( Satpol PP ) Karangasem/B-LOC mengerahkan"))
                .containsExactly("Satuan Polisi Pamong Praja ( Satpol PP ) Karangasem/ORG");
        // kompas.com, September 2019: the kind of region with its name, and alone where a link was stripped
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "Satuan/B-ORG Polisi/I-ORG Pamong/I-ORG Praja/I-ORG ( Satpol PP ) "
                + "Kecamatan/B-LOC Buleleng/I-LOC melakukan sidak"))
                .containsExactly("Satuan Polisi Pamong Praja ( Satpol PP ) Kecamatan Buleleng/ORG");
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "Satuan/B-ORG Polisi/I-ORG Pamong/I-ORG Praja/I-ORG ( Satpol PP ) "
                + "Kecamatan/B-LOC , bersama polisi"))
                .containsExactly("Satuan Polisi Pamong Praja/ORG", "Satpol PP/ORG", "Kecamatan/LOC");
        // an untagged head with no region after it is left as the model had it
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "bersama Pemerintah Kabupaten ( Pemkab ) untuk")).isEmpty();
    }

    @Test
    void anOfficesTitleAndRegionWithTheHolderAfterACommaIsTheOffice() {
        // sindonews.com, 15 September 2019
        assertThat(after(new OfficeTitlePlaceRule(), "ungkap Kadisdikbud/B-PER Merangin/I-PER , M/B-PER Zubir/I-PER K/I-PER ,"))
                .containsExactly("Kadisdikbud Merangin/ORG", "M Zubir K/PER");
    }

    @Test
    void anOfficeListingItsFieldsWithCommasBeforeItsRegionIsOneOrganisation() {
        OfficeFieldsRule rule = new OfficeFieldsRule(NamedEntityTagger.standard()::mayBeCommonWord);
        // kompas.com, 10 September 2019
        assertThat(after(rule, "Kepala Dinas/B-ORG Perhubungan/I-ORG , Komunikasi , dan Informasi Kudus/B-LOC "
                + "Abdul/B-PER Halid/I-PER ;"))
                .containsExactly("Dinas Perhubungan , Komunikasi , dan Informasi Kudus/ORG", "Abdul Halid/PER");
        assertThat(after(rule, "Kepala Dinas/B-ORG Pendidikan/I-ORG , Kepemudaan/B-LOC , dan Olahraga Kudus/B-LOC "
                + "Djoko/B-PER Susilo/I-PER ;"))
                .containsExactly("Dinas Pendidikan , Kepemudaan , dan Olahraga Kudus/ORG", "Djoko Susilo/PER");
        // offices listed one after another, and an agency's sciences with no region after them, stay apart
        assertThat(after(rule, "Dinas/B-ORG Kesehatan/I-ORG , Dinas/B-ORG Sosial/I-ORG , dan Dinas/B-ORG "
                + "Pendidikan/I-ORG Kudus/I-ORG"))
                .containsExactly("Dinas Kesehatan/ORG", "Dinas Sosial/ORG", "Dinas Pendidikan Kudus/ORG");
        assertThat(after(rule, "Badan/B-ORG Meteorologi/I-ORG , Klimatologi , dan Geofisika ( BMKG/B-ORG ) Jakarta/B-LOC"))
                .containsExactly("Badan Meteorologi/ORG", "BMKG/ORG", "Jakarta/LOC");
    }

    @Test
    void aNobleNameWrittenShortOpensThePersonsName() {
        // tribunnews.com, 10 September 2019
        assertThat(after(new NobleNameRule(), "di PDI-P/B-ORG diantaranya TB Rahmad/B-PER Sukendar/I-PER , Tomi/B-PER "
                + "Patria/I-PER , Kolonel Beben/B-PER"))
                .containsExactly("PDI-P/ORG", "TB Rahmad Sukendar/PER", "Tomi Patria/PER", "Beben/PER");
    }

    @Test
    void aUnitEndedOnItsForcesBareHeadIsTheForceWithItsPlace() {
        // tempo.co, 13 September 2019
        assertThat(after(new OrganisationHeadRule(), "ujar Kepala Unit/B-ORG Reserse/I-ORG Kriminal/I-ORG Polsek/I-ORG "
                + "Cipayung/B-LOC Inspektur Satu Budi/B-PER di Jakarta/B-LOC"))
                .containsExactly("Polsek Cipayung/ORG", "Budi/PER", "Jakarta/LOC");
    }

    @Test
    void basesAuctionHousesCustomsAndAnimalHealthCentresThatActAreOrganisations() {
        // sindonews.com, 16 September 2019; tempo.co, 14 September 2019
        assertThat(after(new OrganisationHeadRule(), "seperti Pangkalan/B-LOC Udara/I-LOC TNI/I-LOC AL/I-LOC "
                + "Juanda/I-LOC , Balai/B-LOC Lelang/I-LOC Artha/I-LOC , dan Indoarsip"))
                .containsExactly("Pangkalan Udara TNI AL Juanda/ORG", "Balai Lelang Artha/ORG");
        assertThat(after(new OrganisationHeadRule(), ", Bea Cukai Juanda gelar pemusnahan barang bukti"))
                .containsExactly("Bea Cukai Juanda/ORG");
        assertThat(after(new OrganisationHeadRule(), "Puskeswan/B-PER Ragunan/I-PER telah mengembalikan"))
                .containsExactly("Puskeswan Ragunan/ORG");
    }

    @Test
    void aPoliceOfficeWrittenOutWithItsLevelKeepsTheRegionItServes() {
        ListedNameRule rule = new ListedNameRule(NamedEntityTagger.standard()::mayBeCommonWord);
        // tempo.co, 12 September 2019
        assertThat(after(rule, "Lalu Linta Kepolisian/B-ORG Resor/I-ORG Jakarta/I-ORG Timur/I-ORG AKP/B-PER "
                + "Agus/I-PER Suparyanto/I-PER menyatakan"))
                .containsExactly("Kepolisian Resor Jakarta Timur/ORG", "AKP Agus Suparyanto/PER");
    }

    @Test
    void theRegenciesOfTheUpperRiverAreListedWhole() {
        // sindonews.com, 10 September 2019
        assertThat(after(new ListedNameRule(NamedEntityTagger.standard()::mayBeCommonWord),
                "pada Porprov tahun 2021 di Hulu Sungai/B-LOC Selatan/I-LOC ( HSS ) ."))
                .containsExactly("Hulu Sungai Selatan/LOC");
    }

    @Test
    void anInstitutionNamedAfterADoctorWrittenWithHisTitleInLowerCaseIsAnOrganisation() {
        // kompas.com, 16 September 2019
        assertThat(after(new OrganisationHeadRule(), "meninggal dunia di RSUD/B-LOC dr/I-LOC Soetomo/I-LOC "
                + "Surabaya/I-LOC , kata Direktur"))
                .containsExactly("RSUD dr Soetomo Surabaya/ORG");
        // kompas.com, 15 September 2019, where a link the scraper stripped took the town
        assertThat(after(new OrganisationHeadRule(), "pengadaan alat-alat kesehatan ( Alkes ) di RSUD/B-LOC dr/I-LOC "
                + "Rasidin/I-LOC , , Sumatera/B-LOC Barat/I-LOC ."))
                .containsExactly("RSUD dr Rasidin/ORG", "Sumatera Barat/LOC");
    }

    @Test
    void aNameReadAsAPersonInAListOfPlacesIsAPlace() {
        // tempo.co, 10 September 2019
        assertThat(after(new PersonAmongPlacesRule(), "yakni Halim/B-PER Perdanakusuma/I-PER , Karawang/B-LOC , "
                + "Walini/B-LOC , dan Tegal/B-LOC Luar ."))
                .containsExactly("Halim Perdanakusuma/LOC", "Karawang/LOC", "Walini/LOC", "Tegal/LOC");
        // a person beside two places, and a list holding an organisation, stay as they are
        assertThat(after(new PersonAmongPlacesRule(), "Anies/B-PER , Karawang/B-LOC dan Bandung/B-LOC"))
                .containsExactly("Anies/PER", "Karawang/LOC", "Bandung/LOC");
        assertThat(after(new PersonAmongPlacesRule(), "Panji/B-PER , Karawang/B-LOC , Bandung/B-LOC dan KPK/B-ORG"))
                .containsExactly("Panji/PER", "Karawang/LOC", "Bandung/LOC", "KPK/ORG");
        assertThat(after(new PersonAmongPlacesRule(), "Panji/B-PER , Karawang/B-LOC , Bandung/B-LOC , dan Dewi/B-PER"))
                .containsExactly("Panji/PER", "Karawang/LOC", "Bandung/LOC", "Dewi/PER");
    }

    @Test
    void aPlaceOfOriginRunIntoThePersonAfterItIsThePlaceThenThePerson() {
        OriginPlaceRule rule = new OriginPlaceRule(NamedEntityTagger.standard()::isCommonWord);
        // "Merdeka.com - Gelandang asal Jepang Keisuke Honda mengkonfirmasikan" (IndoSum, merdeka.com, 23 May 2017)
        assertThat(after(rule, "Gelandang asal Jepang/B-LOC Keisuke/I-LOC Honda/I-LOC mengkonfirmasikan"))
                .containsExactly("Jepang/LOC", "Keisuke Honda/PER");
        // a place that goes on with a common word or another listed place, or not after a word of origin, stays
        assertThat(after(rule, "Mahasiswa asal Papua/B-LOC Barat/I-LOC Daya/I-LOC itu"))
                .containsExactly("Papua Barat Daya/LOC");
        assertThat(after(rule, "warga asal Bogor/B-LOC Jakarta/I-LOC"))
                .containsExactly("Bogor Jakarta/LOC");
        assertThat(after(rule, "Gelandang Jepang/B-LOC Keisuke/I-LOC Honda/I-LOC"))
                .containsExactly("Jepang Keisuke Honda/LOC");
        // one word after the place is as often a company or the place's own ("asal Jerman BMW", okezone.com, 12
        // September 2019)
        assertThat(after(rule, "mobil asal Jerman/B-LOC BMW/I-LOC itu"))
                .containsExactly("Jerman BMW/LOC");
    }

    @Test
    void aStateReadAsAPersonInAnAddressIsAPlace() {
        // "melawan Cleveland Cavaliers di Quicken Loans Arena, Cleveland, Ohio, Amerika Serikat, Selasa" (IndoSum,
        // juara.net, 18 October 2017)
        assertThat(after(new PersonAmongPlacesRule(), "di Quicken/B-LOC Loans/I-LOC Arena/I-LOC , Cleveland/B-LOC , "
                + "Ohio/B-PER , Amerika/B-LOC Serikat/I-LOC , Selasa"))
                .containsExactly("Quicken Loans Arena/LOC", "Cleveland/LOC", "Ohio/LOC", "Amerika Serikat/LOC");
        // a person first, a person of two words, names joined by "dan" or closed by an unlisted place stay people
        assertThat(after(new PersonAmongPlacesRule(), "Anies/B-PER , Karawang/B-LOC , Indonesia/B-LOC"))
                .containsExactly("Anies/PER", "Karawang/LOC", "Indonesia/LOC");
        assertThat(after(new PersonAmongPlacesRule(), "di Cleveland/B-LOC , Kyrie/B-PER Irving/I-PER , Amerika/B-LOC "
                + "Serikat/I-LOC"))
                .contains("Kyrie Irving/PER");
        assertThat(after(new PersonAmongPlacesRule(), "Karawang/B-LOC , Dewi/B-PER dan Indonesia/B-LOC"))
                .contains("Dewi/PER");
        assertThat(after(new PersonAmongPlacesRule(), "Cleveland/B-LOC , Ohio/B-PER , Quicken/B-LOC Loans/I-LOC"))
                .contains("Ohio/PER");
    }

    @Test
    void aSiteWrittenWithItsShortFormBeforeItsPlaceIsOnePlace() {
        // "pemakaman Presiden Ri ke-3 BJ Habibie di Taman Makam Pahlawan (TMP) Kalibata, Jakarta Selatan"
        // (sindonews.com, 12 September 2019)
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "di Taman/B-LOC Makam/I-LOC Pahlawan/I-LOC ( TMP ) Kalibata/B-LOC , "
                + "Jakarta/B-LOC Selatan/I-LOC"))
                .containsExactly("Taman Makam Pahlawan ( TMP ) Kalibata/LOC", "Jakarta Selatan/LOC");
        // a long form holding a listed place is a name complete in itself: "ucap Ibas di Jakarta Convention Center
        // (JCC) Senayan, Jakarta" (CLICK-ID, 10 September 2019)
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord), "di Jakarta/B-LOC Convention/I-LOC Center/I-LOC ( JCC ) Senayan/B-LOC , "
                + "Jakarta/B-LOC"))
                .containsExactly("Jakarta Convention Center/LOC", "Senayan/LOC", "Jakarta/LOC");
        // a long form opening with a name is a region of its own: "Bupati Kotawaringin Barat (Kobar) Nurhidayah
        // meliburkan semua sekolah" (sindonews.com, 16 September 2019)
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord),
                "Bupati Kotawaringin/B-LOC Barat/I-LOC ( Kobar ) Nurhidayah/B-LOC meliburkan"))
                .doesNotContain("Kotawaringin Barat ( Kobar ) Nurhidayah/LOC");
        // a listed place after the brackets is where the site lies: "Kedutaan Besar (Kedubes) Amerika Serikat (AS) di
        // Jakarta turut menyampaikan ucapan dukacita" (sindonews.com, 11 September 2019)
        assertThat(after(new ShortFormRule(NamedEntityTagger.standard()::mayBeCommonWord),
                "Kedutaan/B-LOC Besar/I-LOC ( Kedubes ) Amerika/B-LOC Serikat/I-LOC ( AS ) di Jakarta/B-LOC turut"))
                .contains("Amerika Serikat/LOC");
    }

    @Test
    void aSecondKindOfRegionInsideANameOpensTheWiderRegion() {
        // "Bayi malang tersebut dari Desa Talang Buluh Kecamatan Talang Kelapa Kabupaten Banyuasin, Sumsel"
        // (sindonews.com, 16 September 2019)
        assertThat(after(nestedRegions(), "dari Desa/B-LOC Talang/I-LOC Buluh/I-LOC Kecamatan/I-LOC Talang/I-LOC "
                + "Kelapa/I-LOC Kabupaten/I-LOC Banyuasin/I-LOC , Sumsel/B-LOC"))
                .containsExactly("Desa Talang Buluh/LOC", "Kecamatan Talang Kelapa/LOC", "Kabupaten Banyuasin/LOC",
                        "Sumsel/LOC");
        // "Mewakili Pemkab Pasangkayu Provinsi Sulawesi Barat dan seluruh masyarakat" (sindonews.com, 12 September 2019)
        assertThat(after(nestedRegions(), "Mewakili Pemkab/B-ORG Pasangkayu/I-ORG Provinsi/I-ORG Sulawesi/I-ORG "
                + "Barat/I-ORG dan seluruh masyarakat"))
                .containsExactly("Pemkab Pasangkayu/ORG", "Provinsi Sulawesi Barat/LOC");
        // an office whose head says no kind keeps its region: "kampung kepala Dinas Pendidikan Kabupaten Kerinci"
        // (sindonews.com, 12 September 2019)
        assertThat(after(nestedRegions(), "kampung kepala Dinas/B-ORG Pendidikan/I-ORG Kabupaten/I-ORG "
                + "Kerinci/I-ORG ."))
                .containsExactly("Dinas Pendidikan Kabupaten Kerinci/ORG");
    }

    private static NestedRegionRule nestedRegions() {
        return new NestedRegionRule(NamedEntityTagger.standard()::isCommonWord);
    }

    @Test
    void anAddressRunIntoOnePlaceNamesEachOfItsPlaces() {
        // "Beberapa titik api yang dipadamkan pada Sabtu kemarin antara lain di Kerumutan Kabupaten Pelalawan."
        // (tempo.co, 15 September 2019)
        assertThat(after(nestedRegions(), "antara lain di Kerumutan/B-LOC Kabupaten/I-LOC Pelalawan/I-LOC ."))
                .containsExactly("Kerumutan/LOC", "Kabupaten Pelalawan/LOC");
        // "Kelurahan Bada 50 rumah, Kelurahan Bali Lingkungan Seporo 42 rumah" (IndoSum, the Dompu flood): a
        // neighbourhood after its quarter
        assertThat(after(nestedRegions(), "Kelurahan/B-LOC Bali/I-LOC Lingkungan/I-LOC Seporo/I-LOC 42 rumah"))
                .containsExactly("Kelurahan Bali/LOC", "Lingkungan Seporo/LOC");
        // a kind after an ordinary word is the place's own name: "kata Sutiaji di Balai Kota Malang" (Kompas.com,
        // 10 September 2019), "dipertemukan di Kantor Desa Sungai Kapas" (sindonews.com, 11 September 2019)
        assertThat(after(nestedRegions(), "kata Sutiaji/B-PER di Balai/B-LOC Kota/I-LOC Malang/I-LOC ."))
                .containsExactly("Sutiaji/PER", "Balai Kota Malang/LOC");
        assertThat(after(nestedRegions(), "dipertemukan di Kantor/B-LOC Desa/I-LOC Sungai/I-LOC Kapas/I-LOC ,"))
                .containsExactly("Kantor Desa Sungai Kapas/LOC");
        // after an acronym, the region an office serves: "silakan tanya ke BPBD Kota Sungaipenuh" (sindonews.com,
        // 15 September 2019)
        assertThat(after(nestedRegions(), "tanya ke BPBD/B-LOC Kota/I-LOC Sungaipenuh/I-LOC ,"))
                .containsExactly("BPBD Kota Sungaipenuh/LOC");
        // the region's government and its head's title: "di Kantor Wali Kota Jakarts Timur" (Kompas.com, CLICK-ID)
        assertThat(after(nestedRegions(), "di Kantor/B-LOC Wali/I-LOC Kota/I-LOC Jakarts/I-LOC Timur/I-LOC ,"))
                .containsExactly("Kantor Wali Kota Jakarts Timur/LOC");
        assertThat(after(nestedRegions(), "di Komplek/B-LOC Pemerintah/I-LOC Kabupaten/I-LOC Cianjur/I-LOC ,"))
                .containsExactly("Komplek Pemerintah Kabupaten Cianjur/LOC");
        // a rank after the kind: an office's place run into its holder, no address ("Menurut Kapolres Cirebon Kota
        // AKBP Roland Ronaldy", okezone.com, CLICK-ID, 10-16 September 2019)
        assertThat(after(nestedRegions(), "Menurut Kapolres Cirebon/B-LOC Kota/I-LOC AKBP/I-LOC Roland/I-LOC "
                + "Ronaldy/I-LOC ,")).containsExactly("Cirebon Kota AKBP Roland Ronaldy/LOC");
    }

    @Test
    void aSeatOfGovernmentWhereSomethingHappensIsAPlace() {
        // "menerima sejumlah mahasiswa dan tokoh Papua di Istana Negara, pada Selasa (10/9/2019)" (okezone.com,
        // 10 September 2019)
        assertThat(after(new SeatOfGovernmentPlaceRule(), "tokoh Papua/B-LOC di Istana/B-ORG Negara/I-ORG , pada Selasa"))
                .containsExactly("Papua/LOC", "Istana Negara/LOC");
        // the government it stands for stays the organisation: "Pejabat Istana menolak berkomentar."
        assertThat(after(new SeatOfGovernmentPlaceRule(), "Pejabat Istana/B-ORG menolak berkomentar ."))
                .containsExactly("Istana/ORG");
    }

    @Test
    void theLastWordsOfALongTitleAreNotItsHoldersName() {
        TitleTailRule rule = new TitleTailRule();
        // "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto dan Kepala Badan ..." (kompas.com,
        // 10 September 2019)
        assertThat(after(rule, "oleh Menteri Koordinator Bidang Politik , Hukum , dan Keamanan/B-PER Wiranto/I-PER dan"))
                .containsExactly("Wiranto/PER");
        // a title's word after another is the holder's: "yang dipimpin Direktur Utama Agung Wicaksono" (sindonews.com,
        // 11 September 2019)
        assertThat(after(rule, "dipimpin Direktur Utama Agung/B-PER Wicaksono/I-PER ."))
                .containsExactly("Agung Wicaksono/PER");
        // no title before it, the name stays whole: "Agung Laksono mengatakan"
        assertThat(after(rule, "Agung/B-PER Laksono/I-PER mengatakan")).containsExactly("Agung Laksono/PER");
        // a head word in lower case is no title: "mengalami luka berat di bagian kepala dan Rasio Tamba (19)"
        // (kompas.com, 15 September 2019)
        assertThat(after(rule, "di bagian kepala dan Rasio/B-PER Tamba/I-PER ( 19 )"))
                .containsExactly("Rasio Tamba/PER");
    }

    @Test
    void theUnitOfATitleIsNoPerson() {
        OfficeWordsPersonRule rule = new OfficeWordsPersonRule();
        // "jalan tol Jagorawi Km 36 arah Jakarta (Sentul Selatan)," kata Humas PT Jasa Marga Faiza Riani kepada
        // wartawan" (sindonews.com, 15 September 2019)
        assertThat(after(rule, "kata Humas/B-PER PT/B-ORG Jasa/I-ORG Marga/I-ORG Faiza/B-PER Riani/I-PER kepada"))
                .containsExactly("PT Jasa Marga/ORG", "Faiza Riani/PER");
        // "AF (39) dan A alias F (39) harus tunduk di tangan Satreskrim Polres Metro Jakarta Barat" (sindonews.com, 12 September 2019)
        assertThat(after(rule, "di tangan Satreskrim/B-PER Polres/B-ORG Metro/I-ORG Jakarta/I-ORG Barat/I-ORG ,"))
                .containsExactly("Polres Metro Jakarta Barat/ORG");
        // a title's word that is also a name stays someone's away from a body: "Menpora Imam Nahrawi"
        assertThat(after(rule, "kata Menpora Imam/B-PER Nahrawi/O .")).containsExactly("Imam/PER");
        // "Pelaksana Tugas Kepala Biro Humas Kementerian Komunikasi dan Informatika Ferdinandus Setu mengatakan"
        // (tempo.co, 10 September 2019): the bureau is no person
        assertThat(after(rule, "Kepala Biro/B-PER Humas/I-PER Kementerian/B-ORG Komunikasi/I-ORG"))
                .containsExactly("Kementerian Komunikasi/ORG");
    }

    @Test
    void aSpanOfTitleHeadsAloneIsNoName() {
        // "Timbalan Menteri Komunikasi dan Multimedia Malaysia, Datuk Jailani Johari, berkata" (IndoSum, Berita Harian
        // retold): the Malay deputy's title read as a place
        assertThat(after(new OfficeWordsPersonRule(), "Timbalan/B-LOC Menteri/O Komunikasi/O dan/O"))
                .isEmpty();
        // "Penyerahan secara simbolis dilakukan oleh Chairman FAPRA, Tan Sri William H J Cheng" (sindonews.com,
        // 16 September 2019)
        assertThat(after(new OfficeWordsPersonRule(), "oleh Chairman/B-PER FAPRA/B-ORG ,"))
                .containsExactly("FAPRA/ORG");
    }

    @Test
    void anAcademicTitleAfterAShortFormOpensItsHolder() {
        // "juga didampingi Wakil Dekan 1 Fakultas Hukum (FH) UNS Dr Pujiyono, serta dari Pascasarjana UNS Dr. Dwi
        // Pu..." (okezone.com, 12 September 2019)
        assertThat(after(new AcademicTitleHolderRule(), "( FH ) UNS/B-LOC Dr/I-LOC Pujiyono/I-LOC , serta"))
                .containsExactly("UNS/ORG", "Dr Pujiyono/PER");
        // a hospital named after a doctor stays whole: "dibawa ke RSUD dr Soedjati untuk diotopsi"
        assertThat(after(new AcademicTitleHolderRule(), "ke RSUD/B-ORG dr/I-ORG Soedjati/I-ORG untuk"))
                .containsExactly("RSUD dr Soedjati/ORG");
    }

    @Test
    void aNameFillingSingleQuotesIsATitle() {
        // "produser Kim Min - jong yang pernah memproduksi variety show populer' Real Men' akan bekerja sama dengan
        // produser Jae Young - jae dari' Infinite Challenge'" (kumparan, 3 December 2017)
        QuotedTitleRule rule = new QuotedTitleRule();
        assertThat(after(rule, "variety show populer ' Real/B-ORG Men/I-ORG ' akan bekerja sama")).isEmpty();
        assertThat(after(rule, "dari ' Infinite/B-PER Challenge/I-PER ' untuk")).isEmpty();
        // a show named after its host: "menjadi bintang tamu di acara 'Hotman Paris Show'" (tribunnews.com,
        // 10 September 2019)
        assertThat(after(rule, "di acara ' Hotman/B-PER Paris/I-PER Show/I-PER ' .")).isEmpty();
        // a nickname after its cue stays: "dipanggil 'Gus Lora' karena sematan Gus hanya untuk para kiai"
        // (tribunnews.com, 10 September 2019); a name only opening the quote is no title
        assertThat(after(rule, "dipanggil ' Gus/B-PER Lora/I-PER ' karena")).containsExactly("Gus Lora/PER");
        assertThat(after(rule, "' Hotman/B-PER Paris/I-PER bilang begitu '")).containsExactly("Hotman Paris/PER");
    }

    @Test
    void aKoreanGivenNameRunsOnThroughItsHyphen() {
        // "produser Kim Min - jong yang pernah memproduksi ... produser Jae Young - jae dari' Infinite Challenge'"
        // (kumparan, 3 December 2017)
        KoreanGivenNameRule rule = new KoreanGivenNameRule();
        assertThat(after(rule, "produser Kim/B-PER Min/I-PER - jong yang pernah"))
                .containsExactly("Kim Min - jong/PER");
        assertThat(after(rule, "produser Jae/B-PER Young/I-PER - jae dari")).containsExactly("Jae Young - jae/PER");
        // no syllable: the enclitic, an Indonesian word, a capitalised name after the hyphen
        assertThat(after(rule, "Ahok/B-PER - nya")).containsExactly("Ahok/PER");
        assertThat(after(rule, "Jokowi/B-PER - Ma'ruf/B-PER menang")).containsExactly("Jokowi/PER", "Ma'ruf/PER");
        assertThat(after(rule, "Budi/B-PER - sebagai ketua")).containsExactly("Budi/PER");
    }
}
