package id.kabar.model;

/** A quote or claim of one article, by its index in that article's list. */
public record MemberRef(String article, int index) {
}
