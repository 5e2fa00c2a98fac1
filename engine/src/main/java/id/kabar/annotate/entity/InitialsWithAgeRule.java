package id.kabar.annotate.entity;

import id.kabar.model.EntityType;

/**
 * Capitals followed by an age in brackets are a person's initials, the way crime reports name suspects and
 * victims ({@code menangkap MA (21)}, {@code FH (39) suami korban}), even where the letters are also a listed
 * acronym ({@code MA}, the Supreme Court) or the model took them for an organisation.
 */
final class InitialsWithAgeRule implements ContractRule {
    /** Letters of initials: two to four ({@code MA}, {@code BDN}, {@code MRAS}); a longer run is an acronym. */
    private static final int MAX_INITIALS = 4;
    /** Digits of an age: up to two; a year in brackets ({@code (2019)}) is no age. */
    private static final int MAX_AGE_DIGITS = 2;

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        for (int i = 0; i + 3 < tokens.length; i++) {
            if (isInitials(tokens[i]) && tokens[i + 1].equals("(") && isAge(tokens[i + 2]) && tokens[i + 3].equals(")")
                    && !s.tags()[i].isInside()) {
                s.setSpan(i, i + 1, EntityType.PER);
            }
        }
    }

    private static boolean isInitials(String w) {
        return w.length() >= 2 && w.length() <= MAX_INITIALS && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean isAge(String w) {
        return !w.isEmpty() && w.length() <= MAX_AGE_DIGITS && w.chars().allMatch(Character::isDigit);
    }
}
