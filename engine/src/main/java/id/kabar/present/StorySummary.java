package id.kabar.present;

import java.time.LocalDate;

/** A story on the front page: how big it is and when it ran. */
public record StorySummary(String id, String title, int articles, int events, LocalDate first, LocalDate last) {
}
