package id.kabar.annotate.claim;

import id.kabar.model.ClaimCategory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell what a number counts in Indonesian news: the outcome words next to it
 * ({@code tewas}, {@code luka-luka}, {@code mengungsi}, {@code ditangkap}), the nouns of people and
 * things that are tallied ({@code orang}, {@code warga sipil}, {@code unit rumah}), and the units of
 * time and measure that make a number a duration or a size rather than a count.
 */
public final class ClaimLexicon {

    /** Outcome words, longest first so that {@code luka berat} wins over {@code luka}. */
    private static final List<Map.Entry<String, ClaimCategory>> CUE_PHRASES = List.of(
            Map.entry("meninggal dunia", ClaimCategory.KILLED),
            Map.entry("kehilangan nyawa", ClaimCategory.KILLED),
            Map.entry("merenggut nyawa", ClaimCategory.KILLED),
            Map.entry("meregang nyawa", ClaimCategory.KILLED),
            Map.entry("korban jiwa", ClaimCategory.KILLED),
            Map.entry("ditembak mati", ClaimCategory.KILLED),
            Map.entry("menembak mati", ClaimCategory.KILLED),
            Map.entry("tembak mati", ClaimCategory.KILLED),
            Map.entry("tidak bernyawa", ClaimCategory.KILLED),
            Map.entry("tak bernyawa", ClaimCategory.KILLED),
            Map.entry("kehilangan tempat tinggal", ClaimCategory.DISPLACED),
            Map.entry("kehilangan rumah", ClaimCategory.DISPLACED),
            Map.entry("belum ditemukan", ClaimCategory.MISSING),
            Map.entry("hilang kontak", ClaimCategory.MISSING),
            Map.entry("tewas", ClaimCategory.KILLED),
            Map.entry("meninggal", ClaimCategory.KILLED),
            Map.entry("menewaskan", ClaimCategory.KILLED),
            Map.entry("terbunuh", ClaimCategory.KILLED),
            Map.entry("dibunuh", ClaimCategory.KILLED),
            Map.entry("membunuh", ClaimCategory.KILLED),
            Map.entry("wafat", ClaimCategory.KILLED),
            Map.entry("kematian", ClaimCategory.KILLED),
            Map.entry("jenazah", ClaimCategory.KILLED),
            Map.entry("mayat", ClaimCategory.KILLED),
            Map.entry("luka-luka", ClaimCategory.INJURED),
            Map.entry("luka", ClaimCategory.INJURED),
            Map.entry("terluka", ClaimCategory.INJURED),
            Map.entry("melukai", ClaimCategory.INJURED),
            Map.entry("cedera", ClaimCategory.INJURED),
            Map.entry("hilang", ClaimCategory.MISSING),
            Map.entry("mengungsi", ClaimCategory.DISPLACED),
            Map.entry("pengungsi", ClaimCategory.DISPLACED),
            Map.entry("diungsikan", ClaimCategory.DISPLACED),
            Map.entry("mengungsikan", ClaimCategory.DISPLACED),
            Map.entry("terlantar", ClaimCategory.DISPLACED),
            Map.entry("telantar", ClaimCategory.DISPLACED),
            Map.entry("ditangkap", ClaimCategory.ARRESTED),
            Map.entry("menangkap", ClaimCategory.ARRESTED),
            Map.entry("tertangkap", ClaimCategory.ARRESTED),
            Map.entry("diamankan", ClaimCategory.ARRESTED),
            Map.entry("mengamankan", ClaimCategory.ARRESTED),
            Map.entry("ditahan", ClaimCategory.ARRESTED),
            Map.entry("diringkus", ClaimCategory.ARRESTED),
            Map.entry("meringkus", ClaimCategory.ARRESTED),
            Map.entry("dibekuk", ClaimCategory.ARRESTED),
            Map.entry("membekuk", ClaimCategory.ARRESTED),
            Map.entry("diciduk", ClaimCategory.ARRESTED),
            Map.entry("dievakuasi", ClaimCategory.AFFECTED),
            Map.entry("mengevakuasi", ClaimCategory.AFFECTED),
            Map.entry("terinfeksi", ClaimCategory.AFFECTED),
            Map.entry("terpapar", ClaimCategory.AFFECTED),
            Map.entry("terjangkit", ClaimCategory.AFFECTED),
            Map.entry("positif", ClaimCategory.AFFECTED),
            Map.entry("terdampak", ClaimCategory.AFFECTED),
            Map.entry("terjebak", ClaimCategory.AFFECTED),
            Map.entry("terdampar", ClaimCategory.AFFECTED),
            Map.entry("keracunan", ClaimCategory.AFFECTED),
            Map.entry("dirawat", ClaimCategory.AFFECTED));

