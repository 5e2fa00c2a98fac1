package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.text.Token;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoleFinderTest {
    private final RoleFinder finder = new RoleFinder();

    /** The role of {@code person} in {@code sentence}; {@code names} are the other names and their types. */
    private String role(String sentence, String person, Object... names) {
        List<Token> tokens = TextSegmenter.tokens(sentence, 0, sentence.length());
        String[] lower = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        EntityType[] types = new EntityType[tokens.size()];
        int[] personAt = mark(sentence, tokens, types, person, EntityType.PER);
        for (int i = 0; i < names.length; i += 2) {
            mark(sentence, tokens, types, (String) names[i], (EntityType) names[i + 1]);
        }
        return finder.roleOf(sentence, tokens, lower, types, personAt[0], personAt[1]);
    }

    private static int[] mark(String sentence, List<Token> tokens, EntityType[] types, String name, EntityType type) {
        int start = sentence.indexOf(name);
        int end = start + name.length();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
                types[i] = type;
                first = first < 0 ? i : first;
                last = i + 1;
            }
        }
        return new int[] {first, last};
    }

    @Test
    void titleBeforeTheNameAfterAComma() {
        assertThat(role("“Kami siap,” ujar juru bicara Kremlin, Dmitry Peskov.", "Dmitry Peskov",
                "Kremlin", EntityType.ORG)).isEqualTo("juru bicara Kremlin");
        assertThat(role("\"Teman-teman,\" kata Menteri Luar Negeri Belarusia, Vladimir Makei, saat membuka pertemuan.",
                "Vladimir Makei", "Belarusia", EntityType.LOC)).isEqualTo("Menteri Luar Negeri Belarusia");
    }

    @Test
    void titleRightBeforeTheName() {
        assertThat(role("Presiden Rusia Vladimir Putin masih enggan menarik pasukan.", "Vladimir Putin",
                "Rusia", EntityType.LOC)).isEqualTo("Presiden Rusia");
        assertThat(role("Para pejabat telah mengakhiri pembicaraan, menurut pernyataan penasihat presiden Ukraina "
                + "Mykhailo Podolyak.", "Mykhailo Podolyak", "Ukraina", EntityType.LOC))
                .isEqualTo("penasihat presiden Ukraina");
        assertThat(role("Gubernur Riau Syamsuar meninjau lokasi kebakaran lahan.", "Syamsuar", "Riau", EntityType.LOC))
                .isEqualTo("Gubernur Riau");
    }

    @Test
    void professionsAreTitlesToo() {
        assertThat(role("Aktor Hollywood, Miles Teller kembali mencuri perhatian lewat film barunya.", "Miles Teller",
                "Hollywood", EntityType.LOC)).isEqualTo("Aktor Hollywood");
        assertThat(role("Film itu digarap sutradara Ben Younger.", "Ben Younger")).isEqualTo("sutradara");
    }

    @Test
    void titleAfterTheName() {
        assertThat(role("Kabar tersebut disampaikan langsung oleh Dmitry Peskov selaku juru bicara.", "Dmitry Peskov"))
                .isEqualTo("juru bicara");
        assertThat(role("Vladimir Medinsky, kepala delegasi Rusia, mengatakan kesepakatan harus dicapai.",
                "Vladimir Medinsky", "Rusia", EntityType.LOC)).isEqualTo("kepala delegasi Rusia");
    }

    @Test
    void aNameInBracketsIsNoShortFormInsideTheTitle() {
        assertThat(role("\"Karena sudah disetujui para presiden (Volodymyr) Zelenskyy dan Putin, Anda bisa merasa aman.\"",
                "Zelenskyy", "Volodymyr", EntityType.PER, "Putin", EntityType.PER)).isNull();
        assertThat(role("Gubernur Bank Indonesia (BI) Agus Martowardojo menyampaikan pandangannya.", "Agus Martowardojo",
                "Bank Indonesia", EntityType.ORG, "BI", EntityType.ORG)).isEqualTo("Gubernur Bank Indonesia (BI)");
    }

    @Test
    void noTitleWhereNoneIsWritten() {
        assertThat(role("Sejumlah pemimpin dunia meminta Putin untuk menghentikan perang.", "Putin")).isNull();
    }

    @Test
    void aTitleLeadingIntoAnotherNameIsThatPersonsTitle() {
        assertThat(role("Putin, Presiden Prancis Emmanuel Macron dan Kanselir Olaf Scholz berbicara lewat telepon.",
                "Putin", "Prancis", EntityType.LOC, "Emmanuel Macron", EntityType.PER)).isNull();
    }
}
