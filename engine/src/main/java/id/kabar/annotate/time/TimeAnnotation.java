package id.kabar.annotate.time;

import id.kabar.model.PublishedBasis;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.List;

/**
 * The days a body mentions, and the publication date they were read against: the stated one,
 * or one inferred from the text when the page stated none.
 */
public record TimeAnnotation(LocalDate published, PublishedBasis basis, List<TimeMention> times) {
    public TimeAnnotation {
        times = List.copyOf(times);
    }
}
