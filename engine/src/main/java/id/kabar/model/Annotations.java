package id.kabar.model;

import java.io.Serializable;
import java.util.List;

/** Everything the annotators found in one article body. */
public record Annotations(List<Entity> entities, List<Quote> quotes, List<TimeMention> times, List<Claim> claims)
        implements Serializable {
    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        claims = List.copyOf(claims);
    }
}
