package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import id.kabar.model.AnnotatedArticle;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Texts that hold much of another but tell news of their own, on CLICK-ID articles of 11 and 16 September 2019
 * (fixture {@code clickid-copy-followups.jsonl}), annotated as the pipeline annotates them: who is quoted decides.
 */
class CopyFollowUpTest {
    private static final Annotator ANNOTATOR = new Annotator();
    /** One vocabulary for all, as the linker keeps: quotes are compared by their stems' ids. */
    private final ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());
    private final Map<String, ArticleProfile> byId = IndoSumSample.read("/link/clickid-copy-followups.jsonl").stream()
            .map(ANNOTATOR::annotate)
            .collect(Collectors.toMap(AnnotatedArticle::id, a -> profiler.profile(0, a)));

    private static double jaccard(ArticleProfile a, ArticleProfile b) {
        return ArticleProfiler.MINHASH.getFractionOfEqualComponents(a.signature(), b.signature());
    }

    /**
     * okezone.com's BPS report "Neraca Perdagangan RI Surplus Tipis USD85,1 Juta pada Agustus 2019" and its evening
     * piece "Neraca Perdagangan Agustus Surplus Tipis, Ini Jawaban Sri Mulyani", which keeps the report's lead and
     * figures and adds the finance minister's answer ("Jadi, kita lihat setiap bulan perkembangan neraca
     * perdagangan ..."): the headline names a new speaker, so the second is a reaction piece, not a re-post.
     */
    @Test
    void aReactionPieceNamingItsNewSpeakerInTheHeadlineIsNotACopy() {
        ArticleProfile report = byId.get("clickid-okezone-1325");
        ArticleProfile reaction = byId.get("clickid-okezone-1481");
        // The two open alike and share most of the shorter body: the lead rule alone would take them for copies.
        assertThat(CopyDecision.containment(report, reaction, jaccard(report, reaction)))
                .isGreaterThanOrEqualTo(CopyDecision.CONTAINED_UNDER_ONE_LEAD);
        assertThat(CopyDecision.leadsAgree(report, reaction)).isTrue();

        assertThat(CopyDecision.newSpeakerUpFront(reaction, report)).isTrue();
        assertThat(CopyDecision.newSpeakerUpFront(report, reaction)).isFalse();
        assertThat(CopyDecision.copies(report, reaction, jaccard(report, reaction))).isFalse();
    }

    /**
     * tempo.co's "Ditanya Revisi UU KPK, Rommy: Mikir Perkara Saja sudah Pusing" re-posted eleven minutes later as
     * "Tanggapi Revisi UU KPK, Romahurmuziy: Mikir Perkara Saja Pusing": the new headline names the speaker by the
     * name the first text does not quote him under, but the first text quotes the same words ("Saya itu mikir
     * perkara saja sudah pusing ..."), so he is no new speaker and the re-post stays a copy.
     */
    @Test
    void aRePostNamingItsSpeakerAnotherWayIsStillACopy() {
        ArticleProfile first = byId.get("clickid-tempo-1816");
        ArticleProfile rePost = byId.get("clickid-tempo-1814");

        assertThat(CopyDecision.newSpeakerUpFront(rePost, first)).isFalse();
        assertThat(CopyDecision.copies(first, rePost, jaccard(first, rePost))).isTrue();
    }

    /**
     * okezone.com's morning report of Saut Situmorang's resignation letter ("Saut Situmorang Mundur dari Wakil Ketua
     * KPK") and its evening text on his visit to the KPK's press conference ("Hadiri Konpers KPK, Saut Situmorang:
     * Saya Bukan Kembali, tapi Berkunjung"), which opens with that answer ("Saya bukan kembali, saya berkunjung. Anda
     * sudah baca surat saya tadi") and keeps the whole morning report below: the headline's statement is news the
     * first text does not carry, so the evening text is a follow-up, not a re-post.
     */
    @Test
    void aTextWhoseHeadlineQuotesANewStatementIsNotACopy() {
        ArticleProfile letter = byId.get("clickid-okezone-4554");
        ArticleProfile visit = byId.get("clickid-okezone-4285");
        // The rest stands word for word, as under a re-post's new lead: the rule for those alone would join them.
        assertThat(CopyDecision.containedBothWays(jaccard(letter, visit), letter.shingles(), visit.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.KEPT_BOTH_WAYS);
        assertThat(CopyDecision.verbatim(letter, visit)).isGreaterThanOrEqualTo(CopyDecision.KEPT_WORD_FOR_WORD);

        assertThat(CopyDecision.newStatementUpFront(visit, letter)).isTrue();
        assertThat(CopyDecision.newStatementUpFront(letter, visit)).isFalse();
        assertThat(CopyDecision.copies(letter, visit, jaccard(letter, visit))).isFalse();
    }

    /** A re-post's headline statement is quoted by the text it copies ("Saya itu mikir perkara saja sudah pusing"). */
    @Test
    void aRePostWhoseHeadlineQuotesWhatTheFirstTextQuotesMakesNoNewStatement() {
        assertThat(CopyDecision.newStatementUpFront(byId.get("clickid-tempo-1814"), byId.get("clickid-tempo-1816")))
                .isFalse();
    }
}
