package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.Honorifics;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.RoleWords;
import id.kabar.model.EntityType;
import java.util.Arrays;

/**
 * An organisation head ({@code Kementerian}, {@code Badan}, {@code Partai}, {@code Rumah Sakit}, {@code RSUD})
 * followed by capitalised words is an organisation up to the last of them. Institutions that act are
 * organisations even when they are also buildings (the contract), so a hospital or a school the model took for a
 * place is retyped.
 */
final class OrganisationHeadRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        String[] lower = s.lower();
        BioTag[] tags = s.tags();
        for (int i = 0; i + 1 < s.size(); i++) {
            int head = OrganisationWords.headLength(lower, i);
            if (head > 1 && i + head < s.size() && !s.capitalised(i)) {
                i = lowerCaseHead(s, i, head);
                continue;
            }
            if (head == 0 || i + head >= s.size() || !s.capitalised(i)
                    || !s.capitalised(i + head) && !numbers(s, i, head, i + head) && !namesakesTitle(s, i + head)) {
                continue;
            }
            // a person the model saw right after the name is not part of it ("Kuasa Hukum Partai Idaman
            // Heriyanto"), but the word right after the head always is ("PT Newmont"), and so is all that the
            // acronym in brackets after the name spells ("Badan Meteorologi Klimatologi dan Geofisika (BMKG)")
            int end = nameEnd(s, i, head, true);
            int whole = nameEnd(s, i, head, false);
            if (whole > end && spelledByBracketedAcronym(s, i, whole)) {
                end = whole;
            }
            if (i > 0 && tags[i].isInside()) {
                // already inside a longer name: a person's title ("Wakil Ketua Badan ...") stays, a place that
                // holds an organisation's head is that organisation ("Resmob Polda Bali")
                if (tags[i].type() == EntityType.PER && end > BioTag.spanEnd(tags, i)) {
                    i = titledBody(s, i, end) - 1;
                } else if (tags[i].type() == EntityType.LOC) {
                    int start = i;
                    while (tags[start].isInside()) {
                        start--;
                    }
                    int spanEnd = Math.max(end, BioTag.spanEnd(tags, start));
                    if (PlaceWords.isHead(lower[start])) {
                        // a site named after the body it houses is the site, with all of the body's name ("di
                        // Komplek Pemerintah Kabupaten Cianjur")
                        s.setSpan(start, spanEnd, EntityType.LOC);
                        i = spanEnd - 1;
                        continue;
                    }
                    if (RoleWords.isHead(lower[start])) {
                        // a title before the body is its holder's, not the body's ("Wakasat Lantas Polresta Barelang")
                        for (int j = start; j < i; j++) {
                            tags[j] = BioTag.O;
                        }
                        start = i;
                    }
                    s.setSpan(start, spanEnd, EntityType.ORG);
                } else if (tags[i].type() == EntityType.ORG && BioTag.spanEnd(tags, i) == i + head
                        && i + head < s.size() && tags[i + head].isBegin() && tags[i + head].type() != EntityType.PER) {
                    // a unit the model ended on its force's bare head, the force's place a name of its own after it
                    // ("Kepala Unit Reserse Kriminal Polsek | Cipayung"): the unit joins its force and its place
                    i = forceOfUnit(s, i, BioTag.spanEnd(tags, i + head)) - 1;
                } else if (tags[i].type() == EntityType.ORG && spelledByBracketedAcronym(s, i, end)
                        && isTitlesLastWord(s, i - 1)) {
                    // the model ran a title's last word into the name ("Ketua Pengurus Harian | Yayasan Lembaga
                    // Konsumen Indonesia (YLKI)"): the acronym spells the name from its head, so no word before it
                    dropWordsBeforeHead(tags, i);
                    s.setSpan(i, end, EntityType.ORG);
                    i = end - 1;
                }
                continue;
            }
            int modelEnd = i + 1;
            while (modelEnd < tags.length && tags[modelEnd].isInside()) {
                modelEnd++;
            }
            int ministry = ministryAfterBody(s, i, head, Math.max(end, modelEnd));
            if (ministry > 0) {
                s.setSpan(i, ministry, EntityType.ORG);
                s.setSpan(ministry, Math.max(end, modelEnd), EntityType.ORG);
                i = Math.max(end, modelEnd) - 1;
                continue;
            }
            if (tags[i].type() == EntityType.ORG && modelEnd >= end) {
                continue;
            }
            s.setSpan(i, end, EntityType.ORG);
            holderAfterRank(s, end);
            i = end - 1;
        }
    }

    /**
     * A rank written out at {@code at}, right after an office's name, inside a name the model ran on from the office
     * into the holder ("kata Juru bicara Kepolisian Daerah Papua Barat Ajun Komisaris Besar Mathias Krey", tempo.co,
     * CLICK-ID, 10-16 September 2019, read as one place): the rank is no name, the words after it in that span are
     * its holder's.
     */
    private static void holderAfterRank(ContractSentence s, int at) {
        int rank = at < s.size() ? Honorifics.writtenRankLength(s.lower(), at) : 0;
        BioTag[] tags = s.tags();
        if (rank == 0 || tags[at] == BioTag.O || tags[at].type() == EntityType.PER) {
            return;
        }
        int spanEnd = BioTag.spanEnd(tags, at);
        for (int j = at; j < Math.min(spanEnd, at + rank); j++) {
            tags[j] = BioTag.O;
        }
        if (spanEnd > at + rank) {
            s.setSpan(at + rank, spanEnd, EntityType.PER);
        }
    }

    /**
     * The force opened by the head at {@code head} and ending at {@code end}, in place of the unit's name the model
     * ended on the head: the unit's own words are the force's ("Unit Reserse Kriminal Polsek Cipayung" is reported
     * as Polsek Cipayung, as "Satlantas Polres Nganjuk" is). Returns where the force ends.
     */
    private static int forceOfUnit(ContractSentence s, int head, int end) {
        dropWordsBeforeHead(s.tags(), head);
        s.setSpan(head, end, EntityType.ORG);
        return end;
    }

    /** Clears the words of the model's span before {@code head}: a unit's or a title's words, not the organisation's. */
    private static void dropWordsBeforeHead(BioTag[] tags, int head) {
        int start = head;
        while (tags[start].isInside()) {
            start--;
        }
        for (int j = start; j < head; j++) {
            tags[j] = BioTag.O;
        }
    }

    /**
     * Where a ministry's name starts inside the name of one of its bodies written with it ("Direktorat Jenderal
     * Bina Marga | Kementerian Pekerjaan Umum dan Perumahan Rakyat"): the body and the ministry are two
     * organisations. Returns -1 when the name opened at {@code i} is no such body or holds no ministry.
     */
    private static int ministryAfterBody(ContractSentence s, int i, int head, int end) {
        if (!OrganisationWords.isMinistryBodyHead(s.lower()[i])) {
            return -1;
        }
        for (int j = i + head + 1; j + 1 < end; j++) {
            if (s.capitalised(j) && OrganisationWords.isMinistryHead(s.lower()[j])) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A "person" the model ended inside an organisation's name holds no name, only a title and the start of the
     * body ("Kepala Subbagian Humas Polres Metro | Bekasi Kota Kompol | Erna Ruswing Andari"): the title words
     * are its holder's, the body from its head to the rank before the person is the organisation. Returns where
     * the organisation ends.
     */
    private static int titledBody(ContractSentence s, int head, int end) {
        BioTag[] tags = s.tags();
        dropWordsBeforeHead(tags, head);
        int bodyEnd = end;
        while (bodyEnd - 1 > head + 1 && Honorifics.isRank(s.lower()[bodyEnd - 1])) {
            bodyEnd--;
        }
        // the ranks the name now stops before are the person's, not a place of their own
        int ranksEnd = end;
        while (ranksEnd < s.size() && Honorifics.isRank(s.lower()[ranksEnd])
                && tags[ranksEnd].type() != EntityType.PER) {
            ranksEnd++;
        }
        s.setSpan(head, end, EntityType.ORG);
        for (int j = bodyEnd; j < ranksEnd; j++) {
            tags[j] = BioTag.O;
        }
        return end;
    }

    /**
     * A head of several words written in lower case before a name ("dirawat di rumah sakit DKT Sungaipenuh")
     * makes the name an organisation, unless the model saw a person there or the name is a listed place (the
     * hospital of a town called by its town: "rumah sakit Jakarta"). Returns the last token looked at.
     */
    private static int lowerCaseHead(ContractSentence s, int i, int head) {
        int from = i + head;
        BioTag tag = s.tags()[from];
        if (!s.capitalised(from) || tag.isInside() || tag.type() == EntityType.PER) {
            return from - 1;
        }
        int end = nameEnd(s, i, head, true);
        for (int j = from + 1; j < end; j++) {
            // a weekday after the name dates what follows ("rumah sakit Ar-Rasyid Minggu 15 September sore"); a
            // capitalised head keeps its district ("Polsek Pasar Minggu")
            if (Calendar.weekday(s.lower()[j]) != null) {
                end = j;
            }
        }
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == from && m.end() == end && m.name().type() == EntityType.LOC) {
                return end - 1;
            }
        }
        s.setSpan(from, end, EntityType.ORG);
        return end - 1;
    }

    /**
     * Where the name opened by a head of {@code head} words at {@code i} ends: over capitalised words, and over a
     * "dan" that joins words of one name ("Energi dan Sumber Daya Mineral") rather than two organisations ("Polsek
     * Kuta dan Resmob Polda Bali"); with {@code stopAtPerson}, before a person the model tagged.
     */
    private static int nameEnd(ContractSentence s, int i, int head, boolean stopAtPerson) {
        BioTag[] tags = s.tags();
        int end = i + head;
        // a rank after the name opens its holder's title ("Komandan Lanal Dumai Kolonel Laut (P) Wahyu Dili Yudha
        // Hadianto", "Polda Metro Jaya Komisaris Besar Argo Yuwono"), though right after the head it is the name's
        // ("Direktorat Jenderal Pajak")
        while (end < s.size() && (end == i + head || !stopAtPerson || tags[end] != BioTag.B_PER)
                && (end == i + head || !Honorifics.isRank(s.lower()[end])
                        && Honorifics.writtenRankLength(s.lower(), end) == 0)
                && (s.capitalised(end) || numbers(s, i, head, end) || end == i + head && namesakesTitle(s, end)
                    || (FunctionWords.isAnd(s.lower()[end]) && !opensAnotherOrganisation(s, end + 1)))) {
            end++;
        }
        return FunctionWords.isAnd(s.lower()[end - 1]) ? end - 1 : end;
    }

    /**
     * Whether a number at {@code at} numbers the institution ("SMAN 3 Parepare", "SMK Negeri 13 Garut"): with
     * the name going on after it, or right after "Negeri".
     */
    private static boolean numbers(ContractSentence s, int i, int head, int at) {
        String w = s.tokens()[at];
        if (w.isEmpty() || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean nameGoesOn = at + 1 < s.size() && s.capitalised(at + 1);
        return nameGoesOn || at > i + head && OrganisationWords.isState(s.lower()[at - 1]);
    }

    /**
     * Whether a title written in lower case at {@code at} opens the name of the person an institution is named
     * after: "meninggal dunia di RSUD dr Soetomo Surabaya", "di RSUD dr Rasidin Padang" (kompas.com, 15 and 16
     * September 2019), which the model read as places.
     */
    private static boolean namesakesTitle(ContractSentence s, int at) {
        return at + 1 < s.size() && !s.capitalised(at) && Honorifics.isTitle(s.lower()[at]) && s.capitalised(at + 1);
    }

    /**
     * Whether the one word the model's span holds before a head at {@code at + 1} is a title's last word, no
     * name's: a capitalised word opening the span, neither an acronym nor a company's form. Across the CLICK-ID
     * week the words before a spelt name were also a company's form ("PT Bank Central Asia Tbk (BCA)"), a board's
     * or unit's short form ("DPD Komite Nasional Pemuda Indonesia", "LPPOM Majelis Ulama Indonesia (MUI)") and a
     * body of its own ("Korps Alumni ..."), all part of the name.
     */
    private static boolean isTitlesLastWord(ContractSentence s, int at) {
        BioTag tag = s.tags()[at];
        return tag.isBegin() && !Gazetteer.isAcronym(s.tokens()[at]) && !OrganisationWords.isCompanyForm(s.lower()[at]);
    }

    /** Whether "( ACRONYM )" follows {@code [start, end)} and spells its initials. */
    private static boolean spelledByBracketedAcronym(ContractSentence s, int start, int end) {
        if (end + 2 >= s.size() || !s.tokens()[end].equals("(") || !s.tokens()[end + 2].equals(")")) {
            return false;
        }
        String acronym = s.tokens()[end + 1];
        return Gazetteer.isAcronym(acronym)
                && EntityMerger.initials(String.join(" ", Arrays.asList(s.tokens()).subList(start, end))).equals(acronym);
    }

    /**
     * Whether the capitalised words from {@code at} are missing or hold a head of their own, so that the "dan"
     * before them joins two organisations: "Resmob Polda Bali", "Badan ...", a listed organisation.
     */
    private static boolean opensAnotherOrganisation(ContractSentence s, int at) {
        if (at >= s.size() || !s.capitalised(at)) {
            return true;
        }
        // a listed organisation after "dan" is one of its own ("Fraksi Partai Demokrat DPR RI dan DPRD Provinsi")
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at && m.name().type() == EntityType.ORG) {
                return true;
            }
        }
        for (int j = at; j < s.size() && s.capitalised(j); j++) {
            if (OrganisationWords.headLength(s.lower(), j) > 0) {
                return true;
            }
        }
        return false;
    }
}
