package id.kabar.model;

import java.time.LocalDate;
import java.util.List;

/** Articles reporting the same happening within a few days, with the day it happened. */
public record Event(String id, LocalDate date, String title, List<String> articles) {
    public Event {
        articles = List.copyOf(articles);
    }
}
