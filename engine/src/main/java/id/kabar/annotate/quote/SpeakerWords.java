package id.kabar.annotate.quote;

import id.kabar.lang.Calendar;
import id.kabar.lang.Honorifics;
import id.kabar.lang.RoleWords;
import java.util.Set;

/**
 * Word lists for finding who speaks: pronouns, titles, group nouns and the words that end a speaker phrase.
 * Lookups take lower-case words ({@code Passage.lower}), except where the case itself carries meaning.
 */
final class SpeakerWords {

    /** Third-person pronouns that stand for a person already named. */
    private static final Set<String> PRONOUNS = Set.of(
            "dia", "ia", "beliau");

    /** Head nouns of an unnamed speaking group ({@code pejabat Ukraina}, {@code Kantor presiden Ukraina}). */
    private static final Set<String> GROUP_HEADS = Set.of(
            "pengguna", "warganet", "netizen", "penggemar", "pendukung", "pengunjuk", "demonstran", "mahasiswa",
            "pejabat", "kantor", "menteri", "kementerian", "juru", "jubir", "pemerintah", "pihak", "polisi",
            "kepolisian", "militer", "tentara", "otoritas", "sumber", "saksi", "warga", "pengamat", "analis", "pakar",
            "ahli", "presiden", "perdana", "kepala", "ketua", "direktur", "komandan", "gubernur", "wali", "bupati",
            "wakil", "anggota", "penasihat", "penasehat", "diplomat", "duta", "dubes", "delegasi", "media",
            "kelompok", "badan", "lembaga", "dinas", "manajemen", "perusahaan", "partai", "koalisi", "tim", "panitia",
            "penyidik", "jaksa", "hakim", "dokter", "petugas", "relawan", "aktivis", "pengacara", "kuasa", "staf",
            "karyawan", "pegawai", "masyarakat", "penduduk", "orang", "pemimpin", "utusan", "dewan", "majelis",
            "komisi", "sekretaris", "organisasi", "lsm", "kedutaan", "kejaksaan", "pengadilan", "kemenlu", "kemenhan",
            "istana", "gedung", "peneliti", "ilmuwan", "korban", "keluarga", "ayah", "ibu", "pasukan", "angkatan",
            "narasumber", "seorang", "para", "sejumlah", "beberapa");

    /** Words closing a description that points back to someone named before ({@code pelatih asal Brasil ini}). */
    private static final Set<String> DEMONSTRATIVES = Set.of("ini", "itu", "tersebut");

