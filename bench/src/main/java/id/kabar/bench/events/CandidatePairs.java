package id.kabar.bench.events;

import id.kabar.bench.corpus.IndoSumArticle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Pairs of IndoSum articles worth reading to label events and stories, found without the linker so that
 * the labels do not favour what the linker already finds. A pair qualifies when the two were crawled
 * within a range of days apart ({@link #EVENT_GAPS} for events, {@link #STORY_GAPS} for the longer
 * threads) and share content words (plain TF-IDF cosine of lowercase tokens) or capitalised names above
 * a low bar; the qualifying pairs are then sampled evenly across bands of similarity, so the set runs
 * from clearly the same to clearly different.
 */
public final class CandidatePairs {
    /** Crawl days apart, both ends included. */
    public record DayGaps(int min, int max) {
        public DayGaps {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("day gaps must run from 0 up: " + min + "-" + max);
            }
        }

        /** From "MIN-MAX" as a command line gives it. */
        public static DayGaps parse(String range) {
            String[] ends = range.strip().split("-", 2);
            try {
                return new DayGaps(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[ends.length - 1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a range of days like 4-30: " + range, e);
            }
        }

        public boolean contains(int gap) {
            return gap >= min && gap <= max;
        }

        @Override
        public String toString() {
            return min + "-" + max;
        }
    }

    /** One happening is reported within a few days. */
    public static final DayGaps EVENT_GAPS = new DayGaps(0, 3);
    /** Beyond an event, up to the linker's story window. */
    public static final DayGaps STORY_GAPS = new DayGaps(4, 30);
    /** The low bar: either this much word cosine or this many shared uncommon names. */
    static final double MIN_COSINE = 0.08;
    static final int MIN_SHARED_NAMES = 2;
    /** Upper edges of the similarity bands sampled evenly (the last band takes the rest). */
    private static final double[] BANDS = {0.12, 0.2, 0.3, 0.45, 0.65};

    private static final Set<String> STOPWORDS = Set.of(("yang dan di ke dari ini itu dengan untuk pada dalam tidak "
            + "akan juga ada adalah oleh sebagai karena atau saat bisa telah sudah tersebut kata ujar mengatakan "
            + "menjadi lebih para kami kita mereka dia ia kamis jumat sabtu minggu senin selasa rabu tahun hari "
            + "namun bahwa masih hanya belum seperti agar jika setelah kepada lalu serta antara baru banyak harus "
            + "dapat yakni yaitu akan pun tak sejak hingga sampai namun lagi sangat secara tetapi tapi sehingga "
            + "saya anda kalau bagi maka pihak terkait soal usai jelas tengah".split(" ")));

    private final List<IndoSumArticle> articles;
    private final DayGaps gaps;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final List<Set<String>> names = new ArrayList<>();

    public CandidatePairs(List<IndoSumArticle> articles, DayGaps gaps) {
        this.articles = articles;
        this.gaps = gaps;
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> nameDf = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (IndoSumArticle a : articles) {
            Map<String, Integer> tf = contentWords(a);
            counts.add(tf);
            tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            Set<String> n = capitalisedNames(a);
            names.add(n);
            n.forEach(w -> nameDf.merge(w, 1, Integer::sum));
        }
        int total = articles.size();
        for (Map<String, Integer> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((double) total / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double n = Math.sqrt(norm);
            v.replaceAll((k, w) -> n == 0 ? 0 : w / n);
            vectors.add(v);
        }
        // A name in more than one article in fifty (a country, a ministry) says little about the happening.
        for (Set<String> n : names) {
            n.removeIf(w -> nameDf.get(w) * 50 > total);
        }
    }

    /** A candidate: two articles by position, their word cosine and their shared uncommon names. */
    public record Candidate(int first, int second, double cosine, int sharedNames) {
    }

    /** Days between two crawls, or -1 when either is undated. */
    public static int dayGap(IndoSumArticle a, IndoSumArticle b) {
        return dayGap(a.crawlDay(), b.crawlDay());
    }

    private static int dayGap(LocalDate a, LocalDate b) {
        return a == null || b == null ? -1 : (int) Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    /** Every qualifying pair, earlier article first. */
    public List<Candidate> all() {
        List<Candidate> out = new ArrayList<>();
        List<LocalDate> days = articles.stream().map(IndoSumArticle::crawlDay).toList();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                int gap = dayGap(days.get(i), days.get(j));
                if (gap < 0 || !gaps.contains(gap)) {
                    continue;
                }
                Candidate c = compare(i, j);
                if (c.cosine() >= MIN_COSINE || c.sharedNames() >= MIN_SHARED_NAMES) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Two articles by position compared, the earlier first, whether or not they qualify. */
    public Candidate compare(int i, int j) {
        double cos = cosine(vectors.get(i), vectors.get(j));
        Set<String> shared = new HashSet<>(names.get(i));
        shared.retainAll(names.get(j));
        boolean iFirst = articles.get(i).id().compareTo(articles.get(j).id()) <= 0;
        return new Candidate(iFirst ? i : j, iFirst ? j : i, cos, shared.size());
    }

    /** About {@code perBand} pairs from each similarity band, drawn with the given seed, by falling cosine. */
    public List<Candidate> sample(int perBand, long seed) {
        List<List<Candidate>> bands = new ArrayList<>();
        for (int b = 0; b <= BANDS.length; b++) {
            bands.add(new ArrayList<>());
        }
        for (Candidate c : all()) {
            int band = 0;
            while (band < BANDS.length && c.cosine() >= BANDS[band]) {
                band++;
            }
            bands.get(band).add(c);
        }
        Random random = new Random(seed);
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> band : bands) {
            band.sort(Comparator.comparingInt(Candidate::first).thenComparingInt(Candidate::second));
            Collections.shuffle(band, random);
            out.addAll(band.subList(0, Math.min(perBand, band.size())));
        }
        out.sort(Comparator.comparingDouble(Candidate::cosine).reversed());
        return out;
    }

    /** Band sizes before sampling, for the record. */
    public String bandCounts() {
        int[] n = new int[BANDS.length + 1];
        for (Candidate c : all()) {
            int band = 0;
            while (band < BANDS.length && c.cosine() >= BANDS[band]) {
                band++;
            }
            n[band]++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length; i++) {
            b.append(String.format(Locale.ROOT, "%s<%s: %d  ", i == 0 ? "0" : BANDS[i - 1],
                    i < BANDS.length ? BANDS[i] : "1", n[i]));
        }
        return b.toString().strip();
    }

    private static Map<String, Integer> contentWords(IndoSumArticle a) {
        Map<String, Integer> tf = new HashMap<>();
        for (List<List<String>> paragraph : a.paragraphs()) {
            for (List<String> sentence : paragraph) {
                for (String token : sentence) {
                    String w = token.toLowerCase(Locale.ROOT);
                    if (w.length() > 2 && w.chars().allMatch(Character::isLetter) && !STOPWORDS.contains(w)) {
                        tf.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        return tf;
    }

    /** Runs of capitalised tokens not opening a sentence, lowercased. */
    private static Set<String> capitalisedNames(IndoSumArticle a) {
        Set<String> out = new HashSet<>();
        for (List<List<String>> paragraph : a.paragraphs()) {
            for (List<String> sentence : paragraph) {
                StringBuilder run = new StringBuilder();
                for (int i = 1; i <= sentence.size(); i++) {
                    String t = i < sentence.size() ? sentence.get(i) : "";
                    if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter)) {
                        run.append(run.length() == 0 ? "" : " ").append(t.toLowerCase(Locale.ROOT));
                    } else if (run.length() > 0) {
                        out.add(run.toString());
                        run.setLength(0);
                    }
                }
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
