package id.kabar.model;

import java.util.List;

/** Claims from different articles (or one) that count the same thing. */
public record ClaimGroup(ClaimCategory category, String subject, ClaimGroupKind kind, List<MemberRef> members) {
    public ClaimGroup {
        members = List.copyOf(members);
    }
}
