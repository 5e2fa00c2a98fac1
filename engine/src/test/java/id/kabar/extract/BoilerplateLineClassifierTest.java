package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateLineClassifierTest {
    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // running text from the seeds and IndoSum
            "Peskov menyatakan kesiapan ini menanggapi permintaan Zelensky yang mendesak perundingan dengan Rusia untuk menghentikan perang.|PROSE",
            "\"Negosiasi berlanjut,\" tambahnya.|PROSE",
            "“Mari kita tunggu sampai akhir operasi ini,” katanya.|PROSE",
            "Dia mengatakan sebelumnya komunikasi sedang diadakan, namun masih sulit.(*)|PROSE",
            "Ketua MPR Zulkifli Hasan menyesalkan kisruh yang terjadi antara pelaku sarana transportasi online dan tradisional .|PROSE",
            // headlines and subheadings
            "Rusia Siap Kirim Perwakilan untuk Berdialog dengan Ukraina!|HEADLINE",
            "Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina|HEADLINE",
            "Hari kelima perang|HEADLINE",
            "Internasional|HEADLINE",
            // furniture
            "- Advertisement -|FURNITURE",
            "SCROLL TO CONTINUE WITH CONTENT|FURNITURE",
            "0FansSuka|FURNITURE",
            "0PengikutMengikuti|FURNITURE",
            "spot_img|FURNITURE",
            "Jumat, Mei 3, 2024|FURNITURE",
            "Senin, 14 Maret 2022 18:15 WIB|FURNITURE",
            "115|FURNITURE",
            "-|FURNITURE",
            "iStockphoto|FURNITURE",
            "Editor: M Nur Pakar|FURNITURE",
            "Follow Berita WowKeren.com di Google News|FURNITURE",
            "You can share this post!|FURNITURE",
            "Home Internasional Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina|FURNITURE",
            "Dibaca 1.234 kali|FURNITURE",
            "Presiden Joko Widodo saat meninjau lokasi banjir. (ANTARA FOTO/Hafidz Mubarak)|FURNITURE",
            "Home > News > Nasional|FURNITURE",
            // links and labels
            "Baca Juga: Gelombang Pengungsi dari Ukraina Mulai Berdatangan ke Perbatasan Polandia|READ_MORE",
            "BACA JUGA: Roket Rusia Hantam Menara TV Antopol|READ_MORE",
            "Berita Terkait|SECTION_LABEL",
            "Terpopuler|SECTION_LABEL",
            "Rekomendasi Artikel|SECTION_LABEL",
            "Ikuti Kami|SECTION_LABEL",
            "KOMENTAR|SECTION_LABEL",
            "© 2022 TRIBUNnews.com Network,a subsidiary of KG Media.|SECTION_LABEL",
            "Tags: Rusia, Ukraina, Kremlin|SECTION_LABEL",
            "(wk/Sisi)|CREDIT",
            "(*)|CREDIT",
    })
    void classifiesLinesByShape(String line, LineKind expected) {
        assertThat(classifier.classify(line)).isEqualTo(expected);
    }
}
