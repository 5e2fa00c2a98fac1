package id.kabar.link;

import id.kabar.model.EntityType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much two articles have in common, the evidence for putting them in one event or story.
 *
 * @param termCosine     cosine of their TF-IDF stem vectors
 * @param entityOverlap  cosine of their entity keys, each weighted by its type and IDF
 * @param sharedQuotes   how many statements both report (same speaker, near-identical words), whoever spoke them: one
 *                       thread's evidence ({@link StoryThreader})
 * @param dayGap         days between the days they report on, or -1 when either is undated
 * @param sameOutlet     whether one outlet published both (false when either outlet is unknown)
 * @param titleOverlap   IDF-weighted cosine of their headlines' stem sets, or {@link #NO_HEADLINES} when either
 *                       has none
 * @param sameActor      whether both leads open with the same actor ({@link ArticleProfile#leadActor}, one person by
 *                       {@link NameKeys#samePerson})
 * @param sameKind       whether both headlines name a kind of happening in common ({@link HappeningKinds})
 * @param otherSpeakers  whether both headlines report someone's words ({@link HappeningKinds#spoken}) and their leads open
 *                       with different people ({@link ArticleProfile#leadActor})
 * @param sameSpeaker    whether both were published on one day, both headlines report someone's words ({@link
 *                       HappeningKinds#spoken}) and name the person each quotes most ({@link #mainSpeaker}), and that
 *                       person is one speaker ({@link SpeakerNames#same})
 * @param sameMarketDay  whether both were published on the day they report on, one day, and both headlines tell the move
 *                       of one market figure ({@link HappeningKinds#marketFigure})
 * @param sameScore      whether both were published on one day and their headlines write a score in common ({@link
 *                       HeadlineScores}) and are not apart ({@link #headlinesApart}), or one quake's magnitude however
 *                       apart
 * @param ownQuotes      how many of the shared statements both tell as their own speakers' words ({@link OwnSpeakers}),
 *                       all of them where both leads name one occasion ({@link LeadOccasions}): one happening's evidence
 *                       ({@link EventClusterer#evidence})
 * @param oneMainSpeaker whether they share a statement of their own ({@code ownQuotes}) and the person each quotes most
 *                       ({@link #mainSpeaker}) is one speaker ({@link SpeakerNames#same}): both tell that one person's
 *                       words, not two people's words on one matter that read alike
 */
record PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                    double titleOverlap, boolean sameActor, boolean sameKind, boolean otherSpeakers,
                    boolean sameSpeaker, boolean sameMarketDay, boolean sameScore, int ownQuotes,
                    boolean oneMainSpeaker) {
    /** The title overlap of a pair one of which has no headline to compare. */
    static final double NO_HEADLINES = -1;

    /** A pair whose leads' actors are unknown or differ and whose headlines name no kind of happening in common. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, false, false);
    }

    /** A pair whose headlines do not both report the words of different people. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap, boolean sameActor, boolean sameKind) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, sameActor, sameKind, false);
    }

    /** A pair whose main speakers are unknown or differ. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap, boolean sameActor, boolean sameKind, boolean otherSpeakers) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, sameActor, sameKind, otherSpeakers,
                false);
    }

    /** A pair whose headlines do not both tell one market figure's move of one day. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap, boolean sameActor, boolean sameKind, boolean otherSpeakers, boolean sameSpeaker) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, sameActor, sameKind, otherSpeakers,
                sameSpeaker, false);
    }

    /** A pair whose headlines do not both write one score of one day. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap, boolean sameActor, boolean sameKind, boolean otherSpeakers, boolean sameSpeaker,
                 boolean sameMarketDay) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, sameActor, sameKind, otherSpeakers,
                sameSpeaker, sameMarketDay, false);
    }

    /** A pair whose shared statements are all told by both as their own speakers' words. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap, boolean sameActor, boolean sameKind, boolean otherSpeakers, boolean sameSpeaker,
                 boolean sameMarketDay, boolean sameScore) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, sameActor, sameKind, otherSpeakers,
                sameSpeaker, sameMarketDay, sameScore, sharedQuotes);
    }

    /** A pair whose shared statements, if any, are not told as one main speaker's words. */
    PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet,
                 double titleOverlap, boolean sameActor, boolean sameKind, boolean otherSpeakers, boolean sameSpeaker,
                 boolean sameMarketDay, boolean sameScore, int ownQuotes) {
        this(termCosine, entityOverlap, sharedQuotes, dayGap, sameOutlet, titleOverlap, sameActor, sameKind, otherSpeakers,
                sameSpeaker, sameMarketDay, sameScore, ownQuotes, false);
    }

    /** Whether both were published on one day, each on the day it reports on: the day's own reports of that day. */
    static boolean reportedOnOneDay(ArticleProfile a, ArticleProfile b) {
        return a.published() != null && a.published().equals(a.referenceDay()) && a.published().equals(b.published())
                && a.published().equals(b.referenceDay());
    }

    static PairFeatures of(ArticleProfile a, ArticleProfile b, DocumentFrequencies df) {
        return new Comparer(a, df).with(b);
    }

    /** Compares one article with many others, weighing its own vectors once. */
    static final class Comparer {
        private final ArticleProfile a;
        private final DocumentFrequencies df;
        private final double termNorm;
        private final double entityNorm;
        private final float[] titleWeights;
        private final double titleNorm;
        private final String mainSpeaker;
        private final OwnSpeakers ownSpeakers;
        private final String marketFigure;
        private final Set<String> scores;

        Comparer(ArticleProfile a, DocumentFrequencies df) {
            this.a = a;
            this.df = df;
            this.termNorm = df.norm(a.terms(), a.termWeights());
            this.entityNorm = df.norm(a.entities(), a.entityWeights());
            this.titleWeights = unitWeights(a.titleStems());
            this.titleNorm = df.norm(a.titleStems(), titleWeights);
            this.mainSpeaker = mainSpeaker(a);
            this.ownSpeakers = OwnSpeakers.of(a);
            this.marketFigure = HappeningKinds.marketFigure(a.title());
            this.scores = HeadlineScores.of(a.title());
        }

        PairFeatures with(ArticleProfile b) {
            double titles = titleOverlap(b);
            SharedQuotes quotes = sharedQuotes(b);
            return new PairFeatures(
                    df.cosine(a.terms(), a.termWeights(), termNorm, b.terms(), b.termWeights()),
                    df.cosine(a.entities(), a.entityWeights(), entityNorm, b.entities(), b.entityWeights()),
                    quotes.anyone(),
                    dayGap(a.referenceDay(), b.referenceDay()),
                    a.outlet() != null && a.outlet().equals(b.outlet()),
                    titles,
                    NameKeys.samePerson(a.leadActor(), b.leadActor()),
                    (HappeningKinds.named(a.kinds()) & HappeningKinds.named(b.kinds())) != HappeningKinds.NONE,
                    otherSpeakers(b),
                    sameSpeaker(b),
                    sameMarketDay(b),
                    sameScore(b, titles),
                    quotes.own(),
                    quotes.own() > 0 && oneMainSpeaker(b));
        }

        /**
         * How many statements both report, and how many of them both articles tell as their own speaker's ({@link
         * OwnSpeakers}): words one of them only retells from another's happening (the cigarette makers' word in the
         * customs chief's briefing) tie it to that happening no more than shared names do, though they still tell one
         * thread. Any speaker's are their own where both leads name one occasion ({@link LeadOccasions}): the chair's and
         * the President's words at one congress are that congress's.
         */
        private SharedQuotes sharedQuotes(ArticleProfile b) {
            if (a.quotes().isEmpty() || b.quotes().isEmpty()) {
                return SharedQuotes.NONE;
            }
            boolean anyone = LeadOccasions.shared(a, b);
            // read only once a statement is shared: most pairs share none, and reading b's headline names for each
            // pair was 6 % of the CPU samples of a CLICK-ID week's run
            OwnSpeakers ownB = null;
            int shared = 0;
            int own = 0;
            for (int i = 0; i < a.quotes().size(); i++) {
                ArticleProfile.QuoteForm qa = a.quotes().get(i);
                boolean found = false;
                for (int j = 0; j < b.quotes().size(); j++) {
                    ArticleProfile.QuoteForm qb = b.quotes().get(j);
                    if (QuoteGrouper.sameStatement(qa, qb)) {
                        found = true;
                        if (!anyone && ownB == null && ownSpeakers.owns(i, qb.speakerRole())) {
                            ownB = OwnSpeakers.of(b);
                        }
                        if (anyone || ownSpeakers.owns(i, qb.speakerRole()) && ownB.owns(j, qa.speakerRole())) {
                            own++;
                            break;
                        }
                    }
                }
                shared += found ? 1 : 0;
            }
            return new SharedQuotes(shared, own);
        }

        /**
         * Whether both were published on one day and their headlines, not apart ({@code titles}, their overlap), write a
         * score in common, or write one quake's magnitude however apart ({@link HeadlineScores#magnitude}: on the CLICK-ID
         * week, 11 September 2019, sindonews.com's {@code Kepulauan Talaud Diguncang Gempa 5,7 SR} and tempo.co's {@code
         * Gempa Magnitudo 5,7 di Melonguane, Sulut Pagi Ini}, headlines 0.17 alike); {@code b}'s headline is read only
         * when {@code a}'s writes one.
         */
        private boolean sameScore(ArticleProfile b, double titles) {
            if (scores.isEmpty() || a.published() == null || !a.published().equals(b.published())
                    || titles == NO_HEADLINES) {
                return false;
            }
            boolean apart = titles < EventClusterer.HEADLINES_APART;
            return HeadlineScores.of(b.title()).stream()
                    .anyMatch(figure -> scores.contains(figure) && (!apart || HeadlineScores.magnitude(figure)));
        }

        /**
         * Whether both tell the move of one market figure on one day, each published on the day it reports on; {@code b}'s
         * headline is read only when {@code a}'s tells such a move.
         */
        private boolean sameMarketDay(ArticleProfile b) {
            return marketFigure != null && reportedOnOneDay(a, b) && marketFigure.equals(HappeningKinds.marketFigure(b.title()));
        }

        /** Whether the person each quotes most is one speaker; read only for a pair sharing a statement of its own. */
        private boolean oneMainSpeaker(ArticleProfile b) {
            return sharedMainSpeaker(b) != null;
        }

        private boolean sameSpeaker(ArticleProfile b) {
            if (mainSpeaker == null || !HappeningKinds.spoken(a.kinds()) || !HappeningKinds.spoken(b.kinds())) {
                return false;
            }
            String other = sharedMainSpeaker(b);
            return other != null && a.published() != null && a.published().equals(b.published())
                    && headlineNames(a, mainSpeaker) && headlineNames(b, other);
        }

        /** The key of the person {@code b} quotes most when it is the one {@code a} quotes most; null otherwise. */
        private String sharedMainSpeaker(ArticleProfile b) {
            String other = mainSpeaker == null ? null : mainSpeaker(b);
            return other != null && SpeakerNames.same(mainSpeaker, other) ? other : null;
        }

        /** Whether the headline writes the last word of the speaker key {@code speaker} ({@code McMenemy}, {@code Rossi}). */
        private static boolean headlineNames(ArticleProfile p, String speaker) {
            String[] names = speaker.split(" ");
            String last = names[names.length - 1];
            for (String word : ArticleProfiler.words(p.title())) {
                if (NameKeys.fold(word).equals(last)) {
                    return true;
                }
            }
            return false;
        }

        private boolean otherSpeakers(ArticleProfile b) {
            return HappeningKinds.spoken(a.kinds()) && HappeningKinds.spoken(b.kinds()) && a.leadActor() != null
                    && b.leadActor() != null && !NameKeys.samePerson(a.leadActor(), b.leadActor());
        }

        private double titleOverlap(ArticleProfile b) {
            if (a.titleStems().length == 0 || b.titleStems().length == 0) {
                return NO_HEADLINES;
            }
            return df.cosine(a.titleStems(), titleWeights, titleNorm, b.titleStems(), unitWeights(b.titleStems()));
        }

        /** A headline's stems each count once: a headline repeats a word for style, not for weight. */
        private static float[] unitWeights(int[] ids) {
            float[] w = new float[ids.length];
            Arrays.fill(w, 1f);
            return w;
        }
    }

    boolean dated() {
        return dayGap >= 0;
    }

    /** Whether both have headlines and these share hardly a key word: they tell of different things. */
    boolean headlinesApart() {
        return titleOverlap != NO_HEADLINES && titleOverlap < EventClusterer.HEADLINES_APART;
    }

    /**
     * The person whose words the article reports most often, by speaker key ({@link SpeakerNames#key}); of equals, the
     * one quoted that often first; null when it quotes no person. A piece written from a press conference or an interview
     * is mostly that one speaker's words, whichever of them its headline picks.
     */
    static String mainSpeaker(ArticleProfile p) {
        Map<String, Integer> counts = new HashMap<>();
        String main = null;
        int most = 0;
        for (ArticleProfile.QuoteForm q : p.quotes()) {
            if (q.speakerKey() == null || q.quote().speakerType() != EntityType.PER) {
                continue;
            }
            int n = counts.merge(q.speakerKey(), 1, Integer::sum);
            if (n > most) {
                most = n;
                main = q.speakerKey();
            }
        }
        return main;
    }

    /** How many statements two articles both report ({@code anyone}), and how many as their own speakers' ({@code own}). */
    private record SharedQuotes(int anyone, int own) {
        static final SharedQuotes NONE = new SharedQuotes(0, 0);
    }

    private static int dayGap(LocalDate a, LocalDate b) {
        // by epoch days: the pair of every candidate is dated, and the temporal arithmetic was half a percent of a run
        return a == null || b == null ? -1 : (int) Math.abs(b.toEpochDay() - a.toEpochDay());
    }
}
