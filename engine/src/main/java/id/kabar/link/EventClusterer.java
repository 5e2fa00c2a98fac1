package id.kabar.link;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Online event clustering: each arriving article joins the events of the stored articles that
 * report the same happening, or opens its own. Joining is by pairwise evidence (shared words,
 * shared people and organisations, shared quotes, days apart), so the grouping hardly depends on
 * the order in which articles arrive (see {@link Linker}). A join that would merge two grown
 * stories about different things is refused (see {@link StoryThreader#mayThread}), since every event
 * lies wholly inside one story.
 *
 * <p>An event is one happening on one day. Pairs alone would chain a saga into one event, each day's
 * news close to the next day's (the resignation, the reactions, the successor); so an event keeps the
 * span of the days its members report on, and a join that would stretch it beyond
 * {@link #EVENT_SPAN_DAYS} is refused: the two stay two events of one story.
 *
 * <p>Nor may one happening's write-ups chain into the next happening of the same day through the pieces
 * that tell of both: an event keeps the kinds of happening its members' headlines name ({@link HappeningKinds}),
 * and two events that name kinds and none in common stay apart (the rumour of a death and a visit to the sick
 * man's bedside, a qualifying incident and the race). On the CLICK-ID tune labels (10-16 Sep 2019) this took
 * events B-cubed precision from 0.77 to 0.83 at the same recall (0.75).
 *
 * <p>The day a lead writes ({@code Selasa (10/9/2019)}) is the day of its news ({@link ArticleProfiler#leadDay}), told
 * with more certainty than a day read from votes; so while an event's days may spread over two neighbouring days (a
 * report placed on its publication day the morning after), the days its members' leads write may not: two events whose
 * leads write different days are two happenings (two days of gold prices, a verdict and the reaction to it the next
 * day). On the CLICK-ID tune labels this took events B-cubed F1 from 0.813 to 0.819 (precision 0.847 to 0.855,
 * recall 0.782 to 0.787: fewer wrong joins leave the right ones unblocked), held-out 0.805 unchanged.
 *
 * <p>An event keeps the steps of a series its members' headlines number ({@link HeadlineSeries}), and two events that
 * number different steps of one series stay apart: okezone.com's results of the four free practices at Misano (13-14
 * September 2019) had run into one event with the weekend's previews. On the CLICK-ID tune labels this took events
 * B-cubed F1 from 0.840 to 0.847 (precision 0.82 to 0.84, recall 0.86), held-out 0.825 unchanged. A race weekend's qualifying
 * is a step of the practices' series named by its word alone ({@code series-named-steps.txt}): okezone.com's qualifying
 * results of 14 September had joined the third practice's; events B-cubed F1 0.8753 to 0.8768 (precision 0.908 to 0.912),
 * held-out 0.819 unchanged.
 *
 * <p>An event keeps the acts its members' headlines say are not yet done or done ({@link HeadlineStates}), and two events
 * one of which says an act is not yet done that the other says is done stay apart: the President's word at JIExpo that he
 * had not yet sent the letter on the KPK law and the reports that he had signed and sent it (11 September 2019) had run
 * into one event, and the DPR's receipt of the letter the next day with them. On the CLICK-ID tune labels this took events
 * B-cubed F1 from 0.870 to 0.875 (precision 0.898 to 0.908, recall 0.845 unchanged), held-out 0.819 unchanged.
 *
 * <p>An outlet reports a happening once, live, and its later pieces follow it up: an event keeps, for its first outlets,
 * the earliest and latest publication time of each one's members ({@link OutletTimes}), and a join that would put one
 * outlet's members {@link #OUTLET_SPAN_HOURS} or more apart is refused unless the joining pair reads nearly alike
 * ({@link #OUTLET_SPAN_EVIDENCE}). sindonews.com's report of the couple burnt in the Kalibata City fire, treated at RS
 * Siloam (11 September 2019, 19:23), had joined the fire's event through its own report of 11:25. On the CLICK-ID
 * tune labels this took events B-cubed F1 from 0.8768 to 0.8794 (precision 0.912 to 0.923, recall 0.845 to 0.840),
 * held-out 0.819 to 0.836.
 *
 * <p>The reports of one market figure's move on one day (the IHSG's opening, midday session and close; the rupiah's) are
 * one happening ({@link PairFeatures#sameMarketDay}), however apart their numbers and words, and one outlet's reports of
 * it may lie hours apart. On the CLICK-ID events sets (12 September 2019, read by hand) the ten reports of the IHSG's and
 * the rupiah's day had been ten events; this took events B-cubed F1 on the development set from 0.881 to 0.932 (recall
 * 0.82 to 0.91, precision 0.95 unchanged), tune 0.880 and held-out 0.838 unchanged; across the week 39 events became 10,
 * one figure's day each.
 *
 * <p>So are the reports of one day whose headlines write one score and share their key words ({@link HeadlineScores},
 * {@link PairFeatures#sameScore}), unless a headline reports someone's words: a match's result, told in other words by
 * each outlet. On the CLICK-ID tune labels this took events B-cubed F1 from 0.880 to 0.884 (recall 0.84 to 0.85), the
 * events sets and held-out 0.838 unchanged; across the week 11 events became 7 (Barcelona's 5-2 against Valencia taken
 * out of a week of pieces on Ansu Fati, China's 7-0 against Brunei, Perseru's 1-1 against PSM).
 *
 * <p>So an event keeps the people its members' headlines and leads say acted ({@link EventActors}), and two events each
 * headlining their actor, none in common, stay apart unless the joining pair reads nearly alike
 * ({@link #SPEAKERS_APART_EVIDENCE}): two visitors at one sick man's bedside, the President's meeting and a politician's
 * support for what he promised in it, are two happenings of one day though a piece between them shares their matter.
 * On the CLICK-ID week (10-16 Sep 2019) events B-cubed F1 on the third events development set (drawn from inside the
 * week's largest events) went from 0.448 to 0.512 (precision 0.29 to 0.35), held-out 0.836 to 0.841 (precision 0.77 to
 * 0.78, recall 0.92 to 0.91), tune 0.892 to 0.891, the other events sets unchanged.
 *
 * <p>An article joins an event only when it shares something with the event's first reports ({@link Centre},
 * {@link #CENTRE_EVIDENCE}), not only with some later member: what an event began with stays its centre, so a side piece
 * cannot chain in through the member closest to it.
 */
final class EventClusterer {
    /**
     * An event is one happening: articles about it report on days at most this far apart. One day, not
     * none: a report published the morning after without naming the day is placed on its publication
     * day. On CLICK-ID (10-16 Sep 2019) events whose members lay one day apart were mostly one happening
     * told late (44 bodies found in Mexico, a mother's killing of her twins in Kupang); two or more days
     * apart they were a saga's steps (the KPK candidates' hearings, a club's preview and result).
     */
    static final int MAX_DAY_GAP = 1;
    /** The most days an event's members may report apart, all pairs of them, for the reason of {@link #MAX_DAY_GAP}. */
    static final int EVENT_SPAN_DAYS = MAX_DAY_GAP;
    /**
     * How far apart two articles that read like one happening may report and still be one thread by that
     * alone (Go-Pay's bill payment appearing and its launch two days later, in the IndoSum event dev set).
     */
    static final int ALIKE_DAY_GAP = 2;
    /** Evidence from which two dated articles report the same happening. */
    static final double SAME_EVENT = 0.36;
    /**
     * Two articles a day apart need this much more: the next day brings the next step of the same matter in
     * the same words (tomorrow's gold price, the race after qualifying, the reply to yesterday's statement).
     * On the CLICK-ID dev labels (10-16 Sep 2019), of the pairs a day apart above the plain bar, 95 within
     * this margin of it told different happenings and 49 one; above the margin, 11 and 31.
     */
    static final double NEXT_DAY_MARGIN = 0.12;
    /**
     * Below this IDF-weighted cosine of their headlines' stems, two articles a day apart tell two happenings, unless both
     * tell one person's statement as their own ({@link PairFeatures#oneMainSpeaker}): the next day's piece that headlines
     * another thing is the matter's next step or another's reaction, however much of the day before its body retells
     * (kompas.com's {@code Surat Pernyataan Bermeterai untuk Capim KPK Dinilai Tak Perlu}, a researcher's word of 10
     * September 2019, against okezone.com's report of the DPR member's demand of the 9th, headlines 0.34 alike, evidence
     * 0.54 with a statement the two speakers word alike), while one outlet's write-up of a hearing under its own headline
     * quotes what was said in it (sindonews.com's {@code Soal Konpers Etik Firli Bahuri, Alexader Marwata Akui KPK Tak
     * Kompak} against tempo.co's {@code Curhat Alexander Marwata Serba Salah Posisi sebagai Capim KPK}, headlines 0.20
     * alike, both quoting Marwata most). The 0.35, about one key word of three shared, was set on events-dev4 (its one wrong
     * next-day pair at 0.34); no tune or held-out pair moves with it.
     */
    static final double NEXT_DAY_HEADLINES = 0.35;
    /** Without days to compare, words and names must carry more of the proof. */
    static final double SAME_EVENT_UNDATED = 0.42;
    /**
     * Two articles from one outlet need this much more: its follow-ups reuse its background paragraphs,
     * house phrasing and dateline, which two outlets do not share. On 529 IndoSum pairs read by hand
     * ({@code kabar bench events}), every same-outlet pair above the plain bar was a follow-up or a
     * sibling piece (a preview and its result, a case and the reaction next day), never one happening;
     * different outlets above it always reported one happening.
     */
    static final double SAME_OUTLET_MARGIN = 0.10;
    /**
     * Below this IDF-weighted cosine of their headlines' stems, two headlines share hardly a key word: at most
     * one common one. A headline says what happened, so two write-ups of one happening share its key words,
     * while two happenings of one story on one day share the names and background of their bodies but not
     * their headlines (the MotoGP race and a rider's words after it, the KPK leaders returning their mandate
     * and the DPR hearing a candidate). On the CLICK-ID tune labels (10-16 Sep 2019), of the gold pairs a day
     * or less apart that passed the event bar, 6 of 9 with headlines this far apart told different happenings,
     * against 67 of 447 with closer headlines. Events B-cubed F1 on those labels: 0.750 without the split,
     * 0.756 at 0.05 (a headline sharing one common word still passed), 0.764 at 0.10 and 0.15, 0.762 at 0.20
     * (recall falls: results under headlines worded apart, 0.754 to 0.733). Once headlines naming one kind of
     * happening needed less ({@link #SAME_KIND_EASE}), which joins the results worded apart, 0.20 parted more
     * (a rider's words from the race, the second practice from the first): tune / held-out events B-cubed F1
     * 0.825 / 0.814 at 0.10, 0.830 / 0.814 at 0.15, 0.829 / 0.818 at 0.20, 0.824 / 0.818 at 0.25.
     */
    static final double HEADLINES_APART = 0.20;
    /**
     * Two articles whose headlines lie apart need this much more evidence: a rewrite under a new headline
     * still passes when its body tells the same in the same words (on the tune labels no pair of one happening
     * with headlines apart came within it, so its value is a guard for such rewrites, not a fitted figure).
     */
    static final double HEADLINES_APART_MARGIN = 0.15;

    /**
     * Two articles of one day whose leads open with the same actor ({@link ArticleProfile#leadActor}) need this much less:
     * the lead tells who did what, so two that open with the same one tell of what that one did, from different angles
     * (Mahfud MD's word on the KPK leaders' mandate, President Widodo's statement on the KPK law), while a reaction opens
     * with the one who reacts. On the CLICK-ID tune labels (10-16 Sep 2019), of the same-day pairs under the plain bar
     * whose leads open with the same person, those within 0.06 of it told one happening 19 times and two 4 times; within
     * 0.08, 26 and 6; within 0.10, 33 and 13; within 0.12, 41 and 17. At 0.08 events B-cubed F1 went from 0.816 to 0.826
     * (precision 0.84 to 0.83, recall 0.79 to 0.82), held-out 0.807 to 0.814.
     */
    static final double SAME_ACTOR_EASE = 0.08;

    /**
     * Two articles of one day whose headlines both report the words of the one person each quotes most, and name him
     * ({@link PairFeatures#sameSpeaker}), need this much less, as much as the other eases and not added to them: a press
     * conference or an interview is written up piece by piece, each outlet headlining another of the speaker's answers
     * (okezone.com's "Dibantai Thailand 0-3, McMenemy: Kami Harus" and tribunnews.com's "Suporter Indonesia Kecewa, Simon
     * McMenemy Bicara Soal Ekspektasi Berlebihan", the coach's words after the defeat by Thailand on 10 September 2019),
     * while a piece on what was done, or a preview, quotes him under a headline of deeds. Not for headlines apart
     * ({@link #HEADLINES_APART}): the coach's words before the match and after it. On the CLICK-ID week (10-16 Sep 2019)
     * the ease took the main speaker alone (any headline, one day or two) to 35 right tune pairs and 5 wrong, but of 40
     * pairs of the week it eased, read by hand, only about half told one happening (a family's word on two days of a
     * sick man, a minister's two events of one day); with headlines reporting words, one publication day and the speaker
     * named in both, 6 events of the week were joined, all of one speaker's one appearance (the coach's press conference,
     * Mahfud MD's and Sadio Mane's words of one day, Sergio Ramos's interview), events B-cubed F1 on the tune labels
     * 0.879 to 0.880, held-out 0.836 unchanged. In a replay of the week's compared pairs under these conditions, 0.08 eased
     * 1 tune pair of one happening and 8 pairs of the week, 0.10 3 and 14, and 0.12 to 0.16 no more tune pairs for 21 to
     * 29 of the week.
     */
    static final double SAME_SPEAKER_EASE = 0.10;

    /**
     * Two articles of one day whose headlines name a kind of happening in common ({@link HappeningKinds}: a quake, a
     * defeat, a death) need this much less, as much as two whose leads open with the same actor (the two eases do not
     * add up): what was done agrees, so the two tell of one happening from different angles (BMKG's record of the Palu
     * quake and another outlet's report of the town shaken, both of 10 September), while a reaction or a feature on the
     * same day names another kind or none. On the CLICK-ID tune labels (10-16 Sep 2019), of the same-day pairs of one
     * story under the bar whose headlines name a kind in common, those within 0.04 of it told one happening 30 times and
     * two 15 times; within 0.06, 52 and 26; within 0.08, 73 and 37; within 0.12, 122 and 70. Events B-cubed F1 with
     * headlines apart below 0.20 ({@link #HEADLINES_APART}): tune 0.824 without the ease, 0.829 at 0.08 and 0.10, held-out
     * 0.818 at 0.08 and 0.814 at 0.10.
     */
    static final double SAME_KIND_EASE = 0.08;

    /**
     * From this IDF-weighted cosine of their headlines' stems, two headlines say the same in most of their key words
     * (Tribunnews's "Harga Emas Antam Turun Rp4.000 Jadi Rp754.000 Per Gram" and Okezone's "Turun Lagi, Harga Emas Antam
     * Dijual Rp754.000/Gram", 0.84): two outlets that headline one day's pieces alike tell one happening, though their
     * bodies are worded apart. On the CLICK-ID tune labels (10-16 Sep 2019), of the same-day pairs within 0.04 under the
     * bar, those with headlines this close told one happening 24 times and two 4 times; from 0.5, 38 and 12; from 0.4, 60
     * and 29.
     */
    static final double HEADLINES_ALIKE = 0.6;
    /**
     * How much less two articles of one day with headlines alike ({@link #HEADLINES_ALIKE}) need, like the other eases
     * not added to them. Events B-cubed F1, tune / held-out: 0.829 / 0.821 without it, 0.831 / 0.821 at 0.04 and at 0.08
     * (0.04 kept: the same gain for fewer joins at risk); from headlines 0.5 alike at 0.04, 0.831 / 0.818.
     */
    static final double HEADLINES_ALIKE_EASE = 0.04;

    /**
     * The least evidence ({@link #evidence}) an article must share with one of an event's first reports
     * ({@link Centre}) to join it. Joining on the pair with any member lets a happening's write-ups chain into the
     * pieces written beside it on the same day, each close to some write-up but far from what the event first
     * reported: the police's word on the DPR's vote for the KPK chair, which shares the vote's names and words with the
     * reports of the vote, joined the event through one of them while sharing hardly a word with the first reports of
     * the vote. The bar is low: it refuses only an article that shares next to nothing with what the event began with.
     * On the CLICK-ID week (10-16 Sep 2019) it refused 10 joins, 8 of them of different happenings (Tempo's list of the
     * new KPK leaders' wealth joining the DPR's vote for them through Okezone's list of the five chosen, a gallery of
     * condolences three days on joining the President's condolences); events B-cubed F1 on the tune labels 0.849 to
     * 0.852 (precision 0.837 to 0.844, recall 0.861), held-out 0.825 unchanged; from 0.15 recall fell (0.846).
     */
    static final double CENTRE_EVIDENCE = 0.10;

    /**
     * The least share of an event's members an article whose headline reports someone's words ({@link HappeningKinds#spoken})
     * must report one happening with ({@link #sameEvent}) to join it, of the members it was compared with on days near its
     * own ({@link Support}). Words said after a happening chain into it through the one write-up that quotes them, while the
     * other write-ups of the happening tell the deed (Sindonews's "Dipuji Marquez, Quartararo: Ini Momen Terbaik dalam
     * Karier" joined the San Marino race through Sindonews's own race report alone, Polri's word on Firli Bahuri's election
     * the DPR's vote through Okezone's report of it, the Iranian coach's words the U-19 match). An article whose lead opens
     * with the same actor as one of the members it reports one happening with ({@link PairFeatures#sameActor}), or that
     * reports the words of the same speaker ({@link PairFeatures#sameSpeaker}), joins on that pair: the words are that
     * actor's own part of the happening. On the CLICK-ID tune labels (10-16 Sep 2019) this
     * parted 147 pairs, 124 of different happenings and 23 of one (the Iranian coach's words told twice); events B-cubed F1
     * 0.858 to 0.865 (precision 0.850 to 0.884, recall 0.867 to 0.845), held-out 0.819 unchanged (precision 0.734 to 0.742,
     * recall 0.926 to 0.916). At a third 0.860, at 0.6 0.860; without the same actor's exception 0.856.
     * A member that is one actor's angle of the day ({@link #oneActorsAngles}) supports the words as one that reports one
     * happening does: okezone.com's {@code Neville: Sabar, Solskjaer Bisa Sesukses Klopp} and tempo.co's {@code Liga
     * Inggris: Pendukung Manchester United Alami Frustrasi}, both leads opening with Gary Neville (13 September 2019,
     * evidence 0.399, headlines sharing no key word), had stayed apart for want of support alone. On the CLICK-ID week this
     * took events B-cubed F1 on the seventh events development set from 0.856 to 0.873 (recall 0.86 to 0.90); that was
     * the one pair of the week it joined, every other figure unchanged.
     */
    static final double SPOKEN_SUPPORT = 0.5;

    /**
     * One outlet reports a happening once, live, and its later pieces follow it up: so an event's members from one outlet
     * may be published at most this many hours apart ({@link OutletTimes}). On the CLICK-ID tune labels (10-16 Sep 2019)
     * 8 of the 15 wrong event joins were an outlet's follow-up joined to the live report it follows; a replay of the
     * linker's joins put 4 hours best (events B-cubed F1 0.8753 to 0.8818), 6 hours and 12 close behind.
     */
    static final int OUTLET_SPAN_HOURS = 4;
    /**
     * Evidence ({@link #evidence}) with which a pair still joins across {@link #OUTLET_SPAN_HOURS}: a report rewritten
     * hours later as its happening unfolds reads nearly alike. 0.5 in the same replay (0.6 with 12 hours close behind).
     */
    static final double OUTLET_SPAN_EVIDENCE = 0.5;

    /**
     * The least evidence ({@link #evidence}) with which two reports whose headlines tell one figure of one day are one
     * happening: one market figure's move ({@link PairFeatures#sameMarketDay}: the opening, the midday session and the
     * close of the IHSG or of the rupiah, whose numbers and words differ from report to report), or one match's score
     * ({@link PairFeatures#sameScore}: okezone.com's and tempo.co's results of the U-19 side's 1-0 against Iran, 11
     * September 2019, evidence 0.205). On the CLICK-ID week's 12 September 2019 the compared
     * pairs of one figure's day lay between 0.14 (tempo.co's and sindonews.com's closes of the rupiah) and 0.46 (okezone.com's
     * opening and midday IHSG), all under the plain bar; pairs of the IHSG's and the rupiah's reports lay between 0.05 and
     * 0.37, told apart by their headlines, not by this bar. The bar only keeps out a piece that names the figure in its
     * headline and shares next to nothing with the day's reports.
     */
    static final double SAME_FIGURE_EVIDENCE = 0.12;

    /**
     * Evidence ({@link #evidence}) with which a pair still joins two events that headline the words of different people
     * ({@link EventSpeakers}): one hearing or press conference where several speak is written up under each speaker's
     * words, and two write-ups of it read alike (the DPR's hearing of Alexander Marwata, 12 September 2019, headlined under
     * his words and under the members'), while a report of deeds that sits between two speakers' happenings of one day
     * shares only their matter. On the CLICK-ID tune labels (10-16 Sep 2019) the parting without this bar lost that hearing
     * and other write-ups of one appearance (tune events B-cubed F1 0.879 to 0.883, held-out 0.836 to 0.813); at 0.5 (the
     * bar of {@link #OUTLET_SPAN_EVIDENCE}, for a rewrite reading nearly alike) 0.879 to 0.886 (precision 0.91 to 0.94,
     * recall 0.85 to 0.84), held-out 0.836 unchanged, the second events set aside 0.950 to 0.976; across the week 9 events
     * parted into 19 (Saut Situmorang's word from Agus Rahardjo's, King Salman's from the US's on the Saudi oil attack).
     */
    static final double SPEAKERS_APART_EVIDENCE = 0.5;

    private static final int MINUTES_AN_HOUR = 60;
    private static final int SECONDS_A_MINUTE = 60;

    private final Partition events;
    private final IntFunction<ArticleProfile> articles;
    /** At each event's root, the days its dated members report on, packed; {@link DaySpan#NONE} where no member is dated. */
    private final ArticleColumn spanByRoot;
    /** At each event's root, the days its members' leads write, packed; {@link DaySpan#NONE} where no member's lead writes one. */
    private final ArticleColumn leadSpanByRoot;
    /** At each event's root, the kinds of happening its members' headlines name, one bit each. */
    private final ArticleColumn kindsByRoot;
    /** At each event's root, the steps of a series its members' headlines number ({@link HeadlineSeries}), packed. */
    private final ArticleColumn seriesByRoot;
    /** At each event's root, the acts its members' headlines say are done ({@link HeadlineStates#done}). */
    private final ArticleColumn doneActsByRoot;
    /** At each event's root, the acts its members' headlines say are not yet done ({@link HeadlineStates#pending}). */
    private final ArticleColumn pendingActsByRoot;
    /** At each event's root, the people whose words its members' headlines report ({@link EventSpeakers}), packed. */
    private final ArticleColumn speakersByRoot;
    /** At each event's root, the people its members' headlines and leads say acted ({@link EventActors}), packed. */
    private final ArticleColumn actorsByRoot;
    /** At each event's root, the organisations its members' headlines and leads say acted ({@link EventActors#organisations}). */
    private final ArticleColumn organisationsByRoot;
    /** At each event's root, its first reports ({@link Centre}), packed. */
    private final ArticleColumn centreByRoot;
    /** At each event's root, the publication times of its members by outlet ({@link OutletTimes}), one column a slot. */
    private final ArticleColumn[] outletTimesByRoot = new ArticleColumn[OutletTimes.SLOTS];

    EventClusterer(Partition events, IntFunction<ArticleProfile> articles) {
        this(events, articles, null);
    }

    /** The same, what it keeps per event moving into the linker's files as the store grows (null: the heap). */
    EventClusterer(Partition events, IntFunction<ArticleProfile> articles, LinkerFiles files) {
        this.events = events;
        this.articles = articles;
        this.spanByRoot = ArticleColumn.longs(files, "event-days", DaySpan.NONE);
        this.leadSpanByRoot = ArticleColumn.longs(files, "event-lead-days", DaySpan.NONE);
        this.kindsByRoot = ArticleColumn.longs(files, "event-kinds", HappeningKinds.NONE);
        this.seriesByRoot = ArticleColumn.longs(files, "event-series", HeadlineSeries.NONE);
        this.centreByRoot = ArticleColumn.longs(files, "event-centre", Centre.NONE);
        this.doneActsByRoot = ArticleColumn.longs(files, "event-done-acts", HeadlineStates.NONE.done());
        this.pendingActsByRoot = ArticleColumn.longs(files, "event-pending-acts", HeadlineStates.NONE.pending());
        this.speakersByRoot = ArticleColumn.longs(files, "event-speakers", EventSpeakers.NONE);
        this.actorsByRoot = ArticleColumn.longs(files, "event-actors", EventSpeakers.NONE);
        this.organisationsByRoot = ArticleColumn.longs(files, "event-organisations", EventSpeakers.NONE);
        for (int k = 0; k < OutletTimes.SLOTS; k++) {
            outletTimesByRoot[k] = ArticleColumn.longs(files, "event-outlet-times-" + k, OutletTimes.NONE);
        }
    }

    void add(int seq) {
        events.add(seq);
        setSpan(seq, DaySpan.of(articles.apply(seq)));
        set(leadSpanByRoot, seq, DaySpan.of(articles.apply(seq).leadDay()));
        setKinds(seq, articles.apply(seq).kinds());
        seriesByRoot.set(seq, HeadlineSeries.of(articles.apply(seq).title()));
        setStates(seq, HeadlineStates.of(articles.apply(seq).title()));
        speakersByRoot.set(seq, EventSpeakers.of(articles.apply(seq)));
        actorsByRoot.set(seq, EventActors.of(articles.apply(seq)));
        organisationsByRoot.set(seq, EventActors.organisations(articles.apply(seq)));
        centreByRoot.set(seq, Centre.of(seq));
        setOutletTimes(seq, OutletTimes.of(articles.apply(seq)));
    }

    /** Grows the day spans and kinds of a restored event by its member {@code seq}, members taken in arrival order. */
    void restore(int seq) {
        int root = events.root(seq);
        ArticleProfile p = articles.apply(seq);
        DaySpan own = DaySpan.of(p);
        setSpan(root, root == seq ? own : DaySpan.merge(spanAt(root), own));
        DaySpan lead = DaySpan.of(p.leadDay());
        set(leadSpanByRoot, root, root == seq ? lead : DaySpan.merge(at(leadSpanByRoot, root), lead));
        setKinds(root, root == seq ? p.kinds() : kindsAt(root) | p.kinds());
        long steps = HeadlineSeries.of(p.title());
        seriesByRoot.set(root, root == seq ? steps : HeadlineSeries.merge(seriesByRoot.get(root), steps));
        HeadlineStates states = HeadlineStates.of(p.title());
        setStates(root, root == seq ? states : statesAt(root).merge(states));
        long speakers = EventSpeakers.of(p);
        speakersByRoot.set(root, root == seq ? speakers : EventSpeakers.merge(speakersByRoot.get(root), speakers));
        long actors = EventActors.of(p);
        actorsByRoot.set(root, root == seq ? actors : EventSpeakers.merge(actorsByRoot.get(root), actors));
        long organisations = EventActors.organisations(p);
        organisationsByRoot.set(root, root == seq ? organisations
                : EventSpeakers.merge(organisationsByRoot.get(root), organisations));
        centreByRoot.set(root, root == seq ? Centre.of(seq) : Centre.merge(centreByRoot.get(root), Centre.of(seq)));
        long[] times = OutletTimes.of(p);
        setOutletTimes(root, root == seq ? times : OutletTimes.merge(outletTimesAt(root), times));
    }

    /**
     * Evidence of one happening: words, names, and statements both tell as their own ({@link PairFeatures#ownQuotes}).
     * A statement one of the two only retells from another's happening ties it to that happening no more than shared names
     * do. On the CLICK-ID week (10-16 Sep 2019), counting every shared statement before, events B-cubed F1 held-out 0.835
     * to 0.851 (precision 0.780 to 0.809), tune 0.898 unchanged (precision 0.940 to 0.954, recall 0.860 to 0.849: the
     * President's arrival at RSPAD, told in one piece under Habibie's death, went with the death's reports), the first,
     * third, fourth and fifth events development sets 0.932 to 0.935, 0.661 to 0.692, 0.832 to 0.855 and 0.812 to
     * 0.827, the second set aside 0.976 to 1.000, the other sets aside unchanged; across the week 6,636 events became
     * 6,743 (1,192 pairs joined, 1,933 parted: of twelve parted pairs read, ten told two happenings).
     */
    static double evidence(PairFeatures f) {
        return evidence(f, f.ownQuotes());
    }

    private static double evidence(PairFeatures f, int quotes) {
        return 0.6 * f.termCosine() + 0.25 * f.entityOverlap() + 0.15 * Math.min(1, quotes);
    }

    /**
     * Whether the two report one happening. Two whose headlines both report someone's words and whose leads open with
     * different people never do, however alike their words: each tells what its own speaker said (the former KPK chair
     * Antasari Azhar's criticism of the KPK leaders' returning their mandate against Agus Rahardjo's own words returning
     * it, a coach's word after a match against the other coach's). On the CLICK-ID tune labels (10-16 Sep 2019) this took
     * events B-cubed precision from 0.813 to 0.823 at the same recall (0.857), F1 0.835 to 0.840; held-out 0.825 unchanged.
     * Two reports of one market figure's move on one day, or of one match's score, do with next to nothing in common
     * ({@link #SAME_FIGURE_EVIDENCE}).
     */
    static boolean sameEvent(PairFeatures f) {
        if (f.otherSpeakers()) {
            return false;
        }
        if (f.sameMarketDay() || f.sameScore()) {
            return evidence(f) >= SAME_FIGURE_EVIDENCE;
        }
        double margin = (f.sameOutlet() ? SAME_OUTLET_MARGIN : 0) + (f.headlinesApart() ? HEADLINES_APART_MARGIN : 0);
        if (!f.dated()) {
            return evidence(f) >= SAME_EVENT_UNDATED + margin;
        }
        if (f.dayGap() > 0 && nextDayHeadlinesApart(f)) {
            return false;
        }
        double dayMargin = f.dayGap() > 0 ? NEXT_DAY_MARGIN : -sameDayEase(f);
        return f.dayGap() <= MAX_DAY_GAP && evidence(f) >= SAME_EVENT + margin + dayMargin;
    }

    /**
     * Whether two articles of one day whose leads open with the same actor ({@link ArticleProfile#leadActor}) but whose
     * headlines lie apart ({@link #HEADLINES_APART}) pass the plain bar, without the margin for headlines apart and without
     * the actor's ease (with the margin for one outlet's pieces): one actor's appearance told from two angles, which may
     * join where the two events together report one day ({@link #oneDayTogether}). Two outlets write up one appearance
     * each under another of its sides: okezone.com's {@code Buruknya Kendaraan Pribadi di Mata JK} and sindonews.com's
     * {@code JK: Kemacetan Merupakan Tanda Negara Maju}, the Vice-President at the Indotrans Expo of 13 September 2019,
     * both leads opening with Jusuf Kalla, headlines 0.197 alike, evidence 0.397. Without the one day, such joins had
     * carried the 11th's announcements of Habibie's funeral into the 12th's burial. On the CLICK-ID week (10-16 Sep 2019)
     * events B-cubed F1 on the sixth events development set 0.892 to 0.941 (recall 0.81 to 0.89), tune 0.898, held-out
     * 0.851 and every other events and stories figure unchanged; 25 pairs joined, none parted, of 7 joins read 5 right
     * and 2 unclear.
     */
    static boolean oneActorsAngles(PairFeatures f) {
        return f.sameActor() && f.headlinesApart() && f.dated() && f.dayGap() == 0
                && evidence(f) >= SAME_EVENT + (f.sameOutlet() ? SAME_OUTLET_MARGIN : 0);
    }

    /**
     * Whether two articles' headlines share too little for them to be one happening told a day apart
     * ({@link #NEXT_DAY_HEADLINES}) and they tell no statement of one main speaker in common.
     */
    static boolean nextDayHeadlinesApart(PairFeatures f) {
        return f.titleOverlap() != PairFeatures.NO_HEADLINES && f.titleOverlap() < NEXT_DAY_HEADLINES
                && !f.oneMainSpeaker();
    }

    /**
     * How much less two articles of one day need: what their headlines say was done agrees, or who their leads say did it,
     * or their headlines say the same.
     */
    private static double sameDayEase(PairFeatures f) {
        double headline = f.titleOverlap() >= HEADLINES_ALIKE ? HEADLINES_ALIKE_EASE : 0;
        double speaker = f.sameSpeaker() && !f.headlinesApart() ? SAME_SPEAKER_EASE : 0;
        return Math.max(Math.max(headline, speaker),
                Math.max(f.sameActor() ? SAME_ACTOR_EASE : 0, f.sameKind() ? SAME_KIND_EASE : 0));
    }

    /**
     * Whether the two read like one happening, whoever wrote them and on whichever of a few days. A pair this
     * close is then at least one thread: an outlet's follow-up of its own piece, or the next step of the
     * matter a day or two on. Every statement both report counts here ({@link PairFeatures#sharedQuotes}), not only
     * their own speakers' ({@link #evidence}): words retold from another's happening tell the same thread. Counting
     * only their own speakers' here too had taken six pieces of the week (10-16 Sep 2019) out of the KPK law
     * revision's and Habibie's stories (3,468 story pairs of the week, held-out stories B-cubed F1 0.963 to 0.958).
     */
    static boolean reportAlike(PairFeatures f) {
        double alike = evidence(f, f.sharedQuotes());
        if (!f.dated()) {
            return alike >= SAME_EVENT_UNDATED;
        }
        return f.dayGap() <= ALIKE_DAY_GAP && alike >= SAME_EVENT;
    }

    /**
     * Whether the two articles' events may become one: the two are not one outlet's reports of two of its days
     * ({@link #dailyEditions}), their headlines do not number different steps of one series ({@link HeadlineSeries}: the
     * first and the second free practice), together they still report on one day or two adjacent, their leads write at
     * most one day, their headlines do not tell different kinds of happening, and one does not say an act is not yet done
     * that the other says is done ({@link HeadlineStates}).
     */
    boolean mayJoin(int seq, int other) {
        int ra = events.root(seq);
        int rb = events.root(other);
        if (ra == rb) {
            return true;
        }
        if (dailyEditions(articles.apply(seq), articles.apply(other))) {
            return false;
        }
        DaySpan joined = DaySpan.merge(spanAt(ra), spanAt(rb));
        DaySpan leads = DaySpan.merge(at(leadSpanByRoot, ra), at(leadSpanByRoot, rb));
        return (joined == null || joined.days() <= EVENT_SPAN_DAYS) && (leads == null || leads.days() == 0)
                && !HappeningKinds.apart(kindsAt(ra), kindsAt(rb))
                && !HeadlineSeries.apart(seriesByRoot.get(ra), seriesByRoot.get(rb))
                && !statesAt(ra).apart(statesAt(rb));
    }

    /**
     * Whether the two articles' events together report on one day: every dated member on one day, every lead that writes
     * a day the same one.
     */
    boolean oneDayTogether(int seq, int other) {
        int ra = events.root(seq);
        int rb = events.root(other);
        DaySpan joined = DaySpan.merge(spanAt(ra), spanAt(rb));
        DaySpan leads = DaySpan.merge(at(leadSpanByRoot, ra), at(leadSpanByRoot, rb));
        return (joined == null || joined.days() == 0) && (leads == null || leads.days() == 0);
    }

    /**
     * Whether the two articles' events may become one as far as the people whose words they headline go ({@link
     * EventSpeakers}), and the people they headline as having acted ({@link EventActors}): not both headlining someone's
     * words, or someone's deeds, with no name in common, unless the joining pair's {@code evidence} is at least
     * {@link #SPEAKERS_APART_EVIDENCE}.
     */
    boolean speakersAgree(int seq, int other, double evidence) {
        int ra = events.root(seq);
        int rb = events.root(other);
        return ra == rb || evidence >= SPEAKERS_APART_EVIDENCE
                || !EventSpeakers.apart(speakersByRoot.get(ra), speakersByRoot.get(rb))
                        && !EventSpeakers.apart(actorsByRoot.get(ra), actorsByRoot.get(rb))
                        && !organisationsApart(seq, ra, other, rb);
    }

    /**
     * Whether the events of {@code seq} (root {@code ra}) and {@code other} (root {@code rb}) each headline an organisation
     * as their actor ({@link EventActors#organisations}), none in common, and neither article's headline names the
     * organisation of the other's event: what two bodies did, each on its own (Polri's word on the DPR's vote for the KPK
     * chair and the vote, the TNI's rain-making planes for Riau and BNPB's). One headline naming the other's organisation
     * tells of both ({@code KPAI Bertemu PB Djarum di Kemenpora}); without that condition, of the joined pairs of the
     * CLICK-ID tune and events development labels (10-16 Sep 2019) whose leads open with different organisations the
     * headlines name, 28 were of one happening and 15 of two, with it 2 and 10 (a replay of the pairs alone). On the
     * CLICK-ID week this parted Polri's four pieces of 13 September ({@code Firli Bahuri Jadi Ketua KPK, Polri: Kami
     * Apresiasi DPR}, its leads opening {@code Mabes Polri}, {@code Polri}) from the DPR's vote of 21 articles, the 68
     * pairs it moved; events B-cubed F1 on the tune labels 0.901 to 0.905 (precision 0.95 to 0.96), every other events
     * and stories figure unchanged. The planes of the two bodies still meet through a near copy of BNPB's report
     * ({@link #SPEAKERS_APART_EVIDENCE}) and the day's pieces that headline no body.
     */
    private boolean organisationsApart(int seq, int ra, int other, int rb) {
        long own = organisationsByRoot.get(ra);
        long others = organisationsByRoot.get(rb);
        return EventSpeakers.apart(own, others) && !EventActors.headlines(articles.apply(seq), others)
                && !EventActors.headlines(articles.apply(other), own);
    }

    /**
     * Whether a join through the pair of {@code seq} and {@code other} would have a round-up ({@link HeadlineRoundups})
     * bridge events: either is a round-up whose event holds other members already. A round-up shares the matter of each
     * happening it gathers, so it reads close to the write-ups of each; it may join one event (the first it is weighed
     * with, or its copy's), but may not then carry a second into it, nor be the pair through which a later article joins
     * its event. The pair still threads one story. On the CLICK-ID week (10-16 Sep 2019) the visits to the sick Habibie
     * of 10 September had run into one event of 58 through the day's round-ups of his visitors ({@code SBY, Ma'ruf Amin
     * hingga Anies Jenguk Habibie di RSPAD}, {@code Sejumlah Tokoh Berdatangan ke RSPAD Jenguk BJ Habibie}): events
     * B-cubed F1 on the third events development set 0.692 to 0.742 (precision 0.56 to 0.63, recall 0.89 to 0.91), tune
     * 0.898, held-out 0.851, every other events and stories figure unchanged; across the week 239 pairs joined and 902
     * parted, all of them in the Habibie visits of 10 September but for a matchday's results of the U-16 group.
     */
    boolean roundupBetween(int seq, int other) {
        return roundupAmongOthers(seq) || roundupAmongOthers(other);
    }

    /**
     * Whether the pair of {@code seq} and {@code other} is a background piece ({@link HeadlineBackgrounds}) and a report
     * that is none: such a pair joins no event, though it still threads the story. A fixture's record of past meetings,
     * published on the match day, shares the fixture's names and words with each of the day's notices and would run into
     * them (kompas.com's {@code Rekor Pertemuan Indonesia Vs Thailand, Gajah Perang Lebih Superior} into the broadcast
     * notices and line-ups of 10 September 2019). Two background pieces of one matter may still be one. On the CLICK-ID
     * week (10-16 Sep 2019) this parted 60 pairs and joined none (that record and tribunnews.com's love story of Habibie
     * and Ainun from the day's reports); events B-cubed F1 on the third events development set 0.742 to 0.786 (precision
     * 0.63 to 0.69), tune 0.898, held-out 0.851 and every other events and stories figure unchanged.
     */
    boolean backgroundBetween(int seq, int other) {
        return HeadlineBackgrounds.of(articles.apply(seq).title()) != HeadlineBackgrounds.of(articles.apply(other).title());
    }

    /** Whether the article is a round-up in an event of more than itself (its event's second first report is set). */
    private boolean roundupAmongOthers(int seq) {
        return Centre.member(centreByRoot.get(events.root(seq)), 1) >= 0 && HeadlineRoundups.of(articles.apply(seq).title());
    }

    /**
     * Whether the two are one outlet's reports of two of its days, or two reports of a daily figure's two days, each telling
     * its own day's news: both place their news on the day they were published, and those days differ. An outlet reports a happening once, on the day it happens,
     * and a report of the morning after places it on the day before ({@code Minggu 15 September} in a Monday report); one
     * whose news is its own day's again is the next edition of a daily piece (today's gold price, yesterday's), however
     * alike the two read. On the CLICK-ID tune labels (10-16 Sep 2019), of the pairs of one story one outlet published a
     * day or two apart that passed the event bar, those placing their news on their own publication days told two
     * happenings 7 times (the Antam gold prices of four days, two of tempo.co's pieces on the KPK) and one once (a report
     * of the morning after that does not write the day). Refusing such joins took events B-cubed F1 from 0.834 to 0.835
     * (tune) and left held-out 0.821 unchanged; the gold prices still meet through another outlet's report a day apart.
     * So two outlets' pieces are daily editions too when both headlines tell a figure reported anew each day
     * ({@link HappeningKinds#dailyFigure}: a price, the rupiah's rate, the stock index): each day's figure is that day's
     * happening, whoever reports it. On the CLICK-ID week this parted only the Antam gold prices of 10 and 11 September
     * (Kompas.com's of the 10th and tempo.co's of the 11th had joined them) and a piece on umrah package prices from the
     * Saudi visa decision of the day before; events B-cubed F1 on the tune labels 0.8645 to 0.8677 (precision 0.884 to
     * 0.891, recall 0.845), held-out 0.819 unchanged. Across all outlets, not only for prices, it parted 15 wrong tune
     * pairs and 8 right ones (reactions placed on their publication day), held-out 0.819 to 0.817.
     */
    static boolean dailyEditions(ArticleProfile a, ArticleProfile b) {
        boolean oneOutlet = a.outlet() != null && a.outlet().equals(b.outlet());
        boolean dailyFigures = HappeningKinds.dailyFigure(a.kinds()) && HappeningKinds.dailyFigure(b.kinds());
        return (oneOutlet || dailyFigures) && a.published() != null && b.published() != null
                && !a.published().equals(b.published()) && a.published().equals(a.referenceDay())
                && b.published().equals(b.referenceDay());
    }

    /** Joins the two articles' events: they report one happening, or one is a copy of the other. */
    void join(int seq, int other) {
        int ra = events.root(seq);
        int rb = events.root(other);
        if (ra == rb) {
            return;
        }
        DaySpan joined = DaySpan.merge(spanAt(ra), spanAt(rb));
        long kinds = kindsAt(ra) | kindsAt(rb);
        DaySpan leads = DaySpan.merge(at(leadSpanByRoot, ra), at(leadSpanByRoot, rb));
        long steps = HeadlineSeries.merge(seriesByRoot.get(ra), seriesByRoot.get(rb));
        long centre = Centre.merge(centreByRoot.get(ra), centreByRoot.get(rb));
        HeadlineStates states = statesAt(ra).merge(statesAt(rb));
        long speakers = EventSpeakers.merge(speakersByRoot.get(ra), speakersByRoot.get(rb));
        long actors = EventSpeakers.merge(actorsByRoot.get(ra), actorsByRoot.get(rb));
        long organisations = EventSpeakers.merge(organisationsByRoot.get(ra), organisationsByRoot.get(rb));
        long[] times = OutletTimes.merge(outletTimesAt(ra), outletTimesAt(rb));
        events.union(ra, rb);
        int root = events.root(ra);
        setSpan(root == ra ? rb : ra, null);
        setSpan(root, joined);
        setKinds(root == ra ? rb : ra, HappeningKinds.NONE);
        setKinds(root, kinds);
        set(leadSpanByRoot, root == ra ? rb : ra, null);
        set(leadSpanByRoot, root, leads);
        seriesByRoot.set(root == ra ? rb : ra, HeadlineSeries.NONE);
        seriesByRoot.set(root, steps);
        centreByRoot.set(root == ra ? rb : ra, Centre.NONE);
        centreByRoot.set(root, centre);
        setStates(root == ra ? rb : ra, HeadlineStates.NONE);
        setStates(root, states);
        speakersByRoot.set(root == ra ? rb : ra, EventSpeakers.NONE);
        speakersByRoot.set(root, speakers);
        actorsByRoot.set(root == ra ? rb : ra, EventSpeakers.NONE);
        actorsByRoot.set(root, actors);
        organisationsByRoot.set(root == ra ? rb : ra, EventSpeakers.NONE);
        organisationsByRoot.set(root, organisations);
        setOutletTimes(root == ra ? rb : ra, OutletTimes.none());
        setOutletTimes(root, times);
    }

    /**
     * Whether the two articles' events may become one as far as their outlets' publication times go: together, no outlet's
     * members would be published {@link #OUTLET_SPAN_HOURS} or more apart, unless the joining pair's {@code evidence} is at
     * least {@link #OUTLET_SPAN_EVIDENCE}. Checked on the events, not the pair alone: a follow-up refused its live report
     * would come back through another of the outlet's pieces, or another outlet's report of either. Nor when the pair tells
     * one market figure's move of one day ({@code sameMarketDay}, {@link PairFeatures#sameMarketDay}): an outlet reports
     * the figure's opening, its midday session and its close hours apart, all the day's one happening.
     */
    boolean outletsWithinHours(int seq, int other, double evidence, boolean sameMarketDay) {
        int ra = events.root(seq);
        int rb = events.root(other);
        return ra == rb || sameMarketDay || evidence >= OUTLET_SPAN_EVIDENCE
                || OutletTimes.widest(outletTimesAt(ra), outletTimesAt(rb)) < OUTLET_SPAN_HOURS * MINUTES_AN_HOUR;
    }

    /**
     * Whether an article shares enough with {@code closest}, the first report of the event it would join that is closest to
     * it ({@link #closestFirstReport}), to join that event ({@link #CENTRE_EVIDENCE}); always when it is in that event
     * already ({@code closest} null). An event of one article is its own first report, so the pair itself answers.
     */
    static boolean nearCentre(FirstReport closest) {
        return closest == null || evidence(closest.features()) >= CENTRE_EVIDENCE;
    }

    /**
     * The first report of the event of {@code other} ({@link Centre}) that the article {@code seq} shares the most evidence
     * with, and what they share ({@code comparer} compares with {@code seq}); null when the two are one event already.
     */
    FirstReport closestFirstReport(int seq, int other, PairFeatures.Comparer comparer) {
        int root = events.root(other);
        if (root == events.root(seq)) {
            return null;
        }
        long centre = centreByRoot.get(root);
        FirstReport closest = null;
        for (int k = 0; k < Centre.SIZE; k++) {
            int first = Centre.member(centre, k);
            if (first < 0) {
                continue;
            }
            PairFeatures f = comparer.with(articles.apply(first));
            if (closest == null || evidence(f) > evidence(closest.features())) {
                closest = new FirstReport(first, f);
            }
        }
        return closest;
    }

    /** One of an event's first reports ({@link Centre}), {@code seq}, and what an arriving article shares with it. */
    record FirstReport(int seq, PairFeatures features) {
    }

    /**
     * Whether an arriving article and the first report of an event closest to it ({@link #closestFirstReport}) tell what
     * two people did, each unknown to the other: their leads open with different people ({@link ArticleProfile#leadActor}),
     * neither names the other's actor anywhere ({@link #namesPerson}), and they share no quote and no figure of their
     * leads. Such an article opens its own event of the story: it shares the event's matter, not its happening. On the
     * CLICK-ID week (10-16 Sep 2019) it parted 5 events (86 pairs) and joined 10 pairs: the child-protection
     * commission's word against the sports minister from PB Djarum's reasons for ending its auditions, M Nuh's visit to
     * the sick Habibie from his family's press conference, an actor's quarrel from the film he produced; every events
     * and stories figure of the labelled sets unchanged. Without the condition that neither names the other's actor
     * (any joiner whose actor differs from the closest first report's) it had split the two sides of one incident:
     * events B-cubed F1 on the tune labels 0.898 to 0.871.
     */
    static boolean strangerActors(ArticleProfile joining, ArticleProfile founder, PairFeatures f, Vocabulary vocabulary) {
        return joining.leadActor() != null && founder.leadActor() != null
                && !NameKeys.samePerson(joining.leadActor(), founder.leadActor()) && f.ownQuotes() == 0
                && !shareAny(joining.leadFigures(), founder.leadFigures())
                && !namesPerson(joining, founder.leadActor(), vocabulary)
                && !namesPerson(founder, joining.leadActor(), vocabulary);
    }

    /**
     * Whether the article names the person {@code person} (a folded name) among the people and bodies it keeps: a word of
     * the name is the key of one of its entities ({@link NameKeys#entityKey}: a person by surname, however the article
     * writes the rest of the name).
     */
    static boolean namesPerson(ArticleProfile p, String person, Vocabulary vocabulary) {
        for (String word : person.split(" ")) {
            int id = vocabulary.find(ArticleProfiler.ENTITY_KEY_PREFIX + word);
            if (id >= 0 && Arrays.binarySearch(p.entities(), id) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether two ascending arrays hold a value in common. */
    private static boolean shareAny(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static DaySpan at(ArticleColumn byRoot, int root) {
        return DaySpan.unpack(byRoot.get(root));
    }

    private static void set(ArticleColumn byRoot, int root, DaySpan span) {
        byRoot.set(root, DaySpan.pack(span));
    }

    private long kindsAt(int root) {
        return kindsByRoot.get(root);
    }

    private void setKinds(int root, long kinds) {
        kindsByRoot.set(root, kinds);
    }

    private HeadlineStates statesAt(int root) {
        return new HeadlineStates(doneActsByRoot.get(root), pendingActsByRoot.get(root));
    }

    private void setStates(int root, HeadlineStates states) {
        doneActsByRoot.set(root, states.done());
        pendingActsByRoot.set(root, states.pending());
    }

    private long[] outletTimesAt(int root) {
        long[] times = new long[OutletTimes.SLOTS];
        for (int k = 0; k < times.length; k++) {
            times[k] = outletTimesByRoot[k].get(root);
        }
        return times;
    }

    private void setOutletTimes(int root, long[] times) {
        for (int k = 0; k < times.length; k++) {
            outletTimesByRoot[k].set(root, times[k]);
        }
    }

    private DaySpan spanAt(int root) {
        return at(spanByRoot, root);
    }

    private void setSpan(int root, DaySpan span) {
        set(spanByRoot, root, span);
    }

    /**
     * How an arriving article stands with the events of the stored articles it was compared with: of each event's members
     * compared on days at most {@link #MAX_DAY_GAP} from its own, how many it reports one happening with ({@link #sameEvent}),
     * or tells one actor's angle of the day with it ({@link #oneActorsAngles}), and whether one of those opens its lead with
     * the same actor or quotes the same speaker most. The events are named by
     * their roots before the article joins any, so its own joins do not move the count; the work is one step per compared
     * candidate.
     */
    static final class Support {
        /**
         * Per event root: members compared, members reporting one happening with the article, 1 when one of those shares its
         * lead's actor or its main speaker.
         */
        private final Map<Integer, int[]> byEvent = new HashMap<>();

        /** Counts a compared member of the event whose root is {@code root}. */
        void count(int root, PairFeatures f) {
            if (!f.dated() || f.dayGap() > MAX_DAY_GAP) {
                return;
            }
            int[] c = byEvent.computeIfAbsent(root, k -> new int[3]);
            c[0]++;
            if (sameEvent(f) || oneActorsAngles(f)) {
                c[1]++;
                if (f.sameActor() || f.sameSpeaker()) {
                    c[2] = 1;
                }
            }
        }

        /**
         * Whether an article reporting someone's words may join the event whose root was {@code root} when compared
         * ({@link #SPOKEN_SUPPORT}).
         */
        boolean bearsWords(int root) {
            int[] c = byEvent.get(root);
            return c == null || c[2] == 1 || c[1] >= SPOKEN_SUPPORT * c[0];
        }
    }

    /**
     * An event's first reports: the {@link #SIZE} members that arrived first (the least arrival numbers), packed in a
     * long, the earlier in the high half, -1 for none. A stream arrives in the order of publication, so these are the
     * reports the event began with, which later joins do not move.
     */
    static final class Centre {
        /** How many first reports an event keeps. */
        static final int SIZE = 2;
        /** No event. */
        static final long NONE = pack(-1, -1);

        private Centre() {
        }

        static long of(int seq) {
            return pack(seq, -1);
        }

        /** The {@code k}-th first report, -1 for none. */
        static int member(long centre, int k) {
            return k == 0 ? (int) (centre >> 32) : (int) centre;
        }

        /** The first reports of two events as one: the earliest {@link #SIZE} of them. */
        static long merge(long a, long b) {
            int[] all = {member(a, 0), member(a, 1), member(b, 0), member(b, 1)};
            int first = -1;
            int second = -1;
            for (int seq : all) {
                if (seq < 0 || seq == first || seq == second) {
                    continue;
                }
                if (first < 0 || seq < first) {
                    second = first;
                    first = seq;
                } else if (second < 0 || seq < second) {
                    second = seq;
                }
            }
            return pack(first, second);
        }

        private static long pack(int first, int second) {
            return (long) first << 32 | (second & 0xFFFFFFFFL);
        }
    }

    /**
     * The publication times of an event's members by outlet: for each of at most {@link #SLOTS} outlets, its members'
     * earliest publication minute and how many minutes its latest came after, packed in a long with a tag of the outlet
     * ({@link #TAG_BITS} bits of its key's hash). A fixed few longs per event, as every event of the store keeps them:
     * members of an outlet past the first {@link #SLOTS} an event took in, and members published at no stated time, set
     * no bound.
     */
    static final class OutletTimes {
        /**
         * How many outlets an event keeps the times of: its first two. The wrong joins the bound parts are one outlet's
         * follow-up joined to the live report it follows while the event is young; in a grown event of many outlets, a
         * later outlet's pieces hours apart are more often its updates of one happening. On the CLICK-ID tune labels,
         * keeping 4 outlets or 16 took events B-cubed F1 0.879 to 0.878 (recall 0.840 to 0.834).
         */
        static final int SLOTS = 2;
        /** An empty slot. */
        static final long NONE = 0;
        /** Bits of an outlet's tag: two outlets of one event share one about once in a million, and are then held as one. */
        static final int TAG_BITS = 20;
        static final int MINUTE_BITS = 28;
        static final int SPAN_BITS = 16;
        /** The longest span a slot holds, in minutes (45 days), far past any bound; a longer one reads as it. */
        static final long MOST_MINUTES = (1L << SPAN_BITS) - 1;

        private OutletTimes() {
        }

        static long[] none() {
            return new long[SLOTS];
        }

        /**
         * The one slot of an article that names its outlet and was published at a stated time after 1970 and before
         * the epoch minute {@code 2^28} (the year 2480); none else.
         */
        static long[] of(ArticleProfile p) {
            long[] times = none();
            if (p.outlet() != null && p.publishedAt() != null) {
                long minute = Math.floorDiv(p.publishedAt().getEpochSecond(), SECONDS_A_MINUTE);
                if (minute >= 0 && minute < 1L << MINUTE_BITS) {
                    times[0] = pack(tag(p.outlet()), minute, 0);
                }
            }
            return times;
        }

        /**
         * The times of two events as one: the first event's outlets, each spanning the two's members, then the second's
         * other outlets while slots are left.
         */
        static long[] merge(long[] a, long[] b) {
            long[] merged = a.clone();
            int used = 0;
            while (used < SLOTS && merged[used] != NONE) {
                used++;
            }
            for (long slot : b) {
                if (slot == NONE) {
                    continue;
                }
                int k = find(merged, tag(slot));
                if (k >= 0) {
                    merged[k] = span(merged[k], slot);
                } else if (used < SLOTS) {
                    merged[used++] = slot;
                }
            }
            return merged;
        }

        /** The widest span, in minutes, of one outlet's members across the two events as one; 0 when they share none. */
        static long widest(long[] a, long[] b) {
            long widest = 0;
            for (long slot : b) {
                int k = slot == NONE ? -1 : find(a, tag(slot));
                if (k >= 0) {
                    widest = Math.max(widest, minutes(span(a[k], slot)));
                }
            }
            return widest;
        }

        private static int find(long[] times, long tag) {
            for (int k = 0; k < times.length; k++) {
                if (times[k] != NONE && tag(times[k]) == tag) {
                    return k;
                }
            }
            return -1;
        }

        /** One outlet's two slots as one. */
        private static long span(long a, long b) {
            long first = Math.min(first(a), first(b));
            long last = Math.max(first(a) + minutes(a), first(b) + minutes(b));
            return pack(tag(a), first, Math.min(last - first, MOST_MINUTES));
        }

        /** A tag never 0, so that no slot packs as {@link #NONE}. */
        private static long tag(String outlet) {
            long tag = outlet.hashCode() & (1L << TAG_BITS) - 1;
            return tag == 0 ? 1 : tag;
        }

        private static long pack(long tag, long first, long minutes) {
            return tag << MINUTE_BITS + SPAN_BITS | first << SPAN_BITS | minutes;
        }

        private static long tag(long slot) {
            return slot >>> MINUTE_BITS + SPAN_BITS;
        }

        private static long first(long slot) {
            return slot >>> SPAN_BITS & (1L << MINUTE_BITS) - 1;
        }

        private static long minutes(long slot) {
            return slot & MOST_MINUTES;
        }
    }

    /** The first and last day an event's dated members report on, as epoch days. */
    private record DaySpan(long first, long last) {
        /** A span packed as a long ({@link #pack}) where no member is dated. */
        static final long NONE = Long.MIN_VALUE;

        /**
         * The first day in the high half and the last in the low, as epoch days: a long per event root rather
         * than an object, since the spans of every event of the store are kept.
         */
        static long pack(DaySpan span) {
            return span == null ? NONE : span.first << 32 | (span.last & 0xFFFFFFFFL);
        }

        static DaySpan unpack(long packed) {
            return packed == NONE ? null : new DaySpan(packed >> 32, (int) packed);
        }

        /** The article's reference day; null when it has none. */
        static DaySpan of(ArticleProfile p) {
            return of(p.referenceDay());
        }

        /** The one day; null for none. */
        static DaySpan of(LocalDate day) {
            return day == null ? null : new DaySpan(day.toEpochDay(), day.toEpochDay());
        }

        /** Both spans as one; an undated side (null) adds nothing. */
        static DaySpan merge(DaySpan a, DaySpan b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return new DaySpan(Math.min(a.first, b.first), Math.max(a.last, b.last));
        }

        long days() {
            return last - first;
        }
    }
}
