package id.kabar.link;

import id.kabar.model.Claim;
import id.kabar.model.ClaimGroupKind;
import java.time.LocalDate;
import java.util.List;

/** How the figures of a claim group relate, as the linker says it, for those who judge part of a group. */
public final class FigureKinds {
    private FigureKinds() {
    }

    /**
     * The kind of a group holding these claims, each reported on the day given (null when not known):
     * {@link ClaimGroupKind#AGREEMENT} for one figure, {@link ClaimGroupKind#DISAGREEMENT} for different figures of
     * one moment, else {@link ClaimGroupKind#UPDATE}.
     */
    public static ClaimGroupKind of(List<Claim> claims, List<LocalDate> reported) {
        return ClaimGrouper.kindOf(claims, reported);
    }
}
