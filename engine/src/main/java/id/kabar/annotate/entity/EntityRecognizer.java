package id.kabar.annotate.entity;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.Token;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people, organisations and places in a body and merges their spelling variants.
 *
 * <p>Each sentence is tagged by {@link NamedEntityTagger} with the contract's typing; people get the job title
 * written next to them ({@link RoleFinder}), cut out of any title the tagger ran into the name
 * ({@link TitledNameSplitter}); then the mentions of the article are grouped into entities
 * ({@link EntityMerger}). The outlet's own name in a credit line ({@code Suara.com - ...}, {@code WowKeren - })
 * is not an entity of the story and is left out, and so are names only found in lines written in Title Case and
 * kinds of facility written alone ({@code PLTS}).
 * Thread-safe.
 */
public final class EntityRecognizer {
    private static final Set<String> WEB_SUFFIXES = Set.of("com", "id", "co", "net", "org", "news", "tv");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** The marks joining the parts of a longer web address or an e-mail around a site's name. */
    private static final String ADDRESS_MARKS = "./@:";
    /** Kinds of facility written as acronyms ({@code PLTS}, {@code SPBU}): a name only with a name after them. */
    private static final Set<String> FACILITY_KINDS = WordLists.set(WordLists.class, "facility-kinds.txt");
    /** Words naming an organisation's building before its name: {@code Gedung}. */
    private static final Set<String> ORGANISATION_BUILDINGS = WordLists.set(WordLists.class, "organisation-buildings.txt");
    /** The words joining a person's full name to another name of theirs written right after it: {@code alias}. */
    private static final Set<String> NAME_LINKS = WordLists.set(WordLists.class, "name-links.txt");
    /** Of those, the words saying the name after is another name of the same person, never a second person: {@code alias}. */
    private static final Set<String> ALIAS_LINKS = WordLists.set(WordLists.class, "alias-links.txt");
    /** Verbs giving the name a person goes by, written after the person's name: {@code biasa disapa}. */
    private static final Set<String> NICKNAME_VERBS = WordLists.set(WordLists.class, "nickname-verbs.txt");
    /** Nouns naming the name a person goes by, written after it, the person's name next: {@code sapaan akrab}. */
    private static final Set<String> NICKNAME_NOUNS = WordLists.set(WordLists.class, "nickname-nouns.txt");
    /**
     * The most words that tell a nickname between it and the person's name: "yang akrab disapa", "sapaan akrab",
     * the longest in the CLICK-ID week; a longer stretch is a clause of its own.
     */
    private static final int MAX_NICKNAME_LINK_WORDS = 3;
    /** A word shorter than this tells nothing of a line's case ({@code di}, {@code dan}, {@code PT}); set by hand. */
    private static final int TITLE_CASE_MIN_WORD_LETTERS = 4;
    /** A line is in Title Case when at least this many of its ordinary words are ... */
    private static final int TITLE_CASE_MIN_ORDINARY = 2;
    /** ... and at least three in four of them are capitalised: a headline, where running text has few. Set by hand. */
    private static final int TITLE_CASE_CAPITALISED_OF_FOUR = 3;
    /**
     * An outlet crediting itself opens a paragraph: its name starts within this many tokens ("Jakarta (ANTARA News)
     * -"); set by hand.
     */
    private static final int CREDIT_LINE_MAX_START = 3;
    /**
     * The fewest organisations named with their heads that make a sentence in Title Case a list of bodies: two,
     * as a headline names one body at most; the sentence that showed it names three.
     */
    private static final int MIN_LISTED_BODIES = 2;
    /**
     * A bracket opened right after an organisation's name that gives its name in another language and then, after
     * a slash, the short form: "Komite Internasional Palang Merah (International Committee of the Red Cross / ICRC)"
     * (IndoSum, antaranews.com, 2018). The longest such name in the CLICK-ID week is 70 characters ("United Nations
     * Educational, Scientific and Cultural Organization/UNESCO"); a hundred leaves room and stays in one bracket.
     */
    private static final Pattern OTHER_LANGUAGE_NAME_THEN_SLASH = Pattern.compile("\\s*\\([^()/]{1,100}/\\s*");
    /** What stands between legal forms: brackets, full stops and spaces. */
    private static final Pattern FORM_MARKS = Pattern.compile("[\\s().]+");

