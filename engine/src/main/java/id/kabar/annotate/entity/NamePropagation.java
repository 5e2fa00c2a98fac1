package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second look at a whole article, since a name the tagger recognised in one sentence is the same name where it
 * missed it in another. Words of people's names seen in the article
 * ({@code Peskov} in {@code kata Peskov}) mark a person wherever they are written again
 * ({@code Juru bicara Kremlin Dmitry Peskov}), taking in the capitalised words next to them; a place or organisation
 * span that ends in such words is cut before them ({@code Ukraina | Mykhailo Podolyak}); and organisations and
 * places tagged once are tagged again where the same words recur, a place written with its administrative kind
 * ({@code Kabupaten Klungkung}) also where its name stands alone ({@code warga Klungkung}).
 *
 * <p>A name the article writes after an administrative kind of region ({@code Kabupaten Takalar}) is a region's
 * wherever it stands, never a person's: the tagger's reading of a sentence opener as a person ({@code Takalar
 * memiliki kekayaan sumber daya alam}, tempo.co, 10 September 2019) neither spreads to the region's other mentions
 * nor cuts it off the office named with it ({@code Pemerintah Kabupaten Takalar}); such a person gives the region
 * back as a place, keeping a title's holder the tagger ran on after it.
 *
 * <p>A short form the article gives in brackets right after an organisation's or a place's name keeps that type wherever
 * it is written again: {@code Kementerian Komunikasi dan Informatika (Kemkominfo)} makes {@code dengan Kemkominfo}
 * (IndoSum, 2017), which the tagger read as a person, the ministry.
 */
final class NamePropagation implements ArticleRule {
    private static final int MAX_EXTRA_WORDS = 2;
    /**
     * How far before a region's name a job title may open for the name after the region to be its holder's: the
     * title {@code Kepala Dinas Pendidikan Kabupaten} before {@code Magetan Suwoto} (kompas.com, September 2019).
     */
    private static final int TITLE_REACH = 4;

    private final NamedEntityTagger tagger;

