package id.kabar.model;

import java.util.Locale;

/**
 * Which part of a page stated its publication date (contract: {@code published_source}), so that a user can
 * weigh it: a page's declared metadata is what its CMS wrote at publishing, a date line is what the reader
 * sees, an address date is the day the path was minted.
 */
public enum DateSource {
    /** The input's own date: a JSONL field, a feed entry's or a WARC record's date. */
    INPUT,
    /** JSON-LD {@code datePublished}, {@code article:published_time} and the other declared tags, {@code <time datetime>}. */
    METADATA,
    /** A dateline that carries its date ({@code Kupang, 3 Maret 2022 - ...}). */
    DATELINE,
    /** A visible date line next to the headline ({@code Senin, 14 Maret 2022 18:15 WIB}). */
    DATE_LINE,
    /**
     * The full day in the page's address ({@code /read/2019/09/09/...}), or in the one it declares as its own: a
     * folder's day comes before every source but {@link #INPUT}, a day inside the slug after {@link #DATE_LINE}.
     */
    ADDRESS,
    /**
     * A full date the page's {@code <title>} writes ({@code Jadwal Imsakiyah Jakarta 16 September 2019 - Situs}),
     * when nothing else dates the page: after {@link #ADDRESS}, as a title may name the day it tells of.
     */
    TITLE,
    /**
     * The day of the last change the page declares ({@code dateModified}, {@code article:modified_time}), when
     * nothing states the publication: the article was published that day or before it.
     */
    MODIFIED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
