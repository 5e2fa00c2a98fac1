package id.kabar.link;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.EntityType;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The linker's state between runs, as versioned JSON: the vocabulary, each article's profile and
 * the three groupings. Indexes and document frequencies are rebuilt from the profiles on reading.
 */
final class LinkerState {
    /**
     * 2: entity keys no longer carry the entity type, and profiles keep their outlet. 3: profiles keep
     * their body's shingle count, lead words and lead figures, which copies are told by, and quotes their speaker's key
     * resolved in their article (a first name to the full name). Profiles written since keep the day their lead writes,
     * which the days alone do not tell, and who acts in their lead; a state written before reads without them, each article
     * placed on the day it names most and its lead's actor unknown.
     */
    static final int VERSION = 3;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private LinkerState() {
    }

    record File(int version, List<String> vocabulary, List<Profile> articles, Groups duplicates, Groups events,
                Groups stories) {
    }

    record Groups(int[] labels, int next) {
        static Groups of(Partition p) {
            return new Groups(p.labels(), p.nextLabel());
        }

        Partition partition(int articles) {
            if (labels.length != articles) {
                throw new IllegalArgumentException("linker state: " + labels.length + " group labels for " + articles + " articles");
            }
            return Partition.of(labels, next);
        }
    }

    record Profile(String id, String published, String title, List<String> days, String lead, int[] terms,
                   float[] termWeights, int[] entities, float[] entityWeights, int[] indexKeys,
                   List<StoredQuote> quotes, List<StoredClaim> claims, String signature, String outlet,
                   int shingles, String runSignature, int runs, int[] leadWords, int[] leadFigures, int[] placeStems,
                   String leadDay, String leadActor) {
    }

    /** A quote and its speaker's key as resolved in its article (absent from states written before). */
    record StoredQuote(String text, QuoteKind kind, String speaker, EntityType speakerType, String cue, int start,
                       int end, int[] stems, String speakerKey) {
    }

    record StoredClaim(String text, ClaimCategory category, double value, Qualifier qualifier, String unit,
                       String subject, String claimant, String asOf, int start, int end) {
    }

    static void write(Linker linker, OutputStream out) throws IOException {
        List<Profile> articles = new ArrayList<>();
        for (ArticleProfile p : linker.profiles) {
            articles.add(new Profile(p.id(), str(p.published()), p.title(), p.days().stream().map(LocalDate::toString).toList(),
                    p.lead(), p.terms(), p.termWeights(), p.entities(), p.entityWeights(), p.indexKeys(),
                    p.quotes().stream().map(LinkerState::stored).toList(),
                    p.claims().stream().map(LinkerState::stored).toList(),
                    base64(p.signature()), p.outlet(), p.shingles(), base64(p.runSignature()), p.runs(),
                    p.leadWords(), p.leadFigures(), p.placeStems(), str(p.leadDay()), p.leadActor()));
        }
        JSON.writeValue(out, new File(VERSION, linker.vocabulary.words(), articles, Groups.of(linker.duplicates),
                Groups.of(linker.events), Groups.of(linker.stories)));
        out.flush();
    }

    static Linker read(InputStream in) throws IOException {
        File f = JSON.readValue(in, File.class);
        if (f.version() != VERSION) {
            throw new IOException("linker state version " + f.version() + " is not supported (expected " + VERSION + ")");
        }
        if (f.articles() == null || f.vocabulary() == null) {
            throw new IOException("linker state without articles or vocabulary");
        }
        Vocabulary vocabulary = Vocabulary.of(f.vocabulary());
        ArticleProfiler profiler = new ArticleProfiler(vocabulary);
        List<ArticleProfile> profiles = new ArrayList<>();
        for (Profile p : f.articles()) {
            List<LocalDate> days = p.days().stream().map(LocalDate::parse).toList();
            LocalDate leadDay = date(p.leadDay());
            profiles.add(new ArticleProfile(profiles.size(), p.id(), p.outlet(), date(p.published()), p.title(), days,
                    ArticleProfiler.happeningDay(leadDay, days), p.lead(), p.terms(), p.termWeights(), p.entities(),
                    p.entityWeights(), p.indexKeys(), p.quotes().stream().map(LinkerState::form).toList(),
                    p.claims().stream().map(LinkerState::claim).toList(),
                    bytes(p.signature()), p.shingles(), bytes(p.runSignature()), p.runs(),
                    p.leadWords() == null ? new int[0] : p.leadWords(),
                    p.leadFigures() == null ? new int[0] : p.leadFigures(), profiler.stemSet(p.title()),
                    HappeningKinds.of(p.title()), p.placeStems() == null ? new int[0] : p.placeStems(), leadDay,
                    p.leadActor()));
        }
        int n = profiles.size();
        try {
            return Linker.restore(vocabulary, profiles, f.duplicates().partition(n),
                    f.events().partition(n), f.stories().partition(n));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String base64(byte[] signature) {
        return signature == null ? null : Base64.getEncoder().encodeToString(signature);
    }

    /** A signature saved as Base64; null when there is none (a run signature absent from states written before). */
    private static byte[] bytes(String base64) {
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    private static StoredQuote stored(ArticleProfile.QuoteForm f) {
        Quote q = f.quote();
        return new StoredQuote(q.text(), q.kind(), q.speaker(), q.speakerType(), q.cue(), q.start(), q.end(), f.stems(),
                f.speakerKey());
    }

    private static ArticleProfile.QuoteForm form(StoredQuote s) {
        String speakerKey = s.speakerKey() != null ? s.speakerKey() : SpeakerNames.key(s.speaker(), List.of());
        return new ArticleProfile.QuoteForm(new Quote(s.text(), s.kind(), s.speaker(), s.speakerType(), s.cue(),
                s.start(), s.end()), speakerKey, s.stems());
    }

    private static StoredClaim stored(Claim c) {
        return new StoredClaim(c.text(), c.category(), c.value(), c.qualifier(), c.unit(), c.subject(), c.claimant(),
                str(c.asOf()), c.start(), c.end());
    }

    private static Claim claim(StoredClaim s) {
        return new Claim(s.text(), s.category(), s.value(), s.qualifier(), s.unit(), s.subject(), s.claimant(),
                date(s.asOf()), s.start(), s.end());
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
