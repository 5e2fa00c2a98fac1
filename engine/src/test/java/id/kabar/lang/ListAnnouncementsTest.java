package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListAnnouncementsTest {

    /** kompas.com (10/9/2019): "Berikut nilai tukar dollar AS hari ini di 6 bank besar." over a table of six banks. */
    @Test
    void berikutAnnouncesTheListUnderIt() {
        assertThat(ListAnnouncements.opensAnnouncement("berikut")).isTrue();
    }

    /** "Inilah al qoul jadid (pendapat terbaru) dari Imam Syafi'i ..." is the text itself, no list's announcement. */
    @Test
    void inilahOpensTheTextItself() {
        assertThat(ListAnnouncements.opensAnnouncement("inilah")).isFalse();
    }
}
