package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.ClaimGroup;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.QuoteGroup;
import id.kabar.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * Entry point of the link stage: places each arriving article among the duplicates, events and
 * stories seen so far. Articles are added one at a time, so a corpus can grow batch by batch.
 * Groups are the connected components of pairwise decisions, so they depend mostly on which
 * articles were added, not on their order or batching. Four things can still tell orders apart: a
 * pair is weighed with the document frequencies of the moment the later one arrives; the candidate
 * and copy scans are bounded (newest postings first, and for copies one member of a group of copies
 * already joined), which matters only for keys busier than the bound;
 * once a story has grown, no pair joins it (nor an event inside it) unless the two stories resemble
 * as wholes or the arriving article's own story is still small and the pair very close (see
 * {@link StoryThreader}), by profiles cut to their heaviest words in the order their
 * parts merged (in arrival order when restored from saved state); and an event's days may not spread
 * beyond two neighbouring days (nor the days its members' leads write beyond one), nor join events whose headlines
 * name other kinds of happening (see
 * {@link EventClusterer}), so in a run of daily happenings that each pass for the next day's, which neighbours
 * pair up depends on who came first, as does which of two happenings of one day a piece whose headline names no
 * kind joins when it reads like both; and the {@link StoryIndex}, through which threads quiet for longer than
 * the pair window meet, keeps only the latest stories under each key. Event and story ids stay stable
 * as articles arrive; when two groups merge, the older id survives.
 */
public final class Linker implements AutoCloseable {
    final Vocabulary vocabulary;
    final LinkerFiles files;
    final ProfileLog profiles;
    final Partition duplicates;
    final Partition events;
    final Partition stories;
    /** Article numbers by a 64-bit hash of the id, told apart by the profile's id on the rare shared hash. */
    private final PostingTable seqById;
    /**
     * Ids read per hash: a store of ten million ids holds two sharing a 64-bit hash with odds of about three
     * in a million, so one is almost always enough and this many never runs out.
     */
    private static final int ID_HASH_SHARED = 8;
    /** The head of the last checkpoint saved or restored, null before the first. */
    LinkerState.Head savedHead;
    private final LinkWork.Counter work = new LinkWork.Counter();
    private final ArticleProfiler profiler;
    private final DocumentFrequencies frequencies;
    final DuplicateDetector duplicateDetector;
    private final CandidateIndex candidates;
    private final EventClusterer eventClusterer;
    private final StoryThreader storyThreader;

    /** A linker whose segments, once it needs any, are temporary files. */
    public Linker() {
        this(LinkerFiles.temporary());
    }

    private Linker(LinkerFiles files) {
        this(files, ProfileLog.HOT_ARTICLES, new Vocabulary(), new Partition(files, "duplicates"),
                new Partition(files, "events"), new Partition(files, "stories"));
    }

    /**
     * A new linker keeping its segments in {@code dir}, so that {@link #checkpoint} can save it; segments a
     * linker left there before are replaced.
     */
    public static Linker in(Path dir) throws IOException {
        return in(dir, ProfileLog.HOT_ARTICLES);
    }

    /** The same, holding at most {@code hotArticles} profiles as objects (a power of two). */
    static Linker in(Path dir, int hotArticles) throws IOException {
        LinkerState.clear(dir);
        LinkerFiles files = LinkerFiles.in(dir);
        Partition duplicates = new Partition(files, "duplicates");
        Partition events = new Partition(files, "events");
        Partition stories = new Partition(files, "stories");
        for (Partition p : List.of(duplicates, events, stories)) {
            p.keepJournal();
        }
        return new Linker(files, hotArticles, new Vocabulary(), duplicates, events, stories);
    }

    Linker(LinkerFiles files, int hotArticles, Vocabulary vocabulary, Partition duplicates, Partition events,
           Partition stories) {
        this.files = files;
        this.vocabulary = vocabulary;
        this.profiles = new ProfileLog(files, hotArticles, work);
        this.seqById = new PostingTable(files, "ids");
        this.duplicates = duplicates;
        this.events = events;
        this.stories = stories;
        this.profiler = new ArticleProfiler(vocabulary);
        this.frequencies = new DocumentFrequencies(vocabulary, BackgroundFrequencies.bundled());
        this.duplicateDetector = new DuplicateDetector(profiles::get, duplicates::root, work, files);
        this.candidates = new CandidateIndex(work, files);
        this.eventClusterer = new EventClusterer(events, profiles::get, files);
        this.storyThreader = new StoryThreader(stories, profiles::get, frequencies, work, files);
    }

    /**
     * Links one article. An id already linked is left as it was (re-adding a stored article is a
     * no-op), so a batch that overlaps an earlier one does no harm.
     *
     * @return whether the article was new
     */
    public boolean add(AnnotatedArticle article) {
        if (seqOf(article.id()) >= 0) {
            return false;
        }
        link(profiler.profile(profiles.size(), article));
        return true;
    }

    /**
     * Reads an article for linking: most of the work of profiling it, which needs nothing of a linker, so
     * articles may be read on any thread ahead of their turn (see {@link ReadAhead}).
     */
    public static ArticleReading read(AnnotatedArticle article) {
        return ArticleProfiler.read(article);
    }

    /** Links an article read ahead: the same as adding the article itself. */
    public boolean add(ArticleReading article) {
        if (seqOf(article.id()) >= 0) {
            return false;
        }
        link(profiler.profile(profiles.size(), article));
        return true;
    }

    /** Places a profiled article, numbered next in arrival order, among the groups. */
    void link(ArticleProfile p) {
        work.articles++;
        place(p);
        duplicates.add(p.seq());
        eventClusterer.add(p.seq());
        storyThreader.add(p.seq());
        boolean repostedLater = false;
        for (int copy : duplicateDetector.copiesOf(p)) {
            duplicates.union(p.seq(), copy);
            boolean together = DuplicateDetector.postedTogether(p, profiles.get(copy));
            repostedLater |= !together;
            if (together && storyThreader.mayThread(p.seq(), copy)) {
                work.joins++;
                // A template filled in anew each day (a price list, a schedule) reads as a copy of yesterday's:
                // it continues the story, but is that day's happening.
                if (eventClusterer.mayJoin(p.seq(), copy)) {
                    eventClusterer.join(p.seq(), copy);
                }
                storyThreader.join(p.seq(), copy);
            }
        }
        PairFeatures.Comparer comparer = new PairFeatures.Comparer(p, frequencies);
        List<Integer> bySubject = new ArrayList<>();
        boolean spreads = HeadlineSpreads.of(p.title());
        String bill = HeadlineBills.of(p.title());
        List<Compared> spreadElsewhere = new ArrayList<>();
        List<Compared> ordered = closestFirst(p, comparer, spreads, spreadElsewhere);
        boolean words = HappeningKinds.spoken(p.kinds());
        // for an article reporting words: each candidate's event as it stood before the article joined any, and how
        // the article stands with each; other articles join as before, and pay nothing for it
        int[] eventOf = new int[words ? ordered.size() : 0];
        EventClusterer.Support support = new EventClusterer.Support();
        for (int i = 0; i < eventOf.length; i++) {
            eventOf[i] = events.root(ordered.get(i).other());
            support.count(eventOf[i], ordered.get(i).features());
        }
        for (int i = 0; i < ordered.size(); i++) {
            int other = ordered.get(i).other();
            PairFeatures f = ordered.get(i).features();
            boolean storyOnly = false;
            boolean sameEvent = (EventClusterer.sameEvent(f)
                    || EventClusterer.oneActorsAngles(f) && eventClusterer.oneDayTogether(p.seq(), other))
                    && eventClusterer.mayJoin(p.seq(), other)
                    && eventClusterer.outletsWithinHours(p.seq(), other, EventClusterer.evidence(f), f.sameMarketDay())
                    && eventClusterer.speakersAgree(p.seq(), other, EventClusterer.evidence(f))
                    && (!words || support.bearsWords(eventOf[i]));
            if (sameEvent && (eventClusterer.roundupBetween(p.seq(), other)
                    || eventClusterer.backgroundBetween(p.seq(), other))) {
                // a round-up joins one event and bridges none ({@link EventClusterer#roundupBetween}); a background
                // piece joins no report of the day ({@link EventClusterer#backgroundBetween})
                sameEvent = false;
                storyOnly = true;
            }
            if (sameEvent) {
                // what the event began with stays its centre ({@link EventClusterer#nearCentre}); a report of what
                // someone else did, who goes unnamed there, continues its story as a happening of its own
                // ({@link EventClusterer#strangerActors})
                EventClusterer.FirstReport founder = eventClusterer.closestFirstReport(p.seq(), other, comparer);
                sameEvent = EventClusterer.nearCentre(founder);
                if (sameEvent && founder != null && EventClusterer.strangerActors(p, profiles.get(founder.seq()),
                        founder.features(), vocabulary)) {
                    sameEvent = false;
                    storyOnly = true;
                }
            }
            boolean sameStory = StoryThreader.sameStory(f) || storyOnly;
            if ((sameEvent || sameStory) && storyThreader.mayThread(p.seq(), other, StoryThreader.pairEvidence(f))) {
                work.joins++;
                if (sameEvent) {
                    eventClusterer.join(p.seq(), other);
                }
                storyThreader.join(p.seq(), other);
            } else if (StoryThreader.marketsOfOneDay(p, profiles.get(other), f)) {
                work.joins++;
                storyThreader.join(p.seq(), other);
            } else if (sameStory && StoryThreader.sharesSubject(f)
                    || StoryThreader.oneSpread(spreads, profiles.get(other), f)
                    || StoryThreader.oneBill(bill, profiles.get(other), f)) {
                bySubject.add(other);
            }
        }
        for (Compared c : spreadElsewhere) {
            if (StoryThreader.oneSpread(spreads, profiles.get(c.other()), c.features())) {
                bySubject.add(c.other());
            }
        }
        // A side piece headlining a grown story's subject joins the story once its own happening is placed: it
        // continues the story without being the story's happening.
        for (int k = 0; k < bySubject.size(); k++) {
            if (storyThreader.mayThread(p.seq(), bySubject.get(k), StoryThreader.CLOSE_PAIR)) {
                work.joins++;
                storyThreader.join(p.seq(), bySubject.get(k));
            }
        }
        if (repostedLater) {
            // An old article posted again is a copy of the old story, not its continuation.
            storyThreader.file(p);
        } else {
            storyThreader.threadAfar(p);
        }
        index(p);
    }

    /** A stored article compared with the arriving one. */
    record Compared(int other, PairFeatures features) {
    }

    /**
     * The stored candidates compared with {@code p}, in the order to weigh them ({@link #closestFirst(List, BiPredicate)}).
     * Those whose headlines name other places than {@code p}'s are left out, but where both headline a happening spread
     * over a region ({@code spreads} for {@code p}; {@link HeadlineSpreads}) they go to {@code spreadElsewhere}: another
     * town's report of it, a happening of its own in the same story.
     */
    private List<Compared> closestFirst(ArticleProfile p, PairFeatures.Comparer comparer, boolean spreads,
                                        List<Compared> spreadElsewhere) {
        List<Compared> compared = new ArrayList<>();
        int[] ages = HeadlineAges.of(p.title());
        for (int other : candidates.candidates(p, StoryThreader.WINDOW_DAYS)) {
            work.pairsCompared++;
            ArticleProfile o = profiles.get(other);
            // Headlines naming different places tell two happenings (two earthquakes), however alike the reports;
            // headlines naming different age classes, two sides' matches.
            if (HeadlineAges.apart(ages, o)) {
                continue;
            }
            if (HeadlinePlaces.apart(p, o)) {
                if (spreads && HeadlineSpreads.of(o.title())) {
                    spreadElsewhere.add(new Compared(other, comparer.with(o)));
                }
                continue;
            }
            compared.add(new Compared(other, comparer.with(o)));
        }
        return closestFirst(compared, eventClusterer::mayJoin);
    }

    /**
     * The compared candidates in the order given, but where an earlier candidate and the closest by event evidence
     * ({@link EventClusterer#evidence}; the first of equals) both pass the event bar and their events may not become one,
     * the closest weighed first: the article joins the event it resembles most, not the one whose candidate came up
     * first. Kompas's live update of the Indonesia-Thailand match (CLICK-ID, 10 September 2019) had joined Sindonews's
     * line-up, published before kick-off, through the line-up's candidate coming up first, and the match's event parted
     * in two once the line-ups read alike. Only then: weighing the closest first everywhere changed the order in which
     * stories meet and let a bridging article run two grown stories into one (the U-19 team's match in Iran into the
     * senior team's against Thailand, stories B-cubed F1 on the CLICK-ID tune labels 0.908 to 0.885).
     *
     * @param eventsMayJoin whether the events of two stored articles may become one ({@link EventClusterer#mayJoin})
     */
    static List<Compared> closestFirst(List<Compared> compared, BiPredicate<Integer, Integer> eventsMayJoin) {
        int closest = 0;
        double best = compared.isEmpty() ? 0 : EventClusterer.evidence(compared.get(0).features());
        for (int i = 1; i < compared.size(); i++) {
            double evidence = EventClusterer.evidence(compared.get(i).features());
            if (evidence > best) {
                closest = i;
                best = evidence;
            }
        }
        if (closest == 0 || !EventClusterer.sameEvent(compared.get(closest).features())) {
            return compared;
        }
        int nearest = compared.get(closest).other();
        for (int i = 0; i < closest; i++) {
            Compared earlier = compared.get(i);
            if (EventClusterer.sameEvent(earlier.features()) && !eventsMayJoin.test(earlier.other(), nearest)) {
                List<Compared> ordered = new ArrayList<>(compared);
                ordered.add(0, ordered.remove(closest));
                return ordered;
            }
        }
        return compared;
    }

    /** Registers a profile: known by id, counted in document frequencies. */
    void place(ArticleProfile p) {
        profiles.add(p);
        seqById.add(idHash(p.id()), p.seq());
        frequencies.add(p);
    }

    void index(ArticleProfile p) {
        duplicateDetector.add(p);
        candidates.add(p);
    }

    /**
     * Takes in a stored profile, its groups already restored (see {@link LinkerState}): held, counted,
     * indexed and filed as when it arrived, and its event's days and story's profile grown by it. Profiles
     * come in arrival order, each group's earliest member (its root) first.
     */
    void restore(ArticleProfile p) {
        place(p);
        duplicateDetector.restore(p);
        candidates.add(p);
        storyThreader.file(p);
        eventClusterer.restore(p.seq());
        storyThreader.restoreProfile(p.seq());
    }

    /** Hands each linked article's publication day (null when undated) to {@code action}, in arrival order. */
    public void forEachPublished(Consumer<LocalDate> action) {
        for (int seq = 0; seq < profiles.size(); seq++) {
            action.accept(profiles.get(seq).published());
        }
    }

    public int size() {
        return profiles.size();
    }

    /** What the linker holds in the heap now: the parts bounded by a window or a count, not by the store. */
    public LinkResidence residence() {
        return new LinkResidence(profiles.held(), profiles.heldReadBack(), storyThreader.storyProfilesHeld(), storyThreader.storyIndexKeys(),
                vocabulary.size());
    }

    /** The work done by {@link #add} since this linker was made or restored. */
    public LinkWork work() {
        return work.snapshot();
    }

    /** Every profile in arrival order, those beyond the held window read back from the segment. */
    List<ArticleProfile> allProfiles() {
        List<ArticleProfile> all = new ArrayList<>(profiles.size());
        for (int seq = 0; seq < profiles.size(); seq++) {
            all.add(profiles.get(seq));
        }
        return all;
    }

    public LinkedCorpus result() {
        List<ArticleProfile> profiles = allProfiles();
        Map<Integer, List<ArticleProfile>> byEvent = new LinkedHashMap<>();
        Map<Integer, List<Integer>> eventsByStory = new LinkedHashMap<>();
        Map<Integer, List<ArticleProfile>> byStory = new LinkedHashMap<>();
        Map<Integer, ArticleProfile> original = new HashMap<>();
        for (ArticleProfile p : profiles) {
            int event = events.labelOf(p.seq());
            int story = stories.labelOf(p.seq());
            if (!byEvent.containsKey(event)) {
                eventsByStory.computeIfAbsent(story, k -> new ArrayList<>()).add(event);
            }
            byEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(p);
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(p);
            original.merge(duplicates.root(p.seq()), p, Linker::earlier);
        }
        Map<String, ArticleLinks> links = new LinkedHashMap<>();
        for (ArticleProfile p : profiles) {
            ArticleProfile first = original.get(duplicates.root(p.seq()));
            links.put(p.id(), new ArticleLinks(first == p ? null : first.id(),
                    eventId(events.labelOf(p.seq())), storyId(stories.labelOf(p.seq()))));
        }
        // quote groups are formed from the profiles alone, on a pool thread while this one forms the claim groups
        FutureTask<List<QuoteGroup>> quoteGroups = new FutureTask<>(() -> QuoteGrouper.group(profiles, vocabulary::word));
        ForkJoinPool.commonPool().execute(quoteGroups);
        // quote and claim groups may span stories when a story split; each is told in the story of its first member
        Map<Integer, List<ClaimGroup>> claimsByStory = new HashMap<>();
        for (ClaimGroup g : ClaimGrouper.group(profiles, p -> stories.labelOf(p.seq()), vocabulary::word,
                p -> duplicates.root(p.seq()), p -> events.labelOf(p.seq()))) {
            claimsByStory.computeIfAbsent(storyOfFirst(g.members()), k -> new ArrayList<>()).add(g);
        }
        Map<Integer, List<QuoteGroup>> quotesByStory = new HashMap<>();
        for (QuoteGroup g : ReadAhead.done(quoteGroups)) {
            quotesByStory.computeIfAbsent(storyOfFirst(g.members()), k -> new ArrayList<>()).add(g);
        }
        List<Story> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ArticleProfile>> s : byStory.entrySet()) {
            List<Event> timeline = new ArrayList<>();
            for (int event : eventsByStory.get(s.getKey())) {
                timeline.add(TitleChooser.event(eventId(event), byEvent.get(event), frequencies));
            }
            timeline.sort(Comparator.comparing((Event e) -> e.date() == null ? LocalDate.MAX : e.date())
                    .thenComparing(Event::id));
            List<ArticleProfile> members = s.getValue();
            out.add(new Story(storyId(s.getKey()), TitleChooser.storyTitle(timeline),
                    members.stream().map(ArticleProfile::id).toList(), timeline,
                    quotesByStory.getOrDefault(s.getKey(), List.of()), claimsByStory.getOrDefault(s.getKey(), List.of())));
        }
        return new LinkedCorpus(links, out);
    }

    private int storyOfFirst(List<MemberRef> members) {
        return stories.labelOf(seqOf(members.get(0).article()));
    }

    /** The article number of a linked id, or -1. */
    private int seqOf(String id) {
        long hash = idHash(id);
        int[] found = new int[ID_HASH_SHARED];
        int n = seqById.read(hash, found.length, found, 0);
        for (int k = 0; k < n; k++) {
            if (profiles.get(found[k]).id().equals(id)) {
                return found[k];
            }
        }
        return -1;
    }

    private static long idHash(String id) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return h;
    }

    /** The first copy: earliest published, then earliest arrived. */
    private static ArticleProfile earlier(ArticleProfile a, ArticleProfile b) {
        Comparator<ArticleProfile> order = Comparator
                .comparing((ArticleProfile p) -> p.published() == null ? LocalDate.MAX : p.published())
                .thenComparingInt(ArticleProfile::seq);
        return order.compare(a, b) <= 0 ? a : b;
    }

    private static String eventId(int label) {
        return "e" + (label + 1);
    }

    private static String storyId(int label) {
        return "s" + (label + 1);
    }

    /**
     * Saves the linker so a later run can go on linking: appends to its segments what arrived since the last
     * checkpoint (profiles, new words, unions of groups), syncs them, and answers the small versioned head
     * that names how far each segment is committed. The head is what {@link #restore} takes back.
     *
     * @throws IllegalStateException for a linker made without a folder of its own ({@link #in})
     */
    public byte[] checkpoint() throws IOException {
        return LinkerState.checkpoint(this);
    }

    /**
     * The linker a checkpoint saved in {@code dir}: segments cut back to what the head names (what a killed
     * run appended after it is dropped), then every group, index and profile of a story rebuilt from them.
     * A head of the older single-document state (version 3) is read too, and its linker saved anew in
     * {@code dir}; one this engine cannot read is refused with an {@link IOException} naming why.
     */
    public static Linker restore(Path dir, byte[] head) throws IOException {
        return LinkerState.restore(dir, head, ProfileLog.HOT_ARTICLES);
    }

    /** The same, holding at most {@code hotArticles} profiles as objects (a power of two). */
    static Linker restore(Path dir, byte[] head, int hotArticles) throws IOException {
        return LinkerState.restore(dir, head, hotArticles);
    }

    /** The bytes of the segments the last checkpoint saved or restored names (0 before the first). */
    public long stateBytes() {
        return savedHead == null ? 0 : LinkerState.bytes(savedHead);
    }

    /** Closes the segments; a linker with temporary ones leaves them to be deleted when the program ends. */
    @Override
    public void close() {
        profiles.close();
    }
}
