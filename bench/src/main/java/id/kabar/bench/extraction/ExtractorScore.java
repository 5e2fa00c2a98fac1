package id.kabar.bench.extraction;

import id.kabar.extract.TokenBag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One extractor's figures on the readability pages: speed, body token F1 and title accuracy. */
public record ExtractorScore(String name, double pagesPerSecond, double meanF1, double titleAccuracy, int failures) {

    /** What one extractor made of one page; {@code published} and {@code modified} null when it read no such day. */
    public record Output(String title, String text, LocalDate published, LocalDate modified) {
        public static final Output FAILED = new Output(null, "", null, null);
    }

    /**
     * Days of the last change: on the pages stating one, right, wrong and not read; on the pages stating none, how
     * many were given one anyway.
     */
    public record ModifiedCounts(int judged, int right, int wrong, int unstatedGiven) {
        public static ModifiedCounts of(List<ReadabilityPage> pages, List<Output> outputs) {
            int judged = 0;
            int right = 0;
            int wrong = 0;
            int unstatedGiven = 0;
            for (int i = 0; i < pages.size(); i++) {
                LocalDate gold = pages.get(i).goldModified();
                LocalDate read = outputs.get(i).modified();
                if (gold == null) {
                    unstatedGiven += read == null ? 0 : 1;
                } else {
                    judged++;
                    right += gold.equals(read) ? 1 : 0;
                    wrong += read != null && !gold.equals(read) ? 1 : 0;
                }
            }
            return new ModifiedCounts(judged, right, wrong, unstatedGiven);
        }
    }

    /**
     * Publication days against the pages that state one: right, wrong and not read, and how many fall within a day of
     * the stated one (a time written in another zone moves the day by one). Precision and recall count a day within a
     * day as right, over the days read and the days stated.
     */
    public record DayCounts(int judged, int right, int wrong, int missed, int withinDay) {
        public static DayCounts of(List<ReadabilityPage> pages, List<Output> outputs) {
            int judged = 0;
            int right = 0;
            int wrong = 0;
            int withinDay = 0;
            for (int i = 0; i < pages.size(); i++) {
                LocalDate gold = pages.get(i).goldPublished();
                LocalDate read = outputs.get(i).published();
                if (gold == null) {
                    continue;
                }
                judged++;
                if (read != null && Math.abs(ChronoUnit.DAYS.between(gold, read)) <= 1) {
                    withinDay++;
                }
                if (gold.equals(read)) {
                    right++;
                } else if (read != null) {
                    wrong++;
                }
            }
            return new DayCounts(judged, right, wrong, judged - right - wrong, withinDay);
        }

        public double precision() {
            return right + wrong == 0 ? 0 : (double) withinDay / (right + wrong);
        }

        public double recall() {
            return judged == 0 ? 0 : (double) withinDay / judged;
        }

        public double f1() {
            return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }
    }

    public static double meanF1(List<ReadabilityPage> pages, List<Output> outputs) {
        double sum = 0;
        for (int i = 0; i < pages.size(); i++) {
            sum += TokenBag.overlap(outputs.get(i).text(), pages.get(i).goldText()).f1();
        }
        return pages.isEmpty() ? 0 : sum / pages.size();
    }

    /** Titles compared as normalised token sequences, the way the project's scorer compares them. */
    public static double titleAccuracy(List<ReadabilityPage> pages, List<Output> outputs) {
        int judged = 0;
        int right = 0;
        for (int i = 0; i < pages.size(); i++) {
            String gold = pages.get(i).goldTitle();
            if (gold == null) {
                continue;
            }
            judged++;
            if (TokenBag.tokens(gold).equals(TokenBag.tokens(outputs.get(i).title()))) {
                right++;
            }
        }
        return judged == 0 ? 0 : (double) right / judged;
    }
}
