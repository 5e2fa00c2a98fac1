package id.kabar.annotate.claim;

import id.kabar.annotate.text.Text;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.List;

/** Finds numbers that count something, with what they count, who claims them and as of when. */
public final class ClaimFinder {

    public List<Claim> find(Text text, List<Entity> entities, List<Quote> quotes, List<TimeMention> times,
                            LocalDate published) {
        return List.of();
    }
}