    private final NamedEntityTagger tagger;
    private final RoleFinder roles = new RoleFinder();
    private final EntityMerger merger;
    /**
     * The rules over the whole article's tags, in order: regions and titles are cut off names before names
     * propagate, an organisation's name written without its form's words next, a word opening the sentence after,
     * products', events' and works' names are read out last, wherever a name went.
     */
    private final List<ArticleRule> articleRules;
    private final Gazetteer gazetteer;

    public EntityRecognizer() {
        this(NamedEntityTagger.standard());
    }

    public EntityRecognizer(NamedEntityTagger tagger) {
        this.tagger = tagger;
        this.gazetteer = tagger.gazetteer();
        this.merger = new EntityMerger(gazetteer, tagger::mayBeCommonWord);
        this.articleRules = List.of(new OfficeRegionRule(gazetteer), new TitledNameSplitter(tagger),
                new NamePropagation(tagger), new OrganisationStemRule(gazetteer), new OpeningCommonWordRule(tagger),
                new HyphenatedNameRule(tagger),
                new ProductRule(), new EventNameRule(), new WorkNamePropagation(gazetteer), new ActingOrganisationRule(gazetteer),
                new BusinessPartyRule(gazetteer));
    }

    public List<Entity> recognize(Text text) {
        List<Sentence> sentences = text.sentences();
        List<String[]> words = new ArrayList<>(sentences.size());
        List<String[]> lower = new ArrayList<>(sentences.size());
        List<BioTag[]> tags = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            String[] w = new String[sentence.tokens().size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = sentence.tokens().get(i).text();
            }
            String[] l = ArticleRule.lowerCase(w);
            words.add(w);
            lower.add(l);
            tags.add(tagger.tagForContract(w, l));
        }
        for (ArticleRule rule : articleRules) {
            rule.apply(words, lower, tags);
        }
        List<Mention> mentions = new ArrayList<>();
        List<Mention> inHeadlines = new ArrayList<>();
        int paragraph = -1;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            boolean opensParagraph = sentence.paragraph() != paragraph;
            paragraph = sentence.paragraph();
            collect(text.body(), sentence.tokens(), words.get(s), tags.get(s), opensParagraph,
                    isTitleCase(words.get(s)) && !listsBodies(words.get(s), lower.get(s), tags.get(s))
                            ? inHeadlines : mentions);
        }
        Set<String> seen = new HashSet<>();
        mentions.forEach(m -> seen.add(NameKey.of(m.text())));
        for (Mention m : inHeadlines) {
            if (seen.contains(NameKey.of(m.text())) || gazetteer.lookup(m.text()) != null) {
                mentions.add(m);
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        return merger.merge(mentions, namesLinked(text.body(), mentions));
    }

    /**
     * Names the text gives as one: a person's name and the name written right after it with {@code alias} or
     * {@code atau} between ({@code name-links.txt}: "Tri Retno Prayudita alias Nunung", sindonews.com, 13 September
     * 2019, is one person the text goes on to call Nunung), a person's name and the nickname the text says they
     * go by, before or after it ("kata Rommy sapaan akrab Romahurmuziy", tempo.co, 11 September 2019; "yang biasa
     * disapa"), a person's name and a title of theirs given with its short form in brackets ("Zainul Majdi atau
     * Tuan Guru Bajang (TGB)", okezone.com, 12 September 2019), and a company and its stock code in brackets after
     * its legal form ("PT Bank Negara Indonesia (Persero) Tbk. (BBNI)", sindonews.com, 16 September 2019), and an
     * organisation's short form with its name in brackets after it ("Perpani (Persatuan Panahan Seluruh
     * Indonesia)"). Links
     * of the full name's mention and the other's, in body order.
     */
    private static List<EntityMerger.NameLink> namesLinked(String body, List<Mention> mentions) {
        List<EntityMerger.NameLink> out = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention first = mentions.get(i);
            Mention second = mentions.get(i + 1);
            if (second.span().start() <= first.span().end()) {
                continue;
            }
            Mention slashed = shortFormAfterOtherLanguageName(body, mentions, i);
            if (slashed != null) {
                out.add(new EntityMerger.NameLink(first, slashed, false, true));
                continue;
            }
            String between = body.substring(first.span().end(), second.span().start());
            String link = between.strip().toLowerCase(Locale.ROOT);
            boolean people = first.type() == EntityType.PER && second.type() == EntityType.PER;
            if (people && NAME_LINKS.contains(link)
                    || first.type() == EntityType.ORG && isStockCodeAfterForm(body, first.text() + between, second)) {
                out.add(new EntityMerger.NameLink(first, second, false, ALIAS_LINKS.contains(link)));
            } else if (first.type() == EntityType.ORG && isShortFormInBrackets(body, first, between, second)) {
                out.add(new EntityMerger.NameLink(first, second, false, true));
            } else if (first.type() == EntityType.ORG && second.type() == EntityType.ORG
                    && isLongFormInBrackets(body, first, between, second)) {
                out.add(new EntityMerger.NameLink(second, first, false, true));
            } else if (people && tellsNickname(link, NICKNAME_VERBS, true)) {
                out.add(new EntityMerger.NameLink(first, second, true, false));
            } else if (people && tellsNickname(link, NICKNAME_NOUNS, false)) {
                out.add(new EntityMerger.NameLink(second, first, true, false));
            } else if (first.type() == EntityType.PER && isTitleShortForm(body, between.strip(), second)) {
                out.add(new EntityMerger.NameLink(first, second, true, false));
            }
        }
        return out;
    }

    /**
     * Whether the words between two names say one is the name the other goes by: a few words, the last of them a
     * verb of {@code words} ({@code yang biasa disapa}) or, when not {@code last}, the first a noun of them
     * ({@code sapaan akrab}).
     */
    private static boolean tellsNickname(String link, Set<String> words, boolean last) {
        String plain = link.replace(',', ' ').strip();
        if (plain.isEmpty()) {
            return false; // "Jokowi, , Prabowo": only commas, where a page lost a link
        }
        String[] w = Whitespace.split(plain);
        return w.length <= MAX_NICKNAME_LINK_WORDS && words.contains(w[last ? w.length - 1 : 0]);
    }

    /**
     * Whether {@code shortForm}, in brackets, spells the capitalised words written before it after a word linking
     * names ({@code link} is "atau Tuan Guru Bajang (" for "TGB"): a title the person is also known by.
     */
    private static boolean isTitleShortForm(String body, String link, Mention shortForm) {
        int end = shortForm.span().end();
        if (!Gazetteer.isAcronym(shortForm.text()) || !link.endsWith("(") || end >= body.length()
                || body.charAt(end) != ')') {
            return false;
        }
        String[] w = Whitespace.split(link.substring(0, link.length() - 1).strip());
        if (w.length != shortForm.text().length() + 1 || !NAME_LINKS.contains(w[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 1; k < w.length; k++) {
            if (w[k].charAt(0) != shortForm.text().charAt(k - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code shortForm} is an acronym in brackets right after an organisation's name of several words: the
     * short form the text goes on to call it by, however it is lettered. An agency abroad keeps its own language's
     * short form after its name in Indonesian: "Badan Antariksa Eropa (ESA)" (tempo.co, 11 September 2019), quoted
     * as ESA after.
     */
    private static boolean isShortFormInBrackets(String body, Mention name, String between, Mention shortForm) {
        int end = shortForm.span().end();
        return name.text().indexOf(' ') > 0 && between.strip().equals("(") && Gazetteer.isAcronym(shortForm.text())
                && end < body.length() && body.charAt(end) == ')';
    }

    /**
     * The short form closing a bracket after an organisation's name written in another language and a slash
     * ({@link #OTHER_LANGUAGE_NAME_THEN_SLASH}): "ICRC" of "Komite Internasional Palang Merah (International
     * Committee of the Red Cross / ICRC)", the same organisation, which the text goes on to call ICRC; null when
     * the mention at {@code at} is no organisation's name of several words so followed. The mentions looked at are
     * those inside that one bracket.
     */
    private static Mention shortFormAfterOtherLanguageName(String body, List<Mention> mentions, int at) {
        Mention name = mentions.get(at);
        if (name.type() != EntityType.ORG || name.text().indexOf(' ') < 0) {
            return null;
        }
        Matcher bracket = OTHER_LANGUAGE_NAME_THEN_SLASH.matcher(body).region(name.span().end(), body.length());
        if (!bracket.lookingAt()) {
            return null;
        }
        for (int j = at + 1; j < mentions.size() && mentions.get(j).span().start() <= bracket.end(); j++) {
            Mention shortForm = mentions.get(j);
            int end = shortForm.span().end();
            if (shortForm.span().start() == bracket.end() && shortForm.type() == EntityType.ORG
                    && Gazetteer.isAcronym(shortForm.text()) && end < body.length() && body.charAt(end) == ')'
                    && !listedApart(shortForm, name)) {
                return shortForm;
            }
        }
        return null;
    }

    /**
     * Whether the lists know {@code shortForm} and {@code name} as two organisations: "UNESCO" after a name the model
     * cut to its last words, "Perserikatan Bangsa-Bangsa", stays apart. A listed short form after a name the lists do
     * not know joins it ("ICRC", listed with "Palang Merah Internasional", after "Komite Internasional Palang Merah").
     */
    private static boolean listedApart(Mention shortForm, Mention name) {
        Gazetteer.Name listed = Gazetteer.standard().lookup(shortForm.text());
        Gazetteer.Name listedName = Gazetteer.standard().lookup(name.text());
        return listed != null && listedName != null && !listed.equals(listedName);
    }

    /**
     * Whether {@code longForm}, in brackets right after the one word {@code shortForm}, is the name that word
     * shortens, its letters taken in order from the long form's: "Perjanjian kerja sama antara Perpani (Persatuan
     * Panahan Seluruh Indonesia) dan Kemenpora" (JUARA.net, 16 February 2018), the short form written first.
     */
    private static boolean isLongFormInBrackets(String body, Mention shortForm, String between, Mention longForm) {
        int end = longForm.span().end();
        return shortForm.text().indexOf(' ') < 0 && longForm.text().indexOf(' ') > 0 && between.strip().equals("(")
                && end < body.length() && body.charAt(end) == ')'
                && EntityMerger.spellsFrom(shortForm.text().toLowerCase(Locale.ROOT), longForm.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an acronym among an organisation's names is lettered apart from its name ({@code ESA} of {@code Badan
     * Antariksa Eropa}): neither its initials nor its letters in order, nor listed as a name of the same
     * organisation, nor a company's stock code.
     * Linking keys such a short form apart from the name, as outlets write it alone ({@code ESA}) where others
     * write the name.
     */
    public static boolean isShortFormLetteredApart(String form, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String[] words = FORM_MARKS.split(lowerName);
        Gazetteer.Name listed = Gazetteer.standard().lookup(form);
        return Gazetteer.isAcronym(form) && form.indexOf(' ') < 0 && !OrganisationWords.isCompanyForm(words[words.length - 1])
                && (listed == null || !listed.equals(Gazetteer.standard().lookup(name)))
                && !EntityMerger.initials(name).equals(form)
                && !EntityMerger.spellsFrom(form.toLowerCase(Locale.ROOT), lowerName);
    }

    /**
     * Whether {@code code} is capitals in brackets right after a company's name closed by its legal forms
     * ({@code company}, the name and what follows it up to the code): "Tbk. (BBNI)".
     */
    private static boolean isStockCodeAfterForm(String body, String company, Mention code) {
        int end = code.span().end();
        if (!Gazetteer.isAcronym(code.text()) || !company.endsWith("(") || end >= body.length() || body.charAt(end) != ')') {
            return false;
        }
        String[] words = FORM_MARKS.split(company.toLowerCase(Locale.ROOT));
        int last = words.length - 1;
        while (last >= 0 && OrganisationWords.isCompanyForm(words[last])) {
            last--;
        }
        return last >= 0 && last < words.length - 1;
    }

    /**
     * A line in Title Case ("Djadjang Abaikan Statistik Buruk Pemain Baru", a headline or a list of related
     * stories) gives no capitalisation cue, so names found there count only if the rest of the article or the
     * lists know them. It is told by its ordinary words being capitalised, not by its names: a sentence listing
     * officials is not a headline.
     */
    private boolean isTitleCase(String[] words) {
        int ordinary = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= TITLE_CASE_MIN_WORD_LETTERS && Character.isLetter(w.charAt(0))
                    && tagger.isCommonWord(w)) {
                ordinary++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return ordinary >= TITLE_CASE_MIN_ORDINARY && capitalised * 4 >= ordinary * TITLE_CASE_CAPITALISED_OF_FOUR;
    }

    /**
     * Whether a sentence in Title Case is running text listing bodies by their names: "Kemudian, Tim Nasional
     * Pembakuan Nama Rupabumi, Dewan Kelautan Indonesia, Dewan Nasional Kawasan Perdagangan Bebas dan Pelabuhan
     * Bebas dan Badan Koordinasi Penataan Ruang Nasional." (IndoSum, antaranews.com, 2016), whose capitals are
     * the names'. It closes with a full stop, which a headline does not, and names {@link #MIN_LISTED_BODIES}
     * organisations or more opened by an organisation's head.
     */
    private static boolean listsBodies(String[] words, String[] lower, BioTag[] tags) {
        if (words.length == 0 || !words[words.length - 1].equals(".")) {
            return false;
        }
        int bodies = 0;
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].isBegin() && tags[i].type() == EntityType.ORG && OrganisationWords.headLength(lower, i) > 0) {
                bodies++;
            }
        }
        return bodies >= MIN_LISTED_BODIES;
    }

    private void collect(String body, List<Token> tokens, String[] words, BioTag[] tags, boolean opensParagraph,
                         List<Mention> out) {
        int n = tokens.size();
        String[] lower = new String[n];
        EntityType[] types = new EntityType[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            types[i] = tags[i].type();
        }
        for (int start = 0; start < n; start++) {
            int site = siteAddressEnd(body, tokens, start);
            if (site > start) {
                Span span = new Span(tokens.get(start).start(), tokens.get(site - 1).end());
                // the outlet crediting itself at the head of a paragraph: "SERAMBINEWS.COM, MOSKOW - ..."
                if (!(opensParagraph && (start == 0 || isCreditLine(EntityType.ORG, lower, start, site)))) {
                    out.add(new Mention(EntityType.ORG, span.of(body), span, null));
                }
                start = site - 1;
                continue;
            }
            if ((tags[start] == BioTag.O || isSingleTokenSpan(tags, start)) && compound(body, tokens.get(start), out)) {
                continue;
            }
            if (!tags[start].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, start);
            Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
            String written = span.of(body);
            EntityType type = PublicationRule.cites(lower, start, end) && !isListedPlace(written) ? EntityType.ORG
                    : opensParagraph && isDatelinePlace(body, tokens, lower, start, end) ? EntityType.LOC
                    : tags[start].type();
            if (isNameLike(written) && !isWebAddress(body, span) && !isWriterCredit(type, lower, start, end)
                    && !(opensParagraph && isCreditLine(type, lower, start, end))) {
                String role = type == EntityType.PER ? roles.roleOf(body, tokens, lower, types, start, end) : null;
                out.add(new Mention(type, written, span, role));
                if (type == EntityType.ORG && opensBuilding(words, tags, start)) {
                    Span building = new Span(tokens.get(start - 1).start(), span.end());
                    out.add(new Mention(EntityType.LOC, building.of(body), building, null));
                }
            }
            start = end - 1;
        }
    }

    /**
     * Whether the organisation's name at {@code start} follows a capitalised word for its building, itself no part of
     * a name: "di Gedung KPK" names the building, a place, beside the commission (see
     * {@code organisation-buildings.txt}).
     */
    private static boolean opensBuilding(String[] words, BioTag[] tags, int start) {
        return start > 0 && tags[start - 1] == BioTag.O && Character.isUpperCase(words[start - 1].charAt(0))
                && namesBuilding(words[start - 1]);
    }

    /** Whether a word names an organisation's building before its name: {@code Gedung}. */
    static boolean namesBuilding(String word) {
        return ORGANISATION_BUILDINGS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name opening a paragraph is the place of a dateline, the outlet's address and a dash after it:
     * "BARCELONA, JUARA.net - Atletico Madrid meraih kemenangan" (IndoSum, juara.net, 2017), where the model
     * read the club.
     */
    private static boolean isDatelinePlace(String body, List<Token> tokens, String[] lower, int start, int end) {
        if (start != 0 || end + 1 >= tokens.size() || !lower[end].equals(",")) {
            return false;
        }
        int site = siteAddressEnd(body, tokens, end + 1);
        return site > end + 1 && site < lower.length && DASHES.contains(lower[site]);
    }

    /** A place the lists know is no publication, whose report it names: "Menurut laporan Belanda" (CLICK-ID, 2019). */
    private boolean isListedPlace(String written) {
        Gazetteer.Name listed = gazetteer.lookup(written);
        return listed != null && listed.type() == EntityType.LOC;
    }

    private static boolean isSingleTokenSpan(BioTag[] tags, int i) {
        return tags[i].isBegin() && (i + 1 == tags.length || !tags[i + 1].isInside());
    }

    /**
     * A hyphenated word joining listed names ("Rusia-Ukraina", "Jokowi-JK") names each of them; returns whether
     * it did. A prefixed adjective ("pro-Moskow") names nothing.
     */
    private boolean compound(String body, Token token, List<Mention> out) {
        String word = token.text();
        if (word.indexOf('-') < 0) {
            return false;
        }
        List<Mention> parts = new ArrayList<>();
        int from = 0;
        for (String part : word.split("-")) {
            Gazetteer.Name listed = part.isEmpty() || !Character.isUpperCase(part.charAt(0)) ? null : gazetteer.lookup(part);
            if (listed == null) {
                return false;
            }
            int start = token.start() + from;
            parts.add(new Mention(listed.type(), part, new Span(start, start + part.length()), null));
            from += part.length() + 1;
        }
        out.addAll(parts);
        return true;
    }

    private boolean isNameLike(String written) {
        if (written.indexOf(' ') < 0 && (tagger.isCommonWord(written) && gazetteer.lookup(written) == null
                && !ActingOrganisationRule.PLATFORMS.contains(written.toLowerCase(Locale.ROOT))
                || FACILITY_KINDS.contains(written.toLowerCase(Locale.ROOT)))) {
            return false; // "Anda", "Senin", "PLTS"; a platform tagged is one acting (ActingOrganisationRule)
        }
        for (int i = 0; i < written.length(); i++) {
            if (Character.isUpperCase(written.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a site named by its address ends, when one opens at token {@code at}: a word and its domain suffixes
     * written together ({@code Kompas.com}, {@code Kontan.co.id}), not part of a longer address ({@code
     * www.bmkg.go.id}, an e-mail). The outlet a report is quoted from or made for is an organisation of the story
     * ("kata Teguh kepada Kompas.com", kompas.com, 9 September 2019; "Menurut pantauan tribunnews.com",
     * tribunnews.com, 10 September 2019); returns {@code at} when no site opens there.
     */
    private static int siteAddressEnd(String body, List<Token> tokens, int at) {
        Token name = tokens.get(at);
        if (name.text().length() < 2 || !Character.isLetter(name.text().charAt(0))
                || name.start() > 0 && ADDRESS_MARKS.indexOf(body.charAt(name.start() - 1)) >= 0) {
            return at;
        }
        int end = at + 1;
        while (end + 1 < tokens.size() && tokens.get(end).text().equals(".")
                && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).start() == tokens.get(end).end()
                && WEB_SUFFIXES.contains(tokens.get(end + 1).text().toLowerCase(Locale.ROOT))) {
            end += 2;
        }
        boolean longer = end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                && ADDRESS_MARKS.indexOf(tokens.get(end).text().charAt(0)) >= 0 && end + 1 < tokens.size()
                && tokens.get(end + 1).start() == tokens.get(end).end();
        return end > at + 1 && !longer ? end : at;
    }

    /**
     * Whether an entity's name is a site's address ({@code Kompas.com}): the outlet a report is quoted from, which
     * says nothing of what happened.
     */
    public static boolean isSiteAddress(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && WEB_SUFFIXES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** "Gatra" in "Gatra.com", "COM" in "SERAMBINEWS.COM": the name of a site, written as its address. */
    private static boolean isWebAddress(String body, Span span) {
        if (span.start() > 0 && body.charAt(span.start() - 1) == '.'
                && WEB_SUFFIXES.contains(span.of(body).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int dot = span.end();
        if (dot >= body.length() || body.charAt(dot) != '.') {
            return false;
        }
        int end = dot + 1;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        return WEB_SUFFIXES.contains(body.substring(dot + 1, end).toLowerCase(Locale.ROOT));
    }

    /** "(Ade/cnn)", "(wk/Sisi)": the writer's initials or name closing the article. */
    private static boolean isWriterCredit(EntityType type, String[] lower, int start, int end) {
        return type == EntityType.PER && start > 0 && lower[start - 1].equals("(") && end < lower.length
                && lower[end].equals("/");
    }

    /**
     * "WowKeren - Presiden ...", "Jakarta (ANTARA News) - ...": an outlet crediting itself at the head of a
     * paragraph.
     */
    private static boolean isCreditLine(EntityType type, String[] lower, int start, int end) {
        if (type == EntityType.LOC || start > CREDIT_LINE_MAX_START || end >= lower.length) {
            return false;
        }
        int next = lower[end].equals(")") ? end + 1 : end;
        return next < lower.length && DASHES.contains(lower[next]);
    }
}
