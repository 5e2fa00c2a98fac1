package id.kabar.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number that counts something in the world.
 *
 * @param text      the phrase the claim was read from
 * @param category  what kind of thing is counted
 * @param value     the number ({@code 3.016} is 3016, {@code Rp 1,2 triliun} is 1.2e12)
 * @param qualifier how the number is hedged
 * @param unit      the counting unit as written ({@code orang}, {@code persen}, {@code rupiah}), or null
 * @param subject   who or what is counted, or null
 * @param claimant  the source of the number if the text names one, or null
 * @param asOf      the day the count refers to, or null
 * @param start     where {@code text} starts in the body
 * @param end       where it ends (exclusive)
 */
public record Claim(String text, ClaimCategory category, double value, Qualifier qualifier, String unit,
                    String subject, String claimant, LocalDate asOf, int start, int end) implements Serializable {
    public Claim {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** This claim read as another category (members of households counted as the households' casualties). */
    public Claim withCategory(ClaimCategory newCategory) {
        return new Claim(text, newCategory, value, qualifier, unit, subject, claimant, asOf, start, end);
    }

    /** This claim counted in another unit. */
    public Claim withUnit(String newUnit) {
        return new Claim(text, category, value, qualifier, newUnit, subject, claimant, asOf, start, end);
    }

    /** This claim given to another source. */
    public Claim withClaimant(String newClaimant) {
        return new Claim(text, category, value, qualifier, unit, subject, newClaimant, asOf, start, end);
    }
}
