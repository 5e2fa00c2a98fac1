package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.TimeZones;
import id.kabar.lang.WordLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags the tokens of a sentence with BIO entity tags.
 *
 * <p>{@link #tag} is the trained perceptron alone (name-list membership is one of its features): that is what
 * {@code kabar ner} writes and what is scored against the labelled corpora. {@link #tagForContract} puts the
 * output contract's rules on top, for the entity stage: a listed chain of {@link ContractRule}s, each small and
 * tested alone, run in this order:
 * <ol>
 *   <li>{@link MarkCut}: a mark inside a span ends it;</li>
 *   <li>{@link LowerCaseEdgeTrim}: lower-case words at a span's edges are left out ({@code kota Berdyansk});</li>
 *   <li>{@link OrganisationHeadRule}: an organisation head ({@code Kementerian}, {@code Badan}, {@code Partai},
 *       {@code RSUD}, {@code Puskesmas}) followed by capitalised words is an organisation up to the last of them;</li>
 *   <li>{@link CourtPanelRule}: a panel of judges is no name, the court after it is the organisation
 *       ({@code Majelis Hakim Pengadilan Negeri Bandung});</li>
 *   <li>{@link PlaceNounRule}: a lower-case place noun ({@code kota}, {@code desa}) followed by untagged
 *       capitalised words is a place;</li>
 *   <li>{@link PlaceListRule}: a list of three names or more after an administrative kind of place is a list of
 *       places ({@code Kabupaten Keerom, Puncak Jaya, Puncak, Asmat});</li>
 *   <li>{@link ListedNameRule}: a listed name the model missed is added, and a span that is exactly a listed
 *       name takes the listed type, so metonyms such as {@code Kremlin} or {@code Gedung Putih} are
 *       organisations and every country is a place, which the corpora do not always do;</li>
 *   <li>{@link LegislatureRule}: a legislature's word before a listed country is the chamber, an organisation
 *       ({@code Kongres AS});</li>
 *   <li>{@link SeatOfGovernmentPlaceRule}: a seat of government written after {@code di}, {@code ke} or {@code dari}
 *       is the building, a place ({@code di Istana Merdeka});</li>
 *   <li>{@link OrganisationPlaceRule}: a listed place right after an organisation is part of its name
 *       ({@code Perseru Badak Lampung});</li>
 *   <li>{@link NestedRegionRule}: a second kind of region inside a name opened by its kind opens the wider region
 *       ({@code Pemkab Pasangkayu Provinsi Sulawesi Barat});</li>
 *   <li>{@link OfficeFieldsRule}: an office whose name lists its fields with commas, closed by its region, is one
 *       organisation ({@code Dinas Pendidikan, Kepemudaan, dan Olahraga Kudus});</li>
 *   <li>{@link PublicationRule}: the capitalised words a report is quoted from are an organisation
 *       ({@code dilansir dari SPA});</li>
 *   <li>{@link StreetRule}: a capitalised street or venue word ({@code Jalan}, {@code Stadion}) and the capitalised
 *       words after it are a place, the street or the site ({@code Jalan Ahmad Yani}, {@code Stadion H. Agus Salim}),
 *       not a person;</li>
 *   <li>{@link ShortFormRule}: the short name in brackets after an organisation's long form is an organisation
 *       ({@code Himpunan Pengusaha Muda Indonesia (Hipmi)});</li>
 *   <li>{@link LoneHeadRule}: an organisation head (or tail) or a kind of place left alone is a common noun.</li>
 *   <li>{@link InitialsWithAgeRule}, {@link AddressPlaceRule}, {@link CoordinatedPersonRule},
 *       {@link BracketedAffiliationRule}, {@link GappedPersonRule}, {@link PatronymRule} and {@link NobleNameRule}
 *       (each says what it reads);</li>
 *   <li>{@link RankMarkRule}: the capitalised words after a rank's mark in brackets are its holder
 *       ({@code Kolonel Laut (P) Wahyu Dili Yudha Hadianto});</li>
 *   <li>{@link RankedHolderRule}: a rank inside a person's name opens the holder's name, the words before it are
 *       the title's office ({@code Kapolsek Tebet Kompol Alexander Yurikho});</li>
 *   <li>{@link ListedOrganisationHolderRule}: after a job title, the capitalised words the model ran onto a listed
 *       organisation, or onto an office closed by its listed place, are its holder ({@code CEO Persija Jakarta Ferry
 *       Paulus}, {@code Perwira Piket Sudin PKP Jakarta Barat Rahmat Kartolo});</li>
 *   <li>{@link RegionHeadPlaceRule}: the name between a region's head's title and its holder is the region
 *       ({@code Bupati Tabalong, H Anang Syakhfiani});</li>
 *   <li>{@link PersonAmongPlacesRule}: a name read as a person in a list of places is a place ({@code yakni Halim
 *       Perdanakusuma, Karawang, Walini, dan Tegal Luar});</li>
 *   <li>{@link PersonAmongOrganisationsRule}: a name read as a person in a list of organisations is an organisation
 *       ({@code Oppo, Realme, Redmi, Vivo, Motorola dan HMD Global});</li>
 *   <li>{@link LeagueNameRule}: the country closing a league's name is no place ({@code Liga Primer Inggris});</li>
 *   <li>{@link OriginPlaceRule}: a place of origin the model ran into the person after it is the place, then the
 *       person ({@code asal Jepang Keisuke Honda});</li>
 *   <li>{@link ProductFeatureRule}: the name of a product's feature or colour is no entity ({@code fitur cerdas
 *       Ultra Game Mode});</li>
 *   <li>{@link EnglishNameOfRule}: the words after the English {@code of} of a name are no person ({@code Book of
 *       Even Odds});</li>
 *   <li>{@link WorkTitleRule}: the name after a kind of work or a character's cue is a title or a character, no
 *       entity ({@code serial televisi GTO}, {@code berperan sebagai Blue Ranger});</li>
 *   <li>{@link NumberedWorkRule}: a name read as a person with a small number closing the phrase after it is a
 *       sequel or an edition, no entity ({@code Forza Horizon 3, yang});</li>
 *   <li>{@link QuotedTitleRule}: a name filling a pair of single quotes is a show's or a film's title, no entity
 *       ({@code populer' Real Men'});</li>
 *   <li>{@link KoreanGivenNameRule}: a person's name stopped at a hyphen before a romanised Korean syllable runs
 *       on through it ({@code Kim Min - jong});</li>
 *   <li>{@link EnglishTitleRule}: an English job title opening an organisation's name is no part of it
 *       ({@code Head of Communications Uber Indonesia}), and alone no name;</li>
 *   <li>{@link TitleTailRule}: the last field of a long job title run into its holder's name is the title's
 *       ({@code Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya});</li>
 *   <li>{@link OfficeWordsPersonRule}: a person's name made only of the words of titles, units and organisation
 *       heads is no one ({@code Humas}, {@code Satreskrim});</li>
 *   <li>{@link AcademicTitleHolderRule}: an academic title after short forms inside a name opens its holder, the
 *       short forms are the holder's institution ({@code UNS Dr Pujiyono});</li>
 *   <li>{@link InterjectionRule}: a word shaped as a cry ({@code Hmm}, {@code Astagaaa}) is no name;</li>
 *   <li>{@link CrowdNameRule}: a name counted as a crowd is the people it names, no entity ({@code ribuan
 *       Venetian});</li>
 *   <li>{@link LanguageNameRule}: a place's name after a word for a language is the language, no entity
 *       ({@code bahasa Jawa}).</li>
 * </ol>
 *
 * <p>The shipped model is rebuilt with {@code kabar train-ner} (see its help); rebuild it after the name lists
 * change, since list membership is a feature.
 */
