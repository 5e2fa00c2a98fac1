package id.kabar.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * The search box's simple syntax with its cost bounded. A plain word or phrase reads its own postings; a fuzzy
 * ({@code word~2}) or prefix ({@code word*}) term first walks the term dictionary for every word it may stand
 * for, so a query may hold only {@link #MAX_EXPANDING_TERMS} of them, a prefix must have
 * {@link #MIN_PREFIX_LETTERS}, and a fuzzy term keeps its first letter and its {@link #MAX_FUZZY_EXPANSIONS}
 * closest words. A query over these limits is refused, naming the limit, rather than run slowly. Not
 * thread-safe: one parser per query, it counts.
 */
final class BoundedQueryParser extends SimpleQueryParser {
    /** Sixteen {@code word~2} terms took 1.2 s on 2,146 articles (75 ms a term); three keep a query near 0.2 s. */
    static final int MAX_EXPANDING_TERMS = 3;
    /** {@code a*} stands for a good part of the dictionary; two letters already narrow it to a few hundred words. */
    static final int MIN_PREFIX_LETTERS = 2;
    /**
     * Misspellings rarely touch a word's first letter, and keeping it skips most of the dictionary (the walk starts
     * at that letter); Lucene's default expansion count, so the best 50 spellings are searched.
     */
    static final int FUZZY_PREFIX_LETTERS = 1;
    static final int MAX_FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

    private int expanding;

    BoundedQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights);
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        expanding++;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            Query q = new FuzzyQuery(new Term(field.getKey(), getAnalyzer().normalize(field.getKey(), text)), fuzziness,
                    FUZZY_PREFIX_LETTERS, MAX_FUZZY_EXPANSIONS, true);
            b.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), Occur.SHOULD);
        }
        return simplify(b.build());
    }

    @Override
    protected Query newPrefixQuery(String text) {
        if (text.codePointCount(0, text.length()) < MIN_PREFIX_LETTERS) {
            throw new QueryTooCostlyException("the prefix '" + text + "*' is too short: a prefix needs at least "
                    + MIN_PREFIX_LETTERS + " letters");
        }
        expanding++;
        return super.newPrefixQuery(text);
    }

    /** The query for {@code text}, or {@link QueryTooCostlyException} naming the limit it is over. */
    @Override
    public Query parse(String text) {
        expanding = 0;
        Query q = super.parse(text);
        if (expanding > MAX_EXPANDING_TERMS) {
            throw new QueryTooCostlyException(expanding + " fuzzy or prefix terms (word~, word*): at most "
                    + MAX_EXPANDING_TERMS + " a query");
        }
        return q;
    }

}
