package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.RoleWords;
import id.kabar.model.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a person's name out of a span that also holds the title written before it. The tagger often runs a
 * title's place or office into the name after it: "Sekda DKI Jakarta Saefullah" comes out as one place
 * "DKI Jakarta Saefullah", "Kepala Dinas Pariwisata Provinsi NTT Marius Ardu Jelamu" as one organisation.
 *
 * <p>A span right after a job-title head (or opening with one: "Menpar Arief Yahya") loses its leading title
 * words, ordinary words, acronyms, and places and organisations listed or named on their own elsewhere in the
 * article; what is left is a person when the span was
 * tagged a person, when its last word is tagged a person elsewhere in the article ("Saefullah mengatakan"), or
 * when it is at least two words following a listed name or an acronym ("Provinsi NTT Marius Ardu Jelamu"). The
 * listed names cut off keep their own type.
 */
final class TitledNameSplitter implements ArticleRule {
    /** The most words of a rank written out ({@code ajun inspektur polisi satu}; {@code written-ranks.txt}). */
    private static final int MAX_WRITTEN_RANK_WORDS = 4;

    private final NamedEntityTagger tagger;
    private final Gazetteer gazetteer;

    TitledNameSplitter(NamedEntityTagger tagger) {
        this.tagger = tagger;
        this.gazetteer = tagger.gazetteer();
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags) {
        Set<String> personWords = personWords(sentences, tags);
        Map<String, EntityType> namedAlone = placesAndOrganisations(sentences, tags);
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpan(t, (start, end) -> {
                if (end - start >= 2) {
                    split(words, t, start, end, personWords, namedAlone);
                }
            });
        }
    }

    /** The last word of every span tagged a person, lower-case: the words the article uses as people's names. */
    private static Set<String> personWords(List<String[]> sentences, List<BioTag[]> tags) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            BioTag[] t = tags.get(s);
            for (int i = 0; i < t.length; i++) {
                if (t[i].type() == EntityType.PER && (i + 1 == t.length || !t[i + 1].isInside())) {
                    out.add(sentences.get(s)[i].toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Places and organisations the article names in a span of their own, by their lower-case text. */
    private static Map<String, EntityType> placesAndOrganisations(List<String[]> sentences, List<BioTag[]> tags) {
        Map<String, EntityType> out = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            BioTag[] t = tags.get(s);
            String[] words = sentences.get(s);
            BioTag.forEachSpan(t, (start, end) -> {
                if (t[start].type() != EntityType.PER) {
                    out.putIfAbsent(lower(join(words, start, end)), t[start].type());
                }
            });
        }
        return out;
    }

    private void split(String[] words, BioTag[] tags, int start, int end, Set<String> personWords,
                       Map<String, EntityType> namedAlone) {
        if (!followsTitleHead(words, start) && !RoleWords.isHead(lower(words[start]))
                || gazetteer.lookup(join(words, start, end)) != null || holdsShortForm(words, start, end)) {
            return;
        }
        int listedPerson = listedPersonAfterTitle(words, start, end);
        if (listedPerson > 0) {
            for (int i = start; i < listedPerson; i++) {
                tags[i] = BioTag.O;
            }
            BioTag.setSpan(tags, listedPerson, end, EntityType.PER);
            return;
        }
        int name = personAfterOffice(words, tags, start, end, namedAlone);
        if (name > 0) {
            BioTag.setSpan(tags, start, name, EntityType.ORG);
            BioTag.setSpan(tags, name, end, EntityType.PER);
            return;
        }
        int k = start;
        boolean afterProperName = false;
        while (k < end - 1) {
            int listedEnd = placeOrOrganisationEnd(words, k, end - 1, namedAlone);
            if (listedEnd > 0) {
                k = listedEnd;
                afterProperName = true;
            } else if (isTitleWord(words[k]) && !isInitial(words, k, end) && !followsRank(words, k, start)
                    && !opensGivenName(words, tags, start, k)) {
                afterProperName = Gazetteer.isAcronym(words[k]);
                k++;
            } else {
                break;
            }
        }
        if (k > start && tags[start].type() == EntityType.PER && untagTitleOfListedOffice(tags, words, start, k, end)) {
            return;
        }
        if (k > start && tags[start].type() == EntityType.PER && namesNoOne(words, k, end)) {
            BioTag.clearSpan(tags, start, end);
            return;
        }
        if (k == start || !opensGivenName(words, tags, start, k) && (tagger.mayBeCommonWord(words[k])
                && !isInitial(words, k, end) && !followsRank(words, k, start) || isRoleWord(words[k]))
                || gazetteer.lookup(join(words, k, end)) != null) {
            return;
        }
        // "Rektor Universitas Sam Ratulangi" names a university: a name after an office's head word is a
        // person only with more evidence than its capitals
        boolean person = tags[start].type() == EntityType.PER || personWords.contains(lower(words[end - 1]))
                || (afterProperName && end - k >= 2);
        if (!person) {
            return;
        }
        for (int i = start; i < k; ) {
            int listedEnd = placeOrOrganisationEnd(words, i, k, namedAlone);
            if (listedEnd > 0) {
                BioTag.setSpan(tags, i, listedEnd, placeOrOrganisation(join(words, i, listedEnd), namedAlone));
                i = listedEnd;
            } else {
                tags[i++] = BioTag.O;
            }
        }
        BioTag.setSpan(tags, k, end, EntityType.PER);
    }

    /**
     * Whether the words after a title the tagger read as a person are only ordinary words, the title's field and
     * no one's name: "ujar Kabid Pencegahan dan Pengendalian Penyakit Menular ..., Dinkes Kobar, HA Sulkan"
     * (sindonews.com, 16 September 2019), "Kasubdit Humas Bea Cukai Deni Surjantoro" (tempo.co, 10 September 2019).
     */
    private boolean namesNoOne(String[] words, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!tagger.isCommonWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title the tagger read as a person whose words after the title are the listed place or organisation of the
     * office is no person ({@code kata Kapolda Jateng, Irjen Pol Rycko Amelza Dahniel}, okezone.com; {@code Ketua
     * Hipmi}, {@code CEO Huawei}): the title is left out and the listed name keeps its own type. Returns whether it
     * was one.
     */
    private boolean untagTitleOfListedOffice(BioTag[] tags, String[] words, int start, int k, int end) {
        Gazetteer.Name listed = gazetteer.lookup(join(words, k, end));
        if (listed == null || listed.type() == EntityType.PER) {
            return false;
        }
        for (int i = start; i < k; i++) {
            tags[i] = BioTag.O;
        }
        BioTag.setSpan(tags, k, end, listed.type());
        return true;
    }

    /**
     * Where a listed person's name closing the span starts after title words only ("Menkeu Sri Mulyani", whose
     * "Sri" may read as an ordinary word); -1 when no listed person closes it so.
     */
    private int listedPersonAfterTitle(String[] words, int start, int end) {
        for (int k = start + 1; k < end && isTitleWord(words[k - 1]); k++) {
            Gazetteer.Name listed = gazetteer.lookup(join(words, k, end));
            if (listed != null && listed.type() == EntityType.PER) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the span holds a short form in brackets: an organisation written with it before its place
     * ("anggota Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Pangandaran", sindonews.com), no title and holder.
     */
    private static boolean holdsShortForm(String[] words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (words[i].equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words right before {@code start} are a job title: a head, maybe followed by title words. */
    private boolean followsTitleHead(String[] words, int start) {
        for (int j = start - 1; j >= 0 && start - j <= 4; j--) {
            String w = lower(words[j]);
            if (RoleWords.isHead(w)) {
                return true;
            }
            if (!RoleWords.continuesTitle(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where a person's name starts in an organisation the tagger ran into it after the holder's title: "Kepala
     * Dinas Bina Marga DKI Hari Nugroho" is the office "Dinas Bina Marga DKI" and the person "Hari Nugroho". The
     * organisation opens with its head and closes with an acronym or a listed place, and only name words follow
     * it; the part of an organisation the article names on its own is left to the cut by words ("Ketua Dewan
     * Partai Golkar Agung Laksono"). Returns -1 when there is no such person.
     */
    private int personAfterOffice(String[] words, BioTag[] tags, int start, int end, Map<String, EntityType> namedAlone) {
        int head = OrganisationWords.headLength(lower(words, start, end), 0);
        if (tags[start].type() != EntityType.ORG || head == 0) {
            return -1;
        }
        for (int j = start + head + 1; j + 2 <= end; j++) {
            if ((Gazetteer.isAcronym(words[j - 1]) || endsListedPlace(words, start + head, j))
                    && isGivenNameBeforeNames(words, j, end)) {
                return namesOrganisation(words, start + head, j, namedAlone) ? -1 : j;
            }
        }
        return -1;
    }

    private boolean endsListedPlace(String[] words, int from, int to) {
        for (int i = from; i < to; i++) {
            Gazetteer.Name listed = gazetteer.lookup(join(words, i, to));
            if (listed != null && listed.type() == EntityType.LOC) {
                return true;
            }
        }
        return false;
    }

    /** Whether an organisation, listed or named on its own, starts in {@code [from, to)}. */
    private boolean namesOrganisation(String[] words, int from, int to, Map<String, EntityType> namedAlone) {
        for (int i = from; i < to; i++) {
            int listedEnd = placeOrOrganisationEnd(words, i, to, namedAlone);
            if (listedEnd > 0 && placeOrOrganisation(join(words, i, listedEnd), namedAlone) == EntityType.ORG) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hari Nugroho": a capitalised word, maybe also an ordinary word ("hari"), then only name words to the
     * span's end, at least two words in all.
     */
    private boolean isGivenNameBeforeNames(String[] words, int k, int end) {
        if (k + 1 >= end || !Character.isUpperCase(words[k].charAt(0)) || isRoleWord(words[k])
                || OrganisationWords.isHead(lower(words[k])) || Gazetteer.isAcronym(words[k])) {
            return false;
        }
        for (int i = k + 1; i < end; i++) {
            if (!Character.isUpperCase(words[i].charAt(0)) || isTitleWord(words[i]) || gazetteer.lookup(words[i]) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the capitalised word at {@code k} comes right after a police or military rank inside the span: a rank
     * stands right before its holder, so the word opens the name even when it is also an ordinary word ("Kepala
     * Bidang Humas Polda Metro Jaya Kombes Argo Yuwono mengatakan", kompas.com, 10 September 2019, where
     * {@code argo} is a taxi's meter).
     */
    private static boolean followsRank(String[] words, int k, int start) {
        return Character.isUpperCase(words[k].charAt(0)) && !isRank(words[k])
                && (k > start && isRank(words[k - 1]) || followsWrittenRank(words, k));
    }

    /**
     * Whether a rank written out in several words stands right before {@code k}, inside the span or before it: the
     * holder's name opens after it ("Komisaris Besar Argo Yuwono", whose "Argo" is also a taxi's meter).
     */
    private static boolean followsWrittenRank(String[] words, int k) {
        int from = Math.max(0, k - MAX_WRITTEN_RANK_WORDS);
        return Honorifics.endsWrittenRank(lower(words, from, k), k - from);
    }

    private static boolean isRank(String word) {
        return Honorifics.isRank(lower(word).replace(".", ""));
    }

    /** "B" in "Presiden B.J. Habibie": a capital letter with its full stop opens the name, it is no title word. */
    private static boolean isInitial(String[] words, int k, int end) {
        return words[k].length() == 1 && Character.isUpperCase(words[k].charAt(0)) && k + 1 < end
                && words[k + 1].equals(".");
    }

    /**
     * Whether the title's word at {@code at} is the given name of the person the span was tagged ("Menpora Imam
     * Nahrawi"); in a span read as an organisation or a place it stays a title's word ("UIN Imam Bonjol Padang").
     */
    private static boolean opensGivenName(String[] words, BioTag[] tags, int start, int at) {
        return tags[start].type() == EntityType.PER && RoleWords.opensGivenName(words, at);
    }

    private boolean isRoleWord(String word) {
        return RoleWords.isTitleWord(lower(word));
    }

    private boolean isTitleWord(String word) {
        String w = lower(word);
        return RoleWords.isTitleWord(w) || OrganisationWords.isHead(w)
                || Gazetteer.isAcronym(word) || tagger.mayBeCommonWord(word);
    }

    /**
     * The end of the longest place or organisation starting at {@code from} and ending by {@code limit}, or -1:
     * a listed one, or one the article names on its own ("Hawaii" in "Jaksa Agung Hawaii Doug Chin").
     */
    private int placeOrOrganisationEnd(String[] words, int from, int limit, Map<String, EntityType> namedAlone) {
        for (int to = limit; to > from; to--) {
            if (placeOrOrganisation(join(words, from, to), namedAlone) != null) {
                return to;
            }
        }
        return -1;
    }

    private EntityType placeOrOrganisation(String name, Map<String, EntityType> namedAlone) {
        Gazetteer.Name listed = gazetteer.lookup(name);
        if (listed != null) {
            return listed.type() == EntityType.PER ? null : listed.type();
        }
        return namedAlone.get(lower(name));
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", List.of(words).subList(from, to));
    }

    private static String[] lower(String[] words, int from, int to) {
        String[] out = new String[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = lower(words[i]);
        }
        return out;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