    NamePropagation(NamedEntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        Set<String> regionWords = regionWords(sentences, lowered);
        for (int s = 0; s < sentences.size(); s++) {
            placeRegionsReadAsPeople(sentences.get(s), tags.get(s), regionWords);
        }
        Set<String> personWords = new HashSet<>();
        Map<String, List<String[]>> otherNames = new HashMap<>();
        Map<String, EntityType> otherTypes = new HashMap<>();
        Map<String, EntityType> shortForms = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpan(t, (start, end) -> {
                if (t[start].type() != EntityType.PER && end == start + 1 && inBrackets(words, start)
                        && t[start - 2] != BioTag.O && t[start - 2].type() != EntityType.PER) {
                    shortForms.putIfAbsent(words[start], t[start].type());
                }
                if (t[start].type() == EntityType.PER) {
                    for (int i = start; i < end; i++) {
                        if (isNameWord(words[i])) {
                            personWords.add(words[i]);
                        }
                    }
                } else if (isNameWord(words[start])) {
                    String[] name = java.util.Arrays.copyOfRange(words, start, end);
                    String joined = String.join(" ", name);
                    if (otherTypes.putIfAbsent(joined, t[start].type()) == null) {
                        otherNames.computeIfAbsent(words[start], k -> new ArrayList<>()).add(name);
                    }
                }
                if (t[start].type() == EntityType.LOC && end - start >= 2 && isNameWord(words[start + 1])
                        && PlaceWords.isAdministrative(words[start].toLowerCase(java.util.Locale.ROOT))) {
                    String[] name = java.util.Arrays.copyOfRange(words, start + 1, end);
                    if (otherTypes.putIfAbsent(String.join(" ", name), EntityType.LOC) == null) {
                        otherNames.computeIfAbsent(words[start + 1], k -> new ArrayList<>()).add(name);
                    }
                }
            });
        }
        personWords.removeAll(regionWords);
        personWords.removeAll(shortForms.keySet());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            typeShortFormsReadAsPeople(words, t, shortForms);
            cutPeopleOffOtherSpans(words, t, personWords);
            markPeople(words, t, personWords);
            markOtherNames(words, t, otherNames, otherTypes);
        }
    }

    /**
     * The first word of each name the article writes after an administrative kind of region, in any case
     * ({@code Kabupaten Takalar}, {@code di kabupaten Takalar}): {@code Takalar}.
     */
    private Set<String> regionWords(List<String[]> sentences, List<String[]> lowered) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] lower = lowered.get(s);
            for (int i = 0; i + 1 < words.length; i++) {
                if (PlaceWords.opensRegionName(lower, i) && isNameWord(words[i + 1])
                        && !PlaceWords.isAdministrative(lower[i + 1])) {
                    out.add(words[i + 1]);
                }
            }
        }
        return out;
    }

    /**
     * A person's span opening with a region's word is the region. After a job title the rest of the span, from its
     * first name word, is the title's holder ({@code Kepala Dinas Pendidikan Kabupaten Magetan | Suwoto}, kompas.com;
     * {@code Camat Buleleng | Gede Dody Sukma Oktiva Askara}, kompas.com, September 2019); elsewhere the whole span
     * is the place ({@code Rambah Hilir} after {@code Kecamatan Rambah}, {@code Boven Digul}).
     */
    private void placeRegionsReadAsPeople(String[] words, BioTag[] t, Set<String> regionWords) {
        BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
            if (regionWords.contains(words[start])) {
                int personStart = end;
                if (afterTitle(words, start)) {
                    personStart = start + 1;
                    while (personStart < end && !isNameWord(words[personStart])) {
                        personStart++;
                    }
                }
                t[start] = BioTag.B_LOC;
                for (int i = start + 1; i < end; i++) {
                    t[i] = i < personStart ? BioTag.I_LOC : i == personStart ? BioTag.B_PER : BioTag.I_PER;
                }
            }
        });
    }

    /** Whether a job title's word stands within {@link #TITLE_REACH} words before {@code at}. */
    private static boolean afterTitle(String[] words, int at) {
        for (int k = Math.max(0, at - TITLE_REACH); k < at; k++) {
            if (NameFinder.isRole(words[k].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameWord(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && !NameKey.isHonorific(word)
                && !tagger.isCommonWord(word);
    }

    private static boolean inBrackets(String[] words, int at) {
        return at > 1 && at + 1 < words.length && words[at - 1].equals("(") && words[at + 1].equals(")");
    }

    /** A person's span that is only a short form given in brackets elsewhere becomes what the brackets gave. */
    private static void typeShortFormsReadAsPeople(String[] words, BioTag[] t, Map<String, EntityType> shortForms) {
        BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
            EntityType type = end == start + 1 ? shortForms.get(words[start]) : null;
            if (type != null) {
                t[start] = BioTag.begin(type);
            }
        });
    }

    private void cutPeopleOffOtherSpans(String[] words, BioTag[] t, Set<String> personWords) {
        BioTag.forEachSpan(t, (start, end) -> {
            if (t[start].type() != EntityType.PER) {
                int cut = end;
                // "PT Newmont" stays whole: a head word alone names no organisation
                int keep = OrganisationWords.isHead(words[start].toLowerCase(java.util.Locale.ROOT)) ? start + 2 : start + 1;
                while (cut > keep && personWords.contains(words[cut - 1])) {
                    cut--;
                }
                if (cut < end) {
                    t[cut] = BioTag.B_PER;
                    for (int i = cut + 1; i < end; i++) {
                        t[i] = BioTag.I_PER;
                    }
                }
            }
        });
    }

    private void markPeople(String[] words, BioTag[] t, Set<String> personWords) {
        for (int i = 0; i < t.length; i++) {
            if (t[i] != BioTag.O || !personWords.contains(words[i])) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < MAX_EXTRA_WORDS && t[start - 1] == BioTag.O && isNameWord(words[start - 1])) {
                start--;
            }
            int end = i + 1;
            while (end < t.length && end - i <= MAX_EXTRA_WORDS && t[end] == BioTag.O && personWords.contains(words[end])) {
                end++;
            }
            t[start] = BioTag.B_PER;
            for (int j = start + 1; j < end; j++) {
                t[j] = BioTag.I_PER;
            }
            i = end - 1;
        }
    }

    private static void markOtherNames(String[] words, BioTag[] t, Map<String, List<String[]>> names,
                                       Map<String, EntityType> types) {
        for (int i = 0; i < t.length; i++) {
            List<String[]> candidates = t[i] == BioTag.O ? names.get(words[i]) : null;
            if (candidates == null) {
                continue;
            }
            for (String[] name : candidates) {
                if (untaggedRunEquals(words, t, i, name)) {
                    EntityType type = types.get(String.join(" ", name));
                    t[i] = BioTag.begin(type);
                    for (int j = 1; j < name.length; j++) {
                        t[i + j] = BioTag.inside(type);
                    }
                    i += name.length - 1;
                    break;
                }
            }
        }
    }

    private static boolean untaggedRunEquals(String[] words, BioTag[] t, int at, String[] name) {
        if (at + name.length > words.length || (at + name.length < t.length && t[at + name.length].isInside())) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            if (t[at + j] != BioTag.O || !words[at + j].equals(name[j])) {
                return false;
            }
        }
        return true;
    }
}