    private static final Set<String> NAME_PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "da", "dos", "del", "bin", "binti", "al", "el", "ter");

    /** Quantifiers and articles dropped from the front of a group phrase. */
    private static final Set<String> DETERMINERS = Set.of(
            "para", "seorang", "sejumlah", "beberapa", "sang", "si", "salah", "satu", "banyak", "sebagian");

    /** Adverbs that may stand between a subject and its reporting verb ({@code Peskov juga menekankan}). */
    private static final Set<String> ADVERBS = Set.of(
            "juga", "pun", "sebelumnya", "kemudian", "lalu", "telah", "sudah", "sempat", "bahkan", "justru", "hanya",
            "akhirnya", "kembali", "pernah", "lantas", "pula", "lebih", "lanjut", "secara", "terpisah", "sendiri",
            "langsung", "kini", "turut", "memang", "lagi", "terus");

    /** Words before a verb that make it something other than a report ({@code menolak untuk mengatakan}). */
    private static final Set<String> NON_REPORTING = Set.of(
            "untuk", "tidak", "tak", "belum", "enggan", "ingin", "bisa", "dapat", "yang", "agar", "supaya", "mulai",
            "akan", "mau", "harus", "perlu", "jangan", "sulit", "bukan", "tanpa", "hendak", "mampu", "menolak",
            "berani", "dilarang", "sambil", "seraya", "dengan", "ketika", "saat", "sebelum", "setelah", "usai",
            "mengapa", "apakah", "siapa");

    /** Words that open a new clause, so a subject phrase cannot reach back past them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "bahwa", "setelah", "sebelum", "ketika", "saat", "sementara", "karena", "sedangkan", "namun", "tetapi",
            "tapi", "sehingga", "yang", "meski", "meskipun", "walaupun", "kendati", "jika", "bila", "kalau", "agar",
            "hingga", "sejak", "usai", "seusai", "baik", "sesudah", "begitu", "adapun", "sedang", "maka", "lalu", "kemudian",
            "padahal", "pun");

    /** Prepositions after a subject ({@code Peskov kepada wartawan mengatakan}); the subject ends before them. */
    private static final Set<String> PREPOSITIONS = Set.of(
            "kepada", "di", "dalam", "saat", "pada", "usai", "seusai", "ketika", "melalui", "lewat", "via", "dari",
            "dengan", "kala", "sewaktu", "sebagaimana", "seperti", "selaku", "sebagai", "dikutip", "dilansir",
            "mengutip", "sambil", "seraya", "setelah", "sebelum", "terkait", "soal", "tentang", "mengenai", "atas",
            "menanggapi", "kemarin", "kepadanya", "yang");

    /** Laws and rules: what they say is cited, not said ({@code menurut Undang-Undang Nomor 18 Tahun 2009}). */
    private static final Set<String> LEGAL_TEXTS = Set.of(
            "undang-undang", "uu", "peraturan", "perpres", "perppu", "permen", "pp", "perda", "pergub", "perwali",
            "perbup", "keppres", "pasal", "ayat", "konstitusi", "qanun", "regulasi", "ketentuan");

    private SpeakerWords() {
    }

    static boolean isLegalText(String w) {
        return LEGAL_TEXTS.contains(w);
    }

    static boolean isPronoun(String w) {
        return PRONOUNS.contains(w);
    }

    /**
     * Words of titles and honorifics that precede a name and are not part of it ({@code juru bicara Kremlin,
     * Dmitry Peskov}, {@code Kabag Komunikasi Publik Kementerian PANRB Suwardi}, {@code Pak Basuki}).
     */
    static boolean isRole(String w) {
        return RoleWords.isTitleWord(w) || Honorifics.isHonorific(w);
    }

    /**
     * Titles of a person that may follow the name, as opposed to the field or body they serve ({@code Presiden},
     * not {@code Keuangan}) and to ranks, which only precede it ({@code Kapolres Garut AKBP Wirdhanto}).
     */
    static boolean isPersonTitle(String w) {
        return RoleWords.isHead(w) && !Honorifics.isHonorific(w);
    }

    static boolean isGroupHead(String w) {
        return GROUP_HEADS.contains(w);
    }

    static boolean isDeterminer(String w) {
        return DETERMINERS.contains(w);
    }

    static boolean isDemonstrative(String w) {
        return DEMONSTRATIVES.contains(w);
    }

    /** Academic and religious titles written in lower case inside a name: {@code Dr dr Damayanti}. */
    static boolean isTitle(String w) {
        return Honorifics.isTitle(w);
    }

    /** Lower-case particles inside foreign and Arabic names: {@code Virgil van Dijk}, {@code Salman bin Abdulaziz}. */
    static boolean isNameParticle(String w) {
        return NAME_PARTICLES.contains(w);
    }

    static boolean isAdverb(String w) {
        return ADVERBS.contains(w);
    }

    static boolean blocksReporting(String w) {
        return NON_REPORTING.contains(w);
    }

    static boolean opensClause(String w) {
        return CLAUSE_OPENERS.contains(w);
    }

    static boolean isPreposition(String w) {
        return PREPOSITIONS.contains(w);
    }

    /** Day and month names written after a speaker ({@code kata Peskov, Senin (1/3)}), never part of a name. */
    static boolean isCalendar(String w) {
        return Calendar.isIndonesianDayOrMonth(w);
    }

    /**
     * A lower-case word with an active or passive verb prefix: {@code melontarkan}, {@code bertemu},
     * {@code disetujui}, also with the enclitic {@code -nya} ({@code dimenangkannya}, not {@code dirinya}).
     */
    static boolean looksLikeVerb(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.length() < 5 || isRole(w) || isGroupHead(w)) {
            return false;
        }
        String stem = w.endsWith("nya") ? w.substring(0, w.length() - 3) : w;
        return w.startsWith("me") || w.startsWith("ber")
                || (stem.length() >= 5 && stem.startsWith("di") && (stem.endsWith("kan") || stem.endsWith("i")));
    }
}
