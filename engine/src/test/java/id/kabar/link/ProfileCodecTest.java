package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.TimeMention;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A profile read back from the linker's segment is the one written, field by field: a profile held in memory and
 * one read from disk must compare alike, or linking would differ by where an article lies.
 */
class ProfileCodecTest {
    /** The bytes of a stated publication instant: one saying it is there, eight of its epoch second. */
    private static final int INSTANT = 1 + Long.BYTES;

    @Test
    void theProfilesOfRealArticlesReadBackAsWritten() {
        List<AnnotatedArticle> corpus = LinkingCorpus.seedsAndSample();
        corpus.add(merbabu());
        ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());
        List<ArticleProfile> profiles = new ArrayList<>();
        for (AnnotatedArticle a : corpus) {
            profiles.add(profiler.profile(profiles.size(), a));
        }
        // The sample holds what the newer fields are about: a lead that writes its day, one that opens with a person,
        // a body's runs of words.
        assertThat(profiles).anySatisfy(p -> assertThat(p.leadDay()).isNotNull());
        assertThat(profiles).anySatisfy(p -> assertThat(p.leadActor()).isNotNull());
        assertThat(profiles).anySatisfy(p -> assertThat(p.runSignature()).isNotNull());
        assertThat(profiles).anySatisfy(p -> assertThat(p.quotes()).isNotEmpty());
        assertThat(profiles).anySatisfy(p -> assertThat(p.claims()).isNotEmpty());
        for (ArticleProfile p : profiles) {
            assertThat(roundTrip(p)).usingRecursiveComparison().isEqualTo(p);
        }
    }

    /**
     * Every component of the profile and of the records it holds, filled by reflection with a value other than its
     * type's default: a field added to the profile and forgotten by the codec fails here, whatever its name.
     */
    @Test
    void everyFieldOfAProfileSurvivesTheRoundTrip() {
        ArticleProfile written = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        ArticleProfile read = roundTrip(written);
        for (RecordComponent c : ArticleProfile.class.getRecordComponents()) {
            Object value = component(c, written);
            assertThat(value).as(c.getName() + " is filled").isNotNull();
            assertThat(component(c, read)).as(c.getName()).usingRecursiveComparison().isEqualTo(value);
        }
    }

    @Test
    void absentSignaturesAndDaysReadBackAbsent() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        ArticleProfile empty = new ArticleProfile(full.seq(), full.id(), null, null, null, List.of(), null, null,
                new int[0], new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.NONE, new int[0], null, null, null, null);
        assertThat(roundTrip(empty)).usingRecursiveComparison().isEqualTo(empty);
    }

    /**
     * A record of a profile segment written before the lead's shingles and the shingle sample were kept ends after
     * the lead's actor: it reads back without them, every other field as written.
     */
    @Test
    void aProfileWrittenBeforeTheLeadShinglesAndTheSampleReadsBackWithoutThem() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        ArticleProfile older = new ArticleProfile(full.seq(), full.id(), full.outlet(), full.published(), full.title(),
                full.days(), full.happened(), full.lead(), full.terms(), full.termWeights(), full.entities(),
                full.entityWeights(), full.indexKeys(), withoutRoles(full.quotes()), full.claims(), full.signature(),
                full.shingles(), full.runSignature(), full.runs(), full.leadWords(), full.leadFigures(), full.titleStems(),
                full.kinds(), full.placeStems(), full.leadDay(), full.leadActor(), null, null);
        byte[] written = versionOne(older);
        // Each absent field is one byte saying so; a record written before them has none of them, nor the speakers'
        // job titles after them, nor whether the body retells an earlier report (one byte), nor its publication instant
        // (one byte saying it has none).
        ByteBuffer before = ByteBuffer.wrap(written, 0, written.length - 2 - older.quotes().size() - 1 - 1).slice();
        assertThat(ProfileCodec.decode(before)).usingRecursiveComparison().isEqualTo(older);
        assertThat(roundTrip(full).leadShingles()).isEqualTo(full.leadShingles());
    }

    /** A record written before the speakers' job titles were kept ends after the shingle sample: its quotes have none. */
    @Test
    void aProfileWrittenBeforeTheSpeakersRolesReadsBackWithoutThem() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        assertThat(full.quotes()).allSatisfy(q -> assertThat(q.speakerRole()).isNotNull());
        byte[] written = versionOne(full);
        int roles = full.quotes().stream().mapToInt(q -> 1 + 2 + q.speakerRole().length()).sum();
        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(written, 0, written.length - roles - 1 - INSTANT - credited(full))
                .slice());
        assertThat(read.quotes()).allSatisfy(q -> assertThat(q.speakerRole()).isNull());
        assertThat(read.quotes()).usingRecursiveComparison().isEqualTo(withoutRoles(full.quotes()));
    }

    /** A record written before the linker kept whether a body retells an earlier report ends after the roles: it does not. */
    @Test
    void aProfileWrittenBeforeTheRetellingMarkReadsBackNotRetelling() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        assertThat(full.retells()).isTrue();
        byte[] written = versionOne(full);
        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(written, 0, written.length - 1 - INSTANT - credited(full)).slice());
        assertThat(read.retells()).isFalse();
        assertThat(read.quotes()).usingRecursiveComparison().isEqualTo(full.quotes());
    }

    /**
     * A record written before the linker kept the publication instant ends after the retelling mark: the article reads
     * back published at no stated time, every other field as written.
     */
    @Test
    void aProfileWrittenBeforeThePublicationInstantReadsBackWithoutIt() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        assertThat(full.publishedAt()).isNotNull();
        byte[] written = versionOne(full);
        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(written, 0, written.length - INSTANT - credited(full))
                .slice());
        assertThat(read.publishedAt()).isNull();
        assertThat(read.retells()).isTrue();
        assertThat(read).usingRecursiveComparison()
                .ignoringFields("publishedAt", "credited", "claimSentences", "leadOrganisation").isEqualTo(full);
    }

    /**
     * A record written before the linker kept the words after the body's credits to a source ends after the publication
     * instant: the article reads back crediting none, every other field as written.
     */
    @Test
    void aProfileWrittenBeforeTheCreditsReadsBackCreditingNone() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        assertThat(full.credited()).isNotEmpty();
        byte[] written = versionOne(full);
        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(written, 0, written.length - credited(full)).slice());
        assertThat(read.credited()).isEmpty();
        assertThat(read).usingRecursiveComparison().ignoringFields("credited", "claimSentences", "leadOrganisation")
                .isEqualTo(full);
    }

    /**
     * A quote's figures are read back from the record, not again from its text: a form whose figures were made from
     * another text keeps them. Said by a police spokeswoman and reported by two outlets (15 September 2019).
     */
    @Test
    void aQuotesFiguresReadBackFromTheRecord() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        Quote said = new Quote("Terdapat 3 korban jiwa dan 12 luka-luka", QuoteKind.DIRECT, "Kapolda", EntityType.PER,
                "kata", 10, 50);
        QuoteGrouper.Figures fromText = QuoteGrouper.figures(said.text());
        assertThat(fromText.all()).containsExactlyInAnyOrder(3.0, 12.0);
        assertThat(fromText.ofPeople()).containsExactly(3.0);
        QuoteGrouper.Figures other = QuoteGrouper.figures("tiga orang dari 25 rumah");
        ArticleProfile p = withQuotes(full, List.of(new ArticleProfile.QuoteForm(said, "kapolda", new int[] {4, 9},
                "kapolda", fromText), new ArticleProfile.QuoteForm(said, "kapolda", new int[] {4, 9}, null, other)));

        ArticleProfile read = roundTrip(p);

        assertThat(read.quotes()).usingRecursiveComparison().isEqualTo(p.quotes());
        assertThat(read.quotes().get(1).figures().all()).containsExactlyInAnyOrder(3.0, 25.0);
    }

    /** A record of codec version 1 (no version, no figures) reads back with each quote's figures read from its text. */
    @Test
    void aProfileOfCodecVersionOneReadsItsQuotesFiguresFromTheirText() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        Quote said = new Quote("Terdapat tiga korban jiwa", QuoteKind.DIRECT, "Kapolda", EntityType.PER, "kata", 10, 35);
        ArticleProfile p = withQuotes(full, List.of(new ArticleProfile.QuoteForm(said, "kapolda", new int[] {4},
                "kapolda", QuoteGrouper.figures("tanpa angka"))));

        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(versionOne(p)));

        assertThat(read.quotes().get(0).figures().all()).containsExactly(3.0);
        assertThat(read.quotes().get(0).figures().ofPeople()).containsExactly(3.0);
        assertThat(read).usingRecursiveComparison().ignoringFields("quotes", "leadOrganisation").isEqualTo(p);
    }

    /** A record of codec version 2 holds no claim's sentence: the profile reads back with none known. */
    @Test
    void aProfileOfCodecVersionTwoReadsBackWithoutItsClaimsSentences() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        assertThat(full.claimSentence(0).known()).isTrue();

        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(versionTwo(full)));

        assertThat(read.claimSentences()).isEmpty();
        assertThat(read.claimSentence(0).known()).isFalse();
        assertThat(read).usingRecursiveComparison().ignoringFields("claimSentences", "leadOrganisation").isEqualTo(full);
    }

    /** A record of codec version 3 holds no lead's organisation: the profile reads back with none. */
    @Test
    void aProfileOfCodecVersionThreeReadsBackWithoutItsLeadsOrganisation() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        assertThat(full.leadOrganisation()).isNotNull();

        ArticleProfile read = ProfileCodec.decode(ByteBuffer.wrap(versionThree(full)));

        assertThat(read.leadOrganisation()).isNull();
        assertThat(read).usingRecursiveComparison().ignoringFields("leadOrganisation").isEqualTo(full);
    }

    /** A record of a codec version newer than this engine's is refused, saying what wrote it and what to do. */
    @Test
    void aProfileOfANewerCodecVersionIsRefusedWithWhatToDo() {
        ArticleProfile full = (ArticleProfile) filled(ArticleProfile.class, new int[] {1});
        ByteBuffer newer = ByteBuffer.wrap(ProfileCodec.encode(full));
        newer.putInt(0, -(ProfileCodec.VERSION + 1));

        assertThatThrownBy(() -> ProfileCodec.decode(newer)).isInstanceOf(UncheckedIOException.class)
                .cause().hasMessageContaining("codec version " + (ProfileCodec.VERSION + 1))
                .hasMessageContaining("newer kabar").hasMessageContaining("linked again");
    }

    /**
     * The record codec version 1 wrote for a profile: the version's record without its leading version and its
     * quotes' figures, which version 2 added around the fields of version 1.
     */
    private static byte[] versionOne(ArticleProfile p) {
        byte[] written = versionTwo(p);
        int figures = p.quotes().stream().mapToInt(q -> 2 * Integer.BYTES
                + Double.BYTES * (q.figures().all().size() + q.figures().ofPeople().size())).sum();
        return Arrays.copyOfRange(written, Integer.BYTES, written.length - figures);
    }

    /**
     * The record codec version 3 wrote for a profile: the version's record without its lead's organisation, which version
     * 4 added after every field of version 3 (one byte saying whether it is there, then its length and its letters).
     */
    private static byte[] versionThree(ArticleProfile p) {
        byte[] written = ProfileCodec.encode(p);
        String organisation = p.leadOrganisation();
        int length = 1 + (organisation == null ? 0 : 2 + organisation.getBytes(StandardCharsets.UTF_8).length);
        byte[] older = Arrays.copyOf(written, written.length - length);
        ByteBuffer.wrap(older).putInt(0, -3);
        return older;
    }

    /**
     * The record codec version 2 wrote for a profile: the version's record without its claims' sentences, which
     * version 3 added after every field of version 2.
     */
    private static byte[] versionTwo(ArticleProfile p) {
        byte[] written = versionThree(p);
        int sentences = 0;
        for (int i = 0; i < p.claims().size(); i++) {
            ClaimSentence s = p.claimSentence(i);
            sentences += 5 * Integer.BYTES
                    + Integer.BYTES * (s.stems().length + s.names().length + s.figures().length + s.times().length);
        }
        byte[] older = Arrays.copyOf(written, written.length - sentences);
        ByteBuffer.wrap(older).putInt(0, -2);
        return older;
    }

    private static ArticleProfile withQuotes(ArticleProfile p, List<ArticleProfile.QuoteForm> quotes) {
        return new ArticleProfile(p.seq(), p.id(), p.outlet(), p.published(), p.title(), p.days(), p.happened(), p.lead(),
                p.terms(), p.termWeights(), p.entities(), p.entityWeights(), p.indexKeys(), quotes, p.claims(),
                p.signature(), p.shingles(), p.runSignature(), p.runs(), p.leadWords(), p.leadFigures(), p.titleStems(),
                p.kinds(), p.placeStems(), p.leadDay(), p.leadActor(), p.leadShingles(), p.shingleSample(), p.retells(),
                p.publishedAt(), p.credited());
    }

    /** The bytes a profile's credited words take: their count, then each word with its length. */
    private static int credited(ArticleProfile p) {
        return Integer.BYTES + p.credited().stream().mapToInt(word -> 2 + word.length()).sum();
    }

    private static List<ArticleProfile.QuoteForm> withoutRoles(List<ArticleProfile.QuoteForm> quotes) {
        return quotes.stream().map(q -> new ArticleProfile.QuoteForm(q.quote(), q.speakerKey(), q.stems())).toList();
    }

    /** CLICK-ID (12/9/2019): a lead that writes the day of its news. */
    private static AnnotatedArticle merbabu() {
        String body = "Lima jalur pendakian Gunung Merbabu ditutup sementara sejak hari ini, Kamis (12/9/2019). "
                + "Penutupan jalur pendakian disebabkan adanya kebakaran hutan di sekitaran puncak gunung yang "
                + "berlangsung sejak kemarin malam (11/9/2019).";
        LocalDate published = LocalDate.of(2019, 9, 12);
        int at = body.indexOf("Kamis");
        List<TimeMention> times = List.of(new TimeMention("Kamis (12/9/2019)", published, at, at + 17));
        return new AnnotatedArticle(new Article("merbabu", null, "id", "solopos", "Jalur Pendakian Merbabu Ditutup",
                published, PublishedBasis.STATED, List.of(), null, body), new Annotations(List.of(), List.of(), times,
                List.of()));
    }

    private static ArticleProfile roundTrip(ArticleProfile p) {
        return ProfileCodec.decode(ByteBuffer.wrap(ProfileCodec.encode(p)));
    }

    private static Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of the type unlike its default, each number drawn from {@code next} so no two fields agree. */
    private static Object filled(Type type, int[] next) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return List.of(filled(element, next), filled(element, next));
        }
        Class<?> c = (Class<?>) type;
        int n = next[0]++;
        if (c == boolean.class) {
            return true;
        } else if (c == int.class) {
            return n;
        } else if (c == long.class) {
            return (long) n << 33 | n;
        } else if (c == double.class) {
            return n + 0.25;
        } else if (c == float.class) {
            return n + 0.5f;
        } else if (c == byte.class) {
            return (byte) n;
        } else if (c == String.class) {
            return "kata " + n;
        } else if (c == LocalDate.class) {
            return LocalDate.of(2019, 9, 1).plusDays(n);
        } else if (c == Instant.class) {
            return Instant.parse("2019-09-10T00:01:00Z").plusSeconds(n);
        } else if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[n % constants.length];
        } else if (c.isArray()) {
            Object array = Array.newInstance(c.getComponentType(), 3);
            for (int i = 0; i < 3; i++) {
                Array.set(array, i, filled(c.getComponentType(), next));
            }
            return array;
        } else if (c == ArticleProfile.QuoteForm.class) {
            // made as the profiler makes it, its figures read from its text
            return new ArticleProfile.QuoteForm((Quote) filled(Quote.class, next), (String) filled(String.class, next),
                    (int[]) filled(int[].class, next), (String) filled(String.class, next));
        } else if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = filled(components[i].getGenericType(), next);
                types[i] = components[i].getType();
            }
            try {
                var constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no filler for " + Objects.toString(type) + ": teach this test the new type");
    }
}
