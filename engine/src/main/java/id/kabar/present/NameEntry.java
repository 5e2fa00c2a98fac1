package id.kabar.present;

import java.util.ArrayList;
import java.util.List;

/**
 * A person or an organisation in the directory: {@code articles} name it, {@code quotedIn} quote it, under this
 * name or under {@code alsoAs}, the other names it is written by ({@code Jokowi} for {@code Joko Widodo}, another
 * case), each counted in the articles that write it so (an article that writes both names one entity).
 */
public record NameEntry(String name, String type, long articles, long quotedIn, List<String> alsoAs) {
    public NameEntry {
        alsoAs = List.copyOf(alsoAs);
    }

    /** Every name the entry stands for, its own first. */
    public List<String> names() {
        List<String> all = new ArrayList<>(alsoAs.size() + 1);
        all.add(name);
        all.addAll(alsoAs);
        return all;
    }
}
