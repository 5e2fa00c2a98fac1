package id.kabar.link;

import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.MemberRef;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers the claims of a story that count the same thing (same category, compatible subject) and
 * says how their figures relate: agreement, a later update, or a disagreement about one moment.
 */
final class ClaimGrouper {
    /** Words that name people in general: {@code 137 orang tewas} counts the same dead as {@code 137 warga sipil}. */
    private static final Set<String> PEOPLE_IN_GENERAL =
            Set.copyOf(TermAnalyzer.stems("orang jiwa korban manusia penduduk warga"));
    /** Figures whose days are this close describe the same moment (a report dated the morning after). */
    static final int SAME_MOMENT_DAYS = 1;

    private ClaimGrouper() {
    }

    private record Ref(ArticleProfile article, int index, Claim claim, Set<String> subject, LocalDate moment) {
    }

    static List<ClaimGroup> group(List<ArticleProfile> articles) {
        List<Ref> refs = new ArrayList<>();
        for (ArticleProfile p : articles) {
            for (int i = 0; i < p.claims().size(); i++) {
                Claim c = p.claims().get(i);
                refs.add(new Ref(p, i, c, subjectWords(c.subject()), c.asOf() != null ? c.asOf() : p.published()));
            }
        }
        Partition same = new Partition();
        for (int i = 0; i < refs.size(); i++) {
            same.add(i);
            for (int j = 0; j < i; j++) {
                if (sameCount(refs.get(i), refs.get(j))) {
                    same.union(i, j);
                }
            }
        }
        Map<Integer, List<Ref>> members = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            members.computeIfAbsent(same.root(i), k -> new ArrayList<>()).add(refs.get(i));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (List<Ref> m : members.values()) {
            if (m.stream().map(Ref::article).distinct().count() < 2) {
                continue;
            }
            groups.add(new ClaimGroup(m.get(0).claim().category(), commonSubject(m), kindOf(m),
                    m.stream().map(r -> new MemberRef(r.article().id(), r.index())).toList()));
        }
        return groups;
    }

    private static boolean sameCount(Ref a, Ref b) {
        Claim x = a.claim();
        Claim y = b.claim();
        if (x.category() != y.category()) {
            return false;
        }
        if (countsPeople(x.category())) {
            return generic(a.subject) || generic(b.subject) || sharesSpecificWord(a.subject, b.subject);
        }
        // Money, percentages and other tallies need a named subject in common and the same unit.
        return sharesSpecificWord(a.subject, b.subject)
                && Objects.equals(unitKey(x.unit()), unitKey(y.unit()));
    }

    private static ClaimGroupKind kindOf(List<Ref> m) {
        if (m.stream().map(r -> r.claim().value()).distinct().count() == 1) {
            return ClaimGroupKind.AGREEMENT;
        }
        for (Ref a : m) {
            for (Ref b : m) {
                if (a.claim().value() != b.claim().value() && sameMoment(a.moment, b.moment)) {
                    return ClaimGroupKind.DISAGREEMENT;
                }
            }
        }
        return ClaimGroupKind.UPDATE;
    }

    private static boolean sameMoment(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= SAME_MOMENT_DAYS;
    }

    private static boolean countsPeople(ClaimCategory c) {
        return switch (c) {
            case KILLED, INJURED, MISSING, DISPLACED, ARRESTED, AFFECTED -> true;
            case MONEY, PERCENT, COUNT -> false;
        };
    }

    private static Set<String> subjectWords(String subject) {
        return new HashSet<>(TermAnalyzer.stems(subject));
    }

    private static boolean generic(Set<String> subject) {
        return PEOPLE_IN_GENERAL.containsAll(subject);
    }

    private static boolean sharesSpecificWord(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(w -> b.contains(w) && !PEOPLE_IN_GENERAL.contains(w));
    }

    private static String unitKey(String unit) {
        return unit == null ? null : NameKeys.fold(unit);
    }

    private static String commonSubject(List<Ref> m) {
        Map<String, Long> counts = m.stream().map(r -> r.claim().subject()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }
}