public final class NamedEntityTagger {
    static final String MODEL_RESOURCE = "ner-model.bin.gz";
    /** The particles written glued to the word they stress ("ambillah", "akankah", "itupun"). */
    private static final List<String> PARTICLES = WordLists.read(WordLists.class, "particles.txt");
    /** "Allah" is no "al" with a particle: a stem needs three letters ("ambil", "akan", "itu"). */
    private static final int MIN_STEM = 3;

    private final PerceptronModel model;
    private final Gazetteer gazetteer;
    private final FeatureExtractor features;
    private final Set<String> notNames;
    /** The contract's rules, in the order they are put on the model's tags: each sees what the last left. */
    private final List<ContractRule> contractRules;

    private static final class Holder {
        static final NamedEntityTagger STANDARD = loadStandard();
    }

    NamedEntityTagger(PerceptronModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.features = new FeatureExtractor(gazetteer, model.lexicon, model.tableBits);
        Set<String> common = new HashSet<>(WordLists.set(WordLists.class, "not-names.txt"));
        common.addAll(ActingOrganisationRule.PLATFORMS); // no names where something is posted on them
        this.notNames = Collections.unmodifiableSet(common); // a hash set, as WordLists.set gives
        this.contractRules = List.of(new MarkCut(), new LowerCaseEdgeTrim(), new OrganisationHeadRule(), new CourtPanelRule(),
                new PlaceNounRule(this::isCommonWord), new PlaceListRule(), new ListedNameRule(this::mayBeCommonWord), new LegislatureRule(), new SeatOfGovernmentPlaceRule(),
                new OrganisationPlaceRule(), new NestedRegionRule(this::isCommonWord), new RegionBeforeProvinceRule(), new OfficeFieldsRule(this::mayBeCommonWord), new PublicationRule(this::mayBeCommonWord), new StreetRule(this::mayBeCommonWord), new ShortFormRule(this::mayBeCommonWord), new LoneHeadRule(), new HospitalNamesakeRule(), new InitialsWithAgeRule(),
                new AddressPlaceRule(), new CoordinatedPersonRule(), new BracketedAffiliationRule(), new GappedPersonRule(),
                new PatronymRule(), new NobleNameRule(), new RankMarkRule(this::isCommonWord), new RankedHolderRule(), new OfficeTitlePlaceRule(),
                new ListedOrganisationHolderRule(this::isCommonWord), new RegionHeadPlaceRule(), new PersonAmongPlacesRule(), new PersonAmongOrganisationsRule(), new LeagueNameRule(), new OriginPlaceRule(this::isCommonWord), new ProductFeatureRule(), new EnglishNameOfRule(),
                new WorkTitleRule(), new NumberedWorkRule(), new QuotedTitleRule(), new KoreanGivenNameRule(), new EnglishTitleRule(), new TitleTailRule(),
                new OfficeWordsPersonRule(), new PersonAfterTradeRule(), new AcademicTitleHolderRule(), new InterjectionRule(), new CrowdNameRule(),
                new LanguageNameRule(), new LawNameRule());
    }

