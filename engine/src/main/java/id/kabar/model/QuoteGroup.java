package id.kabar.model;

import java.util.List;

/** The same statement as reported by different articles, verbatim or re-translated. */
public record QuoteGroup(String speaker, List<MemberRef> members) {
    public QuoteGroup {
        members = List.copyOf(members);
    }
}
