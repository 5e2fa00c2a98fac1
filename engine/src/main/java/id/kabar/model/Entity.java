package id.kabar.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One distinct entity in one article.
 *
 * @param name     the fullest form the article uses (a listed canonical spelling only when every form written is a spelling of it)
 * @param type     PER, ORG or LOC
 * @param mentions the distinct surface forms seen, in order of first appearance
 * @param roles    job titles attached to a person in the text
 * @param spans    every mention's place in the body
 */
public record Entity(String name, EntityType type, List<String> mentions, List<String> roles, List<Span> spans)
        implements Serializable {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        spans = List.copyOf(spans);
    }
}
