package id.kabar.bench.extraction;

import id.kabar.extract.TokenBag;
import java.util.List;

/** One extractor's figures on the readability pages: speed, body token F1 and title accuracy. */
public record ExtractorScore(String name, double pagesPerSecond, double meanF1, double titleAccuracy, int failures) {

    /** What one extractor made of one page. */
    public record Output(String title, String text) {
        public static final Output FAILED = new Output(null, "");
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
