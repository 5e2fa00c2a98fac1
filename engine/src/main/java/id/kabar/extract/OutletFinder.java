package id.kabar.extract;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names the outlet as it names itself. Trust order: the site name a page declares, the outlet in the
 * dateline, a copyright line, and last the page's domain.
 */
final class OutletFinder {
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?iu)(?:(?:©|\\(c\\)|" + WordLists.alternation("copyright-words.txt") + ")\\s*)+(?:\\d{4}(?:\\s*\\p{Pd}\\s*\\d{4})?)?\\s*(?:by\\s+)?"
                    + "(?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'-]*){0,2})");
    private static final int SITE_NAME_MAX_WORDS = 5;

    Optional<String> find(PageMetadata metadata, Optional<Dateline> dateline, PageReading page, String url) {
        String siteName = metadata.siteName();
        if (siteName != null && !siteName.isBlank() && LineShape.words(siteName) <= SITE_NAME_MAX_WORDS && !siteName.contains("://")) {
            return Optional.of(OutletNames.asItNamesItself(siteName));
        }
        if (dateline.isPresent() && dateline.get().outlet() != null) {
            return Optional.of(OutletNames.asItNamesItself(dateline.get().outlet()));
        }
        Optional<String> holder = Stream.concat(Stream.ofNullable(metadata.copyright()), Stream.concat(page.after().stream(), page.before().stream()))
                .map(OutletFinder::copyrightHolder).flatMap(Optional::stream).findFirst();
        if (holder.isPresent()) {
            return holder;
        }
        return OutletNames.fromUrl(url);
    }

    /** {@code © 2022 TRIBUNnews.com Network, a subsidiary of KG Media.} → {@code TRIBUNnews.com}. */
    static Optional<String> copyrightHolder(String line) {
        Matcher m = COPYRIGHT_HOLDER.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String word : Whitespace.split(m.group("name"))) {
            String bare = word.replaceAll("[.,;:]+$", "");
            if (OutletNames.isDomainLike(bare)) {
                return Optional.of(OutletNames.asItNamesItself(bare));
            }
            words.add(bare);
            if (!bare.equals(word)) {
                break;  // the holder's name ends where its sentence does
            }
        }
        if (!Character.isUpperCase(words.get(0).charAt(0)) || words.get(0).matches("(?i)all|rights?|reserved|by")) {
            return Optional.empty();
        }
        return Optional.of(OutletNames.asItNamesItself(String.join(" ", words)));
    }
}
