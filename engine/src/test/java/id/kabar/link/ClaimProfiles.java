package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Articles holding claims as the claim stage reads them, for the claim grouper's tests: profiles of nothing else. */
final class ClaimProfiles {

    /** A claim as the claim stage reads it: {@code text} found in the body. */
    record Read(String text, ClaimCategory category, double value, String unit, String subject) {
    }

    private ClaimProfiles() {
    }

    /** An article of {@code outlet} published on {@code day} whose body holds each claim read, found by its text. */
    static ArticleProfile article(String id, String outlet, LocalDate day, String body, Read... read) {
        List<Claim> claims = new ArrayList<>();
        for (Read r : read) {
            int start = body.indexOf(r.text());
            assertThat(start).as(r.text()).isNotNegative();
            claims.add(new Claim(r.text(), r.category(), r.value(), Qualifier.EXACT, r.unit(), r.subject(), null, null,
                    start, start + r.text().length()));
        }
        return new ArticleProfile(0, id, outlet, day, null, List.of(), day, "", new int[0], new float[0],
                new int[0], new float[0], new int[0], List.of(), claims, null, 0, null, 0, new int[0], new int[0],
                new int[0], HappeningKinds.NONE, new int[0], null, null, null, null, false, null, List.of(),
                ClaimSentence.of(body, claims), null);
    }
}
