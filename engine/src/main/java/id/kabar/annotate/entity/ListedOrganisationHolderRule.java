package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.RoleWords;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.function.Predicate;

/**
 * After a job title, a listed organisation and the capitalised words after it are the organisation and its
 * holder, not one organisation: the model reads {@code CEO Persija Jakarta Ferry Paulus berharap} (tempo.co) as
 * one club. The words after the listed name are a person's only when there are two or more and none is an
 * ordinary word, a title's word ({@code Polda Metro Jaya Komisaris Besar}), an organisation's head or tail, a word
 * that opens a place ({@code Kementerian Agama Kabupaten Morowali}) or the start of another listed name (a town
 * closing the name stays the organisation's); a word that only continues titles opens none ({@code Pihak TNI AL
 * Tom Fleet One Quick Response}). A short form no list holds, which the model ran into the words after it, stands
 * so too: {@code Direktur PNRI Isnu Edhi Wijaya} (cnnindonesia.com) is the printer {@code PNRI} and its director,
 * where the model read {@code PNRI Isnu} as one organisation. An office no list holds, opened by an organisation's
 * head and closed by the listed place it serves, parts from its holder the same way: {@code kata Perwira Piket Sudin PKP Jakarta Barat Rahmat Kartolo}
 * (IndoSum) is the fire service's office of West Jakarta and its officer on duty.
 */
final class ListedOrganisationHolderRule implements ContractRule {
    /**
     * A holder is named in full after an organisation; one word after it is as often its town or a part of its
     * name ({@code DPRD Ciamis}, {@code Liverpool Echo}, {@code Suzuki Ecstar}: 7 of the week's 9 such one-word
     * cuts were wrong).
     */
    private static final int MIN_NAME_WORDS = 2;
    private final Predicate<String> isCommonWord;

    ListedOrganisationHolderRule(Predicate<String> isCommonWord) {
        this.isCommonWord = isCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        List<Gazetteer.Match> listed = s.listed();
        for (int k = 0; k < listed.size(); k++) {
            Gazetteer.Match m = listed.get(k);
            int start = m.start();
            if (m.name().type() != EntityType.ORG || tags[start] != BioTag.B_ORG
                    || !followsJobTitle(s.lower(), start)) {
                continue;
            }
            int end = BioTag.spanEnd(tags, start);
            boolean nextListedInside = k + 1 < listed.size() && listed.get(k + 1).start() < end;
            if (end - m.end() >= MIN_NAME_WORDS && !nextListedInside && isPersonsName(s, m.end(), end)) {
                s.setSpan(start, m.end(), EntityType.ORG);
                s.setSpan(m.end(), end, EntityType.PER);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (tags[i] == BioTag.B_ORG && !s.listedAt(i) && OrganisationWords.isHead(s.lower()[i])
                    && followsJobTitle(s.lower(), i)) {
                int end = BioTag.spanEnd(tags, i);
                int placeEnd = closingPlaceEnd(s, i, end);
                if (placeEnd > 0 && end - placeEnd >= MIN_NAME_WORDS && isPersonsName(s, placeEnd, end)) {
                    s.setSpan(i, placeEnd, EntityType.ORG);
                    s.setSpan(placeEnd, end, EntityType.PER);
                    i = end - 1;
                    continue;
                }
            }
            boolean runOn = i + 1 < s.size() && tags[i + 1].isInside();
            if (!tags[i].isBegin() || !runOn || !Gazetteer.isAcronym(s.tokens()[i]) || s.listedAt(i)
                    || OrganisationWords.isHead(s.lower()[i]) || !followsJobTitle(s.lower(), i)) {
                continue;
            }
            int end = i + 1;
            while (end < s.size() && tags[end] != BioTag.O && !Gazetteer.isAcronym(s.tokens()[end])) {
                end++;
            }
            if (end - i - 1 >= MIN_NAME_WORDS && isPersonsName(s, i + 1, end)) {
                s.setSpan(i, i + 1, EntityType.ORG);
                s.setSpan(i + 1, end, EntityType.PER);
                i = end - 1;
            }
        }
    }

    /**
     * Whether a job title ends right before {@code at}: its words back to the word that opens it ({@code Ketua
     * Umum PSSI}); a word that only continues titles is no title alone ({@code Pihak TNI AL}).
     */
    private static boolean followsJobTitle(String[] lower, int at) {
        for (int i = at - 1; i >= 0 && RoleWords.isTitleWord(lower[i]); i--) {
            if (RoleWords.isHead(lower[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the last listed place inside the organisation's span {@code [start, end)}, not opening it, with no
     * other listed name after it in the span; -1 when there is none.
     */
    private static int closingPlaceEnd(ContractSentence s, int start, int end) {
        int placeEnd = -1;
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() >= end) {
                break;
            }
            if (m.start() > start) {
                placeEnd = m.name().type() == EntityType.LOC && m.end() < end ? m.end() : -1;
            }
        }
        return placeEnd;
    }

    private boolean isPersonsName(ContractSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String lower = s.lower()[i];
            if (!s.capitalised(i) || !Character.isLetter(lower.charAt(0)) || isCommonWord.test(s.tokens()[i])
                    || OrganisationWords.isHead(lower) || OrganisationWords.isTail(lower)
                    || RoleWords.isTitleWord(lower) || PlaceWords.isHead(lower)) {
                return false;
            }
        }
        return true;
    }
}
