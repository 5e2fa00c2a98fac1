package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AddressDatesTest {

    @Test
    void slashedDayInThePath() {
        assertThat(AddressDates.find("https://sports.okezone.com/read/2019/09/09/40/2102719/sisa-4-kota-pb-djarum-tak-cantumkan-logo-perusahaan-di-audisi-umum-beasiswa-bulu-tangkis"))
                .contains(LocalDate.of(2019, 9, 9));
        assertThat(AddressDates.find("https://bola.kompas.com/read/2019/09/10/04102898/estonia-vs-belanda-ryan-babel-cetak-2-gol-de-oranje-menang-telak"))
                .contains(LocalDate.of(2019, 9, 10));
        assertThat(AddressDates.find("https://www.tribunnews.com/regional/2019/09/10/diduga-gangguan-jiwa-seorang-anak-bacok-ibu-kandungnya"))
                .contains(LocalDate.of(2019, 9, 10));
        assertThat(AddressDates.find("http://www.suara.com/bisnis/2017/03/13/201620/mentan-lepas-ekspor-perdana-daging-ayam-olahan-ke-papua-nugini"))
                .contains(LocalDate.of(2017, 3, 13));
        assertThat(AddressDates.find("http://poskotanews.com/2017/12/23/kalahkan-real-madrid-3-0-kini-siapa-yang-bisa-hentikan-barcelona/"))
                .contains(LocalDate.of(2017, 12, 23));
        assertThat(AddressDates.find("http://m.goal.com/s/id-ID/news/1391/indonesia-soccer-championship/2017/01/22/31820522/arema-fc-rekrut-kiper-persela-lamongan"))
                .contains(LocalDate.of(2017, 1, 22));
    }

    @Test
    void compactDayBeforeTheArticleNumber() {
        assertThat(AddressDates.find("http://www.cnnindonesia.com/olahraga/20161112230644-142-172253/ronaldo-tak-kesulitan-main-hingga-usia-41/"))
                .contains(LocalDate.of(2016, 11, 12));
        assertThat(AddressDates.find("http://rimanews.com/ekonomi/bisnis/read/20170319/320419/KJRI-dorong-pengusaha-jajaki-pasar-kopi-Turki"))
                .contains(LocalDate.of(2017, 3, 19));
    }

    @Test
    void unixTimeEndingTheSlugIsReadOnJakartaTime() {
        // published 2019-09-10T00:03:00+07:00; the stamp is 23:59 WIB the evening before
        assertThat(AddressDates.find("https://autotekno.sindonews.com/read/1438052/124/cneos-deteksi-2-asteroid-berkecepatan-tinggi-menuju-bumi-1568048363"))
                .contains(LocalDate.of(2019, 9, 9));
        // published 2019-09-10T00:29:00+07:00, stamped 20:11 WIB the day before: the stamp is when it was filed
        assertThat(AddressDates.find("https://ekbis.sindonews.com/read/1437966/34/alfamart-dukung-indonesia-sebagai-tuan-rumah-aprce-2021-1568034660"))
                .contains(LocalDate.of(2019, 9, 9));
    }

    @Test
    void articleNumbersAndBareYearsStateNoDay() {
        assertThat(AddressDates.find("https://bisnis.tempo.co/read/1245773/luhut-panjaitan-mengakui-reklamasi-teluk-benoa-merusak-lingkungan")).isEmpty();
        assertThat(AddressDates.find("http://www.antaranews.com/berita/659644/jayawijaya-datangkan-arkeolog-untuk-konservasi-empat-mumi")).isEmpty();
        assertThat(AddressDates.find("https://kumparan.com/jihad-akbar1487918664529/seorang-pemuda-di-papua-ditangkap-karena-bawa-granat-ke-bandara")).isEmpty();
        assertThat(AddressDates.find("https://www.merdeka.com/peristiwa/pilkada-2017-berjalan-aman.html")).isEmpty();
        assertThat(AddressDates.find(null)).isEmpty();
    }
}
