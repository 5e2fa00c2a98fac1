package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
            "Berikut wilayah yang terdampak banjir:|PROSE",
            "Video klarifikasi itu telah 2 juta kali ditonton.|PROSE",
            "Cek Kesehatan Gratis Dibuka di Puskesmas Kampung Melayu|HEADLINE",
            "Artikel Sponsor Dihapus Setelah Diprotes Pembaca|HEADLINE",
            // headlines and subheadings
            "Rusia Siap Kirim Perwakilan untuk Berdialog dengan Ukraina!|HEADLINE",
            "Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina|HEADLINE",
            "Hari kelima perang|HEADLINE",
            "Internasional|HEADLINE",
            // furniture
            "- Advertisement -|FURNITURE",
            "SCROLL TO CONTINUE WITH CONTENT|FURNITURE",
            // detik's break around an advertisement inside the text, its label and prompt on one line
            "ADVERTISEMENT SCROLL TO RESUME CONTENT|FURNITURE",
            "Advertisement - Continue reading below|FURNITURE",
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
            "Tonton video lainnya di Medcom.id|FURNITURE",
            "You can share this post!|FURNITURE",
            "Home Internasional Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina|FURNITURE",
            "Dibaca 1.234 kali|FURNITURE",
            "Metro TV • 25 November 2026 18:05 2.310 kali ditonton|FURNITURE",
            "13 Des 2019 · 4 menit baca|FURNITURE",
            "Cek Berita dan Artikel yang lain di Google News|FURNITURE",
            "Artikel Sponsor|FURNITURE",
            "Presiden Joko Widodo saat meninjau lokasi banjir. (ANTARA FOTO/Hafidz Mubarak)|FURNITURE",
            "Home > News > Nasional|FURNITURE",
            "Pedagang beras di Pasar Induk Cipinang, Jakarta Timur, Senin (13/2/2023). KOMPAS.com/Fitria Chusna Farisa|FURNITURE",
            // links and labels
            "Baca Juga: Gelombang Pengungsi dari Ukraina Mulai Berdatangan ke Perbatasan Polandia|READ_MORE",
            "BACA JUGA: Roket Rusia Hantam Menara TV Antopol|READ_MORE",
            "[ Baca juga : Bekal Suzuki GSX - R150 Menantang CBR150R dan R15 ]|READ_MORE",
            "SIMAK JUGA :   Arema Datangkan Pemain Naturalisasi Timor Leste|READ_MORE",
            "Berita Terkait|SECTION_LABEL",
            "Terpopuler|SECTION_LABEL",
            "Rekomendasi Artikel|SECTION_LABEL",
            "Halaman 1 2 3 Selanjutnya|SECTION_LABEL",
            "Ikuti Kami|SECTION_LABEL",
            "KOMENTAR|SECTION_LABEL",
            "© 2022 TRIBUNnews.com Network,a subsidiary of KG Media.|SECTION_LABEL",
            "Tags: Rusia, Ukraina, Kremlin|SECTION_LABEL",
            "(wk/Sisi)|CREDIT",
            "(*)|CREDIT",
            "(15/9/2019)|FURNITURE",
            // credits, read-more labels in other languages, and the site's own boxes (from the word lists)
            "Fotografer: Dimas Prasetyo|FURNITURE",
            "Penulis : Rina Ayu Larasati|FURNITURE",
            "Bus listrik Trans Semanggi melintas di Jalan Tunjungan. BERITAJATIM.COM/ DIMAS PRASETYO|FURNITURE",
            "Czytaj też: Autobusy elektryczne w Surabai|READ_MORE",
            "Lesen Sie auch: Die Regierung senkt die Steuern|READ_MORE",
            "VEA TAMBIÉN|SECTION_LABEL",
            "Sign up for our newsletter to get the day's top stories from East Java in your inbox every morning.|FURNITURE",
            "Tentang Kami|FURNITURE",
            "Bagaimana pendapat Anda? Tulis komentar Anda di kolom di bawah ini.|FURNITURE",
            "Artikel ini telah tayang di Tribunjakarta.com dengan judul Banjir Rendam Kampung Melayu.|FURNITURE",
            // the same phrases inside a sentence are words of the text
            "\"Aku fokus ke ketawa sama waktu bilang ‘kok bisa sih’ adem banget itu suara ya Tuhan,\" tulis komentar @zahraaullia.|PROSE",
            "\" Kami turut berduka buat keluarganya . Dia berada di sini buat menulis cerita tentang kami , \" kata seorang anggota pemberontak .|PROSE",
    })
    void classifiesLinesByShape(String line, LineKind expected) {
        assertThat(classifier.classify(line)).isEqualTo(expected);
    }

    @Test
    void capitalsAndFiguresAreTextOnlyWhereThePageMarksThemAsAHeadingOrATableRow() {
        assertThat(classifier.classify("PASOKAN DARI KARO BERKURANG")).isEqualTo(LineKind.FURNITURE);
        assertThat(classifier.classify("PASOKAN DARI KARO BERKURANG", true)).isEqualTo(LineKind.HEADLINE);
        assertThat(classifier.classify("2022 11.800")).isEqualTo(LineKind.FURNITURE);
        assertThat(classifier.classify("2022 11.800", true)).isEqualTo(LineKind.HEADLINE);
    }

    @Test
    void theFurnitureWordListsStillTellTheirLines() {
        // lines of the extraction bench's pages kompas-kemarau and jawapos-iklan-pupuk: a share prompt (share-verbs.txt,
        // share-targets.txt) and a breadcrumb's first step (home-links.txt)
        assertThat(classifier.classify("Bagikan artikel ini melalui")).isEqualTo(LineKind.FURNITURE);
        assertThat(classifier.classify("Beranda")).isEqualTo(LineKind.FURNITURE);
    }

    @Test
    void aReadMoreLabelOfTwoWordsAndATitleWithoutAColonIsAReadMoreLine() {
        // <p><strong>Czytaj też</strong> <a>Ceny biletów MPK w górę od sierpnia</a></p>
        assertThat(classifier.classify("Czytaj też Ceny biletów MPK w górę od sierpnia")).isEqualTo(LineKind.READ_MORE);
        assertThat(classifier.classify("Lesen Sie auch Mieterbund fordert Heizkostenzuschuss")).isEqualTo(LineKind.READ_MORE);
        // a sentence of the text opening with the words stays text
        assertThat(classifier.classify("Baca juga artikel sebelumnya tentang harga cabai di Pasar Kosambi yang naik tajam pekan lalu."))
                .isEqualTo(LineKind.PROSE);
        assertThat(classifier.classify("Simak Penjelasan Kepala Dinas tentang jadwal operasi pasar")).isNotEqualTo(LineKind.READ_MORE);
    }

    @Test
    void aDateWithItsClockOrItsUpdateLabelIsAStampNotText() {
        assertThat(classifier.classify("Marbella, 19 de agosto de 2024 · 08:20")).isEqualTo(LineKind.FURNITURE);
        assertThat(classifier.classify("Redaktion · Aktualisiert am 18.04.2024")).isEqualTo(LineKind.FURNITURE);
        // a publishing line a blog's text opens with stays (Mozilla's keep-tabular-data page keeps it)
        assertThat(classifier.classify("Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts"))
                .isNotEqualTo(LineKind.FURNITURE);
    }

    @Test
    void aBylineAloneIsToldByItsOpenerAndTheNamesCapitals() {
        assertThat(classifier.isBylineAlone("Von Franziska Lenz")).isTrue();
        assertThat(classifier.isBylineAlone("Oleh Muhammad Ridwan bin Yusuf")).isTrue();
        assertThat(classifier.isBylineAlone("Oleh karena itu warga diminta waspada")).isFalse();
    }

    /** detik's bylines under the headline (indonesian-pages dev14 and dev15): the writer, a dash, the channel. */
    @Test
    void aBylineOfTheWriterAndTheChannelIsToldByTheChannelsCamelCase() {
        assertThat(classifier.isChannelByline("Achmad Dwi Afriyadi - detikFinance")).isTrue();
        assertThat(classifier.isChannelByline("Tim detikJateng - detikJateng")).isTrue();
        assertThat(classifier.isChannelByline("JAKARTA - Pemerintah menyiapkan operasi pasar")).isFalse();
        assertThat(classifier.isChannelByline("Presiden Joko Widodo - Istana")).isFalse();
    }
}
