package id.kabar.annotate.entity;

/**
 * One of the output contract's rules put on the model's tags of a sentence ({@link NamedEntityTagger#tagForContract}
 * runs them in their listed order): each rewrites the tags of a {@link ContractSentence} in place.
 */
interface ContractRule {
    void apply(ContractSentence sentence);
}
