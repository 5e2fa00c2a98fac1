package id.kabar.spark.tables;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** The kinds of column the tables hold: each a Spark type, and whether a row may leave it null. */
enum Column {
    /** An id or a text every row has. */
    KEY(DataTypes.StringType, false),
    TEXT(DataTypes.StringType, true),
    /** A position in a list or a body, which every row has. */
    INDEX(DataTypes.IntegerType, false),
    DATE(DataTypes.DateType, true),
    NUMBER(DataTypes.DoubleType, false),
    /** A group member's figure, null when the run does not hold the member's article. */
    MEASURE(DataTypes.DoubleType, true),
    /** A group member's offset into its article body, null when the run does not hold the article. */
    OFFSET(DataTypes.IntegerType, true),
    TEXTS(DataTypes.createArrayType(DataTypes.StringType, false), false);

    private final DataType type;
    private final boolean nullable;

    Column(DataType type, boolean nullable) {
        this.type = type;
        this.nullable = nullable;
    }

    StructField named(String name) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
