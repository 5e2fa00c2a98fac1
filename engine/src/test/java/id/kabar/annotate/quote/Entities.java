package id.kabar.annotate.quote;

import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-built entity lists for tests: every whole-word occurrence of a name or alias becomes a mention. */
final class Entities {
    private final String body;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Span> taken = new ArrayList<>();

    Entities(String body) {
        this.body = body;
    }

    static Entities in(String body) {
        return new Entities(body);
    }

    Entities per(String name, String... aliases) {
        return add(name, EntityType.PER, aliases);
    }

    Entities org(String name, String... aliases) {
        return add(name, EntityType.ORG, aliases);
    }

    Entities loc(String name, String... aliases) {
        return add(name, EntityType.LOC, aliases);
    }

    /** A person the entity stage found with a title before the name ({@code Gubernur Jawa Barat Ridwan Kamil}). */
    Entities perTitled(String name, String role, String... aliases) {
        return add(name, EntityType.PER, List.of(role), aliases);
    }

    Entities add(String name, EntityType type, String... aliases) {
        return add(name, type, List.of(), aliases);
    }

    private Entities add(String name, EntityType type, List<String> roles, String... aliases) {
        List<String> forms = new ArrayList<>(List.of(aliases));
        forms.add(name);
        forms.sort(Comparator.comparingInt(String::length).reversed());
        List<Span> spans = new ArrayList<>();
        for (String form : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(body);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (taken.stream().noneMatch(t -> t.start() < s.end() && s.start() < t.end())) {
                    spans.add(s);
                    taken.add(s);
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        entities.add(new Entity(name, type, forms, roles, spans));
        return this;
    }

    List<Entity> list() {
        return List.copyOf(entities);
    }
}
