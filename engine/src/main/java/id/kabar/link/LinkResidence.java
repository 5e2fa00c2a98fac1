package id.kabar.link;

/**
 * What a linker holds in the heap, taken from {@link Linker#residence()}: each part is bounded by a count or
 * a window of days, so none grows with the store but the vocabulary, which grows with the words and names the
 * store has met.
 *
 * @param profilesHeld      article profiles held as objects, the latest arrivals (the rest read back from the
 *                          profile segment when a look-up meets them)
 * @param readBackHeld      older article profiles held because they were read back lately
 * @param storiesHeld       story profiles held as objects, those used last
 * @param storyIndexKeys    names and stems under which the story index files the latest stories
 * @param words             stems and entity keys known by number
 */
public record LinkResidence(int profilesHeld, int readBackHeld, int storiesHeld, int storyIndexKeys, int words) {
}
