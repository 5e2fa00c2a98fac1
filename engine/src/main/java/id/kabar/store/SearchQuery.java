package id.kabar.store;

import java.time.LocalDate;

/**
 * A full-text search with optional filters; null filters do not restrict.
 *
 * @param text     the user's words (simple syntax: {@code "exact phrase"}, {@code -excluded}, {@code prefix*})
 * @param from     earliest publication day, inclusive
 * @param to       latest publication day, inclusive
 */
public record SearchQuery(String text, String outlet, String language, String entity, String speaker,
                          LocalDate from, LocalDate to, int offset, int limit) {
}
