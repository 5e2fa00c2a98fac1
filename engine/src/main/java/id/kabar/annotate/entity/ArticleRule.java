package id.kabar.annotate.entity;

import java.util.List;

/**
 * A rule put on the contract tags of a whole article once every sentence is tagged ({@link EntityRecognizer}
 * runs them in their listed order): what one sentence names tells how to read another. Rewrites the tags in place.
 */
interface ArticleRule {
    void apply(List<String[]> sentences, List<BioTag[]> tags);
}
