package id.kabar.annotate.quote;

import id.kabar.model.QuoteKind;

/**
 * A quote found in the text whose speaker is not yet resolved.
 *
 * @param start  where the quoted words start in the body
 * @param end    where they end (exclusive)
 * @param cue    the reporting word's base form, or null for a quote paragraph with no cue
 * @param anchor where the attribution sits; candidates are resolved in this order so pronouns see earlier speakers
 * @param byPersonOnly whether the report stands only when a person speaks: a clause with no subject of its own
 *                     ({@code membantah telah ...}) tells of the speaker's acts, which a country or a government
 *                     denying ({@code Pemerintah Rusia membantah telah meminta bantuan}) rather does than says
 */
record QuoteCandidate(QuoteKind kind, int start, int end, String cue, SpeakerRef speaker, int anchor,
                      boolean byPersonOnly) {
}
