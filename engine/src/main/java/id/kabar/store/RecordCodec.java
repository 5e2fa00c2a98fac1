package id.kabar.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Turns the model records into bytes and back for the store's files. The records are the schema:
 * a stored article reads back equal to the one written. Days are ISO dates; an instant (an article's
 * {@code publishedAt}) is ISO-8601 with its offset, written only when known, so a record stored before it was kept
 * reads back without it and an older engine, which skips what it does not know, reads a newer record.
 */
final class RecordCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(asText(asText(new SimpleModule("dates"), LocalDate.class, LocalDate::toString, LocalDate::parse),
                    Instant.class, Instant::toString, at -> OffsetDateTime.parse(at).toInstant()));

    /** Registers {@code type} to be written as the text {@code write} gives and read back with {@code read}. */
    private static <T> SimpleModule asText(SimpleModule module, Class<T> type, Function<T, String> write,
            Function<String, T> read) {
        return module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider p) throws IOException {
                out.writeString(write.apply(value));
            }
        }).addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext c) throws IOException {
                return read.apply(in.getValueAsString());
            }
        });
    }

    static {
        JSON.configOverride(Instant.class).setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null));
    }

    private RecordCodec() {
    }

    static byte[] article(AnnotatedArticle article) {
        return write(article);
    }

    static AnnotatedArticle article(byte[] json) {
        return read(json, AnnotatedArticle.class);
    }

    static byte[] corpus(LinkedCorpus corpus) {
        return write(corpus);
    }

    static LinkedCorpus corpus(byte[] json) {
        return read(json, LinkedCorpus.class);
    }

    static ObjectMapper json() {
        return JSON;
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new StoreException("stored record does not decode: " + e.getMessage(), e);
        }
    }
}
