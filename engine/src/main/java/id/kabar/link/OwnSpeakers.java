package id.kabar.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose words an article tells as its own news: the person its lead opens with ({@link ArticleProfile#leadActor}), the
 * person it quotes most ({@link PairFeatures#mainSpeaker}), and the people its headline names, by name or by the office
 * they hold ({@code Ketua HIPMI} for {@code Ketua Umum HIPMI Bahlil Lahadalia}). Another speaker's words in it are
 * background: the cigarette makers' word that the excise rise burdens them, retold in the customs chief's briefing
 * (okezone.com, 14 September 2019), is the makers' happening, not the briefing's.
 *
 * @param own      for each of the article's quotes, in its order, whether its speaker is one of the article's own
 * @param headline the headline's words as folded name words, a listed short name as the listed full name ({@code Jokowi})
 */
record OwnSpeakers(boolean[] own, Set<String> headline) {
    /** The article's own speakers' quotes. */
    static OwnSpeakers of(ArticleProfile p) {
        List<ArticleProfile.QuoteForm> quotes = p.quotes();
        Set<String> headline = headlineWords(p);
        boolean[] own = new boolean[quotes.size()];
        String main = quotes.isEmpty() ? null : PairFeatures.mainSpeaker(p);
        for (int i = 0; i < own.length; i++) {
            ArticleProfile.QuoteForm q = quotes.get(i);
            String speaker = q.speakerKey();
            own[i] = speaker != null && (SpeakerNames.same(speaker, main) || SpeakerNames.same(speaker, p.leadActor())
                    || headline.contains(speaker.substring(speaker.lastIndexOf(' ') + 1))
                    || namesOffice(headline, q.speakerRole()));
        }
        return new OwnSpeakers(own, headline);
    }

    /**
     * Whether the article's {@code i}-th quote is its own speaker's, or is spoken by the holder of an office the headline
     * names ({@code office}: the office another article gives the speaker of the same statement, where this one gives
     * none: okezone.com's {@code 'Kode' Keras Ketua Hipmi Ingin Jadi Menteri} quotes him as {@code Adinda Bahlil}).
     */
    boolean owns(int i, String office) {
        return own[i] || namesOffice(headline, office);
    }

    private static Set<String> headlineWords(ArticleProfile p) {
        Set<String> words = new HashSet<>();
        if (p.title() != null) {
            for (String word : ArticleProfiler.wordsAsWritten(p.title())) {
                words.addAll(List.of(NameKeys.personName(word).split(" ")));
            }
        }
        return words;
    }

    /**
     * Whether the headline writes the office's first and last word ({@code ketua} and {@code hipmi} of {@code ketua umum
     * hipmi}): a headline shortens an office to its head and its body.
     */
    private static boolean namesOffice(Set<String> headline, String office) {
        if (office == null || office.isBlank()) {
            return false;
        }
        String[] words = office.split(" ");
        return headline.contains(words[0]) && headline.contains(words[words.length - 1]);
    }
}
