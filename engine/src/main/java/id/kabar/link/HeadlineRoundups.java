package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.regex.Pattern;

/**
 * Whether a headline announces a round-up: a piece gathering several people's or several happenings' news of a day
 * under one headline, by a word of a gathering ({@code roundup-words.txt}: {@code Sejumlah Tokoh Berdatangan ke RSPAD
 * Jenguk BJ Habibie}, {@code Hasil Lengkap Liga 2 Sabtu}) or a list it opens with ({@code SBY, Ma'ruf Amin hingga Anies
 * Jenguk Habibie di RSPAD}, closed by a word of {@code roundup-list-joints.txt}). A round-up shares each gathered
 * happening's matter, so it reads close to the write-ups of each and would join them all into one event ({@link
 * EventClusterer#roundupBetween}).
 */
final class HeadlineRoundups {
    private static final Pattern ROUNDUP_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:" + WordLists.alternation("roundup-words.txt") + ")(?![\\p{L}\\p{N}])");
    /**
     * A headline opening with a list: one to three words, a comma, one to three words and the closing word ({@code A, B
     * hingga C}); a headline opening with a longer clause tells one happening and lists its sides after it ({@code Fakta
     * Kecelakaan Bus Mira Vs Innova di Nganjuk-Madiun, Sempat Ambil Video hingga 3 Penumpang Tewas}).
     */
    private static final Pattern OPENING_LIST = Pattern.compile("(?iu)^[^\\s,:]+(?: [^\\s,:]+){0,2}, [^\\s,:]+"
            + "(?: [^\\s,:]+){0,2},? (?:" + WordLists.alternation("roundup-list-joints.txt") + ") ");

    private HeadlineRoundups() {
    }

    /** Whether the headline announces a round-up; false for none. */
    static boolean of(String headline) {
        return headline != null && (ROUNDUP_WORDS.matcher(headline).find() || OPENING_LIST.matcher(headline).find());
    }
}
