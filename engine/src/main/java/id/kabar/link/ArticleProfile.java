package id.kabar.link;

import id.kabar.model.Claim;
import id.kabar.model.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What linking keeps of one article: its weighted stems and entity keys, its days, its quotes and
 * claims, its shingle signature and what tells a copy from a follow-up. The body itself is not kept.
 *
 * @param seq          arrival number, 0-based
 * @param outlet       the outlet's key ({@link ArticleProfiler#outletKey}), or null when unknown
 * @param published    the publication day, or null
 * @param days         the days the article reports on (annotated times near publication, and the publication day)
 * @param happened     the day its news happened ({@link ArticleProfiler#happeningDay}), or null when it has no days
 * @param lead         the first sentence of the body when there is no title (a fallback label), else null
 * @param terms        vocabulary ids of the most frequent stems, ascending
 * @param termWeights  their weights (sublinear term frequency), parallel to {@code terms}
 * @param entities     vocabulary ids of the entity keys, ascending
 * @param entityWeights their weights by entity type, parallel to {@code entities}
 * @param indexKeys    the keys under which the article is found as a candidate
 * @param quotes       the quotes with their comparable forms, in the article's order
 * @param claims       the claims, in the article's order
 * @param signature    the MinHash signature of the body's word shingles, or null for an empty body
 * @param shingles     how many distinct word shingles the body has (0 for an empty body): with the
 *                     signature's Jaccard it gives how much of the shorter body the longer one holds
 * @param runSignature the MinHash signature of the body's runs of {@link ArticleProfiler#RUN} words, or null for an
 *                     empty body or a profile saved before runs were kept
 * @param runs         how many distinct such runs the body has
 * @param leadWords    hashes of the words opening the body (after its dateline), ascending, distinct
 * @param leadFigures  hashes of the figures (runs of digits) among those words, ascending, distinct
 * @param titleStems   vocabulary ids of the headline's stems, ascending, distinct (none without a title)
 * @param kinds        the kinds of happening the headline names ({@link HappeningKinds}), one bit each, and whether it
 *                     reports words ({@link HappeningKinds#SPOKEN})
 * @param placeStems   vocabulary ids of the stems of the places the article names, ascending, distinct
 * @param leadDay      the day its lead sentence writes ({@link ArticleProfiler#leadDay}), or null when it writes none
 * @param leadActor    the first person its lead sentence names, by the fullest name the article gives him, folded
 *                     ({@link ArticleProfiler#leadActor}), or null when it names none
 * @param leadShingles hashes of the lead's word shingles (the {@link ArticleProfiler#LEAD_WORDS} words of
 *                     {@code leadWords} in their order, {@link ArticleProfiler#SHINGLE} at a time), ascending, distinct;
 *                     null for a profile saved before they were kept
 * @param shingleSample the least of the body's shingle hashes ({@link ArticleProfiler#SAMPLE} of them, all for a short
 *                     body), ascending, distinct; null for a profile saved before they were kept
 * @param retells      whether a paragraph of the body opens by retelling what the outlet reported before
 *                     ({@link ArticleProfiler#retells}): the mark of a follow-up keeping its first report as background
 * @param publishedAt  the publication instant when the article's date came with its time of day
 *                     ({@link id.kabar.model.Article#publishedAt}); null when it did not, or for a profile saved before
 *                     it was kept
 * @param credited     the words that follow a credit to a source in the body ({@link ArticleProfiler#credited}), among
 *                     them the name of the outlet the text was taken from; empty for a profile saved before they were
 *                     kept
 * @param claimSentences the sentence of each claim ({@link ClaimSentence}), parallel to {@code claims}; empty for a
 *                     profile saved before they were kept
 * @param leadOrganisation the words of the organisation its lead opens with, in every form the article writes it
 *                     ({@link ArticleProfiler#leadOrganisation}), or null when it opens with none or for a profile saved
 *                     before it was kept
 */
record ArticleProfile(int seq, String id, String outlet, LocalDate published, String title, List<LocalDate> days,
                      LocalDate happened, String lead, int[] terms, float[] termWeights, int[] entities,
                      float[] entityWeights, int[] indexKeys, List<QuoteForm> quotes, List<Claim> claims,
                      byte[] signature, int shingles, byte[] runSignature, int runs, int[] leadWords, int[] leadFigures,
                      int[] titleStems, long kinds, int[] placeStems, LocalDate leadDay,
                      String leadActor, int[] leadShingles, int[] shingleSample, boolean retells, Instant publishedAt,
                      List<String> credited, List<ClaimSentence> claimSentences, String leadOrganisation) {

    /** A profile whose claims' sentences and lead's organisation are not known: one saved before they were kept. */
    ArticleProfile(int seq, String id, String outlet, LocalDate published, String title, List<LocalDate> days,
                   LocalDate happened, String lead, int[] terms, float[] termWeights, int[] entities,
                   float[] entityWeights, int[] indexKeys, List<QuoteForm> quotes, List<Claim> claims,
                   byte[] signature, int shingles, byte[] runSignature, int runs, int[] leadWords, int[] leadFigures,
                   int[] titleStems, long kinds, int[] placeStems, LocalDate leadDay,
                   String leadActor, int[] leadShingles, int[] shingleSample, boolean retells, Instant publishedAt,
                   List<String> credited) {
        this(seq, id, outlet, published, title, days, happened, lead, terms, termWeights, entities, entityWeights,
                indexKeys, quotes, claims, signature, shingles, runSignature, runs, leadWords, leadFigures, titleStems,
                kinds, placeStems, leadDay, leadActor, leadShingles, shingleSample, retells, publishedAt, credited,
                List.of(), null);
    }

    /** The sentence of the claim at {@code index}, or {@link ClaimSentence#NONE} when it is not known. */
    ClaimSentence claimSentence(int index) {
        return index < claimSentences.size() ? claimSentences.get(index) : ClaimSentence.NONE;
    }

    /** A profile of a body that credits no source, or one saved before credits were kept. */
    ArticleProfile(int seq, String id, String outlet, LocalDate published, String title, List<LocalDate> days,
                   LocalDate happened, String lead, int[] terms, float[] termWeights, int[] entities,
                   float[] entityWeights, int[] indexKeys, List<QuoteForm> quotes, List<Claim> claims,
                   byte[] signature, int shingles, byte[] runSignature, int runs, int[] leadWords, int[] leadFigures,
                   int[] titleStems, long kinds, int[] placeStems, LocalDate leadDay,
                   String leadActor, int[] leadShingles, int[] shingleSample, boolean retells, Instant publishedAt) {
        this(seq, id, outlet, published, title, days, happened, lead, terms, termWeights, entities, entityWeights,
                indexKeys, quotes, claims, signature, shingles, runSignature, runs, leadWords, leadFigures, titleStems,
                kinds, placeStems, leadDay, leadActor, leadShingles, shingleSample, retells, publishedAt, List.of());
    }

    /** A profile without a publication instant. */
    ArticleProfile(int seq, String id, String outlet, LocalDate published, String title, List<LocalDate> days,
                   LocalDate happened, String lead, int[] terms, float[] termWeights, int[] entities,
                   float[] entityWeights, int[] indexKeys, List<QuoteForm> quotes, List<Claim> claims,
                   byte[] signature, int shingles, byte[] runSignature, int runs, int[] leadWords, int[] leadFigures,
                   int[] titleStems, long kinds, int[] placeStems, LocalDate leadDay,
                   String leadActor, int[] leadShingles, int[] shingleSample, boolean retells) {
        this(seq, id, outlet, published, title, days, happened, lead, terms, termWeights, entities, entityWeights,
                indexKeys, quotes, claims, signature, shingles, runSignature, runs, leadWords, leadFigures, titleStems,
                kinds, placeStems, leadDay, leadActor, leadShingles, shingleSample, retells, null);
    }

    /** A profile of a body that retells no earlier report, or one saved before that was kept. */
    ArticleProfile(int seq, String id, String outlet, LocalDate published, String title, List<LocalDate> days,
                   LocalDate happened, String lead, int[] terms, float[] termWeights, int[] entities,
                   float[] entityWeights, int[] indexKeys, List<QuoteForm> quotes, List<Claim> claims,
                   byte[] signature, int shingles, byte[] runSignature, int runs, int[] leadWords, int[] leadFigures,
                   int[] titleStems, long kinds, int[] placeStems, LocalDate leadDay,
                   String leadActor, int[] leadShingles, int[] shingleSample) {
        this(seq, id, outlet, published, title, days, happened, lead, terms, termWeights, entities, entityWeights,
                indexKeys, quotes, claims, signature, shingles, runSignature, runs, leadWords, leadFigures, titleStems,
                kinds, placeStems, leadDay, leadActor, leadShingles, shingleSample, false);
    }

    /**
     * A quote with its speaker key, its stems (vocabulary ids, ascending, distinct) and the job title its article gives
     * the speaker named ({@link SpeakerNames#role}), folded, or null: what another outlet may name the speaker by; and
     * the figures its text writes, which renderings are told apart by.
     */
    record QuoteForm(Quote quote, String speakerKey, int[] stems, String speakerRole, QuoteGrouper.Figures figures) {
        /** A quote with the figures its text writes ({@link QuoteGrouper#figures}). */
        QuoteForm(Quote quote, String speakerKey, int[] stems, String speakerRole) {
            this(quote, speakerKey, stems, speakerRole, QuoteGrouper.figures(quote.text()));
        }

        /** A quote whose speaker's job title is not known. */
        QuoteForm(Quote quote, String speakerKey, int[] stems) {
            this(quote, speakerKey, stems, null);
        }
    }

    /** The day this article is placed at when compared with others: what it reports on, else publication. */
    LocalDate referenceDay() {
        return happened != null ? happened : published;
    }
}
