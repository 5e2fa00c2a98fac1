package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.ShortForms;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A name that opens with its kind of region ({@code Kecamatan Talang Kelapa}, or a regional government whose head
 * says it, {@code Pemkab Pasangkayu}) ends before a second kind of region written after its own name: that kind
 * opens the wider region it lies in, a place of its own. "Bayi malang tersebut dari Desa Talang Buluh Kecamatan
 * Talang Kelapa Kabupaten Banyuasin" (sindonews.com, 16 September 2019) names three places; "Mewakili Pemkab
 * Pasangkayu Provinsi Sulawesi Barat" (sindonews.com, 12 September 2019) the government and its province. An
 * office whose head says no kind keeps its region ({@code Dinas Pendidikan Kabupaten Kerinci}).
 *
 * <p>So does a place whose own name comes first, an address run into one span: "di Kerumutan Kabupaten Pelalawan"
 * (CLICK-ID, 10-16 September 2019) names the village and the regency, "Kelurahan Bali Lingkungan Seporo" (IndoSum)
 * the quarter and its neighbourhood ({@code address-units.txt}). A kind after an ordinary word is the place's own
 * name ({@code Balai Kota Malang}, {@code Kantor Desa Sungai Kapas}, {@code Stasiun Kota Baru}; {@code
 * region-site-nouns.txt}), and one after an acronym the region an office serves ({@code BPBD Kota Sungaipenuh}):
 * neither is cut.
 */
final class NestedRegionRule implements ContractRule {
    /** Units of an address below a village, written after its name: {@code Lingkungan}. */
    private static final Set<String> ADDRESS_UNITS = WordLists.set(WordLists.class, "address-units.txt");
    /** Buildings and sites named after their region, its kind written after them: {@code Balai Kota Malang}. */
    private static final Set<String> REGION_SITES = WordLists.set(WordLists.class, "region-site-nouns.txt");
    /** Short forms whose words in full end with a kind of region: {@code pemkab}, "pemerintah kabupaten". */
    private static final Set<String> KIND_SHORT_FORMS = ShortForms.ALL.stream()
            .filter(f -> PlaceWords.isAdministrative(f.inFull().substring(f.inFull().lastIndexOf(' ') + 1)))
            .map(ShortForms.ShortForm::shortForm)
            .collect(Collectors.toUnmodifiableSet());

    private final Predicate<String> isCommonWord;

    /** {@code isCommonWord} tells a word mostly written in lower case. */
    NestedRegionRule(Predicate<String> isCommonWord) {
        this.isCommonWord = isCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int start = 0; start < tags.length; start++) {
            if (!tags[start].isBegin() || tags[start].type() == EntityType.PER) {
                continue;
            }
            int end = BioTag.spanEnd(tags, start);
            int name = nameAfterKind(s, start, end);
            boolean addressed = name < 0 && tags[start].type() == EntityType.LOC;
            for (int k = addressed ? start + 1 : name + 1; (name > 0 || addressed) && k + 1 < end; k++) {
                // "Pemerintah Provinsi Kalimantan Barat dan Kota Pontianak": a "dan" before the kind joins two
                // governments, no region in another
                if (s.capitalised(k) && opensRegion(s.lower()[k]) && s.capitalised(k + 1) && s.capitalised(k - 1)
                        && (!addressed || namesPlace(s, k - 1) && !holdsRank(s, k, end))) {
                    s.setSpan(start, k, tags[start].type());
                    s.setSpan(k, end, EntityType.LOC);
                    end = k;
                    break;
                }
            }
            start = end - 1;
        }
    }

    /**
     * Whether a rank stands in {@code [from, end)}: then the span runs an office's place into its holder ("Kapolres
     * Cirebon Kota AKBP Roland Ronaldy", okezone.com, CLICK-ID, 10-16 September 2019), for the title rules to part.
     */
    private static boolean holdsRank(ContractSentence s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (Honorifics.isRank(s.lower()[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensRegion(String lower) {
        return PlaceWords.isAdministrative(lower) || ADDRESS_UNITS.contains(lower);
    }

    /**
     * Whether the word at {@code at}, before a kind of region, ends a place's own name: no site's noun, ordinary word
     * or acronym, nor the government or the head of the region ("Komplek Pemerintah Kabupaten Cianjur", "Kantor Wali
     * Kota Jakarta Timur", CLICK-ID, 10-16 September 2019).
     */
    private boolean namesPlace(ContractSentence s, int at) {
        String word = s.tokens()[at];
        return !REGION_SITES.contains(s.lower()[at]) && !isCommonWord.test(word)
                && !word.equals(word.toUpperCase(Locale.ROOT)) && !PlaceWords.isGovernment(s.lower()[at])
                && !PlaceWords.isRegionHeadTitle(s.lower(), at + 1);
    }

    /**
     * Where the region's own name starts in a span opened by its kind ({@code Kecamatan}, {@code Pemerintah
     * Kabupaten}, {@code Pemkab}) at {@code start}; -1 when the span opens with no kind of region.
     */
    private static int nameAfterKind(ContractSentence s, int start, int end) {
        String first = s.lower()[start];
        if (PlaceWords.isAdministrative(first) || KIND_SHORT_FORMS.contains(first)) {
            return start + 1;
        }
        if (start + 2 < end && PlaceWords.isGovernment(first) && PlaceWords.isAdministrative(s.lower()[start + 1])) {
            return start + 2;
        }
        return -1;
    }
}
