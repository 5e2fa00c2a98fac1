package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {
    @Test
    void anArticleAddressOnTheWebIsALink() {
        assertThat(WebAddress.href("https://www.suara.com/news/2022/02/28/delegasi.html?utm_source=rss&page=2"))
                .contains("https://www.suara.com/news/2022/02/28/delegasi.html?utm_source=rss&page=2");
        assertThat(WebAddress.href(" HTTP://Antaranews.com/berita/3970 ")).contains("HTTP://Antaranews.com/berita/3970");
    }

    /** Browsers drop tabs and newlines inside a scheme, so "javascript\n:" runs script as "javascript:" does. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript\n:alert(document.domain)", "java\tscript:alert(1)", "javascript:alert(1)",
            " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "//evil.example/x", "kompas/2024/03/banjir-demak.html", "http:alert(1)", "https://a b.com/", "file:///etc/passwd"})
    void anythingElseIsShownAsText(String url) {
        assertThat(WebAddress.href(url)).isEmpty();
    }
}
