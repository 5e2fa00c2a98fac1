package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.TimeZones;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags the tokens of a sentence with BIO entity tags.
 *
 * <p>{@link #tag} is the trained perceptron alone (name-list membership is one of its features): that is what
 * {@code kabar ner} writes and what is scored against the labelled corpora. {@link #tagForContract} puts the
 * output contract's rules on top, for the entity stage:
 * <ul>
 *   <li>a mark inside a span ends it, and lower-case words at its edges are left out ({@code kota Berdyansk});</li>
 *   <li>an organisation head ({@code Kementerian}, {@code Badan}, {@code Partai}) followed by capitalised words is
 *       an organisation up to the last of them;</li>
 *   <li>a lower-case place noun ({@code kota}, {@code desa}) followed by untagged capitalised words is a place;</li>
 *   <li>a listed name the model missed is added, and a span that is exactly a listed name takes the listed type,
 *       so metonyms such as {@code Kremlin} or {@code Gedung Putih} are organisations and every country is a
 *       place, which the corpora do not always do.</li>
 * </ul>
 *
 * <p>The shipped model is rebuilt with {@code kabar train-ner} (see its help); rebuild it after the name lists
 * change, since list membership is a feature.
 */
public final class NamedEntityTagger {
    static final String MODEL_RESOURCE = "ner-model.bin.gz";

    private final PerceptronModel model;
    private final Gazetteer gazetteer;
    private final FeatureExtractor features;
    private final Set<String> notNames;
    private final Set<String> placeNouns;

    private static final class Holder {
        static final NamedEntityTagger STANDARD = loadStandard();
    }

    NamedEntityTagger(PerceptronModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.features = new FeatureExtractor(gazetteer, model.lexicon, model.tableBits);
        this.notNames = WordLists.set(NamedEntityTagger.class, "not-names.txt");
        this.placeNouns = WordLists.set(NamedEntityTagger.class, "place-nouns.txt");
    }

    /** The model shipped in the engine's jar with the standard name lists. */
    public static NamedEntityTagger standard() {
        return Holder.STANDARD;
    }

    private static NamedEntityTagger loadStandard() {
        try (InputStream in = NamedEntityTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the named-entity model " + MODEL_RESOURCE + " is missing from the build");
            }
            return new NamedEntityTagger(PerceptronModel.read(in), Gazetteer.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named-entity model", e);
        }
    }

    /** A model written by {@link #save}, with the standard name lists. */
    public static NamedEntityTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NamedEntityTagger(PerceptronModel.read(in), Gazetteer.standard());
        }
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Whether a word is an ordinary word even when capitalised: mostly written lower-case in running text
     * ({@code Kota}, {@code Pasukan}), or a form of address, day or month ({@code Anda}, {@code Senin}).
     */
    boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return notNames.contains(lower) || Calendar.isIndonesianDayOrMonth(lower) || TimeZones.isIndonesian(lower) || Lexicon.caseClass(model.lexicon.lookup(lower)) == CaseProfile.LOWER;
    }

    /** Whether a word is at least as often an ordinary word as part of a name ({@code Kota}, {@code Presiden}). */
    boolean mayBeCommonWord(String word) {
        int c = Lexicon.caseClass(model.lexicon.lookup(word.toLowerCase(Locale.ROOT)));
        return c == CaseProfile.MIXED || isCommonWord(word);
    }

    /** One tag per token, as the trained model sees it (name lists are among its features). */
    public BioTag[] tag(String[] tokens) {
        String[] lower = FeatureExtractor.lowerCase(tokens);
        return tag(tokens, lower, gazetteer.find(tokens, lower));
    }

    private BioTag[] tag(String[] tokens, String[] lower, List<Gazetteer.Match> listed) {
        if (tokens.length == 0) {
            return new BioTag[0];
        }
        return model.decode(features.extract(tokens, lower, listed));
    }

    /**
     * The model's tags with the contract's typing on top: listed names and organisation patterns. Training
     * corpora leave some countries untagged when they act as a party ({@code Israel menyerang}); the contract
     * counts every country as a place, so this is what the entity stage uses.
     */
    public BioTag[] tagForContract(String[] tokens) {
        String[] lower = FeatureExtractor.lowerCase(tokens);
        List<Gazetteer.Match> listed = gazetteer.find(tokens, lower);
        BioTag[] tags = tag(tokens, lower, listed);
        cutAtMarks(tokens, tags);
        trimLowerCaseEdges(tokens, tags);
        applyOrganisationHeads(tokens, lower, tags);
        applyPlaceNouns(tokens, lower, tags);
        for (Gazetteer.Match m : listed) {
            applyListed(tokens, tags, m.start(), m.end(), m.name().type());
        }
        dropLoneHeads(lower, tags);
        return tags;
    }

    /**
     * A lower-case place noun followed by capitalised words the model left untagged names a place there:
     * "desa Sukamaju", "kota Berdyansk dan Enerhodar". In such a list a one-word name the model typed otherwise is
     * a place too. Words that are usually ordinary words are not taken.
     */
    private void applyPlaceNouns(String[] tokens, String[] lower, BioTag[] tags) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!placeNouns.contains(tokens[i])) {
                continue;
            }
            int at = i + 1;
            boolean listed = false;
            while (at < tokens.length) {
                int end = at;
                if (listed && tags[at].isBegin() && (at + 1 == tags.length || !tags[at + 1].isInside())) {
                    end = at + 1;
                } else {
                    while (end < tokens.length && tags[end] == BioTag.O && capitalised(tokens[end]) && !isCommonWord(tokens[end])) {
                        end++;
                    }
                }
                if (end == at || (end < tokens.length && tags[end].isInside())) {
                    break;
                }
                setSpan(tags, at, end, EntityType.LOC);
                if (end + 1 >= tokens.length || !(lower[end].equals("dan") || lower[end].equals(","))) {
                    break;
                }
                at = end + 1;
                listed = true;
            }
        }
    }

    /** "Kementerian" or "Badan" alone is a common noun, not the name of an organisation. */
    private void dropLoneHeads(String[] lower, BioTag[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].isBegin() && (i + 1 == tags.length || !tags[i + 1].isInside()) && OrganisationWords.isHead(lower[i])) {
                tags[i] = BioTag.O;
            }
        }
    }

    /** A mark inside a span ("MOSKOW - Pemerintah Rusia", a dateline) ends the name before it. */
    private static void cutAtMarks(String[] tokens, BioTag[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].type() != null && !hasLetterOrDigit(tokens[i]) && !tokens[i].equals("&") && !tokens[i].equals(".")) {
                tags[i] = BioTag.O;
                if (i + 1 < tags.length && tags[i + 1].isInside()) {
                    tags[i + 1] = BioTag.begin(tags[i + 1].type());
                }
            }
        }
    }

    /**
     * Names start and end with a capitalised word or a number: a leading or trailing lower-case word
     * ("kota Berdyansk", "wilayah Jabotabek", as some corpora tag them) is left out.
     */
    private static void trimLowerCaseEdges(String[] tokens, BioTag[] tags) {
        for (int start = 0; start < tags.length; start++) {
            if (!tags[start].isBegin()) {
                continue;
            }
            EntityType type = tags[start].type();
            int end = BioTag.spanEnd(tags, start);
            int from = start;
            int to = end;
            while (from < to && startsLowerCase(tokens[from])) {
                tags[from++] = BioTag.O;
            }
            while (to > from && startsLowerCase(tokens[to - 1])) {
                tags[--to] = BioTag.O;
            }
            if (from < to) {
                tags[from] = BioTag.begin(type);
            }
            start = end - 1;
        }
    }

    private static boolean startsLowerCase(String token) {
        return Character.isLowerCase(token.charAt(0));
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Scores the tagger on gold sentences. */
    public SpanScore score(List<TaggedSentence> gold) {
        SpanScore score = new SpanScore();
        for (TaggedSentence s : gold) {
            score.add(s.tags(), tag(s.tokens()));
        }
        return score;
    }

    /**
     * Puts a listed name into the tags. A longer model span around it stays ("Universitas Indonesia"), unless the
     * extra words are ordinary words ("Kota Belarus", "Pasukan Rusia"): then only the listed name is kept.
     */
    private void applyListed(String[] tokens, BioTag[] tags, int start, int end, EntityType type) {
        int spanStart = start;
        while (spanStart > 0 && tags[spanStart].isInside()) {
            spanStart--;
        }
        int spanEnd = end;
        while (spanEnd < tags.length && tags[spanEnd].isInside()) {
            spanEnd++;
        }
        if (spanStart < start || spanEnd > end) {
            for (int i = spanStart; i < spanEnd; i++) {
                if ((i < start || i >= end) && !mayBeCommonWord(tokens[i])) {
                    return;
                }
            }
            for (int i = spanStart; i < spanEnd; i++) {
                tags[i] = BioTag.O;
            }
        }
        setSpan(tags, start, end, type);
    }

    private void applyOrganisationHeads(String[] tokens, String[] lower, BioTag[] tags) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!OrganisationWords.isHead(lower[i]) || !capitalised(tokens[i]) || !capitalised(tokens[i + 1])) {
                continue;
            }
            int end = i + 1;
            // "dan" joins words of one name ("Energi dan Sumber Daya Mineral"), not two organisations; a person
            // the model saw right after the name is not part of it ("Kuasa Hukum Partai Idaman Heriyanto"), but
            // the word right after the head always is ("PT Newmont")
            while (end < tokens.length && (end == i + 1 || tags[end] != BioTag.B_PER) && (capitalised(tokens[end])
                    || (lower[end].equals("dan") && end + 1 < tokens.length && capitalised(tokens[end + 1])
                    && !OrganisationWords.isHead(lower[end + 1])))) {
                end++;
            }
            if (i > 0 && tags[i].isInside()) {
                continue; // already inside a longer name ("Wakil Ketua Badan ...")
            }
            int modelEnd = i + 1;
            while (modelEnd < tags.length && tags[modelEnd].isInside()) {
                modelEnd++;
            }
            if (tags[i].type() == EntityType.ORG && modelEnd >= end) {
                continue;
            }
            setSpan(tags, i, end, EntityType.ORG);
            i = end - 1;
        }
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** Makes {@code [start, end)} one span of {@code type}, cutting any span it overlaps. */
    private static void setSpan(BioTag[] tags, int start, int end, EntityType type) {
        tags[start] = BioTag.begin(type);
        for (int i = start + 1; i < end; i++) {
            tags[i] = BioTag.inside(type);
        }
        for (int i = end; i < tags.length && tags[i].isInside(); i++) {
            tags[i] = i == end ? BioTag.begin(tags[i].type()) : tags[i];
        }
    }
}
