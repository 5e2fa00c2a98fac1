package id.kabar.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which files found in a folder are read: {@code --include} and {@code --exclude} globs on the path relative to
 * the folder given ({@code /} between folders). A glob without {@code /} matches the file's name at any depth, as
 * {@code .gitignore} does, so {@code *.html} reads a crawl's pages wherever they sit and {@code LICENSE*} skips
 * every licence. With includes, a file must match one; it must match no exclude. A file named as an input
 * itself is always read: it was asked for.
 */
public final class InputSelection {
    /** Every file: a folder read as a whole. */
    public static final InputSelection ALL = new InputSelection(List.of(), List.of());

    private final List<Glob> includes;
    private final List<Glob> excludes;

    private InputSelection(List<Glob> includes, List<Glob> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** The selection the globs describe; an {@link IllegalArgumentException} names a glob that is not one. */
    public static InputSelection of(List<String> includeGlobs, List<String> excludeGlobs) {
        return new InputSelection(globs(includeGlobs), globs(excludeGlobs));
    }

    /** Whether the file at {@code relative} (the path inside its folder, {@code /} between folders) is read. */
    public boolean admits(String relative) {
        Path path = Path.of(relative);
        return (includes.isEmpty() || matchesAny(includes, path)) && !matchesAny(excludes, path);
    }

    private static boolean matchesAny(List<Glob> globs, Path relative) {
        return globs.stream().anyMatch(g -> g.matches(relative));
    }

    private static List<Glob> globs(List<String> texts) {
        return texts.stream().map(Glob::of).toList();
    }

    /** One glob, matched on the whole relative path when it names folders, else on the file's name. */
    private record Glob(PathMatcher matcher, boolean onPath) {
        static Glob of(String text) {
            try {
                return new Glob(FileSystems.getDefault().getPathMatcher("glob:" + text), text.contains("/"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a glob: " + text + " (" + e.getDescription() + ")", e);
            }
        }

        boolean matches(Path relative) {
            return matcher.matches(onPath ? relative : relative.getFileName());
        }
    }
}
