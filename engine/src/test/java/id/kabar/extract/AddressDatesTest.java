package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // the day slashed in the path
            "https://sports.okezone.com/read/2019/09/09/40/2102719/sisa-4-kota-pb-djarum-tak-cantumkan-logo-perusahaan-di-audisi-umum-beasiswa-bulu-tangkis, 2019-09-09",
            "https://bola.kompas.com/read/2019/09/10/04102898/estonia-vs-belanda-ryan-babel-cetak-2-gol-de-oranje-menang-telak, 2019-09-10",
            "https://www.tribunnews.com/regional/2019/09/10/diduga-gangguan-jiwa-seorang-anak-bacok-ibu-kandungnya, 2019-09-10",
            "http://www.suara.com/bisnis/2017/03/13/201620/mentan-lepas-ekspor-perdana-daging-ayam-olahan-ke-papua-nugini, 2017-03-13",
            "http://poskotanews.com/2017/12/23/kalahkan-real-madrid-3-0-kini-siapa-yang-bisa-hentikan-barcelona/, 2017-12-23",
            "http://m.goal.com/s/id-ID/news/1391/indonesia-soccer-championship/2017/01/22/31820522/arema-fc-rekrut-kiper-persela-lamongan, 2017-01-22",
            // the compact day (and time) before the article number
            "http://www.cnnindonesia.com/olahraga/20161112230644-142-172253/ronaldo-tak-kesulitan-main-hingga-usia-41/, 2016-11-12",
            "http://rimanews.com/ekonomi/bisnis/read/20170319/320419/KJRI-dorong-pengusaha-jajaki-pasar-kopi-Turki, 2017-03-19",
            // the day with dashes, as a folder or ending the slug
            "https://www.example.co.id/berita/2019-09-10/sisa-4-kota-pb-djarum-tak-cantumkan-logo, 2019-09-10",
            "https://example.com/news/estonia-vs-belanda-ryan-babel-cetak-2-gol-2019-09-10.html, 2019-09-10",
            // the day first, the month named, month and day run together
            "https://www.jawapos.com/nasional/16/09/2019/kabut-asap-riau-makin-pekat-sekolah-diliburkan, 2019-09-16",
            "https://www.example.co.id/news/16-09-2019/kabut-asap-riau-makin-pekat, 2019-09-16",
            "https://www.theguardian.com/world/2019/sep/16/indonesia-forest-fires-haze-schools-closed, 2019-09-16",
            "https://www.example.com/news/2019/0916/haze-closes-schools-in-riau, 2019-09-16",
            // year and month as one folder, the day as the next
            "http://www.xinhuanet.com/english/2019-09/16/c_138396125.htm, 2019-09-16",
            "https://www.chinadaily.com.cn/a/201909/16/WS5d7edc8aa310cf3e3556b9a1.html, 2019-09-16",
            // the compact day ending the slug; dashes or underscores with single digits
            "https://www.example.co.id/daerah/kabut-asap-riau-20190916.html, 2019-09-16",
            "https://www.example.com/archive/2019_9_16/kabut-asap, 2019-09-16",
            "https://www.example.com/story/kabut-asap-riau-2019-9-6, 2019-09-06",
            // the compact day glued to the slug's last word; the day first with dashes ending the slug
            "https://www.example.co.id/daerah/kabut-asap-riau-makin-pekat20190916.html, 2019-09-16",
            "https://www.example.co.id/daerah/kabut-asap-riau-makin-pekat-16-09-2019.html, 2019-09-16",
            // a compact day opening the query's value that names the article, the path stating none
            "https://www.koranbantenkita.com/berita?a=20191014-banjir-rob-genangi-pelabuhan-karangantu-nelayan-tak-melaut, 2019-10-14",
            "https://www.example.co.id/read.php?id=20190916_0012&kanal=daerah, 2019-09-16",
            // a day with dashes opening a query's value
            "https://kabarkota.id/baca.php?id=123&tanggal=2026-12-02, 2026-12-02",
            // a number that is no day is passed over for the day after it
            "https://www.example.com/produk/20191399-kabut/2019/09/16/asap, 2019-09-16",
            // unix time ending the slug, on Jakarta time: published 2019-09-10T00:03:00+07:00, stamped 23:59 WIB the day
            // before; published 2019-09-10T00:29:00+07:00, stamped 20:11 WIB the day before (when it was filed)
            "https://autotekno.sindonews.com/read/1438052/124/cneos-deteksi-2-asteroid-berkecepatan-tinggi-menuju-bumi-1568048363, 2019-09-09",
            "https://ekbis.sindonews.com/read/1437966/34/alfamart-dukung-indonesia-sebagai-tuan-rumah-aprce-2021-1568034660, 2019-09-09",
    })
    void theDayAnAddressStates(String url, LocalDate day) {
        assertThat(AddressDates.find(url)).contains(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://bisnis.tempo.co/read/1245773/luhut-panjaitan-mengakui-reklamasi-teluk-benoa-merusak-lingkungan",
            "http://www.antaranews.com/berita/659644/jayawijaya-datangkan-arkeolog-untuk-konservasi-empat-mumi",
            "https://kumparan.com/jihad-akbar1487918664529/seorang-pemuda-di-papua-ditangkap-karena-bawa-granat-ke-bandara",
            "https://www.merdeka.com/peristiwa/pilkada-2017-berjalan-aman.html",
            "https://www.example.co.id/bola/timnas-u-19-dan-u-23-berlatih-bersama-jelang-2020",
            "https://www.example.co.id/tekno/harga-galaxy-s10-turun-jadi-rp12999000-di-2019",
            // a query's number that is no day, or a day not opening its value
            "https://www.example.co.id/berita?id=20191399-kabut",
            "https://www.example.co.id/berita?a=kabut-20191014&p=2",
            "https://www.example.co.id/berita?tanggal=2026-1202",
    })
    void articleNumbersAndBareYearsStateNoDay(String url) {
        assertThat(AddressDates.find(url)).isEmpty();
    }

    /**
     * Lifehacker's address ends with its post's number ({@code ...-you-don-t-1690268064}), which reads as a unix time
     * of 25 July 2023 on a page of 2015 that nowhere writes 2023; Sindonews's stamp is the day its page writes.
     */
    @Test
    void aUnixTimeEndingTheSlugDatesOnlyAPageWritingItsYear() {
        String kinja = "http://lifehacker.com/how-to-program-your-mind-to-stop-buying-crap-you-don-t-1690268064";
        assertThat(AddressDates.find(kinja, "<p>We all buy things from time to time that we don't really need.</p> &copy; 2015 Lifehacker"))
                .isEmpty();
        assertThat(AddressDates.find(kinja)).as("the address alone").contains(LocalDate.of(2023, 7, 25));
        assertThat(AddressDates.find("https://autotekno.sindonews.com/read/1438052/124/cneos-deteksi-2-asteroid-berkecepatan-tinggi-menuju-bumi-1568048363",
                "<time>Senin, 09 September 2019 - 23:59 WIB</time>")).contains(LocalDate.of(2019, 9, 9));
        assertThat(AddressDates.find("https://www.tribunnews.com/regional/2019/09/16/kabut-asap", "<p>no year written</p>"))
                .as("a folder's day needs no year on the page").contains(LocalDate.of(2019, 9, 16));
    }

    @Test
    void noAddressStatesNoDay() {
        assertThat(AddressDates.find(null)).isEmpty();
    }

    /** A day's archive ends at the day; an article's address under it, or a month's archive, is none. */
    @Test
    void aDayArchiveIsAnAddressEndingAtTheDay() {
        assertThat(AddressDates.dayArchive("https://saint-aubin-infos.example/2020/02/06/")).contains(LocalDate.of(2020, 2, 6));
        assertThat(AddressDates.dayArchive("/2020/02/06")).contains(LocalDate.of(2020, 2, 6));
        assertThat(AddressDates.dayArchive("https://saint-aubin-infos.example/2020/02/06/la-mediatheque-rouvre/")).isEmpty();
        assertThat(AddressDates.dayArchive("https://saint-aubin-infos.example/2020/02/")).isEmpty();
        assertThat(AddressDates.dayArchive("https://saint-aubin-infos.example/2020/02/31/")).isEmpty();
    }
}
