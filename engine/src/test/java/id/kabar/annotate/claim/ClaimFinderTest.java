package id.kabar.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {
    private final ClaimFinder finder = new ClaimFinder();

    private List<Claim> find(String body) {
        return find(body, List.of(), List.of(), List.of(), null);
    }

    private List<Claim> find(String body, List<Entity> entities, List<Quote> quotes, List<TimeMention> times,
                             LocalDate published) {
        Text text = new TextSegmenter().segment(body);
        List<Claim> claims = finder.find(text, entities, quotes, times, published);
        for (Claim c : claims) {
            assertThat(body.substring(c.start(), c.end())).isEqualTo(c.text());
        }
        return claims;
    }

    private static TimeMention time(String body, String text, String day) {
        int at = body.indexOf(text);
        return new TimeMention(text, LocalDate.parse(day), at, at + text.length());
    }

    /** An entity of {@code type} named {@code name} at each place the body writes it. */
    private static Entity named(String body, String name, EntityType type) {
        List<Span> spans = new java.util.ArrayList<>();
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
            spans.add(new Span(at, at + name.length()));
        }
        return new Entity(name, type, List.of(name), List.of(), spans);
    }

    /** kompas.com and tempo.co, 10 September 2019: the suspects of the Papua riots broken down by town. */
    @Test
    void aTallyTakesThePlaceItsClauseNamesNextToIt() {
        String body = "Sementara 13 tersangka terlibat kerusunan di Manokwari, 13 tersangka terlibat kerusuhan di Sorong."
                + " Kemudian Timika masih tetap 10 orang dan Deiyai 14 orang.";
        List<Entity> places = List.of(named(body, "Manokwari", EntityType.LOC), named(body, "Sorong", EntityType.LOC),
                named(body, "Timika", EntityType.LOC), named(body, "Deiyai", EntityType.LOC));
        assertThat(find(body, places, List.of(), List.of(), null)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(13.0, "tersangka di Manokwari"), tuple(13.0, "tersangka di Sorong"),
                tuple(10.0, "orang di Timika"), tuple(14.0, "orang di Deiyai"));
    }

    /**
     * kompas.com and tempo.co, 10 September 2019: in a series of counts by place, a name the entity stage took for
     * a person opens the next count as a place; after a count no place opens, a name does not.
     */
    @Test
    void aNameOpeningTheNextCountOfASeriesByPlaceIsAPlace() {
        String body = "\"Untuk Papua Barat, Manokwari ada 15 orang. Kemudian Sorong ada 11 orang,\" ujar Dedi.\n\n"
                + "Kemudian Fakfak ada 3 orang dan Teluk Bintani ada 1 orang.\n\n"
                + "Kemudian Timika masih tetap 10 orang dan Deiyai 14 orang.\n\nPolisi memeriksa 40 saksi."
                + " Dedi ada 2 orang saksi.";
        List<Entity> entities = List.of(named(body, "Papua Barat", EntityType.LOC), named(body, "Manokwari", EntityType.LOC),
                named(body, "Sorong", EntityType.LOC), named(body, "Fakfak", EntityType.PER),
                named(body, "Teluk Bintani", EntityType.LOC), named(body, "Timika", EntityType.LOC),
                named(body, "Deiyai", EntityType.PER), named(body, "Dedi", EntityType.PER));
        assertThat(find(body, entities, List.of(), List.of(), null)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(15.0, "orang di Manokwari"), tuple(11.0, "orang di Sorong"), tuple(3.0, "orang di Fakfak"),
                tuple(1.0, "orang di Teluk Bintani"), tuple(10.0, "orang di Timika"), tuple(14.0, "orang di Deiyai"),
                tuple(40.0, "saksi"), tuple(2.0, "saksi"));
    }

    /**
     * tempo.co, kompas.com and okezone.com, 16 September 2019: the seats of each party on the DPR committee on moving
     * the capital. The party opening a count is the group whose members it counts, and a count of the next party
     * listed without a counting word counts its members too; a verb between them, or a comma alone, makes the
     * organisation no group of the count.
     */
    @Test
    void anOrganisationOpeningACountIsTheGroupItCounts() {
        String body = "Anggota Pansus paling banyak berasal dari Partai Demokrasi Indonesia Perjuangan sebanyak enam"
                + " orang, diikuti dari Golkar sebanyak lima orang. Jumlah anggota pansus paling banyak berasal dari PDI"
                + " Perjuangan, yaitu sebanyak 6 orang. \"PDIP paling 6 orang, Golkar 5 dan saya salah satu dari 5 itu.\""
                + " Menurut KPK, 12 orang diperiksa. KPK memeriksa 7 orang saksi.";
        List<Entity> organisations = List.of(named(body, "Partai Demokrasi Indonesia Perjuangan", EntityType.ORG),
                named(body, "Golkar", EntityType.ORG), named(body, "PDI Perjuangan", EntityType.ORG),
                named(body, "PDIP", EntityType.ORG), named(body, "KPK", EntityType.ORG));
        assertThat(find(body, organisations, List.of(), List.of(), null))
                .extracting(Claim::value, Claim::unit, Claim::subject).containsExactly(
                tuple(6.0, "orang", "orang dari Partai Demokrasi Indonesia Perjuangan"),
                tuple(5.0, "orang", "orang dari Golkar"), tuple(6.0, "orang", "orang dari PDI Perjuangan"),
                tuple(6.0, "orang", "orang dari PDIP"), tuple(5.0, "orang", "orang dari Golkar"), tuple(5.0, null, null),
                tuple(12.0, "orang", "orang"), tuple(7.0, "orang", "saksi"));
    }

    /**
     * sindonews.com, 16 September 2019: the seats of each party on the DPR committee on moving the capital, listed
     * party by party with no counting word, count the parties' members; organisations of one name numbered in a list
     * ({@code Pelindo 1, Pelindo 2}, tempo.co, 12 September 2019) and a number after a single organisation count
     * nothing.
     */
    @Test
    void bareCountsListedOrganisationByOrganisationCountTheirMembers() {
        String body = "Kemudian di antara pimpinan itu siapa ketuanya. PDIP 6, Golkar 5, sisanya sesuai porsi."
                + " Hadir Lion Air, Pelindo 1, Pelindo 2 dan ASDP. Golkar 5 tahun lalu menang.";
        List<Entity> organisations = List.of(named(body, "PDIP", EntityType.ORG), named(body, "Golkar", EntityType.ORG),
                named(body, "Lion Air", EntityType.ORG), named(body, "Pelindo", EntityType.ORG),
                named(body, "ASDP", EntityType.ORG));
        assertThat(find(body, organisations, List.of(), List.of(), null))
                .extracting(Claim::value, Claim::unit, Claim::subject).containsExactly(
                tuple(6.0, "anggota", "anggota dari PDIP"), tuple(5.0, "anggota", "anggota dari Golkar"));
    }

    /**
     * okezone.com, 12 September 2019: an organisation after {@code maupun} or {@code di} is where the counted are, not
     * the group they belong to.
     */
    @Test
    void anOrganisationListedAsAPlaceIsNoGroupOfTheCount() {
        String body = "Jumlah jemaah haji yang masih dirawat di Rumah Sakit Arab Saudi maupun KKHI sebanyak 102 orang."
                + " Pasien yang dirawat di KKHI sebanyak 40 orang.";
        List<Entity> organisations = List.of(named(body, "KKHI", EntityType.ORG));
        assertThat(find(body, organisations, List.of(), List.of(), null))
                .extracting(Claim::value, Claim::subject).doesNotContain(tuple(102.0, "orang dari KKHI"),
                        tuple(40.0, "orang dari KKHI"))
                .extracting(t -> t.toList().get(0)).contains(102.0, 40.0);
    }

    /**
     * kompas.com and tempo.co, 10 and 11 September 2019: people entered into the wanted list are counted as the
     * wanted; a place before a list joint is the place of the list's previous item, not the next count's.
     */
    @Test
    void peopleCountedIntoARoleCountTheRoleAndAListedPlaceStaysWithItsItem() {
        String body = "Khusus di Sorong, polisi juga memasukkan 11 orang ke dalam Daftar Pencarian Orang (DPO)."
                + " \"Satu DPO di Manokwari dan 11 DPO di Kota Sorong,\" ujar Krey. Polisi memeriksa 5 orang di Manokwari.";
        List<Entity> places = List.of(named(body, "Manokwari", EntityType.LOC));
        assertThat(find(body, places, List.of(), List.of(), null)).extracting(Claim::value, Claim::unit, Claim::subject)
                .containsExactly(tuple(11.0, "dpo", "DPO"), tuple(11.0, "dpo", "DPO"),
                tuple(5.0, "orang", "orang di Manokwari"));
    }

    /**
     * kompas.com and tempo.co, 10 September 2019: a tally that is the whole of a named total says so in its
     * subject; a total word followed by its predicate ({@code total sebanyak 30 orang}) names no total.
     */
    @Test
    void aTallyThatAWholeNamedTotalComesToIsThatTotal() {
        String body = "Jumlah tersangka pelaku kerusuhan di Jakarta, Senin (9/9/2019), bertambah menjadi 87 orang."
                + " Sebelumnya kepolisian menyampaikan, total tersangka sebanyak 78 orang."
                + " Dedi menjelaskan, untuk Papua Barat, total sebanyak 30 orang."
                + " Total jenderal, hingga saat ini ada 96 orang sebagai tersangka.";
        assertThat(find(body)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(87.0, "jumlah tersangka"), tuple(78.0, "total tersangka"), tuple(30.0, "orang"),
                tuple(96.0, "total orang"));
    }

    /** okezone.com, 13 September 2019: a total the figure is taken from is the whole, not what the figure counts. */
    @Test
    void aFigureTakenFromATotalIsNoTotal() {
        String body = "\"Sebanya 198 jamaah yang sakit berhasil kt pulangkan,\" kata Eka. Dia menjelaskan, dari jumlah"
                + " tersebut, sebanyak 110 jamaah diterbangkan pulang melalui Bandara Jeddah.";
        assertThat(find(body)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(198.0, "jamaah"), tuple(110.0, "jamaah"));
    }

    /** tempo.co, 10 September 2019: people wanted by the police ({@code DPO}) are counted like other people. */
    @Test
    void peopleWantedAreCounted() {
        String body = "Polda juga menetapkan 12 orang sebagai DPO. \"Satu DPO di Manokwari dan 11 DPO di Kota Sorong,\""
                + " ujar Krey.";
        assertThat(find(body)).extracting(Claim::value, Claim::unit).containsExactly(tuple(12.0, "orang"),
                tuple(11.0, "dpo"));
    }

    /** kompas.com, 16 September 2019: a ship's crew written short ({@code ABK}) is counted like other people. */
    @Test
    void aShipsCrewWrittenShortIsCounted() {
        String body = "Lima anak buah kapal (ABK) KM Sumber Nelayan 26 ditemukan selamat. Tiga ABK saat ini masih berada di"
                + " rumah Babinsa setempat, sedangkan dua ABK lain berada di rumah warga.";
        assertThat(find(body)).extracting(Claim::value, Claim::unit).contains(tuple(3.0, "abk"), tuple(2.0, "abk"));
    }

    /** A place that has or does what is counted is no place of the count (tempo.co and okezone.com, 2019). */
    @Test
    void aPlaceThatHasOrDoesWhatIsCountedIsNotWhereItStands() {
        String body = "Untuk atraksi Garut mempunyai 123 event. Turki dan Prancis sama-sama memiliki 12 poin.";
        List<Entity> places = List.of(named(body, "Garut", EntityType.LOC), named(body, "Turki", EntityType.LOC),
                named(body, "Prancis", EntityType.LOC));
        assertThat(find(body, places, List.of(), List.of(), null)).extracting(Claim::subject)
                .noneMatch(subject -> subject != null && subject.contains(" di "));
    }

    /** tempo.co, 10 September 2019: an office stands for its town, and places listed together are read as one. */
    @Test
    void anOfficeStandsForItsTownAndListedPlacesAreOne() {
        String body = "Dari 40 laporan polisi di Polres Manokwari ditetapkan 13 tersangka."
                + " Tersangka kerusuhan di Papua dan Papua Barat kini berjumlah 85 orang."
                + " Untuk Papua Barat, Manokwari ada 15 orang.";
        List<Entity> places = List.of(named(body, "Polres Manokwari", EntityType.ORG),
                new Entity("Manokwari", EntityType.LOC, List.of("Manokwari"), List.of(), List.of(
                        new Span(body.lastIndexOf("Manokwari"), body.lastIndexOf("Manokwari") + 9))),
                named(body, "Papua Barat", EntityType.LOC), new Entity("Papua", EntityType.LOC, List.of("Papua"),
                        List.of(), List.of(new Span(body.indexOf("Papua dan"), body.indexOf("Papua dan") + 5))));
        assertThat(find(body, places, List.of(), List.of(), null)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(40.0, "laporan polisi di Polres Manokwari"), tuple(13.0, "tersangka di Polres Manokwari"),
                tuple(85.0, "orang di Papua dan Papua Barat"), tuple(15.0, "orang di Manokwari"));
    }

    @Test
    void casualtyCountWithSourceAndDay() {
        String body = "Berdasarkan catatan pemerintah setempat, setidaknya 137 orang tewas akibat gempuran Rusia"
                + " sepanjang hari pertama invasi pada Kamis. (Ade/cnn)";
        List<Claim> claims = find(body, List.of(), List.of(),
                List.of(time(body, "hari pertama invasi pada Kamis", "2022-02-24")), LocalDate.of(2022, 2, 25));
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("setidaknya 137 orang tewas");
            assertThat(c.category()).isEqualTo(ClaimCategory.KILLED);
            assertThat(c.value()).isEqualTo(137);
            assertThat(c.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(c.unit()).isEqualTo("orang");
            assertThat(c.subject()).isEqualTo("orang");
            assertThat(c.claimant()).isEqualTo("pemerintah setempat");
            assertThat(c.asOf()).isEqualTo("2022-02-24");
        });
    }

    @Test
    void countOpeningTheNextSentenceContinuesTheCasualtyCount() {
        List<Claim> claims = find("Akibat dari invasi Rusia ke Ukraina dilaporkan bahwa setidaknya 136 orang telah"
                + " tewas. 137 orang terdiri dari tentara dan warga sipil.");
        assertThat(claims).extracting(Claim::text, Claim::category, Claim::value, Claim::qualifier, Claim::subject,
                Claim::claimant).containsExactly(
                tuple("setidaknya 136 orang telah tewas", ClaimCategory.KILLED, 136.0, Qualifier.AT_LEAST, "orang",
                        null),
                tuple("137 orang terdiri dari tentara dan warga sipil", ClaimCategory.KILLED, 137.0, Qualifier.EXACT,
                        "tentara dan warga sipil", null));
    }

    @Test
    void countRunningSinceADayStandsAsOfPublication() {
        String body = "Ukraina mengatakan lebih dari 350 warga sipil telah tewas sejak Moskow melancarkan serangannya"
                + " Kamis lalu.";
        Entity ukraina = new Entity("Ukraina", EntityType.LOC, List.of("Ukraina"), List.of(), List.of(new Span(0, 7)));
        List<Claim> claims = find(body, List.of(ukraina), List.of(),
                List.of(time(body, "Kamis lalu", "2022-02-24")), LocalDate.of(2022, 3, 1));
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("lebih dari 350 warga sipil telah tewas");
            assertThat(c.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(c.subject()).isEqualTo("warga sipil");
            assertThat(c.claimant()).isEqualTo("Ukraina");
            assertThat(c.asOf()).isEqualTo("2022-03-01");
        });
    }

    @Test
    void speakerOfTheQuoteAClaimSitsInClaimsIt() {
        String body = "\"Sebanyak 12 orang meninggal dunia dan 5 orang hilang,\" kata Sutopo di Jakarta.";
        Quote quote = new Quote("Sebanyak 12 orang meninggal dunia dan 5 orang hilang", QuoteKind.DIRECT,
                "Sutopo Purwo Nugroho", EntityType.PER, "kata", 1, body.indexOf(",\""));
        List<Claim> claims = find(body, List.of(), List.of(quote), List.of(), null);
        assertThat(claims).extracting(Claim::category, Claim::value, Claim::claimant).containsExactly(
                tuple(ClaimCategory.KILLED, 12.0, "Sutopo Purwo Nugroho"),
                tuple(ClaimCategory.MISSING, 5.0, "Sutopo Purwo Nugroho"));
    }

    @Test
    void listOfOutcomesEachWithItsOwnWord() {
        List<Claim> claims = find("Kepala Pusat Data Informasi dan Humas BNPB, Sutopo Purwo Nugroho menjelaskan longsor"
                + " menyebabkan 3 unit rumah rusak berat, 2 orang luka berat (Cecep Rahmat, 24 tahun dan Asep"
                + " Suparmin 45 tahun), dan 3 orang luka ringan.");
        assertThat(claims).extracting(Claim::category, Claim::value, Claim::subject).containsExactly(
                tuple(ClaimCategory.COUNT, 3.0, "rumah"),
                tuple(ClaimCategory.INJURED, 2.0, "orang"),
                tuple(ClaimCategory.INJURED, 3.0, "orang"));
    }

    @Test
    void outcomeWordBeforeTheNumber() {
        assertThat(find("Bukavu (ANTARA News) - Tentara menembak mati 36 pengungsi Burundi dalam bentrokan.")
                .get(0)).extracting(Claim::category, Claim::value, Claim::subject)
                .containsExactly(ClaimCategory.KILLED, 36.0, "pengungsi Burundi");
        assertThat(find("Dari kegiatan OTT itu, kata Febri, KPK mengamankan lima orang dan kelimanya sedang dibawa"
                + " ke gedung KPK.").get(0)).extracting(Claim::category, Claim::value)
                .containsExactly(ClaimCategory.ARRESTED, 5.0);
    }

    @Test
    void outcomeWordOfAnEarlierCountIsNotTheNextOnes() {
        // Jasa Marga on the Jagorawi toll road crash (Kompas.com, 15 September 2019): the dead are three, the five
        // taken to another hospital are the injured it breaks down next
        List<Claim> claims = find("\"Tiga orang korban meninggal dunia langsung dibawa ke RSUD Ciawi, lima orang yang"
                + " dibawa ke RS EMC Sentul merupakan tiga orang luka berat dan 2 orang luka ringan, serta satu orang"
                + " luka berat di bawa ke RS Bina Husada Cibinong,\" kata Irra dalam keterangan tertulis.");
        assertThat(claims).extracting(Claim::category, Claim::value, Claim::text).containsExactly(
                tuple(ClaimCategory.KILLED, 3.0, "Tiga orang korban meninggal dunia"),
                tuple(ClaimCategory.COUNT, 5.0, "lima orang"),
                tuple(ClaimCategory.INJURED, 3.0, "tiga orang luka berat"),
                tuple(ClaimCategory.INJURED, 2.0, "2 orang luka ringan"),
                tuple(ClaimCategory.INJURED, 1.0, "satu orang luka berat"));
        assertThat(find("Kecelakaan tunggal tersebut mengakibatkan 9 orang menjadi korban antara lain, 3 orang meninggal"
                + " dunia di TKP dan 6 orang mengalami luka berat dan ringan.")).extracting(Claim::text)
                .contains("6 orang mengalami luka berat dan ringan");
    }

    @Test
    void outcomeBeforeAContrastingClauseIsNotItsCount() {
        // the Pertamina mooring boat sunk off Belawan (okezone.com, 11 September 2019): the master died, his three
        // crew saved themselves
        assertThat(find("Akibat insiden itu, nakohda kapal tewas, sementara tiga anak buahnya berhasil menyelematkan"
                + " diri.")).extracting(Claim::category, Claim::value, Claim::text)
                .containsExactly(tuple(ClaimCategory.COUNT, 3.0, "tiga anak buahnya"));
    }

    @Test
    void countOfAllTheVictimsIsNoItemOfAList() {
        // the Bogor police on the same crash (Kompas.com, 15 September 2019)
        List<Claim> claims = find("\"Data sementara ada 9 korban, 3 orang meninggal dunia di tempat 3 orang luka"
                + " berat, dan 3 orang luka ringan,\" ujar dia.");
        assertThat(claims).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.COUNT, 9.0),
                tuple(ClaimCategory.KILLED, 3.0),
                tuple(ClaimCategory.INJURED, 3.0),
                tuple(ClaimCategory.INJURED, 3.0));
    }

    @Test
    void displacedArrestedAndAffected() {
        assertThat(find("Untuk mengantisipasi longsor susulan di Kecamatan Cililin maka 151 KK diungsikan sementara"
                + " di tempat yang aman.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.DISPLACED, 151.0));
        assertThat(find("\"Tiga tersangka diamankan,\" papar Kompol Subowo.")).extracting(Claim::category,
                Claim::value, Claim::claimant).containsExactly(tuple(ClaimCategory.ARRESTED, 3.0, "Kompol Subowo"));
        assertThat(find("Sebanyak 45 warga dievakuasi ke posko pengungsian.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.AFFECTED);
    }

    @Test
    void seizedGoodsAreCountsNotArrests() {
        assertThat(find("Petugas menyita 40 ekor pari manta yang berhasil diamankan petugas Polres Lembata."))
                .extracting(Claim::category).containsExactly(ClaimCategory.COUNT);
    }

    @Test
    void moneyAndPercentWithTheirHedges() {
        List<Claim> claims = find("Pemkot Bandung menyediakan dana sebesar Rp 50 miliar lebih yang diambil dari APBD."
                + " Dengan sekitar 95 persen suara yang masuk, VVD memimpin penghitungan.");
        assertThat(claims).extracting(Claim::category, Claim::value, Claim::qualifier, Claim::unit).containsExactly(
                tuple(ClaimCategory.MONEY, 50e9, Qualifier.MORE_THAN, "rupiah"),
                tuple(ClaimCategory.PERCENT, 95.0, Qualifier.ABOUT, "persen"));
    }

    @Test
    void vagueRoundNumbersAreNotClaims() {
        assertThat(find("Jumlahnya tidak tanggung-tanggung dikabarkan mencapai miliaran rupiah yaitu Rp 1,8 miliar."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.MONEY, 1.8e9));
        assertThat(find("Ribuan warga mengungsi ke dataran tinggi setelah banjir bandang.")).isEmpty();
        assertThat(find("Aksi pagi ini akan melibatkan hingga 15 ribu demonstran dari berbagai elemen."))
                .extracting(Claim::value, Claim::qualifier).containsExactly(tuple(15_000.0, Qualifier.AT_MOST));
    }

    @Test
    void peopleAndThingsTalliedWithoutAnOutcome() {
        assertThat(find("Red notice adalah permintaan penangkapan kepada seluruh anggota Interpol di 180 negara."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 180.0));
        assertThat(find("Penasihat itu mengatakan penyisiran kali ini akan melibatkan 460 personel gabungan."))
                .extracting(Claim::subject).containsExactly("personel gabungan");
    }

    @Test
    void yearsDurationsOrdinalsAndOneOfManyAreNotClaims() {
        assertThat(find("Pada Juni 2015, Haradinaj ditangkap oleh kepolisian Slovenia namun dibebaskan dua hari"
                + " kemudian.")).isEmpty();
        assertThat(find("Larangan itu dapat menimbulkan korban jiwa dengan ancaman 20 tahun.")).isEmpty();
        assertThat(find("Salah satu korban yang terluka adalah warga Turki.")).isEmpty();
        assertThat(find("Perundingan itu merupakan putaran keempat yang melibatkan pejabat tinggi dari kedua"
                + " negara.")).isEmpty();
        assertThat(find("Mereka diserang dari tiga sisi, yaitu Belarus di utara dan Crimea di selatan.")).isEmpty();
        assertThat(find("Pertemuan itu diharapkan dapat menghentikan perang di antara dua negara.")).isEmpty();
        assertThat(find("Gempa 2004 menewaskan warga di pesisir Aceh.")).isEmpty();
    }

    @Test
    void agesYearsBeforeNounsAndOutcomesOfOtherThingsAreNotCounts() {
        assertThat(find("Pengunjuk rasa lain berusia 20 tahunan dilaporkan tewas dalam perjalanan.")).isEmpty();
        assertThat(find("Pada 2015 kasus gizi buruk di Bandung pun berhasil diturunkan.")).isEmpty();
        // the phones found are a tally of things, as they are in digits, not a toll
        assertThat(find("Polisi menemukan barang milik korban yang tewas dalam perampokan itu, antara lain empat"
                + " telepon genggam.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 4.0));
    }

    @Test
    void countedNounStopsBeforeAnEnumeration() {
        assertThat(find("Tim itu terdiri dari tiga orang anggota yakni Antonius Adi Prasetya dan Aktivani Naza."))
                .extracting(Claim::subject).containsExactly("anggota");
    }

    @Test
    void countedNounCanCarryTheOutcome() {
        assertThat(find("Saat ini sudah ada lebih dari 400 ribu pengungsi Rohingya di Bangladesh.")).extracting(
                Claim::category, Claim::value, Claim::qualifier)
                .containsExactly(tuple(ClaimCategory.DISPLACED, 400_000.0, Qualifier.MORE_THAN));
    }

    @Test
    void numberAfterAPassiveVerbIsTheAgentNotTheVictims() {
        assertThat(find("Seorang pemuda 24 tahun luka dianiaya empat pria di halte Bus Transjakarta, Senayan."))
                .extracting(Claim::category).containsExactly(ClaimCategory.COUNT);
    }

    @Test
    void priceListStartingFromIsALowerBound() {
        assertThat(find("Harga tiket konser Taeyang di Jakarta bervariasi mulai Rp 1.200.000 (CAT 3).")).extracting(
                Claim::category, Claim::value, Claim::qualifier)
                .containsExactly(tuple(ClaimCategory.MONEY, 1_200_000.0, Qualifier.AT_LEAST));
    }

    @Test
    void claimantWithoutAdverbsAndPronounCuesLeftToQuotes() {
        assertThat(find("Saat ini MyNurz mengklaim telah melayani lebih dari 350 pasien.")).extracting(Claim::claimant)
                .containsExactly("MyNurz");
        assertThat(find("\u201c Surplus itu bersumber dari surplus nonmigas sebesar US$ 14,4 miliar, \u201d ungkapnya"
                + " dalam keterangan resmi, Rabu (18/1).")).extracting(Claim::claimant).containsOnlyNulls();
    }

    @Test
    void listedCountsShareTheOutcomeWordAfterThem() {
        assertThat(find("Lebih dari satu juta anak Yahudi, dua juta wanita Yahudi dan tiga juta pria Yahudi tewas"
                + " dalam pembantaian ini.")).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.KILLED, 1e6), tuple(ClaimCategory.KILLED, 2e6), tuple(ClaimCategory.KILLED, 3e6));
    }

    @Test
    void aSourceReportedAsSuchAndAStatementAttributedLaterInItsParagraph() {
        // tempo.co, 13 September 2019
        assertThat(find("Seperti dilaporkan CNN, 13 September 2019, kekurangan anggaran saat ini melebihi defisit"
                + " setahun penuh untuk fiskal 2018, yaitu US$ 898 miliar (Rp 12.523 triliun)."))
                .extracting(Claim::claimant).containsExactly("CNN", "CNN");
        // tempo.co, 12 September 2019
        String body = "Di sektor produksi, penyaluran ke sub-sektor pertanian tercatat sebesar Rp 2,61 triliun. Khusus"
                + " ke sub-sektor Industri Pengolahan, kata Don, KUR yang diberikan mencapai Rp 558,19 miliar.\n\nSecara"
                + " regional, penyaluran KUR terbesar dilakukan di Jawa Timur dengan total limit Rp 3,21 triliun.";
        int said = body.indexOf("KUR yang");
        Quote don = new Quote("KUR yang diberikan mencapai Rp 558,19 miliar", QuoteKind.INDIRECT, "Donsuwan Simatupang",
                EntityType.PER, "kata", said, body.indexOf(".\n\n"));
        assertThat(find(body, List.of(), List.of(don), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(2.61e12, "Donsuwan Simatupang"), tuple(558.19e9, "Donsuwan Simatupang"),
                        tuple(3.21e12, "Donsuwan Simatupang"));
    }

    @Test
    void reportedSpeechRunningToTheEndOfAParagraphGoesOnInTheNext() {
        // sindonews.com, 11 September 2019
        String body = "Menurut dia, sebanyak1.017 pengendara ditilang pada pemberlakuan pagi, yakni di Jakarta Timur"
                + " terdapat 202 penindakan.\n\nDi Jakarta Barat sebanyak 242 penindakan dengan bukti yang disita SIM"
                + " 173.\n\nSat Patwal 6 penindakan dengan bukti yang disita 6 SIM dan 0 STNK dan Subdit Gakkum 231"
                + " penindakan.\n\nDi Jakarta Barat 104 penindakan dengan bukti yang disita SIM 91 dan STNK 13.";
        int said = body.indexOf("sebanyak1.017");
        Quote nasir = personSaying(body, said, body.indexOf(".\n\n"), QuoteKind.INDIRECT, "M Nasir", "menurut");
        assertThat(find(body, List.of(), List.of(nasir), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .contains(tuple(242.0, "M Nasir"), tuple(231.0, "M Nasir"), tuple(104.0, "M Nasir"),
                        tuple(13.0, "M Nasir"))
                .extracting(t -> t.toList().get(1)).containsOnly("M Nasir");
    }

    /**
     * sindonews.com, 11 September 2019: the traffic police's fines by district run four paragraphs after the statement,
     * and the fifth, naming the speaker again after its figures ({@code Menurut Nasir, ...}), is theirs too; when
     * another speaker opens it, its figures are no one's.
     */
    @Test
    void aStatementNamedAgainAfterTheFiguresOfItsRunClaimsThem() {
        String run = "Menurut dia, sebanyak1.017 pengendara ditilang pada pemberlakuan pagi.\n\n,Di Jakarta Barat"
                + " sebanyak 242 penindakan.\n\nSat Patwal 6 penindakan dan Subdit Gakkum 231 penindakan.\n\nDi Jakarta"
                + " Barat 104 penindakan dengan bukti yang disita SIM 91 dan STNK 13.\n\nSat Patwal 5 penindakan dengan"
                + " bukti yang disita 4 SIM dan 1 STNK serta Subdit Gakkum 180 penindakan. Menurut ";
        String closing = ", masih banyaknya pelanggaran yang terjadi di kawasan gage itu karena banyak yang baru melintas.";
        for (String closer : List.of("Nasir", "Kiman")) {
            String body = run + closer + closing;
            int said = body.indexOf("sebanyak1.017");
            Quote nasir = personSaying(body, said, body.indexOf(".\n\n"), QuoteKind.INDIRECT, "M Nasir", "menurut");
            int again = body.indexOf("masih banyaknya");
            Quote closes = personSaying(body, again, body.length() - 1, QuoteKind.INDIRECT,
                    closer.equals("Nasir") ? "M Nasir" : "Kiman Sumarwan", "menurut");
            assertThat(find(body, List.of(), List.of(nasir, closes), List.of(), null)).filteredOn(c -> c.value() == 180)
                    .extracting(Claim::claimant).containsExactly(closer.equals("Nasir") ? "M Nasir" : null);
        }
    }

    /**
     * tempo.co, 13 September 2019: the lead's figure is the minister's, who gives it again; a figure given again by
     * two sources is left to neither.
     */
    @Test
    void aFigureGivenAgainBySomeoneIsTheirsWhereTheArticleFirstGivesIt() {
        String body = "Pemerintah memutuskan menaikkan tarif cukai hasil tembakau (CHT) sebesar 23 persen pada tahun depan."
                + " Menteri Keuangan Sri Mulyani mengatakan penetapan itu mulai berlaku 1 Januari 2020. \"Kita akhirnya"
                + " memutuskan untuk kenaikan cukai rokok ditetapkan sebesar 23 persen,\" kata Sri Mulyani.";
        int open = body.indexOf("Kita akhirnya");
        Quote minister = personSaying(body, open, body.indexOf(",\""), QuoteKind.DIRECT, "Sri Mulyani", "kata");
        assertThat(find(body, List.of(), List.of(minister), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(23.0, "Sri Mulyani"), tuple(23.0, "Sri Mulyani"));
        String twice = body + " \"Naiknya 23 persen,\" kata Heru.";
        int heruSays = twice.indexOf("Naiknya");
        Quote heru = personSaying(twice, heruSays, twice.lastIndexOf(",\""), QuoteKind.DIRECT, "Heru", "kata");
        assertThat(find(twice, List.of(), List.of(minister, heru), List.of(), null)).extracting(Claim::claimant)
                .containsExactly(null, "Sri Mulyani", "Heru");
    }

    /** tempo.co, 10 September 2019: the DPR's third commission is named by its number, it counts nothing. */
    @Test
    void aCommissionNamedByItsNumberIsNoCount() {
        String body = "\"Kami berharap Komisi tiga jangan meragukan hasil kerja Pansel, jangan dengar omongan orang-orang"
                + " KPK, ICW, LBH, dan lain-lain. Komisi tiga tutup kuping dan segera pilih lima pimpinan KPK,\" kata Neta.";
        assertThat(find(body)).extracting(Claim::value, Claim::unit).containsExactly(tuple(5.0, "pimpinan"));
    }

    /** sindonews.com, 2019: a quality written before the noun it qualifies is not what is counted. */
    @Test
    void aQualityWrittenBeforeTheNounIsNotItsUnit() {
        String body = "Bahkan, tim pencarian bakat PB Djarum sempat mengalami kesulitan sehingga memberikan 14 super tiket"
                + " tambahan atau lebih banyak dari super tiket dari hasil babak turnamen (12 super tiket).";
        assertThat(find(body)).extracting(Claim::value, Claim::unit, Claim::subject)
                .contains(tuple(14.0, "tiket", "super tiket tambahan"));
    }

    /** kompas.com, 15 September 2019: "juga" between a number and what it counts is no part of it. */
    @Test
    void alsoBetweenANumberAndItsNounLeavesTheCount() {
        String body = "Kemudian, ada 25 juga rencana pendaratan pesawat. Namun, karena kondisi masih berkabut, 18"
                + " dibatalkan dan 7 pesawat kembali ke bandara asal.";
        assertThat(find(body)).extracting(Claim::value, Claim::unit)
                .contains(tuple(25.0, "rencana"), tuple(18.0, "rencana"));
    }

    /** sindonews.com, 2019: a side's points written after {@code poin} close its sentence. */
    @Test
    void pointsWrittenAfterTheirWordAreATally() {
        String body = "Berkat kemenangan ini Barcelona berhasil naik ke posisi keempat dari peringkat 10 di klasemen"
                + " dengan poin tujuh.";
        assertThat(find(body)).extracting(Claim::value, Claim::unit).containsExactly(tuple(7.0, "poin"));
    }

    /** tempo.co, 12 September 2019: the source of a lead's figure gives figures as the next paragraph opens. */
    @Test
    void aLeadsFigureIsTheSourcesWhoseStatementOpensTheNextParagraph() {
        String body = "Sebanyak 4.102 pelanggaran terjaring sepanjang dua pekan pelaksanaan , Jaya 2019 di wilayah"
                + " Tangerang Selatan.\n\n\"Dalam Operasi Patuh Jaya tahun ini, pelanggaran didominasi oleh kendaraan"
                + " roda dua sekitar 1.600 pelanggaran dan sisanya adalah mobil dan kendaraan khusus,\" kata Kepala"
                + " Satuan Lalu Lintas Polres Tangerang Selatan Ajun Komisaris Lalu Hedwin Hanggara.";
        int open = body.indexOf("Dalam Operasi");
        Quote hedwin = personSaying(body, open, body.indexOf(",\""), QuoteKind.DIRECT, "Lalu Hedwin Hanggara", "kata");
        assertThat(find(body, List.of(), List.of(hedwin), List.of(), null)).extracting(Claim::value,
                Claim::claimant).containsExactly(tuple(4102.0, "Lalu Hedwin Hanggara"),
                tuple(1600.0, "Lalu Hedwin Hanggara"));
    }

    /** sindonews.com, 10 September 2019: a statement without figures after the lead is about something else. */
    @Test
    void aLeadsFigureIsNotTheSourcesWhoseStatementGivesNone() {
        String body = "Sepuluh fraksi di DPR telah bersepakat untuk menambah jumlah Pimpinan MPR.\n\nKetua Umum (Ketum)"
                + " Partai Golkar, Airlangga Hartarto masih merasa bahwa posisi Ketua MPR adalah hak Golkar.";
        int said = body.indexOf("posisi Ketua");
        Quote airlangga = personSaying(body, said, body.length() - 1,
                QuoteKind.INDIRECT, "Airlangga Hartarto", "merasa");
        assertThat(find(body, List.of(), List.of(airlangga), List.of(), null)).extracting(Claim::claimant)
                .containsOnlyNulls();
    }

    /** tribunnews.com, 10 September 2019: a person quoted only after a sentence of narration is not the lead's source. */
    @Test
    void aLeadsFigureIsNotTheSourceQuotedAfterNarration() {
        String body = "Pada hari pertama pemberlakuan Ganjil Genap, kendaraan yang terjaring sebanyak 70 kendaraan."
                + "\n\nBanyak pelanggar yang pura-pura tidak tahu. \"Rata-rata sudah pada tahu,\" terang Ipda Deni"
                + " Setiawan.";
        int open = body.indexOf("Rata-rata");
        Quote deni = new Quote("Rata-rata sudah pada tahu", QuoteKind.DIRECT, "Deni Setiawan", EntityType.PER,
                "terang", open, body.indexOf(",\""));
        assertThat(find(body, List.of(), List.of(deni), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(70.0, null));
    }

    /** sindonews.com, 16 September 2019: a record's figures, in its sentence and the next of its paragraph. */
    @Test
    void aRecordShowingFiguresIsTheirSourceThroughItsParagraph() {
        String body = "Data Yahoo Finance menunjukkan rupiah masih menyusut menjadi Rp14.035/USD pada sesi penutupan atau"
                + " tidak lebih baik dari sebelumnya Rp13.960/USD. Pergerakan harian rupiah pada perdagangan hari ini"
                + " berada pada kisaran Rp13.946 sampai dengan Rp14.050/USD.\n\nPosisi ini memperlihatkan rupiah"
                + " lesu usai kemarin Rp13.950/USD.";
        assertThat(find(body)).extracting(Claim::value, Claim::claimant).containsExactly(
                tuple(14035.0, "Yahoo Finance"), tuple(13960.0, "Yahoo Finance"), tuple(13946.0, "Yahoo Finance"),
                tuple(14050.0, "Yahoo Finance"), tuple(13950.0, null));
    }

    /** okezone.com, 13 September 2019: {@code Melansir} names the source of its sentence's figures. */
    @Test
    void melansirNamesTheSource() {
        String body = "Melansir Soompi, Jumat (13/9/2019), film Bad Guys mengumpulkan 1 juta penonton hanya 3 hari"
                + " sejak perilisannya.";
        assertThat(find(body)).extracting(Claim::value, Claim::claimant).contains(tuple(1e6, "Soompi"));
    }

    /** sindonews.com, 12 September 2019: a source whose name the page lost is no claimant. */
    @Test
    void melansirWithoutANameNamesNoSource() {
        String body = "Melansir dari ,, indeks USD terhadap enam mata uang utama berada di 98,638 setelah sebelumnya"
                + " menguat di level 98,7.";
        assertThat(find(body)).isNotEmpty().extracting(Claim::claimant).containsOnlyNulls();
        // tempo.co, 13 September 2019: melansir after its subject, here a name the page lost
        assertThat(find("Namun, pernyataan sebagian pejabat Indonesia membuat pejabat Malaysia menjadi kecewa.,"
                + " melansir ada 222 titik api terdeteksi di kawasan Sumatera.")).isNotEmpty()
                .extracting(Claim::claimant).containsOnlyNulls();
    }

    /** sindonews.com, 10 September 2019: a ministry named by both its names forecasts the figure. */
    @Test
    void aSourceNamedWithASlashReportsTheFigure() {
        String body = "Kementerian PPN/Bappenas memprediksi bahwa pemindahan ibu kota negara Indonesia dari Jakarta ke"
                + " Kalimantan Timur akan meningkatkan arus perdagangan lebih dari 50% di kawasan Indonesia.";
        assertThat(find(body)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(50.0, "Kementerian PPN/Bappenas"));
    }

    /** tempo.co, 15 September 2019: what a monitoring agency detects is its count. */
    @Test
    void anAgencyDetectingTheFigureIsItsSource() {
        String body = "Badan Nasional Penanggulangan Bencana mendeteksi 27 titik api dengan kategori tinggi di Riau.";
        assertThat(find(body)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(27.0, "Badan Nasional Penanggulangan Bencana"));
    }

    /** sindonews.com, 11 September 2019, then tempo.co, 12 September 2019: a paragraph citing its own source. */
    @Test
    void aStatementGoesOnUntilAParagraphNamesASourceOfItsOwn() {
        String body = "Menurut dia, sebanyak1.017 pengendara ditilang pada pemberlakuan pagi.\n\nDi Jakarta Barat"
                + " sebanyak 242 penindakan dengan bukti yang disita SIM 173.\n\nDikutip dari ,, nilai perdagangan"
                + " Ukraina dan Indonesia pada 2017 mencapai 658 juta USD.";
        int said = body.indexOf("sebanyak1.017");
        Quote nasir = personSaying(body, said, body.indexOf(".\n\n"), QuoteKind.INDIRECT, "M Nasir", "menurut");
        assertThat(find(body, List.of(), List.of(nasir), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(1017.0, "M Nasir"), tuple(242.0, "M Nasir"), tuple(658e6, null));
    }

    /**
     * cnnindonesia.com, 22 November 2017: the labour office head's reported speech, its attribution put into its
     * sentence, closes the paragraph; the other districts' wages in the paragraphs after it are his.
     */
    @Test
    void aStatementWhoseSentenceClosesItsParagraphGoesOn() {
        String body = "Adapun penetapan UMK Tahun 2018 Jawa Barat tersebut, menurut Ferry dilakukan berdasarkan pada Pasal"
                + " 44 ayat 2 Peraturan Pemerintah Nomor 78 Tahun 2015 tentang Pengupahan.\n\nSelain Karawang UMK yang"
                + " cukup tinggi ditetapkan pada Kabupaten Bekasi Rp 3,91 juta, Kota Bogor Rp 3,56 juta.\n\nLalu Kota"
                + " Cirebon Rp 1,89 juta, Kabupaten Cirebon Rp 1,87 juta.";
        int said = body.indexOf("penetapan UMK");
        Quote ferry = personSaying(body, said, body.indexOf(", menurut"), QuoteKind.INDIRECT, "Ferry Sofwan Arief",
                "menurut");
        assertThat(find(body, List.of(), List.of(ferry), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(3_910_000.0, "Ferry Sofwan Arief"), tuple(3_560_000.0, "Ferry Sofwan Arief"),
                        tuple(1_890_000.0, "Ferry Sofwan Arief"), tuple(1_870_000.0, "Ferry Sofwan Arief"));
    }

    /**
     * cnnindonesia.com, 16 September 2016: a statement whose speaker is a phrase naming no entity (a subject read with
     * its adverb, {@code Seoul dan Washington kerap}) does not go on into the exercise's troops of the next paragraph.
     */
    @Test
    void aStatementOfAPhraseNamingNoEntityDoesNotGoOn() {
        String body = "Seoul dan Washington kerap menegaskan bahwa latihan militer gabungan tidak bertujuan menyerang"
                + " Pyongyang.\n\nLatihan militer tahun ini disebut Ulchi Freedom Guardian dan mulai dijalankan sejak"
                + " Senin selama 12 hari. Latihan ini melibatkan 25 ribu tentara AS dan 50 ribu tentara Korsel.";
        int said = body.indexOf("latihan militer gabungan");
        Quote allies = new Quote(body.substring(said, body.indexOf(".\n\n")), QuoteKind.INDIRECT,
                "Seoul dan Washington kerap", EntityType.OTHER, "menegaskan", said, body.indexOf(".\n\n"));
        assertThat(find(body, List.of(), List.of(allies), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(25_000.0, null), tuple(50_000.0, null));
    }

    /** cnnindonesia.com, 22 November 2017: a scrape spaced off the decimal comma of a sum in millions. */
    @Test
    void aSumWithItsDecimalCommaSpacedOffIsOneSum() {
        assertThat(find("Selain Karawang UMK yang cukup tinggi ditetapkan pada Kabupaten Bekasi Rp 3,91 juta, Kota Depok"
                + " Rp 3, 58 juta, Kota Bogor Rp 3,56 juta.")).extracting(Claim::category, Claim::value).containsExactly(
                        tuple(ClaimCategory.MONEY, 3_910_000.0), tuple(ClaimCategory.MONEY, 3_580_000.0),
                        tuple(ClaimCategory.MONEY, 3_560_000.0));
    }

    /** cnnindonesia.com, 10 April 2017: a year after its month counts nothing, though people are named after it. */
    @Test
    void aYearAfterItsMonthIsNoCount() {
        assertThat(find("Ia diberi kesempatan empat minggu untuk meninggalkan Swedia, dan seharusnya pada Februari 2017"
                + " polisi melakukan pendeportasian terhadap tersangka.")).extracting(Claim::value)
                .doesNotContain(2017.0);
        assertThat(find("Sebanyak 2017 polisi dikerahkan.")).extracting(Claim::value).containsExactly(2017.0);
    }

    /** okezone.com, 11 September 2019: the period a named record covers stands between the record and its verb. */
    @Test
    void aRecordNamedBeforeThePeriodItCoversShowsItsFigures() {
        String body = "Data KLHK sampai 31 Agustus 2019 menunjukkan luas areal lahan dan hutan yang terbakar seluas 328"
                + " ribu ha yang berarti masih 35 persen lebih rendah dari luas areal terbakar pada tahun 2018 yang"
                + " mencapai 510 ha.";
        assertThat(find(body)).extracting(Claim::claimant).isNotEmpty().containsOnly("KLHK");
    }

    @Test
    void onlyAPersonsStatementGoesOnBeyondTheNextParagraph() {
        String body = "Menurut dia, sebanyak1.017 pengendara ditilang pada pemberlakuan pagi.\n\nDi Jakarta Barat"
                + " sebanyak 242 penindakan.\n\nSat Patwal 6 penindakan dengan bukti yang disita 6 SIM.";
        int said = body.indexOf("sebanyak1.017");
        Quote police = new Quote(body.substring(said, body.indexOf(".\n\n")), QuoteKind.INDIRECT, "Ditlantas",
                EntityType.ORG, "menurut", said, body.indexOf(".\n\n"));
        assertThat(find(body, List.of(), List.of(police), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(1017.0, "Ditlantas"), tuple(242.0, "Ditlantas"), tuple(6.0, null),
                        tuple(6.0, null));
    }

    @Test
    void aDirectQuoteLaterInTheParagraphDoesNotClaimTheNarrationBeforeIt() {
        // tempo.co, 15 September 2019
        String body = "Pesawat yang disiagakan untuk operasi pemadaman hari ini sebanyak 6 helikopter untuk water"
                + " bombing. \"Penambahan pesawat TMC ini karena prediksi BMKG,\" ujar Agus.";
        int open = body.indexOf('"') + 1;
        Quote agus = new Quote("Penambahan pesawat TMC ini karena prediksi BMKG", QuoteKind.DIRECT, "Agus Wibowo",
                EntityType.PER, "ujar", open, body.indexOf(",\""));
        assertThat(find(body, List.of(), List.of(agus), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(6.0, null));
    }

    @Test
    void pronounIsNoClaimant() {
        assertThat(find("Dia menjelaskan jumlah pasukan disana ada sekitar 6.500 personel."))
                .extracting(Claim::value, Claim::claimant).containsExactly(tuple(6500.0, null));
    }

    @Test
    void aPronounOrAStatementEarlierInTheParagraphNamesTheClaimant() {
        String body = "Direktur Retail Banking Donsuwan Simatupang mengatakan penyaluran KUR Bank Mandiri mencapai"
                + " Rp 15,03 triliun.\n\nDari kucuran tersebut, menurutnya, penyaluran KUR Mikro mencapai Rp 1,2"
                + " triliun.\n\nBerdasarkan sektornya, kata dia, penyaluran KUR ke sektor produksi mencapai Rp 7,58"
                + " triliun. Sementara KUR yang diberikan ke sektor perdagangan mencapai Rp 7,44 Triliun.";
        int second = body.indexOf("penyaluran KUR ke");
        Quote first = new Quote("penyaluran KUR Bank Mandiri mencapai Rp 15,03 triliun", QuoteKind.INDIRECT,
                "Donsuwan Simatupang", EntityType.PER, "mengatakan", body.indexOf("penyaluran"),
                body.indexOf(".\n\n"));
        Quote sector = personSaying(body, second, body.indexOf(". Sementara"),
                QuoteKind.INDIRECT, "Donsuwan Simatupang", "kata");
        assertThat(find(body, List.of(), List.of(first, sector), List.of(), null))
                .extracting(Claim::value, Claim::claimant).containsExactly(
                        tuple(15.03e12, "Donsuwan Simatupang"), tuple(1.2e12, "Donsuwan Simatupang"),
                        tuple(7.58e12, "Donsuwan Simatupang"), tuple(7.44e12, "Donsuwan Simatupang"));
    }

    @Test
    void partsOfACountKeepItsCategory() {
        assertThat(find("Polres Sergai dan jajaran polsek berhasil menggulung 9 orang terlibat narkoba terhitung sejak"
                + " 1-7 September 2019. Para tersagka terdiri 6 orang pengedar dan 3 orang pengguna."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.ARRESTED, 9.0),
                        tuple(ClaimCategory.ARRESTED, 6.0), tuple(ClaimCategory.ARRESTED, 3.0));
    }

    @Test
    void theFigureANamedTotalComesToCarriesItsOutcome() {
        assertThat(find("Polda Jabar mencatat jumlah korban meninggal dunia akibat banjir bandang di Kabupaten Garut,"
                + " Jawa Barat, hingga Rabu malam, bertambah menjadi 23 orang."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.KILLED, 23.0));
        assertThat(find("Jumlah tersangka pelaku kerusuhan di Papua dan Papua Barat, Senin (9/9/2019), bertambah"
                + " menjadi 87 orang.")).extracting(Claim::category).containsExactly(ClaimCategory.COUNT);
    }

    @Test
    void anOutcomeAfterTheNamedAgentOfAPassive() {
        assertThat(find("Selain korban tewas, 100 orang dilaporkan oleh Kementerian Kesehatan Irak mengalami"
                + " luka-luka.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.INJURED, 100.0));
    }

    /** okezone.com, 11 September 2019: the people paid for the oil spill, their place between them and the outcome. */
    @Test
    void anOutcomeAfterThePlaceOfThePeopleCounted() {
        assertThat(find("Sebagai tahap awal, pemberian kompensasi ini diberikan kepada 10.271 warga di Kabupaten Karawang"
                + " yang terdampak dan sudah terverifikasi.")).extracting(Claim::category, Claim::value, Claim::subject)
                .containsExactly(tuple(ClaimCategory.AFFECTED, 10271.0, "warga"));
    }

    @Test
    void moreWrittenBetweenTheFigureAndWhatItCounts() {
        assertThat(find("Topan Faxai menghantam timur Tokyo pada Senin kemarin, membuat 160 lebih penerbangan"
                + " dibatalkan dan mengganggu layanan kereta selama beberapa jam."))
                .extracting(Claim::category, Claim::value, Claim::qualifier, Claim::subject)
                .containsExactly(tuple(ClaimCategory.COUNT, 160.0, Qualifier.MORE_THAN, "penerbangan"));
    }

    /** okezone.com, 11 September 2019: a car's engine and top speed are its specification, not a tally. */
    @Test
    void anEnginesCylindersAndASpeedInMilesAreNoCounts() {
        assertThat(find("MObil ini dilengkapi dengan mesin Boxer 4 silinder yang disedot secara alami oleh motor Petrol."
                + " Dengan kecepatan maksimum yang dihasilkan sekitar 87 mph (140 km/jam).")).isEmpty();
    }

    @Test
    void heldAndNettedPeopleAreArrested() {
        assertThat(find("Jajaran Polda Kepri berhasil mengagalkan ratusan kilogran narkoba jenis sabu"
                + " dengan menahan 80 orang tersangka.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.ARRESTED, 80.0));
        assertThat(find("Tercatat di Jalan Tomang Raya, sekitar 80 pengendara terjaring operasi ganjil genap."))
                .extracting(Claim::category, Claim::qualifier).containsExactly(
                        tuple(ClaimCategory.ARRESTED, Qualifier.ABOUT));
    }

    @Test
    void countedNounsOfProgrammesPartiesAndPlaces() {
        assertThat(find("Majelis Wali Amanat mengumumkan 30 nama dari 34 pendaftar yang lolos ke putaran Pemilihan"
                + " Rektor. Adapun 6 partai yang sudah bergabung dalam kontestasi. Bantuan diberikan kepada 165 unit"
                + " usaha. Dari 5 wilayah DKI, kita sudah mengambil penindakan."))
                .extracting(Claim::value).containsExactly(30.0, 34.0, 6.0, 165.0, 5.0);
    }

    @Test
    void leadersCountedInWords() {
        // tempo.co, 16 September 2019
        assertThat(find("Dewan Perwakilan Rakyat (DPR) Republik Indonesia mengesahkan lima pimpinan Komisi"
                + " Pemberantasan Korupsi di rapat paripurna hari ini.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 5.0));
    }

    @Test
    void countsOfThingsInWords() {
        assertThat(find("Waduk ini membentang seluas sekitar 8.800 hektar yang mencakup tujuh kecamatan, yakni"
                + " Wonogiri, Ngadirojo dan Nguntoronadi.")).extracting(Claim::category, Claim::value, Claim::unit)
                .containsExactly(tuple(ClaimCategory.COUNT, 8800.0, "hektar"), tuple(ClaimCategory.COUNT, 7.0, "kecamatan"));
        assertThat(find("Pertemuan Rusia dan Ukraina di Belarus itu diharapkan dapat menghentikan perang di antara dua"
                + " negara.")).isEmpty();
    }

    /**
     * An area is tallied in any spelling of its unit, and may have a decimal part: a comma before three digits is a
     * decimal comma there, where a count of people groups thousands with it (tempo.co, 12 and 10 September 2019).
     */
    @Test
    void areasInAnySpellingOfTheUnitAreCountsThatNeedNotBeWhole() {
        assertThat(find("Menurut KLK, titik api membakar 2,8 hektar di perkebunan seluas 14.400 hektar. Luas lahan yang"
                + " terbakar mencapai 504,755 hektar, dengan kebutuhan tanah sebesar 40.000 Ha."))
                .extracting(Claim::category, Claim::value, Claim::unit).containsExactly(
                        tuple(ClaimCategory.COUNT, 2.8, "hektar"), tuple(ClaimCategory.COUNT, 14400.0, "hektar"),
                        tuple(ClaimCategory.COUNT, 504.755, "hektar"), tuple(ClaimCategory.COUNT, 40000.0, "ha"));
        // sindonews.com, 11 September 2019: an index opening 3.86 points up
        assertThat(find("IHSG dibuka naik tipis 3,860 poin.")).extracting(Claim::value).containsExactly(3.86);
        assertThat(find("Dengan skenario II, maka total populasi terencana adalah sebesar 870,000 orang."))
                .extracting(Claim::value).containsExactly(870000.0);
    }

    /** A number plate and a settlement's block before its village's name are codes (tempo.co, okezone.com). */
    @Test
    void numberPlatesAndBlocksBeforeANameAreCodes() {
        assertThat(find("Selain itu, Tri Sumaryanto, sopir bus Mira berpelat nomor S 7190 US juga mengalami luka di"
                + " bagian kepala. Polisi menangkap pelaku saat berada di SP 5 Desa Sekamaju, Musi Banyuasin.")).isEmpty();
        assertThat(find("Bantuan dari BPBD 300 orang dikerahkan.")).extracting(Claim::value).containsExactly(300.0);
        // sindonews.com, 15 September 2019: two contract packages to be tendered
        assertThat(find("CP 202 203 juga nanti akan diumumkan. CP 204 205 lelang tahun depan.")).isEmpty();
    }

    /** sindonews.com and tempo.co, 16 and 12 September 2019: rates of exchange and sums written in USD are money. */
    @Test
    void ratesOfExchangeAndSumsInUsdAreMoney() {
        assertThat(find("Selanjutnya dolar Kanada menguat 0,2% menjadi 1,3259 versus USD. Yen Jepang naik 0,2% menjadi"
                + " 107,85 per dolar. Crown Norwegia menetap di posisi 8,964 terhadap dolar."))
                .extracting(Claim::category, Claim::value, Claim::unit).containsExactly(
                        tuple(ClaimCategory.PERCENT, 0.2, "persen"), tuple(ClaimCategory.MONEY, 1.3259, "per dolar AS"),
                        tuple(ClaimCategory.PERCENT, 0.2, "persen"), tuple(ClaimCategory.MONEY, 107.85, "per dolar AS"),
                        tuple(ClaimCategory.MONEY, 8.964, "per dolar AS"));
        assertThat(find("Nilai perdagangan Ukraina dan Indonesia pada 2017 mencapai 658 juta USD atau sekitar Rp1 triliun."))
                .extracting(Claim::value, Claim::unit).containsExactly(tuple(658e6, "dolar AS"), tuple(1e12, "rupiah"));
    }

    /** kompas.com, 15 September 2019: the labelled parts of a count of the displaced are displaced, each of them. */
    @Test
    void theLabelledPartsOfABreakdownKeepTheCountsCategory() {
        assertThat(find("Ketua DPW PKS Riau Hendry Munief mengatakan, hingga saat ini terdapat 85 orang pengungsi.\n\n"
                + "\"Balita 23 orang, anak-anak 24 orang, dewasa 36 orang dan lansia 2 orang,\" sebut Hendry."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.DISPLACED, 85.0),
                        tuple(ClaimCategory.DISPLACED, 23.0), tuple(ClaimCategory.DISPLACED, 24.0),
                        tuple(ClaimCategory.DISPLACED, 36.0), tuple(ClaimCategory.DISPLACED, 2.0));
        // a count with an outcome of its own is no such part: the next count is not read as one
        assertThat(find("Sebanyak 9 orang tewas, petugas 20 orang dikerahkan.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.KILLED, ClaimCategory.COUNT);
    }

    /** sindonews.com, 12 September 2019: the number ending an operation's name is not the people it netted. */
    @Test
    void aNumberEndingANameIsNotWhatTheOutcomeBeforeItCounts() {
        assertThat(find("Ribuan pengendara terjaring Operasi Patuh Jaya 12 di wilayah hukum Kabupaten Bekasi.")).isEmpty();
        assertThat(find("Polisi menangkap 12 di antaranya.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.ARRESTED);
    }

    /** tempo.co, 11 September 2019: a target is the claim of who sets it. */
    @Test
    void whoSetsATargetClaimsIt() {
        assertThat(find("Kemenpar menargetkan penambahan kunjungan sampai dengan 6 juta wisatawan mancanegara."))
                .extracting(Claim::value, Claim::claimant).containsExactly(tuple(6e6, "Kemenpar"));
    }

    /** sindonews.com, 16 September 2019: a law article's number without "Pasal" before it is no count. */
    @Test
    void aLawArticlesNumberIsNoCount() {
        assertThat(find("Randi dijerat dengan Pasal 340 KUHP dan atau Pasal 338 KUHP dan atau 351 ayat 3 jo Pasal 56 KUHP."))
                .isEmpty();
    }

    @Test
    void headlineListsAreNotRead() {
        assertThat(find("Terpopuler\n\n- 5 Mobil Bekas Punya Sunroof Mulai 30 Jutaan, Gaya Sultan Budget Kos-kosan"))
                .isEmpty();
    }

    @Test
    void sourceNamedAfterTheNumber() {
        assertThat(find("Jumlah korban meninggal dunia mencapai 98 orang, menurut BNPB.")).extracting(
                Claim::category, Claim::value, Claim::claimant)
                .containsExactly(tuple(ClaimCategory.KILLED, 98.0, "BNPB"));
    }

    @Test
    void moneyAndSharesMeasureTheNounPhraseBeforeTheirFigure() {
        // okezone.com and tempo.co, 16 September 2019
        assertThat(find("Harga emas Antam hari ini dijual Rp753.000 per gram.")).singleElement()
                .extracting(Claim::subject).isEqualTo("Harga emas Antam");
        assertThat(find("Pada akhir Juli 2019, utang luar negeri tumbuh 10,3 persen.")).singleElement()
                .extracting(Claim::subject).isEqualTo("utang luar negeri");
        assertThat(find("Pada perdagangan, Selasa (10/9/2019), harga emas Antam turun Rp4.000 ke Rp754.000 per gram."))
                .extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(4000.0, "harga emas Antam"), tuple(754_000.0, null));
        // Kompas.com, 10 September 2019: the English spelling of the currency
        assertThat(find("Emas berjangka untuk pengiriman Desember ditutup pada 1.511,1 dollar AS per ounce."))
                .extracting(Claim::value, Claim::unit).containsExactly(tuple(1511.1, "dolar AS"));
    }

    @Test
    void theMeasuredPhraseStopsAtAnotherFigureAndAtAClauseOpener() {
        // sindonews.com, 16 September 2019: the shares follow sums, whose scale words name nothing measured, and
        // the sentence opener is no part of what the sum measures
        assertThat(find("Adapun ekspor migas mencapai USD880 juta yang berarti menyusut 45,48% (mtm) dan ekspor nonmigas"
                + " mencapai USD13,40 miliar turun 3,20% dibanding Juli 2019."))
                .extracting(Claim::value, Claim::subject).containsExactly(tuple(8.8e8, "ekspor migas"),
                        tuple(45.48, null), tuple(1.34e10, "ekspor nonmigas"), tuple(3.2, null));
        // okezone.com, 16 September 2019: the share after its own noun phrase keeps it
        assertThat(find("Dia menjelaskan, bila dibandingkan dengan bulan lalu maka laju ekspor komoditas migas tercatat"
                + " mengalami penurunan signifikan yakni 45,48%.")).singleElement()
                .extracting(Claim::subject).isEqualTo("penurunan signifikan");
    }

    @Test
    void digitsBeforeAnyCommonNounTallyIt() {
        // Kompas.com, 15 and 16 September 2019: aftershocks, laps and championship points are counted
        // though none is a listed noun
        assertThat(find("Pada balapan yang berlangsung dalam 27 putaran itu, Marquez sukses mengungguli pebalap lain."))
                .extracting(Claim::category, Claim::value, Claim::unit)
                .containsExactly(tuple(ClaimCategory.COUNT, 27.0, "putaran"));
        assertThat(find("Puncak klasemen pun semakin sulit direbut pebalap lain, karena sekarang total poin Marquez"
                + " hingga seri ke-13 ini sudah mencapai 275 poin.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 275.0));
        // a month after digits is a date, a measure is no count
        assertThat(find("Gempa terjadi pada 14 Juli lalu dengan kedalaman 10 kilometer.")).isEmpty();
        assertThat(find("Ponsel ini dibekali baterai berkapasitas 4.000 mAh dan mesin 1.200 cc.")).isEmpty();
    }

    @Test
    void aCommaBeforeThreeDigitsGroupsThousandsOfACount() {
        // Kompas.com, 15 September 2019; tempo.co writes the same count "3.104 orang"
        List<Claim> claims = find("Seperti kita ketahui gempa kuat M 7,2 saat itu memiliki lebih dari 177 gempa susulan,"
                + " menyebabkan sebanyak 971 rumah rusak, 4 orang meninggal dunia, 51 orang luka-luka, dan 3,104 orang"
                + " mengungsi.");
        assertThat(claims).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.COUNT, 177.0), tuple(ClaimCategory.COUNT, 971.0), tuple(ClaimCategory.KILLED, 4.0),
                tuple(ClaimCategory.INJURED, 51.0), tuple(ClaimCategory.DISPLACED, 3104.0));
        // a share keeps its decimals
        assertThat(find("Kontrak emas paling aktif turun 4,4 , atau 0,29 persen.")).extracting(Claim::value)
                .containsExactly(0.29);
    }

    @Test
    void anOutcomeAfterAModalVerbStillNamesTheCount() {
        // tempo.co, 15 September 2019
        assertThat(find("Akibatnya, merusak 971 rumah dan menewaskan empat orang serta melukai 51 orang. Kemudian 3.104"
                + " orang harus mengungsi dari tempat tinggalnya.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 971.0), tuple(ClaimCategory.KILLED, 4.0),
                        tuple(ClaimCategory.INJURED, 51.0), tuple(ClaimCategory.DISPLACED, 3104.0));
    }

    @Test
    void peopleWhoDoTheActiveVerbAreNotItsVictims() {
        // Kompas.com, 10 September 2019: the athletes secured tickets, nobody was arrested
        assertThat(find("Sebanyak 26 atlet berhasil mengamankan Super Tiket untuk babak final di Kudus akhir tahun ini."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 26.0));
        assertThat(find("Polisi mengamankan 5 orang pelaku.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.ARRESTED);
    }

    @Test
    void aPartOfACountTakesTheOutcomeOfItsClause() {
        // tempo.co on the Jagorawi toll road crash, 15 and 16 September 2019
        assertThat(find("AKP Fadli Amri menyebutkan bahwa tiga di antara sembilan korban penumpang mobil bernomor polisi "
                + "F 1195 DH itu meninggal dunia, yakni Abraham Mbiliyora."))
                .extracting(Claim::text, Claim::category, Claim::value).containsExactly(
                        tuple("tiga di antara sembilan korban penumpang mobil bernomor polisi F 1195 DH itu meninggal dunia",
                                ClaimCategory.KILLED, 3.0),
                        tuple("sembilan korban penumpang mobil", ClaimCategory.COUNT, 9.0));
        assertThat(find("Ia menyebutkan, tiga di antara sembilan korban yang ada di dalam mobil APV itu meninggal dunia."))
                .extracting(Claim::category, Claim::value).first().isEqualTo(tuple(ClaimCategory.KILLED, 3.0));
    }

    @Test
    void thePluralMarkerAndACommonMisspellingStillCount() {
        // okezone.com on the Karbala stampede, 11 September 2019
        assertThat(find("Sebanyak 31 para peziarah tewas di sekitar makam cucu Nabi Muhammad SAW di Karbala."))
                .extracting(Claim::category, Claim::value, Claim::subject)
                .containsExactly(tuple(ClaimCategory.KILLED, 31.0, "peziarah"));
        assertThat(find("Juru bicara kementerian kesehatan mengatakan, sekitar 100 orang lainnya cidera di Karbala."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.INJURED, 100.0));
    }

    @Test
    void peopleTreatedInHospitalAreInjured() {
        // sindonews.com, 15 September 2019, after a car crash on the Jagorawi toll road
        assertThat(find("Sedangkan enam orang lainnya masih dirawat di rumah sakit.")).singleElement()
                .extracting(Claim::text, Claim::category, Claim::value)
                .containsExactly("enam orang lainnya masih dirawat", ClaimCategory.INJURED, 6.0);
    }

    @Test
    void bracketsEmptiedByAStrippedLinkDoNotCutTheCountFromItsOutcome() {
        // kompas.com, 15 September 2019: the names in the brackets were links
        assertThat(find("Dua warga negara asing ( ,) menjadi korban tewas dalam kecelakaan speed boat yang terjadi"
                + " di perairan sebelah.")).singleElement()
                .extracting(Claim::text, Claim::category, Claim::value, Claim::subject)
                .containsExactly("Dua warga negara asing ( ,) menjadi korban tewas", ClaimCategory.KILLED, 2.0,
                        "warga negara asing");
    }

    @Test
    void commaLeftByAStrippedPlaceNameDoesNotCloseThePartsClause() {
        // tempo.co, 15 September 2019: the place after "di" was a link
        assertThat(find("Sedangkan tiga di antara korban kecelakaan tunggal di , itu mengalami luka berat, yang"
                + " salah satunya sang sopir.")).singleElement()
                .extracting(Claim::text, Claim::category, Claim::value)
                .containsExactly("tiga di antara korban kecelakaan tunggal di , itu mengalami luka berat",
                        ClaimCategory.INJURED, 3.0);
    }

    @Test
    void aPartNamedBackOfAWholeIsACountOfWhatTheWholeCounts() {
        // Kompas, 15 September 2019: the whole is a round number, no claim; the part is one
        assertThat(find("Danang Mandala Prihantoro mengungkapan, dari ratusan penerbangannya itu, 81 di antaranya harus"
                + " dibatalkan.")).extracting(Claim::category, Claim::value, Claim::text)
                .containsExactly(tuple(ClaimCategory.COUNT, 81.0, "81 di antaranya"));
        // Kompas, 10 September 2019
        assertThat(find("Dari 66.433 lembar tiket yang disiapkan PSSI, 3.000 di antaranya diberikan untuk suporter"
                + " Thailand.")).extracting(Claim::category, Claim::value, Claim::unit)
                .containsExactly(tuple(ClaimCategory.COUNT, 66433.0, "lembar"),
                        tuple(ClaimCategory.COUNT, 3000.0, "lembar"));
        // Kompas, 15 September 2019: the part counts the whole's noun phrase, flights, not its first word alone
        assertThat(find("Dengan rincian, dari 25 rencana penerbangan, 19 di antaranya dibatalkan dan 6 ditunda."))
                .extracting(Claim::value, Claim::unit, Claim::subject)
                .startsWith(tuple(25.0, "rencana", "rencana penerbangan"),
                        tuple(19.0, "rencana", "rencana penerbangan"));
    }

    @Test
    void countedNounsWrittenBeforeTheirNumbersInAList() {
        // Sindonews, 10 September 2019
        assertThat(find("Di Jakarta Barat sebanyak 242 penindakan dengan bukti yang disita SIM 173 dan STNK 69; Jakarta"
                + " Utara 220 penindakan dengan bukti yang disita 80 SIM dan 140 STNK."))
                .extracting(Claim::value, Claim::unit).containsExactly(tuple(242.0, "penindakan"),
                        tuple(173.0, "sim"), tuple(69.0, "stnk"), tuple(220.0, "penindakan"), tuple(80.0, "sim"),
                        tuple(140.0, "stnk"));
        // a listed noun before a lone number is no list: "Pasal"-like labels are left alone
        assertThat(find("Petugas memeriksa rumah 12 di kompleks itu.")).isEmpty();
    }

    @Test
    void aNumberInWordsCountsAnyCommonNounButTheWaysOfPuttingAThing() {
        // tempo.co, 13 September 2019: a noun no list knows
        assertThat(find("Saat ini, PT Transjakarta baru mengoperasikan tiga bus listrik."))
                .extracting(Claim::text, Claim::category, Claim::value, Claim::subject)
                .containsExactly(tuple("tiga bus listrik", ClaimCategory.COUNT, 3.0, "bus listrik"));
        // okezone.com and tempo.co, 10 September 2019: how a thing is put, not how many of something
        assertThat(find("Hary Tanoe menjelaskan, ada tiga hal penting dalam menjalankan bisnis travel.")).isEmpty();
        assertThat(find("\"Ini persoalan komunikasi dua arah yang tidak baik,\" kata Syarifah.")).isEmpty();
        // sides between which something happens are not counted
        assertThat(find("Pertemuan Rusia dan Ukraina di Belarus itu diharapkan dapat menghentikan perang di antara"
                + " dua negara.")).isEmpty();
    }

    @Test
    void aNumberInWordsBeforeANounOfKindsCountsTheKindsOfTheNounItNames() {
        // kompas.com, 16 September 2019: the taxes whose fines Jakarta waived, told alike in four reports
        assertThat(find("Pemerintah Provinsi DKI Jakarta menghapus denda atau sanksi administrasi untuk sembilan jenis"
                + " pajak bagi wajib pajak yang memiliki tunggakan."))
                .extracting(Claim::text, Claim::category, Claim::value)
                .containsExactly(tuple("sembilan jenis pajak", ClaimCategory.COUNT, 9.0));
        // the CLICK-ID week, 10-16 September 2019: kinds named by no noun after them are a way of putting a thing
        assertThat(find("Dirinya mengatakan, ekonomi itu terbagi menjadi dua macam, yaitu ekonomi mikro dan makro."))
                .isEmpty();
    }

    @Test
    void aPartOfAWholeGivenByTheNextNumberCountsWhatTheWholeCounts() {
        // sindonews.com, 13 September 2019
        assertThat(find("Menurut Ketua Panitia, Mohammad Nur Taha sebanyak 51 dari 121 orang tiba dengan selamat di"
                + " Kabupaten Morowali.")).extracting(Claim::text, Claim::category, Claim::value, Claim::unit)
                .containsExactly(tuple("51", ClaimCategory.COUNT, 51.0, "orang"),
                        tuple("121 orang", ClaimCategory.COUNT, 121.0, "orang"));
    }

    @Test
    void aYearBeforeAPartNamedBackIsNoWhole() {
        // okezone.com, 10 September 2019: the whole is the ten members, not the term 2019-2024
        assertThat(find("Bahkan, dari 10 anggota DPR termuda 2019-2024, tiga di antaranya berasal dari Partai Golkar."))
                .extracting(Claim::text, Claim::value, Claim::unit)
                .containsExactly(tuple("10 anggota DPR", 10.0, "anggota"), tuple("tiga di antaranya", 3.0, "anggota"));
    }

    @Test
    void aVerbWithoutPrefixEndsTheCountedNoun() {
        // tribunnews.com, 10 September 2019
        assertThat(find("Pihak berwenang menyampaikan kepada WDR bahwa terdapat lebih kurang 150 orang hadir ketika"
                + " peristiwa terjadi.")).extracting(Claim::text, Claim::subject)
                .containsExactly(tuple("lebih kurang 150 orang", "orang"));
    }

    @Test
    void onePartOfAWholeNamesSomeoneAndCountsNothing() {
        // okezone.com, 15 September 2019: one of the three dead, not a toll of one
        assertThat(find("Ia tidak menyangka bahwa Abraham termasuk satu dari tiga korban yang meninggal dunia dalam"
                + " kecelakaan tersebut.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.KILLED, 3.0));
        // tempo.co, 13 September 2019
        assertThat(find("Ketua RT dan tetangga tempat tinggal orang tua Khansa juga mengaku kaget dengan identifikasi"
                + " Khansa sebagai satu di antara delapan korban tewas dari kecelakaan itu."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.KILLED, 8.0));
    }

    @Test
    void aSumAfterAStrippedLinkMeasuresNoName() {
        // tempo.co, 14 September 2019: the link "DPRD DKI" was stripped, "Jakarta" is the tail of its name
        assertThat(find("Pemerintah DKI Jakarta mengalokasikan anggaran untuk penghasilan anggota , Jakarta mencapai"
                + " Rp 166,91 miliar."))
                .singleElement().satisfies(c -> {
                    assertThat(c.value()).isEqualTo(166.91e9);
                    assertThat(c.subject()).isNull();
                });
        // without the hole the words before the sum say what it measures
        assertThat(find("Anggaran penghasilan anggota dewan mencapai Rp 166,91 miliar."))
                .singleElement().extracting(Claim::subject).isEqualTo("Anggaran penghasilan anggota dewan");
    }

    @Test
    void theWholeOfAPartNamingNothingCountsWhatThePartCounts() {
        // sindonews.com, 11 September 2019: a hundred of Bukalapak's 2,600 employees laid off
        assertThat(find("\"Saya dikasih tahu ada 100 dari 2.600. Kecil itu dari dinamika bisnis startup,\" kata"
                + " Menkominfo Rudiantara."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 100.0), tuple(ClaimCategory.COUNT, 2600.0));
        // a year after "dari" is when, and a number after a year is no whole of it
        assertThat(find("Harga naik dari 2018 ke 2019.")).isEmpty();
    }

    @Test
    void twoFiguresJoinedBySamaCountNothingTheWordNames() {
        // tempo.co, 10 September 2019: "100 sama 900" is a hundred and nine hundred, not a hundred of "sama"
        assertThat(find("\"Ratusan itu, bisa seratus bisa 900, beda lho 100 sama 900,\" ujar Rudiantara."))
                .extracting(Claim::subject).doesNotContain("sama");
    }

    @Test
    void figuresOfTheKnownFailureClassesReadFromTheWeek() {
        // sindonews.com, 10 September 2019: a sum closing its sentence stays one figure
        assertThat(find("Set kaus kaki dan sandal tersedia dalam ukuran 37-44 yang dibanderol dengan harga Rp749.000."
                + " Produk itu dijual terbatas.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.MONEY, 749000.0));
        // sindonews.com, 11 September 2019: shares in brackets are no ages; a bare figure in brackets is left
        assertThat(find("Lebih tinggi dari Malaysia (4,6), Filipina (3,7%), Thailand (4,5%), dan Vietnam (5,2%)."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.PERCENT, 3.7),
                        tuple(ClaimCategory.PERCENT, 4.5), tuple(ClaimCategory.PERCENT, 5.2));
        // tempo.co, 10 September 2019: "more" between the figure and what it counts
        assertThat(find("Topan Faxai menghantam timur Tokyo pada Senin kemarin, membuat 160 lebih penerbangan"
                + " dibatalkan dan mengganggu layanan kereta.")).extracting(Claim::value, Claim::qualifier, Claim::unit)
                .containsExactly(tuple(160.0, Qualifier.MORE_THAN, "penerbangan"));
        // Kompas.com, 10 September 2019: a vague round number is no claim
        assertThat(find("Terlihat juga puluhan orang berkaus putih-hijau dengan sarung tangan.")).isEmpty();
        // sindonews.com, 15 September 2019: the parts of a count after "terdiri dari" are counted with it
        assertThat(find("Dikatakan, untuk penanganan kebakaran hutan dan lahan tersebut disiagakan personel sebanyak"
                + " 5.809 orang yang terdiri dari Korem 031/WB 2200 orang, Lanud RSN 117 orang, Polda Riau 2200 orang,"
                + " Lanal Dumai 31 orang.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 5809.0), tuple(ClaimCategory.COUNT, 2200.0),
                        tuple(ClaimCategory.COUNT, 117.0), tuple(ClaimCategory.COUNT, 2200.0),
                        tuple(ClaimCategory.COUNT, 31.0));
    }

    /** okezone.com, 12 September 2019: an exchange rate in Swiss francs is money like one in yen. */
    @Test
    void anAmountInFrancsIsMoney() {
        assertThat(find("Dolar AS naik menjadi 0,9929 franc Swiss dari 0,9909 franc Swiss."))
                .extracting(Claim::category, Claim::value, Claim::unit)
                .containsExactly(tuple(ClaimCategory.MONEY, 0.9929, "franc Swiss"),
                        tuple(ClaimCategory.MONEY, 0.9909, "franc Swiss"));
    }

    /**
     * sindonews.com, 11 September 2019, and Kompas.com, 15 September 2019: a number after a name in capitals is part of
     * the name, unless it counts people; the capitals of a listed pair are its counted noun.
     */
    @Test
    void aNumberAfterANameInCapitalsIsACodeUnlessItCountsPeopleOrIsListed() {
        assertThat(find("CP 200 sudah 60% dilaksanakan akhir tahun ini selesai, CP 201 proses lelang akhir tahun"
                + " diumumkan.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.PERCENT, 60.0));
        assertThat(find("Selain itu, disiapkan dua pesawat pendukung (Cassa 212-200 kapasitas satu ton dan CN 295"
                + " kapsitas 2,4 ton).")).extracting(Claim::value).containsExactly(2.0);
        assertThat(find("Personel terdiri dari Lanud RSN 117 orang dan BPBD 300 orang.")).extracting(Claim::value)
                .containsExactly(117.0, 300.0);
        assertThat(find("Barang bukti yang disita SIM 173 dan STNK 69.")).extracting(Claim::value, Claim::unit)
                .containsExactly(tuple(173.0, "sim"), tuple(69.0, "stnk"));
    }

    /** tempo.co, 16 September 2019, and Kompas.com, 15 September 2019: terms of office and micrograms count nothing. */
    @Test
    void termsOfOfficeAndMicrogramsAreNoCounts() {
        assertThat(find("Fuad Amin nyalon Bupati Bangkalan pada 2003, jabatan itu dia emban selama dua periode sampai"
                + " tahun 2012.")).isEmpty();
        assertThat(find("Kualitas udara pada pukul 07.00 sampai 10.00 WIB berada pada kisaran 182 sampai 201 ugram/m3"
                + " atau tidak sehat.")).isEmpty();
    }

    /**
     * sindonews.com, 11 September 2019: the part of a whole of things takes no outcome of people ("positif" is a rise
     * here, not an infection); a part of people still does.
     */
    @Test
    void aPartOfAWholeOfThingsIsACountWhateverItsClauseSays() {
        assertThat(find("Enam dari sembilan sektor terpantau bergerak positif, dipimpin pertambangan +1,15%."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 6.0), tuple(ClaimCategory.COUNT, 9.0),
                        tuple(ClaimCategory.PERCENT, 1.15));
        assertThat(find("Sebanyak 12 dari 40 orang yang diperiksa dinyatakan positif."))
                .extracting(Claim::category, Claim::value).startsWith(tuple(ClaimCategory.AFFECTED, 12.0));
    }

    /**
     * sindonews.com, 11 and 12 September 2019: the bare numbers of a sentence opened by the whole they are taken from
     * count what it counts; numbers with a noun of their own, and those of sentences the whole does not open, keep
     * their own reading.
     */
    @Test
    void theBareNumbersOfASentenceOpenedByItsWholeArePartsOfIt() {
        assertThat(find("Dari 599 saham yang diperdagangkan, 218 menguat, 248 stagnan, dan 133 tertekan."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 599.0),
                        tuple(ClaimCategory.COUNT, 218.0), tuple(ClaimCategory.COUNT, 248.0),
                        tuple(ClaimCategory.COUNT, 133.0));
        assertThat(find("Sebanyak 599 saham diperdagangkan, 218 menguat.")).extracting(Claim::value)
                .containsExactly(599.0);
    }

    /** okezone.com, 15 September 2019, and Kompas.com, 16 September 2019: who reports a figure in other words. */
    @Test
    void theAgentOfAPassiveReportAndOneWhoClaimsForThemselvesAreClaimants() {
        String body = "Sebanyak 100 orang dilaporkan oleh Kementerian Kesehatan Irak mengalami luka-luka.";
        assertThat(find(body)).extracting(Claim::category, Claim::claimant)
                .containsExactly(tuple(ClaimCategory.INJURED, "Kementerian Kesehatan Irak"));
        assertThat(find("Titi mengaku dijanjikan uang pinjaman senilai Rp 5 miliar.")).extracting(Claim::claimant)
                .containsExactly("Titi");
    }

    /** okezone.com, 10 and 11 September 2019: riyal are money; seasons are a length of time. */
    @Test
    void riyalAreMoneyAndSeasonsAreALength() {
        assertThat(find("Besarannya adalah 300 riyal atau Rp1,2 juta.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.MONEY, 300.0), tuple(ClaimCategory.MONEY, 1200000.0));
        assertThat(find("Ia menjadi pemain pertama yang mencetak 50 gol atau lebih dalam tujuh musim."))
                .extracting(Claim::value).containsExactly(50.0);
    }

    @Test
    void aBareFigureOfANamedTotalCountsWhatTheTotalNames() {
        // tempo.co, 12 September 2019
        assertThat(find("Puncak sebaran hoaks dan hasutan terkait isu Papua terjadi pada 30 Agustus 2019 dengan jumlah"
                + " url mencapai 72.500.")).extracting(Claim::category, Claim::value, Claim::subject)
                .containsExactly(tuple(ClaimCategory.COUNT, 72500.0, "jumlah url"));
        // sindonews.com, 12 September 2019
        assertThat(find("Pokmas yang sudah terkait kontrak sebanyak 110 dengan jumlah pemilik rumah sebanyak 1.247."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 1247.0));
    }

    @Test
    void noBareTotalWhenNamedBackMeasuredOrARangesEnd() {
        // tempo.co, 16 September 2019; sindonews.com, 13 September 2019
        assertThat(find("Dari jumlah tersebut ada 177 yang dipastikan titik api.")).isEmpty();
        assertThat(find("Total kalori yang terbakar bisa mencapai 1.200.")).isEmpty();
        // sindonews.com, 11 September 2019: the range is a percentage, its lower end no count and neither end a figure
        assertThat(find("Mohamad Soleh menyebut, terdapat kenaikan jumlah penggunaan transportasi umum sebanyak 5 hingga"
                + " 10 persen setelah pemberlakukan perluasan ganjil genap.")).isEmpty();
    }

    @Test
    void householdsCountedWithTheirPeopleShareTheOutcome() {
        // kompas.com, 11 September 2019
        assertThat(find("Kebakaran ini menyebabkan 56 kepala keluarga dengan 189 jiwa mengungsi ke masjid."))
                .extracting(Claim::category, Claim::value).containsExactly(
                        tuple(ClaimCategory.DISPLACED, 56.0), tuple(ClaimCategory.DISPLACED, 189.0));
    }

    @Test
    void anArrestBeforeAnotherVerbDoesNotCountItsObjectAsArrested() {
        // okezone.com, 12 September 2019; kompas.com, 11 September 2019
        assertThat(find("AKBP Festo Ari Permana mengatakan, pihaknya menangkap Jek setelah mengidentifikasi 19 korban"
                + " pencabulan dilakukan pria itu.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 19.0));
        assertThat(find("Direktur PT Damtour, Hambali Abbas, ditangkap polisi lantaran diduga menipu sekitar 200 calon"
                + " jamaah , dari berbagai daerah.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 200.0));
        // kompas.com, 16 September 2019: two verbs joined share the number
        assertThat(find("Total keseluruhan yang berhasil diamankan atau disidik oleh jajaran polda ada 185 tersangka."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.ARRESTED, 185.0));
    }

    @Test
    void bodiesAreTheDeadAndAMeasuredRangeIsNoCount() {
        // sindonews.com, 16 September 2019
        assertThat(find("Awalnya para pejabat mengatakan mereka mampu mengidentifikasi setidaknya 37 jasad."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.KILLED, 37.0));
        // okezone.com, 12 September 2019
        assertThat(find("Ia melanjutkan, jasad bayi itu diperkirakan berumur enam hingga tujuh bulan dalam kandungan."))
                .isEmpty();
    }

    @Test
    void aStatementRunningThroughParagraphsClaimsTheirFigures() {
        // sindonews.com, 12 September 2019
        String body = "Sunardi menjelaskan, pelanggaran itu dilakukan karena dianggap tidak membahayakan. Padahal,"
                + " justru sangat membahayakan.\n\nSelain terhadap pengendara yang melawan arus, tilang juga diberikan"
                + " kepada 1.128 pengendara yang melanggar rambu berhenti dan parkir.\n\nKemudian, 228 pengendara tidak"
                + " menyalakan lampu utama kendaraan.\"Mayoritas pengendara sepeda motor yang terjaring,\" ungkapnya.";
        int said = body.indexOf("pelanggaran itu");
        Quote explained = personSaying(body, said, body.indexOf(". Padahal"),
                QuoteKind.INDIRECT, "Sunardi", "menjelaskan");
        int open = body.indexOf("Mayoritas");
        Quote quoted = new Quote("Mayoritas pengendara sepeda motor yang terjaring", QuoteKind.DIRECT, "Sunardi",
                EntityType.PER, "ungkap", open, body.indexOf(",\" ungkapnya"));
        assertThat(find(body, List.of(), List.of(explained, quoted), List.of(), null))
                .extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(1128.0, "Sunardi"), tuple(228.0, "Sunardi"));
    }

    @Test
    void narrationBetweenTwoStatementsOfOneSourceWithAParagraphApartIsNotTheirs() {
        // tempo.co, 11 September 2019
        String body = "\"Pemindahan ibu kota ini akan mendorong perdagangan,\" ujar Enggar.\n\nPemerintah Indonesia"
                + " sudah memutuskan dengan kebutuhan investasi hingga Rp 466 triliun.\n\nDalam pertemuan itu, Enggar"
                + " juga mempertanyakan pajak yang naik menjadi 20 persen.\n\n\"Dia bilang langkah itu bukan"
                + " proteksi,\" ujar Enggar.";
        Quote first = new Quote("Pemindahan ibu kota ini akan mendorong perdagangan", QuoteKind.DIRECT,
                "Enggartiasto Lukita", EntityType.PER, "ujar", 1, body.indexOf(",\""));
        int open = body.indexOf("Dia bilang");
        Quote second = new Quote("Dia bilang langkah itu bukan proteksi", QuoteKind.DIRECT, "Enggartiasto Lukita",
                EntityType.PER, "ujar", open, body.lastIndexOf(",\""));
        assertThat(find(body, List.of(), List.of(first, second), List.of(), null))
                .extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(466e12, null), tuple(20.0, null));
    }

    /**
     * tempo.co, 11 and 14 September 2019: a team's points in the standings are more than the matches after them, so
     * they are no part of those matches but points, named by the word before them, as okezone.com's {@code 12 poin}.
     */
    @Test
    void aStandingsTallyMoreThanTheMatchesAfterItCountsPoints() {
        assertThat(find("Three Lions mengemas nilai 12 dari 4 laga, unggul 4 poin dari Republik Cek."))
                .extracting(Claim::value, Claim::unit)
                .contains(tuple(12.0, "poin"), tuple(4.0, "laga"))
                .doesNotContain(tuple(12.0, "laga"));
        assertThat(find("Persib Bandung kini menempati posisi ke-10 klasemen dengan nilai 20 dari 18 laga."))
                .extracting(Claim::value, Claim::unit)
                .containsExactly(tuple(20.0, "poin"), tuple(18.0, "laga"));
    }

    /** tempo.co, 14 September 2019: with no word naming the points, the figure is still no part of the matches. */
    @Test
    void aFigureMoreThanTheWholeAfterItIsNoPartOfIt() {
        assertThat(find("Persib Bandung saat ini menempati posisi ke-11 klasemen Liga 1 dengan 19 dari 17 laga."))
                .extracting(Claim::value, Claim::unit)
                .doesNotContain(tuple(19.0, "laga"));
    }

    /**
     * tempo.co, 11 September 2019: each side's matches in the standings are that side's, read off the name written
     * nearest before them; a national team's nickname stands for its country.
     */
    @Test
    void aCountOfMatchesCountsTheSideNamedBeforeIt() {
        String body = "Indonesia di peringkat terbawah klasemen sementara Grup G dengan nol poin dari dua laga."
                + " Thailand naik ke puncak klasemen dengan empat poin dari dua laga."
                + " Three Lions mengemas nilai 12 dari 4 laga.";
        List<Entity> sides = List.of(named(body, "Indonesia", EntityType.LOC), named(body, "Thailand", EntityType.LOC),
                named(body, "Three Lions", EntityType.ORG));
        assertThat(find(body, sides, List.of(), List.of(), null)).filteredOn(c -> "laga".equals(c.unit()))
                .extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(2.0, "laga dari Indonesia"), tuple(2.0, "laga dari Thailand"),
                        tuple(4.0, "laga dari Inggris"));
    }

    /**
     * sindonews.com, 14 September 2019: a player's appearances are counted for him, the name written before them, as a
     * side's matches are.
     */
    @Test
    void aPlayersAppearancesCountThePlayerNamedBeforeThem() {
        String body = "Salah telah mencetak gol di masing-masing dari tiga penampilan terakhirnya di Liga Primer.";
        List<Entity> players = List.of(named(body, "Salah", EntityType.PER));
        assertThat(find(body, players, List.of(), List.of(), null)).extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(3.0, "penampilan dari Salah"));
    }

    /**
     * sindonews.com and tempo.co, 12 September 2019: cities and regencies written together in either order are one
     * count of the regions of that level; a comma lists counts of their own.
     */
    @Test
    void regionsOfOneLevelWrittenTogetherAreOneCount() {
        assertThat(find("Sementara untuk daerahnya tersebar di tujuh kota dan kabupaten, yakni Karawang dan Bekasi."))
                .extracting(Claim::text, Claim::unit, Claim::subject)
                .containsExactly(tuple("tujuh kota dan kabupaten", "kabupaten", "kota dan kabupaten"));
        assertThat(find("Tim melibatkan kepala dinas di tujuh kabupaten dan kota."))
                .extracting(Claim::unit, Claim::subject).containsExactly(tuple("kabupaten", "kabupaten dan kota"));
        assertThat(find("Kerusuhan terjadi di empat kabupaten/kota."))
                .extracting(Claim::unit, Claim::subject).containsExactly(tuple("kabupaten", "kabupaten/kota"));
        assertThat(find("Bantuan dikirim ke dua kota, tiga kabupaten."))
                .extracting(Claim::unit).containsExactly("kota", "kabupaten");
    }

    /** kompas.com, 15 September 2019: the side a team won against is not the side whose matches are counted. */
    @Test
    void theOpponentIsNotTheSideWhoseMatchesAreCounted() {
        String body = "Liverpool menang atas Newcastle United untuk memimpin, dengan hasil sempurna dari lima pertandingan.";
        List<Entity> sides = List.of(named(body, "Liverpool", EntityType.ORG),
                named(body, "Newcastle United", EntityType.ORG));
        assertThat(find(body, sides, List.of(), List.of(), null)).extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(5.0, "pertandingan dari Liverpool"));
    }

    /**
     * tempo.co, 13 September 2019: a bare {@code titik} counts the hotspots its paragraph names; sindonews.com's
     * road points of the odd-even rule keep their own words.
     */
    @Test
    void aBarePointCountsTheHotspotsItsParagraphNames() {
        String body = "Berdasarkan pantauan BMKG akumulasi jumlah titik panas tanggal 12 September 2019, di wilayah"
                + " Sumatera terpantau 1.231 titik, di Kalimantan terpantau 1.865 titik.\n\n"
                + "Pemprov DKI Jakarta meminta polisi mengusulkan kebutuhan ETLE untuk dipasang di 25 titik.";
        assertThat(find(body)).extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(1231.0, "titik panas"), tuple(1865.0, "titik panas"), tuple(25.0, "titik"));
    }

    /** tempo.co, 11 September 2019: a rough figure of a scale counts the common noun after it as digits do. */
    @Test
    void aRoughFigureOfAScaleCountsTheNounAfterIt() {
        String body = "Kondisinya dari 70 juta keluarga, ada 500 ribuan lebih kepala keluarga yang tidak mampu membayar"
                + " biaya pemasangan listrik.";
        assertThat(find(body)).extracting(Claim::category, Claim::value, Claim::qualifier, Claim::subject)
                .containsExactly(tuple(ClaimCategory.COUNT, 7.0e7, Qualifier.EXACT, "keluarga"),
                        tuple(ClaimCategory.COUNT, 5.0e5, Qualifier.MORE_THAN, "kepala keluarga"));
    }

    /**
     * tempo.co, 13 September 2019, and sindonews.com, 10 September 2019: a name in capitals listed after a count is
     * its list's next counted item; a number before a name with no count before it stays no claim.
     */
    @Test
    void aNameListedAfterACountIsTheNextCountedItem() {
        String body = "Adapun di masing-masing provinsi ditempatkan petugas sebanyak 1.512 personel yang terdiri dari"
                + " 1.000 orang anggota TNI, 200 Polri, 312 petugas Badan Penanggulangan Bencana Daerah, organisasi"
                + " perangkat daerah, dan masyarakat yang direkrut untuk membantu.\n\nTop 8 tunggal dan ganda yang lolos"
                + " ke Final WTA dihitung dalam Race to Shenzhen, dari 53 turnamen WTA dan empat Grand Slams.";
        assertThat(find(body)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(1512.0, "personel"), tuple(1000.0, "anggota TNI"), tuple(200.0, "Polri"),
                tuple(312.0, "petugas Badan Penanggulangan Bencana"), tuple(8.0, "tunggal"),
                tuple(53.0, "turnamen WTA"), tuple(4.0, "Grand Slams"));
        assertThat(find("Dia menjadi pemain Top 8 musim ini.")).isEmpty();
        assertThat(find("Lalu Musi Rawas Utara 17 titik api, OKU Timur 14 titik api, Empat Lawang 10 titik api."))
                .extracting(Claim::value).containsExactly(17.0, 14.0, 10.0);
    }

    /**
     * sindonews.com, 12 September 2019: the outcome word after the place of the people counted gives their category
     * with the place's short form in brackets between them.
     */
    @Test
    void anOutcomeAfterAPlaceAndItsShortFormGivesTheCategory() {
        String body = "Sebanyak 4.102 pengendara di Kota Tangerang Selatan (Tangsel) terjaring Operasi Patuh Jaya yang"
                + " dilaksanakan Satlantas Polres Tangsel.";
        assertThat(find(body)).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.ARRESTED, 4102.0));
    }

    /**
     * kompas.com, 10 September 2019: reported speech followed in its paragraph by figures that are its speaker's goes on
     * in the next paragraph of figures; speech followed by no figure of its speaker's does not.
     */
    @Test
    void reportedSpeechFollowedByItsFiguresGoesOnInTheNextParagraph() {
        String body = "Fahtoni menuturkan, dana yang diberikan Kivlan berasal dari Habil Marati. Habil memberikan uang"
                + " 15.000 dolar Singapura kepada Kivlan.\n\nKivlan memberikan uang itu kepada Helmi untuk ditukarkan ke"
                + " uang rupiah. Helmi pun menukarkan 15.000 dolar Singapura itu tempat penukaran uang dan menerima"
                + " Rp 151,5 juta.";
        int said = body.indexOf("dana yang");
        Quote fahtoni = personSaying(body, said, body.indexOf(". Habil"), QuoteKind.INDIRECT, "Fahtoni", "menuturkan");
        assertThat(find(body, List.of(), List.of(fahtoni), List.of(), null)).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(15000.0, "Fahtoni"), tuple(15000.0, "Fahtoni"), tuple(1.515e8, "Fahtoni"));
        String noFigure = "Fahtoni menuturkan, dana yang diberikan Kivlan berasal dari Habil Marati. Habil kemudian"
                + " pergi.\n\nHelmi menerima Rp 151,5 juta.";
        Quote plain = personSaying(noFigure, noFigure.indexOf("dana yang"), noFigure.indexOf(". Habil"),
                QuoteKind.INDIRECT, "Fahtoni", "menuturkan");
        assertThat(find(noFigure, List.of(), List.of(plain), List.of(), null)).extracting(Claim::claimant)
                .containsExactly((String) null);
    }

    /** tempo.co, 16 September 2019: an engine's power and torque are its specification, not a tally. */
    @Test
    void anEnginesPowerAndTorqueAreNoCounts() {
        assertThat(find("Mesin ini di atas kertas diklaim sanggup menghasilkan tenaga maksimum 143 hp dan 250 Nm."))
                .isEmpty();
    }

    /**
     * tempo.co and kompas.com, 10 September 2019: after {@code angka} a number is a count when a counted noun follows
     * it; an article of law's item stays a code.
     */
    @Test
    void aFigureAfterAngkaCountsTheNounAfterIt() {
        assertThat(find("Menurut Anies, hitungan tersebut baru mencakup penumpang Transjakarta yang menembus angka 980"
                + " penumpang, ditambah dengan penumpang MRT.")).extracting(Claim::category, Claim::value, Claim::subject)
                .containsExactly(tuple(ClaimCategory.COUNT, 980.0, "penumpang"));
        assertThat(find("Kemudian ada pula Galaxy J2 Core yang terjual 9,9 juta unit dan Galaxy A30 dengan angka 9,2"
                + " juta unit.")).extracting(Claim::value).containsExactly(9.9e6, 9.2e6);
        assertThat(find("Selanjutnya, pengaturan mengenai dimulainya kewajiban besertifikasi halal diatur pada Pasal 67"
                + " angka 1 UU JPH yang menyebutkan.")).isEmpty();
    }

    /**
     * okezone.com, 16 September 2019 (the Cipularang toll road crash): a number word written twice by a slip is read
     * once, so the whole the identified bodies are picked out of is eight, not sixteen.
     */
    @Test
    void aNumberWordWrittenTwiceBySlipIsReadOnce() {
        assertThat(find("Polisi melakukan identifikasi terhadap empat dari delapan delapan jenazah korban kecelakaan"
                + " maut di Tol Cipularang, Purwakarta, Jawa Barat, tadi siang.")).extracting(Claim::value)
                .contains(8.0).doesNotContain(16.0);
    }

    /**
     * kompas.com, 10 September 2019: the others of a count ({@code 10 lainnya}) are a count as their part named before
     * is; sindonews.com, 16 September 2019: a phone's number before {@code lainnya} is its name's.
     */
    @Test
    void theOthersOfACountAreACount() {
        assertThat(find("Jokowi bahkan berang karena dari 33 perusahaan yang dua bulan lalu keluar dari Tiongkok, 23"
                + " memilih di Vietnam, 10 lainnya perginya ke Malaysia, Thailand, dan Kamboja."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 33.0), tuple(ClaimCategory.COUNT, 10.0));
        assertThat(find("Karena kita telah melihat tata letak umum yang sama pada sejumlah kebocoran Mate 30 lainnya,"
                + " serta render CAD P30 Pro yang sangat rinci.")).isEmpty();
    }

    /**
     * kompas.com, tribunnews.com (10 September 2019) and tempo.co (13 September 2019): trainers and candidates, written
     * in capitals too, medals and small businesses are counted.
     */
    @Test
    void trainersCandidatesMedalsAndSmallBusinessesAreCounted() {
        assertThat(find("Adapun terdapat sekitar 139 Trainer yang mengikuti kegiatan ini.")).extracting(Claim::value,
                Claim::subject).containsExactly(tuple(139.0, "Trainer"));
        assertThat(find("Komisi III DPR RI nantinya akan memilih lima nama dari 10 Capim , untuk memimpin lembaga"
                + " antirasuah periode 2019-2023.")).extracting(Claim::value).contains(10.0);
        assertThat(find("Pada kategori perorangan, Tim Pelajar DKI Jakarta yang terdiri dari 8 pelajar berhasil meraih"
                + " 8 medali, yaitu 4 medali perak dan 4 medali perunggu.")).extracting(Claim::subject)
                .containsExactly("pelajar", "medali", "medali perak", "medali perunggu");
        assertThat(find("Ketujuh lokasi tersebut, yaitu Danau Toba, Tanjung Kelayang, Kepulauan Seribu, Tanjung Lesung,"
                + " Bromo Tengger, Borobudur dan Mandalika dengan total limit Rp 251 miliar kepada 3.114 UMKM."))
                .extracting(Claim::value).containsExactly(2.51e11, 3114.0);
    }

    /**
     * sindonews.com and okezone.com, 10 September 2019: a figure with nothing counted after it counts the people whose
     * noun stands a few words before its predicate and its hedge.
     */
    @Test
    void aBareFigureCountsThePeopleNamedBeforeItsPredicate() {
        assertThat(find("Di Indonesia sendiri, Djoko mengungkap pengguna iPhone ada sekitar 100.000 lebih di"
                + " Indonesia.")).extracting(Claim::category, Claim::value, Claim::qualifier)
                .containsExactly(tuple(ClaimCategory.COUNT, 100_000.0, Qualifier.ABOUT));
        assertThat(find("Dia menyebutkan, peminat kereta api di atas 300 juta dalam setahun. Sedangkan penumpang pesawat"
                + " domestik mencapai 160 jutaan.")).extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(1.6e8, "penumpang"));

        // sindonews.com, 10 September 2019: three words may stand between the people and the predicate
        assertThat(find("Kepala Kantor Badan Kesatuan Bangsa dan Politik Kabupaten Pangandaran Solih AP mengatakan, dari 70"
                + " WNA yang memiliki Kitas ada 24, sementara yang memiliki Kitap ada 27 dan 19 menggunakan Visa kunjungan."))
                .extracting(Claim::value).contains(24.0);
        // sindonews.com, 13 September 2019: a figure the scrape cut at its comma goes on after it
        assertThat(find("Citilink yang berhasil menguasai 14,5 persen pasar penumpang domestik atau sebanyak 14, 65 juta"
                + " penumpang domestik.")).extracting(Claim::value).doesNotContain(14.0);
    }

    /**
     * okezone.com and sindonews.com, 10 September 2019: the minute of a match and a place in a ranking are no counts;
     * sindonews.com, 16 September 2019: a rate of exchange at a place is money all the same.
     */
    @Test
    void aMinuteOfAMatchAndARankAreNoCountsButARateThereIsMoney() {
        assertThat(find("Usaha mereka untuk unggul lebih dulu akhirnya benar-benar berhasil pada menit 17 lewat aksi Ryan"
                + " Babel.")).isEmpty();
        assertThat(find("Keberhasilan mencapai perempat final membuatnya nangkring di posisi 21 dunia.")).isEmpty();
        assertThat(find("Crown Norwegia melonjak sebanyak 0,7% lalu menetap di posisi 8,964 terhadap dolar, naik 0,3%"
                + " pada hari ini.")).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.PERCENT, 0.7), tuple(ClaimCategory.MONEY, 8.964), tuple(ClaimCategory.PERCENT, 0.3));
    }

    /** sindonews.com, 10 September 2019: pounds are money. */
    @Test
    void poundsAreMoney() {
        assertThat(find("Saat ini, United masih membayar Sanchez 300.000 pounds (Rp5 miliar) dari gajinya."))
                .extracting(Claim::category, Claim::value, Claim::unit).containsExactly(
                        tuple(ClaimCategory.MONEY, 300_000.0, "pound"), tuple(ClaimCategory.MONEY, 5e9, "rupiah"));
    }

    /**
     * okezone.com and tempo.co, 16 September 2019: people who caught the haze's respiratory infection are affected;
     * sindonews.com, 16 September 2019: drivers struck by a fine are counted.
     */
    @Test
    void peopleWhoCaughtTheRespiratoryInfectionAreAffected() {
        assertThat(find("Sebanyak 6.025 orang di Kalimantan Barat terkena penyakit ISPA (Infeksi Saluran Pernafasan),"
                + " akibat kebakaran hutan dan lahan (Karhutla) yang terjadi beberapa bulan terakhir."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.AFFECTED, 6025.0));
        assertThat(find("Endang Sri Lestari mengungkapkan, dari jumlah 11.591 orang penderita infeksi saluran pernapasan"
                + " akut atau , di daerah itu, penderita terbanyak terdapat di Palangka Raya, mencapai 2.139 orang."))
                .extracting(Claim::category).first().isEqualTo(ClaimCategory.AFFECTED);
        assertThat(find("Menurutnya, pelanggar terbanyak ada di hari ketiga sebanyak 2.026 pengendara yang terkena"
                + " penilangan."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 2026.0));
        // okezone.com, 12 September 2019: a type of a disease is no figure
        assertThat(find("Kamu harus lebih berhati hati dengan gaya hidupmu, karena hasil penelitian para ahli di Jerman"
                + " menyatakan bahwa orang yang memiliki postur tubuh pendek, memiliki risiko lebih tinggi terkena penyakit diabetes tipe 2 dibandingkan orang yang memiliki postur"
                + " tubuh tinggi.")).isEmpty();
    }

    /**
     * cnnindonesia.com, 8 April 2017 and 13 September 2017: bare numbers listed after a count, each with a place or
     * an origin of its own, are items of that count, in its category; a number with a counting word of its own
     * and a number in capitals are not taken so.
     */
    @Test
    void aBareNumberListedWithItsOwnPlaceIsAnItemOfTheCountBefore() {
        String stockholm = "Polisi juga mengidentifikasi empat orang korban yang tewas, dua dari Swedia, satu orang"
                + " berkebangsaan Inggris dan satu orang Belgia.";
        assertThat(find(stockholm)).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.KILLED, 4.0), tuple(ClaimCategory.KILLED, 2.0));
        String strike = "Namun angka resmi menempatkan jumlah pemrotes sebanyak 24.000 orang di Paris dan 7.500 di"
                + " Marseille.";
        List<Entity> cities = List.of(named(strike, "Paris", EntityType.LOC), named(strike, "Marseille", EntityType.LOC));
        assertThat(find(strike, cities, List.of(), List.of(), null))
                .extracting(Claim::category, Claim::value, Claim::unit, Claim::subject).containsExactly(
                        tuple(ClaimCategory.COUNT, 24000.0, "orang", "orang di Paris"),
                        tuple(ClaimCategory.COUNT, 7500.0, "orang", "orang di Marseille"));
        assertThat(find("Pertandingan berlangsung 90 menit, 15 di Jakarta.")).isEmpty();
        assertThat(find("Polisi menangkap lima orang di Depok, Dua di Bogor.")).extracting(Claim::value)
                .containsExactly(5.0);
    }

    /**
     * cnnindonesia.com, 22 November 2017: a bare sum written out in full after a rupiah sum written so is money; a
     * bare number of another size, or after a sum written with a scale word, is not.
     */
    @Test
    void aBareSumWrittenInFullAfterASumInFullIsMoney() {
        String wages = "\" UMK Jabar 2018 tertinggi ialah Kabupaten Karawang yakni Rp 3.919.291, terendah ialah"
                + " Pangandaran 1.558.793, \" kata Kepala Dinas Tenaga Kerja Ferry Sofwan Arief.";
        assertThat(find(wages)).extracting(Claim::category, Claim::value, Claim::unit).containsExactly(
                tuple(ClaimCategory.MONEY, 3919291.0, "rupiah"), tuple(ClaimCategory.MONEY, 1558793.0, "rupiah"));
        assertThat(find("UMK tertinggi ialah Karawang yakni Rp 3,9 juta, terendah ialah Pangandaran 1.558.793."))
                .extracting(Claim::value).containsExactly(3900000.0);
        assertThat(find("UMK tertinggi ialah Karawang yakni Rp 3.919.291, terendah ialah Pangandaran 1.558."))
                .extracting(Claim::value).containsExactly(3919291.0);
    }

    /** What a person says in {@code body} between {@code start} and {@code end}, as the quote stage gives it. */
    private static Quote personSaying(String body, int start, int end, QuoteKind kind, String person, String cue) {
        return new Quote(body.substring(start, end), kind, person, EntityType.PER, cue, start, end);
    }

    /**
     * sindonews.com and okezone.com, 14-15 September 2019: a figure with no counting word counts in the one written after
     * the next figure it is joined to by {@code dan} or {@code menjadi} (Daihatsu's sales of July and August, of two
     * Gran Max models), as okezone.com's {@code yakni 923 unit} writes it; a figure joined some other way does not.
     */
    @Test
    void aFigureJoinedToTheNextCountsInItsCountingWord() {
        String body = "Terios mengalami peningkatan whole sales dari 1.080 unit, menjadi 3.335 unit, atau meningkat drastis"
                + " sebesar 208%, dan retail sales dari 923, menjadi 1.643 unit, meningkat sebesar 78%.\n\n"
                + "Kemudian dua tipe model Daihatsu Gran Max, minbus dan pickup, menyusul dengan pencapaian masing-masing"
                + " 2.989 dan 1.763 unit yang terjual ke konsumen.\n\nPasal 21 ayat 3 mengatur 40 unit.\n\n"
                + "Jumlah korban meninggal 6 orang , korban luka berat 7 dan 28 korban luka ringan.\n\n"
                + "Sehingga total kantor pada Agustus 2019 menjadi 2.788 kantor.";
        assertThat(find(body)).filteredOn(c -> c.category() == ClaimCategory.COUNT)
                .extracting(Claim::text, Claim::value, Claim::unit).containsExactly(
                        tuple("1.080 unit", 1080.0, "unit"), tuple("3.335 unit", 3335.0, "unit"),
                        tuple("923", 923.0, "unit"), tuple("1.643 unit", 1643.0, "unit"),
                        tuple("dua tipe model Daihatsu Gran", 2.0, "tipe"),
                        tuple("2.989", 2989.0, "unit"), tuple("1.763 unit", 1763.0, "unit"), tuple("40 unit", 40.0, "unit"),
                        tuple("2.788 kantor", 2788.0, "kantor"));
        // sindonews.com, 12 September 2019 (a traffic raid): a figure read with the words before it keeps them
        assertThat(find(body)).filteredOn(c -> c.category() == ClaimCategory.INJURED)
                .extracting(Claim::text, Claim::value).containsExactly(tuple("luka berat 7", 7.0),
                        tuple("28 korban luka ringan", 28.0));
    }

    /**
     * tempo.co, 13 September 2019, and kompas.com, 15 September 2019: in {@code dari 5 menjadi 10 orang} the earlier
     * figure is the value the later replaced, so the later still reads the total both are figures of.
     */
    @Test
    void aValueReplacedLeavesItsTotalToTheNewValue() {
        String body = "Dewan meminta jumlah pimpinan MPR bertambah dari 5 menjadi 10 orang.\n\n"
                + "Selain itu, jumlah perempuan yang melaju ke Senayan dari Partai Golkar meningkat dari 17 menjadi 19"
                + " orang.";
        assertThat(find(body)).extracting(Claim::text, Claim::value, Claim::subject).containsExactly(
                tuple("5", 5.0, "orang"), tuple("10 orang", 10.0, "jumlah pimpinan"),
                tuple("17", 17.0, "orang"), tuple("19 orang", 19.0, "jumlah perempuan"));
    }

    /** okezone.com, 12 September 2019, and sindonews.com, 16 September 2019: a share written with a decimal point. */
    @Test
    void aPointBeforeOneOrTwoDigitsAndAPercentSignIsADecimalPoint() {
        assertThat(find("Adapun saham-saham yang bergerak dalam jajaran top gainers, antara lain, saham Erajaya Swasembada"
                + " Tbk (ERAA) naik Rp120 atau 6,69% ke Rp1.915, saham Agung Podomoro Land Tbk (APLN) naik Rp12 atau 4.76%"
                + " ke Rp264, dan saham Bank Tabungan Negara (Persero) naik Rp80 atau 3.67% ke Rp2.260."))
                .filteredOn(c -> c.category() == ClaimCategory.PERCENT).extracting(Claim::value)
                .containsExactly(6.69, 4.76, 3.67);
        assertThat(find("Pejabat tinggi China mengatakan akan memangkas jumlah cadangan minimum yang harus dimiliki oleh"
                + " perbankan sebesar 0.5% yang mulai efektif 16 September."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.PERCENT, 0.5));
        // a point before three digits still groups thousands, and a clock time is no share
        assertThat(find("Sebanyak 1.500 orang hadir pukul 10.30 WIB.")).extracting(Claim::value).containsExactly(1500.0);
    }

    /** tribunnews.com, 10 September 2019: {@code ke} before a figure in millions opens a count, not a rank. */
    @Test
    void aFigureInMillionsAfterKeIsNoRank() {
        assertThat(find("Pencabutan subsidi ini diperkirakan akan berdampak ke 24,4 juta pelanggan."))
                .extracting(Claim::value, Claim::subject).containsExactly(tuple(2.44e7, "pelanggan"));
        assertThat(find("Ia menjadi juara ke 24 dari 30 peserta.")).extracting(Claim::value).containsExactly(30.0);
    }

    /**
     * tempo.co, 11 September 2019, and tribunnews.com, 10 September 2019: a number in words with a round plural after
     * it is about that many of the plural's size, not the number alone.
     */
    @Test
    void aNumberInWordsRoundedByAPluralIsAboutThatManyThousands() {
        assertThat(find("“Hingga akhir Juli informasi yang kami terima jumlah tunggakan mencapai sekira Rp 9 miliar dari"
                + " tiga ribuan warga yang menunggak,” kata dia kepada Tempo, Rabu, 11 September 2019."))
                .filteredOn(c -> c.category() == ClaimCategory.COUNT)
                .extracting(Claim::value, Claim::qualifier).containsExactly(tuple(3000.0, Qualifier.ABOUT));
        assertThat(find("Diperkirakan muatan rosok yang terbakar tersebut senilai satu jutaan rupiah."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.MONEY, 1e6));
        // okezone.com, 10 September 2019: a round plural alone is still no figure
        assertThat(find("Kebakaran hutan yang terjadi di Negara bagian Queensland, Australia membuat ratusan warga mengungsi"
                + " karena ancaman kebakaran masih akan berlanjut.")).isEmpty();
    }

    /**
     * sindonews.com, 16 September 2019: a source a paragraph names by a cue is the source of the figures of the
     * paragraphs after it that carry it on, until a paragraph names a source of its own.
     */
    @Test
    void aSourceNamedByACueCarriesOnIntoTheParagraphsOfFiguresAfterIt() {
        String body = "Di sisi lain seperti dilansir Reuters, mata uang negara eksportir minyak menanjak naik pada"
                + " perdagangan, Senin setelah setelah serangan drone terhadap fasilitas kilang minyak Arab Saudi.\n\n"
                + "Harga minyak mentah dunia melonjak menyusul serangan terhadap dua kilang Saudi Aramco yang merupakan"
                + " perusahaan raksasa minyak dunia, hingga yang melumpuhkan lebih dari 5% produksi minyak global.\n\n"
                + "Crown Norwegia melonjak sebanyak 0,7% lalu menetap di posisi 8,964 terhadap dolar, naik 0,3% pada hari"
                + " ini.\n\n"
                + "Menurut kurs referensi Jakarta Interbank Spot Dollar Rate (Jisdor) BI, rupiah masih tertahan pada zona"
                + " merah di posisi Rp14.020/USD untuk menjadi sinyal keterpurukan mata uang Garuda.";
        // the last paragraph names its own source (one this stage does not read as a name): Reuters' ends before it
        assertThat(find(body)).extracting(Claim::text, Claim::claimant).containsExactly(
                tuple("dua kilang Saudi Aramco", "Reuters"), tuple("lebih dari 5%", "Reuters"),
                tuple("0,7%", "Reuters"), tuple("8,964 terhadap dolar", "Reuters"), tuple("0,3%", "Reuters"),
                tuple("Rp14.020", null));
    }

    @Test
    void peopleInHouseholdsAnOutcomeBeforeThemTellsOfShareIt() {
        // okezone.com, 13 September 2019: the heads of households, capitalised, are people, and the people in them
        // were evacuated too
        assertThat(find("Tim Reaksi Cepat (TRC) Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sitaro mengevakuasi"
                + " 16 Kepala Keluarga dengan total 47 jiwa warga Desa Winangun, Kecamatan Siau Barat Utara, Kabupaten"
                + " Sitaro, Sulawesi Utara.")).extracting(Claim::category, Claim::value).containsExactly(
                        tuple(ClaimCategory.AFFECTED, 16.0), tuple(ClaimCategory.AFFECTED, 47.0));
        // kompas.com, 11 September 2019: households joined by "atau" to their people take the outcome after them
        assertThat(find("\"18 rumah ini dari dua RT, dari data sementara ada 25 KK atau 82 jiwa yang terpaksa mengungsi,\""
                + " tambah Hilmi.")).extracting(Claim::category, Claim::value).containsExactly(
                        tuple(ClaimCategory.COUNT, 18.0), tuple(ClaimCategory.DISPLACED, 25.0),
                        tuple(ClaimCategory.DISPLACED, 82.0));
    }

    @Test
    void hostagesAreAffectedByTheNearestOutcomeBeforeThem() {
        // kumparan, 29 May 2017: the Shah fled (mengungsi), the 52 Americans were held hostage
        assertThat(find("Beberapa peristiwa tersebut di antaranya, Revolusi Iran dengan tumbangnya Raja Shah Iran yang"
                + " kemudian mengungsi ke AS, penyanderaan 52 warga AS di Kedutaan Besar AS di Teheran sekaligus gagalnya"
                + " misi penyelamatan mereka, dan invansi Soviet ke Afghanistan.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.AFFECTED, 52.0));
    }

    @Test
    void framesASecondAndMillisecondsAreMeasures() {
        // okezone.com and sindonews.com, September 2019
        assertThat(find("Apple mengatakan kecepatan chip memungkinkan pengambilan gambar 4K dengan 60 fps serta HDR."))
                .isEmpty();
        assertThat(find("Laptop ini menawarkan keyboard dengan backlit putih serta waktu respon di bawah 1 milidetik."))
                .isEmpty();
    }

    @Test
    void aNameGivenAgainAfterAliasIsNotWhatANumberCounts() {
        // kompas.com and okezone.com, September 2019
        assertThat(find("Hal ini membuatnya kerap mendapat komentar nyinyir dari netizen +62 alias warganet Indonesia."))
                .isEmpty();
        assertThat(find("Ia mendukung langkah Gubernur Anies Rasyid Baswedan yang mengizinkan pedagang kaki lima alias PKL"
                + " untuk berdagang di atas trotoar.")).isEmpty();
        assertThat(find("Sedangkan pada sisi interior, nuansa kabin lebih modern dengan sentuhan dua warna alias two tone"
                + " yakni paduan abu-abu gelap dan muda.")).extracting(Claim::text).containsExactly("dua warna");
    }

    /**
     * tribunnews.com, 11 September 2019: the line of a sum lost its stop to a scrape, which put a stray {@code -.} on the
     * next line; a line of a few capitalised words is still no sentence.
     */
    @Test
    void aSentenceWhoseStopAScrapeLostStillClaims() {
        String body = "Petugas Bea Cukai Kudus menghentikan mobil yang menjadi target operasi dan menemukan tumpukan"
                + " karton berisi rokok ilegal.\n\n\u201cDari hasil penindakan ini nilai kerugian negara yang berhasil"
                + " diselamatkan adalah sebesar Rp132.178.200\n\n-. Nilai ini dihitung dari jumlah cukai, PPn hasil"
                + " tembakau serta pajak rokok,\u201d jelas Iman.";
        assertThat(find(body)).extracting(Claim::text, Claim::value).containsExactly(tuple("Rp132.178.200", 132_178_200.0));
        assertThat(find("Petugas menyita rokok ilegal di Kudus.\n\nTabel Rp132.178.200\n\nPetugas lalu pergi."))
                .isEmpty();
    }

    /** okezone.com, 12 September 2019: the counting word of a figure in brackets after it. */
    @Test
    void aCountingWordInBracketsCounts() {
        assertThat(find("\"Dibandingkan 5 tahun lalu yang cuman 70 jutaan (jiwa) terjadi peningkatan lebih dari 100%.\""))
                .extracting(Claim::text, Claim::value, Claim::qualifier)
                .contains(tuple("70 jutaan (jiwa)", 70_000_000.0, Qualifier.ABOUT));
    }

    /** kompas.com, 10 September 2019: a particle's size in microns is a measure, no count. */
    @Test
    void micronsMeasure() {
        assertThat(find("PM2.5 merupakan partikel udara berukuran lebih kecil dari 2.5 mikron atau 1/30 diameter sehelai"
                + " rambut manusia.")).isEmpty();
    }

    /**
     * kompas.com, 16 September 2019: a stray comma after {@code Rp} and the Dutch spelling {@code miljar} of the
     * same release still write the sums of the tourism budget.
     */
    @Test
    void aRupiahSumReadsPastAStrayCommaAndTheDutchSpellingOfItsScale() {
        String body = "Labuan Bajo sebesar Rp. 207,6 miliar, dan Destinasi Mandalika sebesar Rp, 26,5 miliar. Lalu, untuk"
                + " enam destinasi wisata prioritas, yaitu Morotai sebesar Rp. 18,5 miljar, Wakatobi Rp. 19,7 miliar.";
        assertThat(find(body)).filteredOn(c -> c.category() == ClaimCategory.MONEY).extracting(Claim::value)
                .containsExactly(207.6e9, 26.5e9, 18.5e9, 19.7e9);
    }

    /** kompas.com, 10 September 2019: {@code roda dua} names a kind of bicycle, not two of the importers after it. */
    @Test
    void wheelsNamingAKindOfVehicleCountNothing() {
        String body = "Di Semarang, Kemendag memusnahkan mainan anak, biji plastik, dan sepeda roda dua dari empat importir.";
        assertThat(find(body)).extracting(Claim::value, Claim::unit).containsExactly(tuple(4.0, "importir"));
    }

    /** sindonews.com, 12 September 2019: the outlet's misspelt {@code pendaptar} counts registrants all the same. */
    @Test
    void misspeltRegistrantsBeforeABareFigureAreCounted() {
        String body = "Kegiatan usaha sebanyak 789 tersebut terdiri dari kegiatan usaha yang diperpanjang sebanyak 153"
                + " orang dan kegiatan usaha pendaptar baru sebanyak 636.";
        assertThat(find(body)).extracting(Claim::value).contains(636.0);
    }

    /**
     * A person named in the source phrase gives the figure, not the office they head; a record named by its kind
     * alone ({@code Berdasarkan data}) leaves the figure to the statement's speaker (sindonews.com, 12 September 2019).
     */
    @Test
    void theClaimantIsThePersonOfTheSourcePhraseAndNotARecordsKind() {
        String head = "Menurut Kepala Dinas Kesehatan Budi Santoso, 45 pasien masih dirawat di rumah sakit.";
        List<Entity> people = List.of(named(head, "Dinas Kesehatan", EntityType.ORG),
                named(head, "Budi Santoso", EntityType.PER));
        assertThat(find(head, people, List.of(), List.of(), null)).extracting(Claim::claimant)
                .containsExactly("Budi Santoso");
        String body = "\"Berdasarkan data, angka investasi penanaman modal usaha pada tahun 2017 di Kabupaten Pangandaran"
                + " tercatat Rp528.540.864.250,\" tambahnya.";
        Quote sobirin = personSaying(body, 1, body.indexOf(",\""), QuoteKind.DIRECT, "Sobirin", "tambah");
        assertThat(find(body, List.of(), List.of(sobirin), List.of(), null)).extracting(Claim::claimant)
                .containsExactly("Sobirin");
    }

    /**
     * A bare part counts what its whole counts: in the sentence the whole opens, and right before a verb in the
     * passive after the tally that closed the sentence before (kompas.com, 16 September 2019, the fog at Pekanbaru's
     * airport); a number larger than that tally is no part of it.
     */
    @Test
    void aBarePartCountsWhatItsWholeCounts() {
        assertThat(find("Dari 25 rencana penerbangan, 18 dibatalkan.")).extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(25.0, "rencana penerbangan"), tuple(18.0, "rencana penerbangan"));
        String body = "Kemudian, ada 25 rencana pendaratan pesawat. Namun, karena kondisi masih berkabut, 18 dibatalkan"
                + " dan 7 pesawat kembali ke bandara asal.";
        assertThat(find(body)).extracting(Claim::value, Claim::subject).containsExactly(
                tuple(25.0, "rencana pendaratan pesawat"), tuple(18.0, "rencana pendaratan pesawat"),
                tuple(7.0, "pesawat"));
        assertThat(find("Kemudian, ada 25 rencana pendaratan pesawat. Namun, 40 dibatalkan."))
                .extracting(Claim::value).containsExactly(25.0);
    }

    /**
     * kompas.com, 16 September 2019: a team's points after {@code poin}, then the matches they came from, are a
     * tally; {@code poin} before a number with no matches after it still opens a list's item.
     */
    @Test
    void pointsWrittenBeforeTheirNumberAndTheMatchesAreATally() {
        assertThat(find("Rossonerri mengumpulan poin enam dari tiga laga, sama dengan yang diraih Torino."))
                .extracting(Claim::value, Claim::unit).containsExactly(tuple(6.0, "poin"), tuple(3.0, "laga"));
        assertThat(find("Hal itu diatur dalam poin enam perjanjian tersebut.")).isEmpty();
    }

    /** rimanews.com, 21 February 2017: a number in words opening the lead after the dateline's dash is a count. */
    @Test
    void aCountOpeningTheLeadAfterTheDatelinesDashIsRead() {
        assertThat(find("Rimanews - Tiga pria dianggap sangat beruntung karena berhasil selamat setelah perahu yang"
                + " mereka naiki tenggelam di sungai penuh buaya.")).extracting(Claim::value, Claim::subject)
                .containsExactly(tuple(3.0, "pria"));
        assertThat(find("Skor akhir 3 - 0 untuk tuan rumah.")).isEmpty();
    }

    /** antaranews.com, 26 October 2017: neither end of a range is a figure. */
    @Test
    void aRangeHoldsNoFigure() {
        assertThat(find("Semen Padang hanya kehilangan dua sampai tiga trip pengiriman semen, kata dia.")).isEmpty();
        assertThat(find("Kereta tersebut membawa sebanyak 24 gerbong yang berisikan semen curah."))
                .extracting(Claim::value).containsExactly(24.0);
    }

    /**
     * IndoSum (Pos Kota, 4 May 2017) and okezone.com, 16 September 2019: {@code s.d} and {@code s/d}, {@code sampai
     * dengan} cut at its point or slash, join a range's ends as {@code sampai} does; the lower end counts no {@code s}.
     */
    @Test
    void aShortFormOfSampaiDenganJoinsARange() {
        assertThat(find("Obat ini bekerja secara efektif hingga waktu sekitar 20 s.d 24 jam dan setelah itu"
                + " dilaksanakan pembersihan hama.")).isEmpty();
        assertThat(find("Rekomendasi: Buy 1300 s/d 1305, TP 1330 s/d 1400, stop loss <1235.")).isEmpty();
    }

    /**
     * IndoSum (antaranews.com, 9 October 2017) and CLICK-ID week (tempo.co, 10 to 16 September 2019): a range whose
     * unit is written at both ends holds no single figure, as one written once does; a figure and its unit before
     * {@code hingga} and a day still count.
     */
    @Test
    void aRangeWithItsUnitAtBothEndsHoldsNoFigure() {
        assertThat(find("Namun, setelah dilakukan kajian, kebutuhan lahan untuk Stasiun Kedundang berkisar 20 hektare"
                + " sampai 25 hektare.")).isEmpty();
        assertThat(find("Di sana taksirannya ada 1,1 juta hingga 1,9 juta asteroid.")).isEmpty();
        assertThat(find("Dian Asmahani, Senior Brand Manager Wuling Motors, mengatakan ekspor akan dilakukan dalam waktu"
                + " dekat dengan target lebih dari 1.000 unit hingga akhir 2019.")).extracting(Claim::value)
                .containsExactly(1000.0);
    }

    /** antaranews.com, 3 December 2016: a height in the English spelling of centimetres is a measure. */
    @Test
    void aHeightInCentimetresIsAMeasure() {
        assertThat(find("Melihat perawakan Takeru Kobayashi layaknya bintang iklan setinggi 173 centimeter. Ia"
                + " menghabiskan 22 porsi mie instan goreng.")).extracting(Claim::value).containsExactly(22.0);
    }

    /** cnnindonesia.com, 19 June 2017: civilians trapped by a siege are affected. */
    @Test
    void civiliansTrappedAreAffected() {
        assertThat(find("Menurut Perserikatan Bangsa-Bangsa, sebanyak 100 ribu warga sipil terperangkap di sana."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.AFFECTED, 100000.0));
    }

    /** okezone.com, 13 September 2019: a figure before {@code dari} and a noun of people counts those people. */
    @Test
    void aFigureOfThePeopleNamedAfterDariCountsThem() {
        assertThat(find("Adapun sebanyak 1.576 dari pekerja pendaptar baru berasal dari sektor informal."))
                .extracting(Claim::value, Claim::unit).containsExactly(tuple(1576.0, "pekerja"));
    }

    /** cnnindonesia.com, 19 June 2017: the body of a place that states a figure claims it, not the place. */
    @Test
    void theBodyOfAPlaceStatingAFigureClaimsIt() {
        String body = "Tentara Irak memperkirakan jumlah mereka tak lebih dari 300 orang.";
        assertThat(find(body, List.of(named(body, "Irak", EntityType.LOC)), List.of(), List.of(), null))
                .extracting(Claim::value, Claim::claimant).containsExactly(tuple(300.0, "Tentara Irak"));
    }

    /**
     * The body that did what a figure counts gives it: kompas.com, 10 September 2019; tempo.co, 13 and 11 September
     * 2019. A person or a company doing it (kompas.com, 10 September 2019; tempo.co), a count reached or a fire names
     * no one.
     */
    @Test
    void theSubjectActingOnWhatAFigureCountsIsItsClaimant() {
        assertThat(find("Pencabulan pimpinan pondok pesantren tersebut menyeret kasus baru. Polisi mengamankan tiga"
                + " orang dalam kasus penyebaran berita bohong alias hoaks.")).extracting(Claim::value, Claim::claimant)
                .containsExactly(tuple(3.0, "Polisi"));
        String heli = "Untuk memadamkan kebakaran hutan di Riau, BNPB menerjunkan 7 heli water bombing.";
        Entity bnpb = new Entity("Badan Nasional Penanggulangan Bencana", EntityType.ORG,
                List.of("Badan Nasional Penanggulangan Bencana", "BNPB"), List.of(), List.of());
        assertThat(find(heli, List.of(bnpb, named(heli, "Riau", EntityType.LOC)), List.of(), List.of(), null))
                .extracting(Claim::claimant).containsExactly("Badan Nasional Penanggulangan Bencana");
        assertThat(find("Dalam dakwaan Kivlan, jaksa penuntut umum (JPU) hanya menyebutkan dua pejabat publik."))
                .extracting(Claim::claimant).containsExactly("jaksa penuntut umum (JPU)");
        String given = "Habil memberikan uang 15.000 dolar Singapura kepada Kivlan.";
        assertThat(find(given, List.of(named(given, "Habil", EntityType.PER), named(given, "Kivlan", EntityType.PER)),
                List.of(), List.of(), null)).extracting(Claim::claimant).containsOnlyNulls();
        String buses = "Saat ini, PT Transjakarta baru mengoperasikan tiga bus listrik.";
        assertThat(find(buses, List.of(named(buses, "PT Transjakarta", EntityType.ORG)), List.of(), List.of(), null))
                .extracting(Claim::claimant).containsOnlyNulls();
        assertThat(find("Kebakaran itu menghanguskan 12 rumah warga.")).extracting(Claim::claimant).containsOnlyNulls();
        String place = "Di Riau, Dumai mencatatkan 40 titik panas.";
        assertThat(find(place, List.of(named(place, "Dumai", EntityType.LOC)), List.of(), List.of(), null))
                .extracting(Claim::claimant).containsOnlyNulls();
    }

    /** cnnindonesia.com, 13 September 2017: a comma between the reporting verb and its figure. */
    @Test
    void aReportingVerbSetOffFromItsFigureByACommaStillNamesItsSubject() {
        String body = "CGT yang didukung komunis mengklaim, sekitar 400.000 orang bergabung dengan barisan nasional.";
        assertThat(find(body, List.of(named(body, "CGT", EntityType.ORG)), List.of(), List.of(), null))
                .extracting(Claim::value, Claim::claimant).containsExactly(tuple(400_000.0, "CGT"));
    }

    /** sindonews.com, 16 September 2019: a share's fall written with a minus sign and the period glued to it. */
    @Test
    void aShareWithItsPeriodGluedToThePercentSignIsRead() {
        assertThat(find("Ekonom Bank Permata Joshua Pardede memprediksi, neraca perdagangan Agustus diperkirakan surplus"
                + " USD177juta dengan laju ekspor diperkirakan sebesar -4.11%yoy, sementara laju impor sebesar"
                + " -10.55%yoy.")).filteredOn(c -> c.category() == ClaimCategory.PERCENT)
                .extracting(Claim::value, Claim::text).containsExactly(tuple(-4.11, "-4.11%yoy"),
                        tuple(-10.55, "-10.55%yoy"));
        assertThat(find("Skor akhir 3 -4 untuk tim tamu.")).extracting(Claim::value).doesNotContain(-4.0);
    }

    /** tempo.co, 11 September 2019: a condition after a round figure opens a clause, it counts nothing. */
    @Test
    void aConditionAfterAFigureIsNoCountingWord() {
        assertThat(find("\"Segi jumlah lumayan juga, ada 1000 an kalau tidak salah yang akan kami kejar, pajaknya"
                + " diatas Rp 1 miliar\" kata Faisal.")).extracting(Claim::unit).doesNotContain("kalau");
    }

    /** kumparan.com, 3 September 2017: the verb that killed them, not how they were caught, says what befell them. */
    @Test
    void aVerbKillingWhatTheFigureCountsOutweighsTheClauseAfterIt() {
        assertThat(find("Asrama yang dihuni sekitar 1.200 siswi itu terbakar dan menewaskan 8 siswi yang terjebak di"
                + " dalamnya.")).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.COUNT, 1200.0), tuple(ClaimCategory.KILLED, 8.0));
        assertThat(find("Sebanyak 30 warga terjebak banjir di Kampung Pulo.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.AFFECTED);
    }

    /**
     * cnnindonesia.com, 6 July 2017: the prosecutor named as the agent of the demand in one sentence demands the
     * figures of the next ones, named back or not; a figure with no demand in its sentence is not theirs.
     */
    @Test
    void aProsecutionsDemandIsTheProsecutorsNamedBefore() {
        String body = "Sebelumnya, La Nyalla didakwa menyalahgunakan wewenang dalam penggunaan dana hibah. Atas tindakannya"
                + " itu, La Nyalla dituntut enam tahun penjara oleh jaksa penuntut umum dari Kejaksaan Tinggi Jawa Timur."
                + "\n\nLa Nyalla juga dituntut membayar denda Rp 500 juta subsider enam bulan kurungan. Selain itu, jaksa"
                + " juga menuntut La Nyalla membayar uang pengganti Rp 1,1 miliar. Dana hibah itu mencapai Rp 5 miliar.";
        assertThat(find(body)).extracting(Claim::value, Claim::claimant).containsExactly(
                tuple(5e8, "jaksa penuntut umum dari Kejaksaan Tinggi Jawa Timur"),
                tuple(1.1e9, "jaksa penuntut umum dari Kejaksaan Tinggi Jawa Timur"), tuple(5e9, null));
    }

    /**
     * cnnindonesia.com, 5 October 2017: a source named after a cue with its short form and the day of its record
     * before the comma, and a survey's maker whose record shows the figure in a relative clause.
     */
    @Test
    void aRecordsKeeperNamedWithItsShortFormAndPeriod() {
        String body = "Di sisi lain, berdasarkan data Centre for Strategic and International Studies (CSIS) pada 12"
                + " September 2017, persentase elektabilitas Golkar sebesar 10,9 persen, atau turun drastis dari hasil"
                + " Pemilu 2014 ketika Golkar meraih 14,1 persen suara.\n\nTrend penurunan juga terbaca dari hasil survei"
                + " Kompas pada Mei 2017 yang mencatat elektabilitas Golkar ada di angka 7,1 persen.";
        assertThat(find(body)).extracting(Claim::value, Claim::claimant).containsExactly(
                tuple(10.9, "Centre for Strategic and International Studies"),
                tuple(14.1, "Centre for Strategic and International Studies"), tuple(7.1, "Kompas"));
        // okezone.com, 10 September 2019: a description before a short form names no source
        assertThat(find("Berdasarkan kajian yang dilakukan oleh lembaga independen (UGM), dalam 3 tahun terakhir Bea dan"
                + " Cukai berhasil menekan peredaran rokok ilegal dari 12,1% menjadi 7% di tahun 2018."))
                .extracting(Claim::claimant).containsOnlyNulls();
    }

    /** cnnindonesia.com, 6 May 2017: people in words after a bare "antara" are sides; after "di antara", a whole. */
    @Test
    void peopleAfterBetweenAreSidesUnlessAPartIsTakenFromThem() {
        assertThat(find("Sebab, pemilu kali ini penuh dengan persaingan antara dua calon yang benar-benar berseberangan"
                + " pendapat soal keanggotaan Uni Eropa.")).isEmpty();
        assertThat(find("Satu di antara dua calon itu pernah menjabat menteri.")).extracting(Claim::value)
                .containsExactly(2.0);
    }

    /**
     * sindonews.com, 10 and 11 September 2019: a place in a ranking spelt in English or as a verb is no count; the whole
     * it is read out of is.
     */
    @Test
    void aPlaceInARankingIsNoCountButItsWholeIs() {
        assertThat(find("Indeks kemacetan Jakarta menempati ranking 7 dari 403 kota yang disurvei di 56 negara"
                + " berdasarkan studi di tahun 2018.")).extracting(Claim::value).containsExactly(403.0, 56.0);
        assertThat(find("Sebuah hasil akhir yang di luar ekspektasi Marin yang kini berperingkat 26 dunia karena lama"
                + " tidak bermain.")).isEmpty();
    }

    /**
     * An area in a unit of length squared is a count as an area in hectares is, where the length alone measures
     * (kumparan.com, 21 August 2017; Paris's fashion museum, IndoSum; sindonews.com and Kompas.com, 10 September 2019):
     * the contract makes an area a count in its unit.
     */
    @Test
    void anAreaInALengthSquaredIsACount() {
        assertThat(find("Taman Nasional Kaziringa memiliki luas 430 kilometer persegi merupakan kawasan yang ditetapkan"
                + " sebagai warisan dunia oleh UNESCO.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 430.0));
        assertThat(find("Ruang pameran seluas 7.200 kaki persegi ini akan buka untuk umum.")).extracting(Claim::value)
                .containsExactly(7200.0);
        assertThat(find("Kota Somersworth yang luasnya 25 kilometer persegi dihuni oleh sekitar 11 ribu jiwa."))
                .extracting(Claim::value).containsExactly(25.0, 11000.0);
        assertThat(find("Pusat gempa berada di 4 kilometer tenggara Palu dengan kedalaman 10 kilometer.")).isEmpty();
        assertThat(find("Satelit ini mendeteksi anomali suhu panas dalam luasan satu kilometer persegi.")).isEmpty();
    }

    /**
     * A number in words counts a common noun written as its short form in capitals as it counts any other
     * (merdeka.com, 11 September 2016; the holding of state mines, IndoSum, March 2017).
     */
    @Test
    void aNumberInWordsCountsACommonNounWrittenShort() {
        assertThat(find("Dia datang ke bursa lowongan kerja dengan menyiapkan lima CV untuk dimasukkan dalam box."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 5.0));
        assertThat(find("Pemerintah sedang menuntaskan penyatuan empat BUMN yaitu PT Inalum, PT Antam Tbk, PT Bukit Asam"
                + " Tbk, dan PT Timah Tbk.")).extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 4.0));
    }

    /**
     * The times a happening recurred, with the happening named after {@code kali}, tally happenings (a police
     * inquiry and a national team's friendlies, IndoSum; Mount Slamet's quakes, okezone.com, 10 September 2019);
     * {@code kali} before a multiple, a comparison, a period or a measure is no tally (sindonews.com and tempo.co,
     * 10 September 2019).
     */
    @Test
    void theTimesANamedHappeningRecurredAreACount() {
        assertThat(find("Sepanjang tahun ini Merah Putih sudah menjalani empat kali uji coba.")).extracting(Claim::category,
                Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 4.0));
        assertThat(find("Hasil penyidikan tersebut telah dibahas dalam tiga kali gelar perkara.")).extracting(Claim::value)
                .containsExactly(3.0);
        assertThat(find("Gunung Slamet di Jawa Tengah dilanda 294 kali gempa embusan sepanjang Senin kemarin.")).extracting(
                Claim::value).containsExactly(294.0);
        assertThat(find("Rata-rata transaksi meningkat hingga tiga kali lipat dibanding hari biasa.")).isEmpty();
        assertThat(find("Laki-laki dengan diabetes dan disfungsi ereksi tiga kali lebih besar terserang Parkinson."))
                .isEmpty();
        assertThat(find("Penerbangan Seattle pada mulanya akan dilayani tiga kali seminggu.")).isEmpty();
        assertThat(find("Chloe menjelaskan, dirinya akan memberikan momen dua kali pertemuan per bulan per Sugar Daddy."))
                .isEmpty();
        assertThat(find("Gath juga mencakup ruang yang luas, tampaknya membentang di 123,5 hektar, lebih dari dua kali"
                + " luas kota umumnya waktu itu.")).extracting(Claim::value).containsExactly(123.5);
    }

    /**
     * A number in words opening the lead after a dateline written with two dashes is read as after one
     * (cnnindonesia.com, 13 April 2017, as IndoSum keeps it); a score's spaced dash still reads no figure.
     */
    @Test
    void aLeadAfterADatelineOfTwoDashesOpensWithItsNumber() {
        assertThat(find("Jakarta, CNN Indonesia - - Sembilan perempuan petani Kendeng memulai aksi menabuh lesung di depan"
                + " Istana Merdeka pada hari ini.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 9.0));
    }

    /**
     * A number in words whose counted phrase ends in a demonstrative names again the things just told of, as {@code
     * kedua} would: {@code Melodi dan tempo dua lagu itu juga dianggap sama}, {@code dua layanan streaming itu},
     * {@code dua konten tersebut} (IndoSum). The seeds leave {@code di antara dua negara} (Russia and Ukraine, named
     * before) unlabelled. A number in words counting its own things still counts, and so does one in a relative clause
     * whose head the demonstrative closes (IndoSum), after a kin word whose phrase it closes (a mother of four,
     * CLICK-ID) or before a time closed by {@code ini} (sindonews.com).
     */
    @Test
    void aNumberInWordsNamingBackWhatWasToldIsNoTally() {
        assertThat(find("Melodi dan tempo dua lagu itu juga dianggap sama.")).isEmpty();
        assertThat(find("Disney baru saja mengumumkan bahwa mereka tidak lagi menjalin kerja sama dengan dua layanan"
                + " streaming itu, lantaran mereka berniat punya platform streaming sendiri.")).isEmpty();
        assertThat(find("Twitter menggandeng Indosat Ooredo untuk akses informasi dua konten tersebut serta menyediakan"
                + " akses berlangganan internet.")).isEmpty();
        assertThat(find("Mulai tahun depan Arab Saudi akan membolehkan kaum wanita memasuki tiga stadion olah raga."))
                .extracting(Claim::value).containsExactly(3.0);
        assertThat(find("Komplek yang berisi dua rumah sakit besar itu dikuasai militan ISIS dan dijadikan tempat"
                + " persembunyian para penembak jitu.")).extracting(Claim::value).containsExactly(2.0);
        assertThat(find("Ibu empat anak itu kemudian menanyakan lebih lanjut mengenai penyakit tersebut.")).extracting(
                Claim::value).containsExactly(4.0);
        assertThat(find("Total, Barty meraih tiga gelar musim ini, dia bergabung dengan Larolina Pliskova dan Abianca"
                + " Andreescu, juara US Open 2019.")).extracting(Claim::value).containsExactly(3.0);
    }

    /**
     * The times something was done, told by the verb after {@code N kali}, tally happenings (IndoSum: a maid's head
     * shaved twice, a referee who once led Mayweather's fight, four festivals); a verb that compares figures after
     * {@code kali} makes a multiple (a study of students, CLICK-ID, September 2019).
     */
    @Test
    void theTimesSomethingWasDoneAreACount() {
        assertThat(find("Rambut korban juga dua kali dibotaki majikannya ya karena dituduh mencuri.")).extracting(
                Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 2.0));
        assertThat(find("Sepanjang kariernya, Byrd sudah pernah satu kali memimpin laga Mayweather.")).extracting(
                Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 1.0));
        assertThat(find("Karena itu, lanjut dia, mulai tahun ini akan diadakan empat kali festival ekonomi syariah,"
                + " mulai di KTI.")).extracting(Claim::value).containsExactly(4.0);
        assertThat(find("Kondisi itu menyebabkan mereka berisiko mengalami gangguan emosional dua kali dibanding siswa"
                + " SMA,\" katanya.")).isEmpty();
    }

    /**
     * A verb written without an affix after {@code N kali} tells what was done as a prefixed one does (cnnindonesia.com
     * via IndoSum, May 2017: a forward's starts and substitute appearances; a league's table, CLICK-ID, September 2019).
     */
    @Test
    void theTimesSomethingWasDoneAreACountAfterABareVerb() {
        assertThat(find("Dari total bermainnya tersebut, Ezra lima kali jadi starter dan 11 kali masuk sebagai pemain"
                + " pengganti.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 5.0), tuple(ClaimCategory.COUNT, 11.0));
        assertThat(find("Supardi Nasir dan kawan-kawan hanya mampu membukukan 4 kali menang, 7 kali imbang dan 6 kali"
                + " kalah.")).extracting(Claim::value).containsExactly(4.0, 7.0, 6.0);
        assertThat(find("Harga cabai di pasar itu naik dua kali lipat.")).isEmpty();
    }

    /**
     * {@code N kali} closing its clause tallies what an active verb before it did to its object (cnnindonesia.com via
     * IndoSum, May and July 2017: a forward's titles, a summons sent twice, Adele's three categories won twice); not
     * after a verb of growth, whose times are a multiple, nor where a word making a possibility stands before the verb.
     */
    @Test
    void theTimesAVerbWasDoneToItsObjectAreACount() {
        assertThat(find("Saya menjadi juara di Belanda empat kali.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 4.0));
        assertThat(find("Selama ini, polisi telah melayangkan surat panggilan pemeriksaan dua kali."))
                .extracting(Claim::value).containsExactly(2.0);
        assertThat(find("Malam itu juga menjadi catatan sejarah bagi Adele sebagai musisi pertama dalam riwayat Grammy"
                + " yang mampu memenangkan tiga kategori utama tersebut dua kali dalam ajang yang sama."))
                .extracting(Claim::value).contains(2.0);
        assertThat(find("Pabrik itu meningkatkan produksi beras dua kali.")).isEmpty();
        assertThat(find("Peserta bisa mengulang ujian itu dua kali.")).isEmpty();
        assertThat(find("Tim itu menggelar latihan dua kali dalam seminggu.")).isEmpty();
        // CLICK-ID week, September 2019: a habit, a plan's frequency and an ordinal
        assertThat(find("\"Setiap hari kita menyiapkan makan 3 kali, mulai dari breakfast, makan siang dan malam.\""))
                .isEmpty();
        assertThat(find("Bahkan, dia mengajak jajarannya untuk menggelar rapat dua kali dalam sepekan guna membahas"
                + " persoalan ekosistem investasi.")).isEmpty();
        assertThat(find("\"Ini merupakan rapat pembahasan ke empat kali, kita sudah jalan sejak Jumat pekan lalu.\""))
                .isEmpty();
        assertThat(find("Merapi mengeluarkan lava pijar 7 kali.")).extracting(Claim::value).containsExactly(7.0);
    }

    /**
     * A figure after a word opening a likeness in its clause is a figure of speech (merdeka.com via IndoSum, January
     * 2017: a side playing as if with ten men; okezone.com, 15 September 2019, and Kompas.com, 16 September 2019:
     * readers as if in two camps, a road as if of three lanes); the same count told plainly stays, and so does one in
     * a clause of its own after the likeness (Kompas.com and sindonews.com, September 2019: three seats, ten names).
     */
    @Test
    void aFigureAfterALikenessIsNoTally() {
        assertThat(find("Ketika tim kalah dari Southampton di semifinal Piala Liga, pemain Inggris itu tak memberikan"
                + " kontribusi signifikan pada timnya, hingga dianggap Jamie Carragher membuat Liverpool bagaikan"
                + " bermain dengan 10 orang.")).isEmpty();
        assertThat(find("Dari perseteruan tersebut pun netizen seolah terbagi dua kubu.")).isEmpty();
        assertThat(find("Lebar tiap trotoar sekitar satu meter, membelah jalan tersebut menjadi seolah ada tiga"
                + " jalur.")).isEmpty();
        assertThat(find("Liverpool bermain dengan 10 orang sejak menit ke-60.")).extracting(Claim::value)
                .containsExactly(10.0);
        assertThat(find("Dari foto tersebut menggambarkan seakan sang kakek berdiri agar pasangannya dapat merebahkan"
                + " diri di tiga kursi pesawat dan beristirahat.")).extracting(Claim::value).containsExactly(3.0);
        assertThat(find("Firli menyayangkan para pimpinan KPK melakukan konfrensi pers terkait berita bohong yang yang"
                + " seakan ingin menjelekkan namanya di depan masyarakat dan DPR yang saat ini tengah menggodok 10 nama"
                + " capim KPK pilihan panitia seleksi calon pimpinan.")).extracting(Claim::value).containsExactly(10.0);
    }

    /**
     * A figure after a word of supposition in its clause is a case imagined (kumparan.com via IndoSum, 2017; CLICK-ID
     * week, September 2019); the figure the sentence then tells as so stays.
     */
    @Test
    void aFigureSupposedIsNoTally() {
        assertThat(find("Misalkan dengan memberi dana riset ke kampus sebesar Rp 100 miliar, kata Martinus, pemerintah"
                + " akan memberi insentif.")).isEmpty();
        assertThat(find("Kita minta kalau seumpama itu kewajiban 20 persen untuk RTH (ruang terbuka hijau), itu"
                + " diserahkan ke kami.")).isEmpty();
        assertThat(find("Djarot mengatakan dengan perhitungan ini total lahan yang dikelola Pemda DKI kurang lebih 45"
                + " persen.")).extracting(Claim::value).containsExactly(45.0);
    }

    /**
     * A list going on from a supposed figure is supposed as well, each item after a comma opening with its figure
     * (kumparan.com via IndoSum, 2017: the shares a reclaimed island's land would be split in, put as a supposition).
     */
    @Test
    void aListGoingOnFromASupposedFigureIsNoTally() {
        assertThat(find("Kita minta kalau seumpama itu kewajiban 20 persen untuk RTH (ruang terbuka hijau), lima persen"
                + " untuk RTB (ruang terbuka biru), lima persen dalam bentuk lahan, ditambah lagi untuk fasos dan fasum"
                + " jalanan sebagainya, itu diserahkan ke kami.")).isEmpty();
        assertThat(find("Djarot mengatakan dengan perhitungan ini total lahan yang dikelola Pemda DKI kurang lebih 45"
                + " persen, sedangkan pengembang maksimal 55 persen.")).extracting(Claim::value)
                .containsExactly(45.0, 55.0);
    }

    /**
     * A percentage next to a word of being sure says how sure someone is (cnnindonesia.com via IndoSum, 2017).
     */
    @Test
    void aPercentageOfCertaintyIsNoShare() {
        assertThat(find("\" Kami hampir 100 persen yakin peretas Korea Utara ada di balik peretasan itu dan mencuri"
                + " dokumen sensitif perusahaan, \" ujar pejabat Partai Kebebasan Korea.")).isEmpty();
    }

    /**
     * One with an outcome of its own counts when it is a part of a whole told before it, by a partitive that refers
     * back (cnnindonesia.com via IndoSum, December 2016: one of the two arrested died).
     */
    @Test
    void oneWithAnOutcomeAfterAPartitiveReferringBackCounts() {
        assertThat(find("Kapolri Jenderal Tito Karnavian menyatakan dua pelaku pembunuhan di Pulomas, Jakarta Timur,"
                + " telah ditangkap pihak kepolisian. Salah satu di antaranya tewas karena kehabisan darah."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.ARRESTED, 2.0), tuple(ClaimCategory.KILLED, 1.0));
    }

    /**
     * A number in words opening the lead after a dateline closing on its outlet in brackets is read as after a
     * dateline's word (poskotanews.com via IndoSum, October 2016).
     */
    @Test
    void aLeadAfterADatelineClosingOnItsOutletOpensWithItsNumber() {
        assertThat(find("DEPOK (Pos Kota) – Dua mayat yang ditemukan di drainase di Limo, Depok, diduga korban praktek"
                + " perdukunan.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.KILLED, 2.0));
    }

    /**
     * A league and a pilgrims' flight group named by their number are names, no count (tempo.co, sindonews.com,
     * September 2019; okezone.com via IndoSum, 2018).
     */
    @Test
    void aLeagueOrAFlightGroupsNumberIsAName() {
        assertThat(find("Untuk diketahui jamaah haji kloter 59 asal Kabupaten Lebak akan tiba di Pendopo Lebak pada"
                + " Selasa.")).isEmpty();
        assertThat(find("Tony Chapron akan kembali ditugaskan oleh DTA. Baik di Ligue 1 ataupun Ligue 2, \u201d"
                + " tambahnya.")).isEmpty();
        assertThat(find("Persiraja kini menempati posisi ketiga klasemen Liga 2 Wilayah Barat dengan 27 poin."))
                .extracting(Claim::value).containsExactly(27.0);
    }

    /**
     * The numbered steps of a how-to under a heading announcing them tell what to do, not what happened (okezone.com,
     * 16 September 2019: a prayer for rain); the same steps under a heading of no how-to, or with no heading, still
     * count.
     */
    @Test
    void figuresInAHowTosNumberedStepsAreNoTally() {
        String steps = "\n\n1. Salat dua rakaat.\n\n2. Rakaat pertama takbir tujuh kali sebelum membaca surat"
                + " Al-Fatihah.\n\n5. Sebelum masuk khutbah pertama khatib membaca istighfar sembilan kali.\n\n"
                + "6. Sebelum masuk khutbah kedua khatib membaca istighfar tujuh kali.";
        assertThat(find("Artinya, \u201cAku menyengaja salat sunah minta hujan dua rakaat sebagai makmum karena Allah"
                + " SWT.\u201d\n\nTata cara salat istiqa seperti:" + steps)).extracting(Claim::value)
                .containsExactly(2.0);
        assertThat(find("Polisi menyita barang bukti berikut:\n\n1. Sebanyak 12 kilogram sabu dan 300 butir pil"
                + " ekstasi.")).extracting(Claim::value).containsExactly(300.0);
        assertThat(CategoryReader.inHowToStep("Caranya:\n\n1. Siapkan tiga butir telur.", 25)).isTrue();
        assertThat(CategoryReader.inHowToStep("Caranya, siapkan tiga butir telur.", 17)).isFalse();
        // a step's line longer than the reach: its heading is further still, however the line opens
        String longStep = "Caranya:\n\n1. Siapkan" + " telur".repeat(600) + " tiga butir.";
        assertThat(CategoryReader.inHowToStep(longStep, longStep.indexOf("tiga butir"))).isFalse();
    }

    /**
     * A figure a kind of being or any one of it has is a general fact in the present, no tally of the news (kompas.com,
     * okezone.com and tempo.co, September 2019); someone told of who has it still counts.
     */
    @Test
    void whatAKindHasIsAGeneralFact() {
        assertThat(find("Manusia sendiri memiliki dua jenis kelenjar keringat, yaitu ekrin dan apokrin.")).isEmpty();
        assertThat(find("Lipton mengungkapkan bahwa seseorang terdiri dari 50 triliun sel.")).isEmpty();
        assertThat(find("Penata busana (fashion stylist) langganan selebriti Bimo Permadi mengatakan, setiap wanita"
                + " setidaknya memiliki tiga model tas untuk bisa dipadupadankan dengan gaya pakaian.")).isEmpty();
        assertThat(find("Kami memiliki lebih dari 400 anggota DPRD yang tersebar hampir di semua provinsi."))
                .extracting(Claim::value).containsExactly(400.0);
        assertThat(find("Untuk diketahui, Golkar punya 17 kursi di Jabar.")).extracting(Claim::value)
                .containsExactly(17.0);
    }

    /**
     * A number in words and its noun that say how a thing is done are no count (cnnindonesia.com and bolasport.com
     * via IndoSum, 2017: a meeting in private, a chance taken gladly; okezone.com, 16 September 2019); a noun after
     * the pair makes it a count of that noun (okezone.com, 10 September 2019: six currencies).
     */
    @Test
    void numberWordsOfWaysOfPuttingAreNoCount() {
        assertThat(find("Eko menambahkan dirinya jarang menemui Sugito atau pejabat lainnya secara empat mata."))
                .isEmpty();
        assertThat(find("Jika saya memiliki kesempatan tersebut pada akhir tahun, saya akan menerimanya dengan dua"
                + " tangan.")).isEmpty();
        assertThat(find("Bendahara Umum DPP Partai Golkar 2014-2016 ini menyampaikan lebih jauh, minggu lalu dirinya"
                + " telah bertemu empat mata dengan Airlangga Hartarto.")).isEmpty();
        assertThat(find("Indeks dolar AS terhadap enam mata uang lainnya turun 0,16%.")).extracting(Claim::value)
                .containsExactly(6.0, 0.16);
    }

    /**
     * The times something is to be done after a word of advice are a how-to, not a tally (Kompas.com, 16 September
     * 2019: chicken to be boiled twice); the times a deed was done stay a count (CLICK-ID week, September 2019).
     */
    @Test
    void theTimesAdviceGivesAreNoTally() {
        assertThat(find("Mengingat bakteri hanya benar-benar mati jika ditempatkan dalam suhu tinggi, sebenarnya"
                + " disarankan agar daging ayam dididihkan dua kali.")).isEmpty();
        assertThat(find("\"Pelaku mengakui melakukan perbuatan cabul sebanyak tiga kali.\"")).extracting(Claim::value)
                .containsExactly(3.0);
    }

    /**
     * {@code satu} before a match's tally counts though the tally carries {@code -nya} (cnnindonesia.com via IndoSum,
     * January 2017: Rooney's goal against Reading).
     */
    @Test
    void oneGoalOfHisIsATally() {
        assertThat(find("Satu golnya ke gawang Reading sudah cukup untuk menyamai rekor legenda Manchester United Sir"
                + " Bobby Charlton.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 1.0));
    }

    /**
     * A full percentage denied says "not fully" and tells no share (CLICK-ID week, September 2019: a footballer not fit,
     * a coach not recovered); a share reached and a bound ({@code paling tidak}), written after them, stay claims.
     */
    @Test
    void aFullPercentageDeniedIsNoClaim() {
        assertThat(find("Sebab, pesepakbola 33 tahun itu belum fit 100 persen saat menjalani pemusatan latihan."))
                .isEmpty();
        assertThat(find("Maurizio Sarri, belum pulih 100% dari sakit pneumonia yang dideritanya.")).isEmpty();
        assertThat(find("Kepesertaan BPJS di desa itu sudah mencapai 100 persen.")).extracting(Claim::value)
                .containsExactly(100.0);
        assertThat(find("Porsi bank daerah harus lebih besar, paling tidak 100 persen dari modal.")).extracting(
                Claim::value).containsExactly(100.0);
    }

    /**
     * Clock times and days a scrape wrote in lower case or with a colon are no counts ({@code sekitar pukul: 22.00
     * wib}, poskotanews.com; {@code dibuka pada 27 oktober mendatang}, {@code setiap Senin pukul delapan pagi},
     * cnnindonesia.com, via IndoSum), nor are a screen's pixels, a chip's nanometres, gold's carats or a delay's
     * milliseconds written apart.
     */
    @Test
    void clockTimesDaysAndMeasuresWrittenLooselyAreNoCounts() {
        assertThat(find("Aksi penganiayaan itu terjadi, pada Minggu (4 / 9) sekitar pukul: 22.00 wib, sang majikan"
                + " An menuding korban mencuri uangnya.")).isEmpty();
        assertThat(find("Penawaran akuisisi kabarnya akan mulai dibuka pada 27 oktober mendatang.")).isEmpty();
        assertThat(find("Serial itu tayang di HBO setiap Senin pukul delapan pagi dan diulang pada pukul delapan"
                + " malam.")).isEmpty();
        assertThat(find("Spesifikasi lain dari Predator 21X adalah layar kurva LED beresolusi 2560 x 1080 pixel 21"
                + " inci dan 5 kipas pendingin.")).extracting(Claim::value).containsExactly(5.0);
        assertThat(find("Snapdragon 636 Mobile Platform menggunakan proses 14 nanometer FinFet.")).isEmpty();
        assertThat(find("Vibrator ini terbuat lapisan emas 24 karat.")).isEmpty();
        assertThat(find("Keduanya mendapatkan kecepatan sampai 5 Gbps dengan latency kurang dari dua mili - detik."))
                .isEmpty();
    }

    /**
     * People named past the counted phrase's fourth word are counted to their outcome word, past a town and its regency
     * each closed by a comma (cnnindonesia.com via IndoSum, 27 October 2017).
     */
    @Test
    void peopleNamedAtLengthKeepTheOutcomeAfterTheirName() {
        assertThat(find("Sebanyak 28 karyawan korban kebakaran pabrik kembang api di Kosambi, Tangerang, masih dirawat di"
                + " rumah sakit.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.INJURED, 28.0));
    }

    /** A player's appearances, {@code N kali} after a verb of playing (merdeka.com and JUARA.net via IndoSum, 2017). */
    @Test
    void timesAPlayerTookPartAreATally() {
        assertThat(find("Selama membela Milan, Honda total sudah tampil sebanyak 91 kali dan mencetak 11 gol dan 14"
                + " assist.")).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.COUNT, 91.0), tuple(ClaimCategory.COUNT, 11.0), tuple(ClaimCategory.COUNT, 14.0));
        assertThat(find("Di musim ini, ia hanya mendapat kesempatan main sebanyak delapan kali saja.")).extracting(
                Claim::value).containsExactly(8.0);
        assertThat(find("Selama 11 musim memperkuat Blaugrana, Messi tampil 577 kali dan mencetak 501 gol."))
                .extracting(Claim::value).containsExactly(577.0, 501.0);
        assertThat(find("Penjualannya tampil dua kali lipat dibanding tahun lalu.")).isEmpty();
    }

    /**
     * {@code di atas} closing a counted phrase names back what the text listed above it (dailysocial.id via IndoSum,
     * January 2018: Facebook, Instagram and YouTube), not before what it places.
     */
    @Test
    void aCountClosedByAboveNamesBack() {
        assertThat(find("Hasil rekamannya bahkan bisa disiarkan secara langsung ke tiga platform di atas.")).isEmpty();
        assertThat(find("Warga membangun tiga rumah di atas bukit.")).extracting(Claim::value).containsExactly(3.0);
    }

    /**
     * A screen in inches spelt with an h, an engine's power, blood pressure, power capacity and a time of a whole and a
     * half measure one thing (IndoSum, 2017), and a number after one capital letter is a model or a route.
     */
    @Test
    void moreMeasuresAndCodesOfOneLetterAreNoCounts() {
        assertThat(find("Layar tablet iPad ini berukuran 9,7 inchi dengan resolusi tinggi.")).isEmpty();
        assertThat(find("Ada E 250 with AVANTGARDE Line dan E 300 with AMG Line dengan 245 dk.")).isEmpty();
        assertThat(find("Tekanan darah sistolik partisipan rata-rata berkurang dari 137 mmHg menjadi 130 mmHg.")).isEmpty();
        assertThat(find("Energi panas bumi yang tergali baru mencapai 2 gigawatt dari potensi yang mencapai 29 gigawatt."))
                .isEmpty();
        assertThat(find("Playmaker kidal ini sudah membela Milan selama sekitar tiga setengah tahun.")).isEmpty();
        assertThat(find("Para sopir angkot M 15 jurusan Tanjung Priok-Kota merasakan dampaknya.")).isEmpty();
        assertThat(find("Kalau instansi A tinggal 1.000 orang, instansi B 1.500 orang.")).extracting(Claim::value)
                .containsExactly(1000.0, 1500.0);
    }

    /**
     * A sum or a share followed by a word or dash joining it to another is the lower end of a range, which holds no
     * single figure (poskotanews.com and suara.com via IndoSum, 2016; okezone.com, September 2019), unless what
     * follows the link is a year or a day.
     */
    @Test
    void theLowerEndOfARangeOfSumsIsNoClaim() {
        assertThat(find("Dalam laporan yang masuk ke kepolisian, praktik percaloan untuk pembuatan SIM calo meminta"
                + " imbalan Rp 700 ribu hingga Rp 1 juta.")).isEmpty();
        assertThat(find("Untuk menyaksikan konser ini, dapat membeli tiket yang dijual mulai dari Rp 200 hingga Rp 900"
                + " ribu.")).isEmpty();
        assertThat(find("Hari ini, Rupiah bergerak di kisaran Rp13.988-Rp14.054 per USD.")).isEmpty();
        assertThat(find("Kesulitan dengan ereksi terjadi pada sekitar 45% hingga 50% pria dengan diabetes.")).isEmpty();
        assertThat(find("Subsidi sebesar Rp 5 juta hingga 2020 diberikan kepada 30 keluarga.")).extracting(
                Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.MONEY, 5_000_000.0), tuple(ClaimCategory.COUNT, 30.0));
        assertThat(find("Bantuan Rp 2 juta sampai 31 Desember diberikan.")).extracting(Claim::value)
                .containsExactly(2_000_000.0);
    }

    /**
     * {@code N kali} after a passive verb tallies the times that was done (rimanews.com and cnnindonesia.com via IndoSum,
     * 2016; CLICK-ID week, September 2019), not after a word of possibility nor before a multiple.
     */
    @Test
    void theTimesSomethingWasDoneAfterItsPassiveVerbAreACount() {
        assertThat(find("Haradinaj kemudian disidangkan di pengadilan PBB di Den Haag dan dibebaskan dua kali dalam"
                + " tuduhan melakukan kejahatan perang.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.COUNT, 2.0));
        assertThat(find("Biaggi akan dibantu oleh pihak-pihak yang pernah bersamanya ketika menjajal kelas 250 cc, kejuaraan"
                + " yang pernah dimenangi Biaggi empat kali dalam kariernya.")).extracting(Claim::value)
                .containsExactly(4.0);
        assertThat(find("Hingga kini, video tersebut telah dibagikan sebanyak 14 kali dan ada 34 komentar."))
                .extracting(Claim::value).containsExactly(14.0, 34.0);
        assertThat(find("Jangka waktu penyadapan selama 6 bulan dan dapat diperpanjang 1 kali dalam jangka waktu yang"
                + " sama.")).isEmpty();
        assertThat(find("Hal itu bisa dilihat jika diperbesar 600 kali.")).isEmpty();
        assertThat(find("Anggarannya ditingkatkan dua kali lipat.")).isEmpty();
    }

    /**
     * People counted keep the outcome word after an aside that names some of them (cnnindonesia.com via IndoSum, August
     * 2017).
     */
    @Test
    void theOutcomeAfterAnAsideNamingSomeOfThePeopleCountedIsTheirs() {
        assertThat(find("Pada Sabtu, sejumlah pejabat Afghanistan mengatakan setidaknya 16 warga sipil, termasuk perempuan"
                + " dan anak-anak, tewas dalam serangan AS di Nangarhar.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.KILLED, 16.0));
    }

    /**
     * One in words tallies as the next item of a list of tallies (suara.com via IndoSum, October 2016; CLICK-ID week,
     * September 2019), not as one of many nor before a list.
     */
    @Test
    void oneInWordsListedAfterATallyIsACount() {
        assertThat(find("Sejauh ini, Bale sudah mengemas 62 gol dari 134 penampilan di semua ajang dan turut berkontribusi"
                + " mengantar Madrid meraih dua gelar Liga Champions dan satu trofi Copa del Rey.")).extracting(
                Claim::value).containsExactly(62.0, 134.0, 2.0, 1.0);
        assertThat(find("Kendaraan lainnnya, antara lain tiga kendaraan pribadi dan satu mobil box tampak ringsek."))
                .extracting(Claim::value).containsExactly(3.0, 1.0);
        assertThat(find("Di lokasi itu satu mobil box tampak ringsek.")).isEmpty();
        assertThat(find("Ia meraih dua gelar dan salah satu pemain terbaik.")).extracting(Claim::value)
                .containsExactly(2.0);
    }

    /** A bare sum in thousands after a price word is a price in rupiah (a food blog via IndoSum, 2017). */
    @Test
    void aBareSumAfterAPriceWordIsRupiah() {
        assertThat(find("Adonan Pizza -nya juga menurut gue pas. Harganya 105 ribu:)")).extracting(Claim::category,
                Claim::value, Claim::unit).containsExactly(tuple(ClaimCategory.MONEY, 105_000.0, "rupiah"));
        assertThat(find("Mobil itu dibanderol mulai 999 ribu baht di Negeri Gajah Putih.")).extracting(Claim::unit)
                .containsExactly("baht");
        assertThat(find("Tiket dijual 105 ribu lembar.")).extracting(Claim::category).doesNotContain(ClaimCategory.MONEY);
    }

    /**
     * People sentenced to death and executed are killed (suara.com via IndoSum, 2016); a document's pages, an engine's
     * horsepower and the criteria a statement lists count nothing, criteria counting with the noun they judge by
     * (IndoSum and CLICK-ID week).
     */
    @Test
    void theExecutedAreKilledAndPagesHorsepowerAndCriteriaCountNothing() {
        assertThat(find("Baru - baru ini, muncul sebuah kabar dari Korut yang menyebutkan bahwa Kim menghukum mati dua"
                + " pejabat tinggi dengan sebuah senjata anti - pesawat.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.KILLED, 2.0));
        assertThat(find("Dari surat dakwaan setebal 17 halaman, ketigabelas warga Rusia itu adalah anggota perusahaan"
                + " Internet.")).isEmpty();
        assertThat(find("Mesin tersebut dapat menggelontorkan tenaga sebesar 230 daya kuda.")).isEmpty();
        assertThat(find("Bulu mata yang panjang dan lentik menjadi dua kriteria yang paling diinginkan kaum hawa."))
                .isEmpty();
        assertThat(find("Jadi, dalam penilaian, ia berada di atas untuk tiga kriteria penilaian, ” ungkap Aldrich."))
                .extracting(Claim::value).containsExactly(3.0);
    }

    /**
     * kompas.com, 10 September 2019: {@code saja} after a figure says "only" and counts nothing; the figure counts the
     * tickets of the whole its sentence opens with, {@code dari} and words that only introduce a number before it.
     */
    @Test
    void onlyAfterAFigureLeavesItTheWholeItsSentenceOpensWith() {
        assertThat(find("Dari total sebanyak 60.000 tiket, baru sekitar 12.000 saja yang laku terjual."))
                .extracting(Claim::value, Claim::unit, Claim::subject)
                .containsExactly(tuple(60000.0, "tiket", "tiket"), tuple(12000.0, "tiket", "tiket"));
        // a figure after a word that names something is no whole of the sentence's parts
        assertThat(find("Dari gudang sebanyak 60.000 tiket, baru sekitar 12.000 saja yang laku terjual."))
                .extracting(Claim::value).containsExactly(60000.0);
    }

    /**
     * tribunnews.com, 10 September 2019: versions of a thing written in words count the thing ({@code dua versi video},
     * two videos from Sumedang); versions alone are a way of putting it.
     */
    @Test
    void versionsOfAThingCountTheThing() {
        assertThat(find("Ada dua versi video yang beredar, yang pertama berdurasi pendek."))
                .extracting(Claim::value, Claim::unit, Claim::subject)
                .containsExactly(tuple(2.0, "versi", "versi video"));
        assertThat(find("Cerita tersebut dibuat dua versi yaitu versi Widya dan Nur.")).isEmpty();
    }

    /**
     * kompas.com and sindonews.com, 12-16 September 2019: the times a player was champion tally the titles won ({@code
     * lima kali juara Liga Champions}, {@code 24 kali juara Grand Slam}); times before a verb of winning stay times.
     */
    @Test
    void timesChampionTallyTheTitles() {
        assertThat(find("Ronaldo mencapai masa jayanya, mencakup lima kali juara Liga Champions."))
                .extracting(Claim::value, Claim::unit, Claim::subject)
                .containsExactly(tuple(5.0, "juara", "juara Liga Champions"));
        assertThat(find("Serena gagal menciptakan rekor 24 kali juara Grand Slam."))
                .extracting(Claim::value, Claim::unit).containsExactly(tuple(24.0, "juara"));
        assertThat(find("Penjualannya naik dua kali lipat dibanding tahun lalu.")).isEmpty();
    }

    /**
     * sindonews.com, 14 September 2019 (a man beaten to death at Dairi): a count its own clause names as wanted ({@code
     * DPO}, {@code buron}) is a tally, not the arrest of the count before it that it continues.
     */
    @Test
    void aCountNamedWantedDoesNotContinueTheArrestBeforeIt() {
        assertThat(find("Kasat Reskrim Polres Dairi Iptu Rudianto Silalahi menjelaskan, saat ini pihak kepolisisan telah"
                + " menangkap dan menahan 5 tersangka pelaku pengeroyokan. Sedangkan 1 orang lagi masuk daftar pencarian"
                + " orang (DPO) karena melarikan diri."))
                .extracting(Claim::value, Claim::category)
                .containsExactly(tuple(5.0, ClaimCategory.ARRESTED), tuple(1.0, ClaimCategory.COUNT));
    }

    /**
     * kompas.com, 16 September 2019 (the trial of the Gerindra ambulance's five): after {@code Lima terdakwa} a
     * demonstrative after three of them picks a part out of the five ({@code Tiga terdakwa tersebut diketahui sebagai
     * kader ... asal Tasikmalaya}), a tally the other outlets give; the five named again ({@code lima terdakwa
     * tersebut}), people the text counted with no larger figure and things named back after a larger figure (tempo.co,
     * 12 September 2019: four benefits of reading, then {@code Selain dua manfaat di atas}) still name back.
     */
    @Test
    void aPartPickedOutOfAWholeToldBeforeIsATally() {
        String trial = "Lima terdakwa kerusuhan 21-22 Mei disidangkan di Pengadilan Negeri Jakarta Pusat, Senin"
                + " (16/9/2019).\n\nTiga terdakwa tersebut diketahui sebagai kader Gerindra asal Tasikmalaya, yakni"
                + " Yayan Hendrayana, Iskandar Hamid, dan Obby Nugraha.";
        assertThat(find(trial)).extracting(Claim::value, Claim::unit)
                .containsExactly(tuple(5.0, "terdakwa"), tuple(3.0, "terdakwa"));
        assertThat(find("Lima terdakwa kerusuhan disidangkan di Pengadilan Negeri Jakarta Pusat.\n\nLima terdakwa"
                + " tersebut didakwa tiga pasal.")).extracting(Claim::value).containsExactly(5.0);
        assertThat(find("Polisi menangkap dua tersangka.\n\nTiga tersangka tersebut masih diburu.")).extracting(
                Claim::value).containsExactly(2.0);
        assertThat(find("Berikut adalah empat manfaat hobi membaca buku untuk kesehatan.\n\nSelain dua manfaat di"
                + " atas, membaca buku ternyata juga dapat mencegah insomnia.")).extracting(Claim::value)
                .containsExactly(4.0);
    }

    /**
     * tempo.co, 13 September 2019 (a Bekasi school without desks): a demonstrative after the parts a thing is built with
     * closes the thing's phrase ({@code Gedung baru dengan enam ruang kelas tersebut}), so the parts are counted; after
     * a verb's {@code dengan} it still names back ({@code berkomunikasi dengan enam partai tersebut}, okezone.com).
     */
    @Test
    void partsOfAThingBeforeItsDemonstrativeAreCounted() {
        assertThat(find("Gedung baru dengan enam ruang kelas tersebut selesai dibangun pada 2017."))
                .extracting(Claim::value, Claim::subject).containsExactly(tuple(6.0, "ruang kelas"));
        assertThat(find("Ono Surono mengaku sudah berkomunikasi dengan enam partai tersebut untuk membetuk Koalisi Depok."))
                .isEmpty();
    }

    /**
     * Words that open a clause of their own after a bare figure end what it counts (IndoSum): a stadium's capacity
     * before {@code demi}, a split spoken before {@code tapi}, a name's number before {@code gratis}.
     */
    @Test
    void clauseOpenersAfterABareFigureCountNothing() {
        assertThat(find("Feyenoord mengurangi kapasitas stadionnya menjadi setengah dari yang semula 51 ribu demi"
                + " mengindari kerusuhan penonton, dan oleh sebab itu United hanya diberi jatah sedikit.")).isEmpty();
        assertThat(find("\" Belum, masih 50:50 tapi jauh lebih baik persiapannya, \" ujar Luhut.")).isEmpty();
        assertThat(find("Windows 10 S juga akan digratiskan untuk semua sekolah, termasuk edukasi Office 365 gratis dengan"
                + " Microsoft Teams.")).isEmpty();
    }

    /**
     * A whole hour before a part of the day is a clock time, {@code setengah} between the clock word and the hour
     * (cnnindonesia.com via IndoSum, February 2018); places climbed in a ranking count nothing (juara.net via IndoSum,
     * January 2018).
     */
    @Test
    void anHourBeforeAPartOfTheDayAndPlacesInARankingCountNothing() {
        assertThat(find("\" Papa meninggal jam setengah 3 subuh. Dari sore memang sudah sesak napas, lalu dipompa"
                + " dengan oksigen. \"")).isEmpty();
        assertThat(find("Petenis Rusia itu naik 12 setrip setelah mencapai babak semifinal pada turnamen Shenzhen"
                + " Terbuka akhir pekan lalu.")).isEmpty();
    }

    /**
     * Police who fell on duty are killed (juara.net via IndoSum, May 2017); a side out of a tournament, {@code gugur}
     * alone, is not.
     */
    @Test
    void peopleWhoFellOnDutyAreKilled() {
        assertThat(find("Tiga orang polisi gugur dalam tugas akibat ledakan tersebut. Enam polisi lainnya cedera."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.KILLED, 3.0), tuple(ClaimCategory.INJURED, 6.0));
        assertThat(find("Dua wakil Indonesia gugur di babak pertama.")).extracting(Claim::category)
                .doesNotContain(ClaimCategory.KILLED);
    }

    /**
     * The lines of a list a sentence opening with {@code Berikut} announces are read as the article's own (juara.net
     * via IndoSum, May 2017), their ranks no counts; without the announcement such lines are no prose.
     */
    @Test
    void aListASentenceAnnouncesIsRead() {
        String list = "\n\n1. LeBron James, 5.995 poin\n\n2. Michael Jordan, 5.987 poin\n\n3. Kareen Abdul - Jabbar, 5.762 poin";
        assertThat(find("James menambah jumlah poinnya. Berikut daftar pemain tersubur pada putaran play-off NBA." + list))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.COUNT, 5995.0),
                        tuple(ClaimCategory.COUNT, 5987.0), tuple(ClaimCategory.COUNT, 5762.0));
        assertThat(find("James menambah jumlah poinnya di laga itu." + list)).isEmpty();
        // a recipe's ingredients are a how-to (sindonews.com, September 2019)
        assertThat(find("Acara ini ditayangkan RCTI setiap Minggu pukul 07.30 WIB. Berikut cara membuatnya.\n\n"
                + "1 ekor (600 g) ikan gurame, siangi dan kerat\n\n5 buah bawang merah\n\n4 siung bawang putih"))
                .isEmpty();
    }

    /**
     * The bare figure closing a row of the table a sentence naming a ranking announces counts the points of the one
     * ranked (juara.net via IndoSum, January 2018); under a list that names no ranking, or in a row with a figure
     * before it, it counts nothing.
     */
    @Test
    void aRankingTablesRowClosesWithItsPoints() {
        String rows = "\n\nSimona Halep (RUM) 6.425\n\nCaroline Wozniacki (DEN) 6.095\n\nCoCo Vandeweghe (USA) 3.258";
        assertThat(find("Posisi nomor satu dunia tetap menjadi milik Simona Halep. Berikut daftar peringkat 10 besar"
                + " tunggal putri WTA." + rows))
                .extracting(Claim::category, Claim::value, Claim::unit, Claim::text)
                .containsExactly(tuple(ClaimCategory.COUNT, 6425.0, "poin", "Simona Halep (RUM) 6.425"),
                        tuple(ClaimCategory.COUNT, 6095.0, "poin", "Caroline Wozniacki (DEN) 6.095"),
                        tuple(ClaimCategory.COUNT, 3258.0, "poin", "CoCo Vandeweghe (USA) 3.258"));
        assertThat(find("Berikut daftar petenis putri yang tampil di Shenzhen." + rows)).isEmpty();
        assertThat(find("Berikut klasemen sementara Liga Inggris.\n\nLiverpool 5 15\n\nManchester City 5 10"))
                .isEmpty();
    }

    /**
     * A breakdown keeps the category of the casualty count it breaks down when a paragraph with no figure stands
     * between them, and its next sentence's breakdown by hospital too (cnnindonesia.com via IndoSum, October 2017: the
     * injured of a fireworks factory's fire); three paragraphs on, it breaks down nothing told.
     */
    @Test
    void aBreakdownAfterAParagraphWithoutFiguresKeepsTheCasualtysCategory() {
        String count = "Sebanyak 28 karyawan korban kebakaran pabrik kembang api di Kosambi, Tangerang, masih dirawat di"
                + " rumah sakit. Mereka dirawat karena mengalami luka bakar serius.";
        String statement = "\n\n\" Jumlah keseluruhan yang dirawat sampai hari Jumat, \" kata Umar Shahab.";
        String parts = "\n\nPara korban itu terdiri dari 16 laki-laki dan 12 perempuan. Mereka dirawat di rumah sakit"
                + " berbeda. Rinciannya 16 orang di RSA Bunda, lima orang di RS Mitra Husada, dan tujuh orang di RSUD"
                + " Tangerang.";
        assertThat(find(count + statement + parts)).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.INJURED, 28.0), tuple(ClaimCategory.INJURED, 16.0),
                tuple(ClaimCategory.INJURED, 12.0), tuple(ClaimCategory.INJURED, 16.0),
                tuple(ClaimCategory.INJURED, 5.0), tuple(ClaimCategory.INJURED, 7.0));
        assertThat(find(count + statement + "\n\nPabrik itu berdiri sejak 2016." + parts))
                .extracting(Claim::category).containsExactly(ClaimCategory.INJURED, ClaimCategory.COUNT,
                        ClaimCategory.COUNT, ClaimCategory.COUNT, ClaimCategory.COUNT, ClaimCategory.COUNT);
    }

    /**
     * People by sex or age after a casualty count are its breakdown whether or not a word announces it: the fire's
     * victims by hospital in the quote after the breakdown (cnnindonesia.com via IndoSum, October 2017: injured); with no
     * casualty count before, such people are a plain tally.
     */
    @Test
    void aBreakdownBySexOrAgeKeepsTheCasualtysCategoryUnannounced() {
        String parts = "Rinciannya 16 orang di RSA Bunda, lima orang di RS Mitra Husada, dan tujuh orang di RSUD"
                + " Tangerang.";
        String quote = "\n\n\" Di RSIA Bunda delapan laki-laki, delapan perempuan. Di RS Mitra Husada semuanya laki-laki."
                + " Di RSUD Tangerang dua laki-laki dan lima perempuan, \" katanya.";
        assertThat(find("Sebanyak 28 karyawan korban kebakaran pabrik kembang api masih dirawat di rumah sakit. "
                + parts + quote)).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.INJURED, 28.0), tuple(ClaimCategory.INJURED, 16.0),
                tuple(ClaimCategory.INJURED, 5.0), tuple(ClaimCategory.INJURED, 7.0),
                tuple(ClaimCategory.INJURED, 8.0), tuple(ClaimCategory.INJURED, 8.0),
                tuple(ClaimCategory.INJURED, 2.0), tuple(ClaimCategory.INJURED, 5.0));
        assertThat(find("Di sekolah itu ada delapan laki-laki dan delapan perempuan.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.COUNT, ClaimCategory.COUNT);
        // the doers of the attack that killed (tempo.co, 11 September 2019), and both victims, one killed, one hurt
        assertThat(find("Serangan itu menewaskan 2.977 orang. Serangan itu adalah teror yang dilakukan sekitar 19"
                + " laki-laki.")).extracting(Claim::category).containsExactly(ClaimCategory.KILLED, ClaimCategory.COUNT);
        assertThat(find("Selain satu korban tewas, terdapat juga satu korban luka berat yang kini sudah dilarikan ke"
                + " Rumah Sakit Pusat Otak Nasional\n\nCawang.\n\n\"Korban dua-duanya perempuan. Yang tewas bernama Fitra"
                + " Nurayani (54),\" kata Agus.")).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.KILLED, 1.0), tuple(ClaimCategory.INJURED, 1.0), tuple(ClaimCategory.COUNT, 2.0));
    }

    /**
     * People named a part right after their noun ({@code di antaranya}) are a part of the casualty count before them
     * (IndoSum, December 2017: four of the six killed).
     */
    @Test
    void aPartNamedAfterItsPeopleKeepsTheCasualtysCategory() {
        assertThat(find("Pesawat amfibi jatuh di Sungai Hawkesbury dan menewaskan enam orang pada Minggu (31 / 12).\n\n"
                + "Beberapa media Australia mengabarkan bahwa empat korban di antaranya adalah warga negara Inggris."))
                .extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.KILLED, 6.0), tuple(ClaimCategory.KILLED, 4.0));
        // yakni names the people counted and opens no part (kompas.com, 10 September 2019: one killed, one hurt)
        assertThat(find("Sedangkan pengemudi dan satu penumpang lainnya mengalami luka-luka.\n\nKanitlaka Satlantas"
                + " Polres Subang, Iptu Zainuddin menuturkan, truk yang dikemudikan Zaenal Abidin (33) membawa dua"
                + " penumpang yakni Adnan (42) dan Samiko (40).")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.INJURED, 1.0), tuple(ClaimCategory.COUNT, 2.0));
    }

    /**
     * A count of people joined to a casualty count by {@code demikian juga dengan} shares its outcome (juara.net via
     * IndoSum, May 2017: the civilians injured too).
     */
    @Test
    void aLikewiseJointSharesTheCasualtysOutcome() {
        assertThat(find("Tiga orang polisi gugur dalam tugas akibat ledakan tersebut. Enam polisi lainnya cedera dan"
                + " demikian juga dengan lima warga sipil.")).extracting(Claim::category, Claim::value).containsExactly(
                tuple(ClaimCategory.KILLED, 3.0), tuple(ClaimCategory.INJURED, 6.0), tuple(ClaimCategory.INJURED, 5.0));
        assertThat(find("Enam polisi cedera dan polisi memeriksa lima warga sipil.")).extracting(Claim::category)
                .containsExactly(ClaimCategory.INJURED, ClaimCategory.COUNT);
    }

    /**
     * The one verb of a relative clause after the people counted says which they are, and the outcome word may follow it
     * (cnnindonesia.com via IndoSum, August 2017: arrested; kumparan.com via IndoSum, August 2017: affected).
     */
    @Test
    void anOutcomeAfterAOneVerbRelativeClauseIsTheCountsOwn() {
        assertThat(find("Dari investigasi kepolisian, empat orang yang terlibat pun ditangkap."))
                .extracting(Claim::category, Claim::value).containsExactly(tuple(ClaimCategory.ARRESTED, 4.0));
        assertThat(find("Sehingga sudah lebih dari 100.000 penduduk yang diperkirakan telah terkontaminasi air dengan"
                + " kadar timbal yang cukup tinggi.")).extracting(Claim::category, Claim::value)
                .containsExactly(tuple(ClaimCategory.AFFECTED, 100000.0));
        assertThat(find("Dari investigasi kepolisian, empat orang yang terlibat membantu penyidik."))
                .extracting(Claim::category).containsExactly(ClaimCategory.COUNT);
    }

    /**
     * A selection's steps still to come are a procedure, no tally (IndoSum, March 2017): the figures after {@code akan}
     * and a verb of choosing in their clause; those already chosen, and the whole chosen from, count.
     */
    @Test
    void aSelectionsStepsToComeCountNothing() {
        assertThat(find("Pansel akan menyeleksi 35 orang tersebut menjadi 21 orang dengan materi uji kesehatan dan"
                + " asesmen.")).isEmpty();
        assertThat(find("Presiden akan memilih 14 orang terbaik dan mengajukan mereka ke DPR.")).isEmpty();
        assertThat(find("Komisi III akan memilih lima nama dari 10 capim.")).extracting(Claim::value)
                .containsExactly(10.0);
        assertThat(find("Presiden telah memilih 14 orang terbaik.")).extracting(Claim::value).containsExactly(14.0);
    }

    /**
     * {@code satu} in words counts one before a match's tally (IndoSum: okezone.com, May 2017; a Rooney record,
     * December 2016; Harry Kane's last match, May 2017); before other nouns it is as often an article and counts only
     * with an outcome or as the next item of a list.
     */
    @Test
    void oneInWordsCountsAMatchsTally() {
        assertThat(find("Pada musim 2016/2017 bersama Milan, ia mencetak satu gol dari 18 penampilan."))
                .extracting(Claim::category, Claim::value, Claim::unit)
                .containsExactly(tuple(ClaimCategory.COUNT, 1.0, "gol"), tuple(ClaimCategory.COUNT, 18.0, "penampilan"));
        assertThat(find("Rooney kini hanya terpaut satu gol dari rekor Charlton.")).extracting(Claim::value)
                .containsExactly(1.0);
        assertThat(find("Tottenham masih ada satu laga lagi.")).extracting(Claim::unit).containsExactly("laga");
        assertThat(find("Kami lagi siapkan satu proyek di sana.")).isEmpty();
        assertThat(find("Ia menjadi salah satu gol terbaik musim ini.")).isEmpty();
        assertThat(find("Griezmann mengukir satu-satunya gol Atletico Madrid di laga ini.")).isEmpty();
        assertThat(find("Kami harus fokus ke satu per satu pertandingan dulu.")).isEmpty();
        assertThat(find("Raksasa Asia Tenggara itu gagal mencetak satu gol pun.")).isEmpty();
        assertThat(find("Ia pemain yang mampu mencetak gol dan memberi assist dalam satu pertandingan yang sama."))
                .isEmpty();
    }
}
