package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles the tagger runs into the name after them, on news prose. */
class TitledNameSplitterTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<Entity> recognize(String body) {
        return RECOGNIZER.recognize(new TextSegmenter().segment(body));
    }

    @Test
    void aPlaceInATitleIsCutOffThePersonAfterIt() {
        String body = "Sekda DKI Jakarta Saefullah mengatakan pemerintah provinsi akan menata ulang kawasan itu.\n\n"
                + "Saefullah menambahkan anggaran untuk penataan sudah disiapkan sejak tahun lalu.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .contains("Saefullah");
        assertThat(entities).extracting(Entity::name).noneMatch(n -> n.contains("Jakarta Saefullah"));
    }

    @Test
    void aTitleWithTheListedPlaceOfItsOfficeIsNoPerson() {
        // okezone.com, 16 September 2019
        String body = "“Dari tim Jibom akan menentukan apakah lokasi sudah aman atau belum, untuk selanjutnya dilakukan "
                + "kegiatan olah TKP oleh Labfor Polri, Inafis, dan juga oleh penyidik Direktorat Reserse Umum Polda Jawa "
                + "Tengah dan Polrestabes Semarang,” kata Kapolda Jateng, Irjen Pol Rycko Amelza Dahniel, Senin (16/9/2019).";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .containsExactly("Rycko Amelza Dahniel");
    }

    @Test
    void aTitleIsCutOffAListedPersonWhoseGivenNameMayReadAsAWord() {
        // okezone.com, 15 September 2019
        String body = "Menteri Keuangan Sri Mulyani optimis bahwa Indonesia akan menjadi negara maju.\n\n"
                + "Dalam akun istagram resminya @smindrawati, Menkeu Sri Mulyani menjelaskan beberapa stragetgi untuk "
                + "mengatasi middle income trap, Minggu (15/9/2019).";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).singleElement()
                .satisfies(e -> assertThat(e.mentions()).containsExactly("Sri Mulyani"));
    }

    @Test
    void anOfficeAndItsProvinceAreCutOffThePersonAfterThem() {
        String body = "Kepala Dinas Pariwisata Provinsi NTT Marius Ardu Jelamu mengatakan jumlah wisatawan ke "
                + "Labuan Bajo terus meningkat.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.name().equals("Marius Ardu Jelamu"))
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PER));
    }

    @Test
    void anOfficeRunIntoItsHoldersNameIsCutBeforeTheName() {
        // "Asosiasi Penyelenggara Jaringan Telekomunikasi (APJATEL) melayangkan somasi kepada Anies dan Kepala
        // Dinas Bina Marga DKI Hari Nugroho." (tempo.co)
        String body = "Asosiasi Penyelenggara Jaringan Telekomunikasi (APJATEL) melayangkan somasi kepada Anies dan "
                + "Kepala Dinas Bina Marga DKI Hari Nugroho.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.name().equals("Hari Nugroho")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PER));
        assertThat(entities).filteredOn(e -> e.name().equals("Dinas Bina Marga DKI")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void aPartysFieldIsPartOfTheTitle() {
        // "acara ini turut dihadiri ... dan Ketua Korbid Kepartaian Ibnu Munzir." (okezone.com)
        String body = "Selain Airlangga, acara ini turut dihadiri Menteri Sosial Agus Gumiwang Kartasasmita, dan Ketua "
                + "Korbid Kepartaian Ibnu Munzir.";
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .contains("Ibnu Munzir");
    }

    @Test
    void anOrganisationAfterATitleStaysWhole() {
        String body = "Rektor Universitas Sam Ratulangi Ellen J Kumaat mengatakan peternak di Sulawesi Utara "
                + "siap memasok pasar ekspor.";
        assertThat(recognize(body)).extracting(Entity::name).contains("Universitas Sam Ratulangi")
                .doesNotContain("Sam Ratulangi");
    }

    @Test
    void aPlaceTheArticleNamesOnItsOwnIsCutOffThePersonAfterIt() {
        String body = "Putusan awal tidak mengenal tanggal berlaku, kata Jaksa Agung Hawaii Doug Chin, dikutip AFP.\n\n"
                + "Hakim Distrik di Hawaii, Rabu (29/3), menyatakan telah mengubah larangan sementara tersebut.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .contains("Doug Chin").doesNotContain("Hawaii Doug Chin");
    }

    @Test
    void theCharacterAnActorPlaysIsNoPersonWithOrWithoutItsTitle() {
        // the contract counts no fictional people: the officer is a role in a film, the actor a person
        String body = "Dalam film itu Sam Rockwell berperan sebagai Opsir Jason Dixon yang temperamental.";
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .containsExactly("Sam Rockwell");
    }

    @Test
    void aTitleAndItsFieldNameNoOne() {
        // sindonews.com, 16 September 2019
        String body = "“Ini atas instruksi pusat,” ujar Kabid Pencegahan dan Pengedalian Penyakit Menular dan Tidak "
                + "Menular, Dinkes Kobar, HA Sulkan saat ditemui di ruang kerjanya, Senin (16/9/2019).\n\n"
                + "Sulkan menjelaskan, dalam dua bulan terakhir sudah ada sekitar 4.000 orang terkena ISPA.";
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .containsExactly("HA Sulkan");
    }

    @Test
    void theWordAfterARankOpensTheHoldersNameThoughItIsAlsoAWord() {
        // kompas.com, 10 September 2019
        String body = "Kepala Bidang Humas Polda Metro Jaya Kombes Argo Yuwono mengatakan, polisi akan menerjunkan "
                + "10.000 personel untuk mengamankan pertandingan itu.";
        List<Entity> entities = recognize(body);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .containsExactly("Argo Yuwono");
    }

    @Test
    void aMalayHonorificIsNoPartOfTheName() {
        // okezone.com, 14 September 2019
        String body = "Presiden Federasi Sepakbola Malaysia (FAM), Datuk Hamidin Mohd Amin, sesumbar bisa menaklukkan "
                + "tim kuat Uni Emirat Arab (UEA) di kandang sendiri.";
        assertThat(recognize(body)).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .containsExactly("Hamidin Mohd Amin");
    }
}
