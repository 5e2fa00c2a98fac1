package id.kabar.spark.tables;

import id.kabar.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The names and struct types the tables share, and the conversions of the engine's values into row values. */
final class Columns {
    /** The partition column of every table: the day a row is filed under. */
    static final String DAY = "day";

    /** A fact's place in its article body: UTF-16 offsets, end exclusive, as in the contract. */
    static final StructType SPAN = DataTypes.createStructType(List.of(
            Column.INDEX.named("start"), Column.INDEX.named("end")));

    private Columns() {
    }

    static StructField listOf(String name, DataType element) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(element, false), false);
    }

    /** A list column's value. */
    static Seq<Object> list(List<?> values) {
        return CollectionConverters.asScala(List.<Object>copyOf(values)).toList();
    }

    /** A date column's value; Spark takes a {@link java.sql.Date}, read and written as the same calendar day. */
    static java.sql.Date day(LocalDate day) {
        return day == null ? null : java.sql.Date.valueOf(day);
    }

    /** The item at {@code index}, or null when the list has none there. */
    static <T> T at(List<T> items, int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    static Row span(Span span) {
        return RowFactory.create(span.start(), span.end());
    }
}