    private static final List<CueWords> CUES = CUE_PHRASES.stream()
            .map(e -> new CueWords(e.getKey().split(" "), e.getValue())).toList();

    private static final Set<String> PEOPLE = Set.of(
            "orang", "jiwa", "warga", "penduduk", "korban", "tentara", "prajurit", "serdadu", "personel", "polisi",
            "anggota", "pengungsi", "pasien", "siswa", "murid", "mahasiswa", "pelajar", "guru", "pekerja",
            "karyawan", "pegawai", "buruh", "tersangka", "terdakwa", "terpidana", "pelaku", "anak", "bayi",
            "balita", "wanita", "perempuan", "pria", "laki-laki", "lansia", "jemaah", "jamaah", "penumpang", "awak",
            "kru", "nelayan", "petani", "pendukung", "demonstran", "pengunjuk", "massa", "peserta", "penonton",
            "wisatawan", "turis", "pemilih", "keluarga", "kk", "relawan", "dokter", "perawat", "tenaga", "napi",
            "narapidana", "tahanan", "wni", "wna", "tki", "migran", "imigran", "militan", "teroris", "terduga",
            "pemberontak", "separatis", "jurnalis", "wartawan", "pengguna", "pelanggan", "nasabah", "penyintas",
            "sandera", "pejabat", "saksi", "orang-orang", "pemain", "atlet", "diplomat", "santri", "pengemudi",
            "sopir", "pengendara", "pemudik", "penghuni", "pendaki", "pelayat", "pengunjung", "calon", "kandidat",
            "pasukan", "milisi", "staf", "ibu", "remaja", "rakyat", "umat", "pelari", "pemuda", "penerima");

    /** Nouns of things a news count tallies; a bare number before any other noun is not read as a count. */
    private static final Set<String> THINGS = Set.of(
            "unit", "buah", "ekor", "rumah", "gedung", "bangunan", "kendaraan", "mobil", "motor", "kapal",
            "pesawat", "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "sekolah", "perusahaan",
            "kasus", "suara", "kursi", "titik", "lokasi", "fasilitas", "rumah sakit", "tempat", "pos", "rudal",
            "roket", "tank", "bom", "senjata", "pucuk", "butir", "paket", "lembar", "batang", "karung", "kios",
            "toko", "hektare", "jembatan", "masjid", "gereja", "kantor", "laporan", "pengaduan", "aduan", "akun",
            "dosis", "sampel", "spesimen", "kamp", "pabrik", "proyek", "negara", "armada", "tiang", "pohon");

    /** Units that make a number a duration, a size or a rate, not a count. */
    private static final Set<String> NOT_COUNTS = Set.of(
            "detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "dekade", "abad", "malam",
            "km", "kilometer", "meter", "m", "cm", "mm", "kg", "kilogram", "gram", "ton", "kuintal", "liter", "ml",
            "hektar", "ha", "derajat", "celcius", "mil", "knot", "sr", "magnitudo", "mw", "kw", "kwh", "watt",
            "volt", "gb", "mb", "tb", "mbps", "inci", "kaki", "kali", "lipat", "babak", "ronde", "besar",
            "tahunan", "bulanan", "harian", "menitan",
            "cc", "mah", "rpm", "x", "kiloliter", "milimeter", "sentimeter", "miligram", "mg", "µg", "kalori", "kkal",
            "sen", "basis", "sebesar", "naik", "turun",
            "hingga", "sampai", "dari", "banding", "berbanding", "pasal");

    private ClaimLexicon() {
    }

    /** The outcome cue starting at word {@code i} of lower-case words, or null. */
    public static Cue cueAt(List<String> words, int i) {
        for (CueWords cue : CUES) {
            String[] parts = cue.words();
            if (i + parts.length > words.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < parts.length && match; k++) {
                match = words.get(i + k).equals(parts[k]);
            }
            if (match) {
                return new Cue(cue.category(), parts.length);
            }
        }
        return null;
    }

    public static boolean isPeople(String word) {
        return PEOPLE.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isThing(String word) {
        return THINGS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isNotCount(String word) {
        return NOT_COUNTS.contains(word.toLowerCase(Locale.ROOT));
    }

    private record CueWords(String[] words, ClaimCategory category) {
    }

    /** An outcome word and how many words it spans. */
    public record Cue(ClaimCategory category, int length) {
    }
}
