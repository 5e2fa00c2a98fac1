package id.kabar.extract;

import java.time.LocalDate;

/**
 * The opening of a news lead before its dash: {@code SERAMBINEWS.COM, MOSKOW -}, {@code Moskow, Gatra.com -},
 * {@code Jakarta (ANTARA) -}. Any part may be null.
 *
 * @param outlet the outlet as the dateline writes it
 * @param place  the place, in proper case
 * @param date   a full date the dateline states
 * @param length how many characters of the line the dateline takes, dash and space included
 */
record Dateline(String outlet, String place, LocalDate date, int length) {
}
