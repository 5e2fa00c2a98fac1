package id.kabar.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/**
 * The state a Nuxt 3 page hands its scripts as one flat JSON array in {@code <script type="application/json"
 * id="__NUXT_DATA__">}, each object naming its values by their place in the array: {@code [["ShallowReactive",1],
 * {"data":2},...,{"id":5,"title":6,"publishedAt":8},21734,"Pemkot Bogor ...","...","2024-03-14T08:45:00+07:00",...]},
 * so the article's {@code publishedAt} is the text at index 8.
 */
final class NuxtPayload {
    /** The id Nuxt 3 gives the payload's script; an app of its own name marks it with {@link #APP_ATTRIBUTE} too. */
    private static final String ELEMENT_ID = "__NUXT_DATA__";
    private static final String APP_ATTRIBUTE = "data-nuxt-data";
    /** A payload is read whole; one longer than a page's JSON-LD may be ({@code MAX_JSON_LD_CHARS}) is not read. */
    private static final int MAX_PAYLOAD_CHARS = 2_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private NuxtPayload() {
    }

    static boolean isPayload(Element script) {
        return script.id().equals(ELEMENT_ID) || script.hasAttr(APP_ATTRIBUTE);
    }

    /**
     * The text at each index of the payload, null where the value there is no text, the index is out of the array or the
     * payload is no JSON array.
     */
    static IntFunction<String> texts(String payload) {
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            return i -> null;
        }
        JsonNode values;
        try {
            values = JSON.readTree(payload.strip());
        } catch (JsonProcessingException e) {
            return i -> null;  // a broken payload names nothing
        }
        if (values == null || !values.isArray()) {
            return i -> null;
        }
        return i -> values.get(i) != null && values.get(i).isTextual() ? values.get(i).asText() : null;
    }
}
