package id.kabar.link;

/**
 * How much work linking has done so far, counted in the steps whose number per article must stay
 * bounded as the store grows. Taken from {@link Linker#work()}; the difference of two readings is the
 * work of the articles added in between.
 *
 * @param articles            articles linked
 * @param postingsRead        candidate postings read (an article number under an entity key or stem, per week)
 * @param pairsCompared       stored articles compared with an arriving one, word by word and name by name
 * @param signaturesCompared  MinHash signatures compared while looking for copies
 * @param storyResemblances   whole-story profiles compared: before joining grown stories, and with the stories
 *                            found through the story index
 * @param joins               pairs found to report one event or story, or to be copies posted together
 * @param storyMerges         joins that merged two stories, each summing two story profiles
 * @param olderProfilesMet    article profiles older than the latest held met by a look-up
 * @param profilesReadBack    of those, the ones read back from the profile segment (not held as read lately)
 * @param storiesReadBack     story profiles unused for long read back from the story profiles' file
 */
public record LinkWork(long articles, long postingsRead, long pairsCompared, long signaturesCompared,
                       long storyResemblances, long joins, long storyMerges, long olderProfilesMet,
                       long profilesReadBack, long storiesReadBack) {

    /** The work done since an earlier reading. */
    public LinkWork since(LinkWork earlier) {
        return new LinkWork(articles - earlier.articles, postingsRead - earlier.postingsRead,
                pairsCompared - earlier.pairsCompared, signaturesCompared - earlier.signaturesCompared,
                storyResemblances - earlier.storyResemblances, joins - earlier.joins, storyMerges - earlier.storyMerges,
                olderProfilesMet - earlier.olderProfilesMet, profilesReadBack - earlier.profilesReadBack,
                storiesReadBack - earlier.storiesReadBack);
    }

    /** The running counts behind {@link LinkWork}, kept by the parts of the link stage that do the work. */
    static final class Counter {
        long articles;
        long postingsRead;
        long pairsCompared;
        long signaturesCompared;
        long storyResemblances;
        long joins;
        long storyMerges;
        long olderProfilesMet;
        long profilesReadBack;
        long storiesReadBack;

        LinkWork snapshot() {
            return new LinkWork(articles, postingsRead, pairsCompared, signaturesCompared, storyResemblances, joins,
                    storyMerges, olderProfilesMet, profilesReadBack, storiesReadBack);
        }
    }
}