    /** The model shipped in the engine's jar with the standard name lists. */
    public static NamedEntityTagger standard() {
        return Holder.STANDARD;
    }

    private static NamedEntityTagger loadStandard() {
        try (InputStream in = NamedEntityTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the named-entity model " + MODEL_RESOURCE + " is missing from the build");
            }
            return new NamedEntityTagger(PerceptronModel.read(in), Gazetteer.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named-entity model", e);
        }
    }

    /** A model written by {@link #save}, with the standard name lists. */
    public static NamedEntityTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NamedEntityTagger(PerceptronModel.read(in), Gazetteer.standard());
        }
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Whether a word is an ordinary word even when capitalised: mostly written lower-case in running text
     * ({@code Kota}, {@code Pasukan}), or a form of address, day or month ({@code Anda}, {@code Senin}).
     */
    boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return notNames.contains(lower) || Calendar.isIndonesianDayOrMonth(lower) || TimeZones.isIndonesian(lower)
                || isLowerCase(lower) || isLowerCase(withoutParticle(lower));
    }

    private boolean isLowerCase(String lower) {
        return lower != null && Lexicon.caseClass(model.lexicon.lookup(lower)) == CaseProfile.LOWER;
    }

    /**
     * The word without a particle glued to it ("Ambillah", "Akankah", "Itupun" opening a sentence), which the case
     * profile rarely sees; null when there is none or too little is left to be a word. "Willypun" keeps its name.
     */
    private static String withoutParticle(String lower) {
        for (String particle : PARTICLES) {
            if (lower.endsWith(particle) && lower.length() - particle.length() >= MIN_STEM) {
                return lower.substring(0, lower.length() - particle.length());
            }
        }
        return null;
    }

    /** Whether a word is at least as often an ordinary word as part of a name ({@code Kota}, {@code Presiden}). */
    boolean mayBeCommonWord(String word) {
        int c = Lexicon.caseClass(model.lexicon.lookup(word.toLowerCase(Locale.ROOT)));
        return c == CaseProfile.MIXED || isCommonWord(word);
    }

    /** One tag per token, as the trained model sees it (name lists are among its features). */
    public BioTag[] tag(String[] tokens) {
        String[] lower = FeatureExtractor.lowerCase(tokens);
        return tag(tokens, lower, gazetteer.find(tokens, lower));
    }

    private BioTag[] tag(String[] tokens, String[] lower, List<Gazetteer.Match> listed) {
        if (tokens.length == 0) {
            return new BioTag[0];
        }
        float[] emit = new float[tokens.length * PerceptronModel.T];
        features.extract(tokens, lower, listed, (token, ids, count) -> model.addWeights(emit, token, ids, count));
        return model.decode(emit);
    }

    /**
     * The model's tags with the contract's typing on top: listed names and organisation patterns. Training
     * corpora leave some countries untagged when they act as a party ({@code Israel menyerang}); the contract
     * counts every country as a place, so this is what the entity stage uses.
     */
    public BioTag[] tagForContract(String[] tokens) {
        return tagForContract(tokens, FeatureExtractor.lowerCase(tokens));
    }

    /** As {@link #tagForContract(String[])}, given the tokens in lower case ({@link FeatureExtractor#lowerCase}). */
    BioTag[] tagForContract(String[] tokens, String[] lower) {
        List<Gazetteer.Match> listed = gazetteer.find(tokens, lower);
        ContractSentence sentence = new ContractSentence(tokens, lower, listed, tag(tokens, lower, listed));
        for (ContractRule rule : contractRules) {
            rule.apply(sentence);
        }
        return sentence.tags();
    }

    /** Scores the tagger on gold sentences. */
    public SpanScore score(List<TaggedSentence> gold) {
        SpanScore score = new SpanScore();
        for (TaggedSentence s : gold) {
            score.add(s.tags(), tag(s.tokens()));
        }
        return score;
    }
}
