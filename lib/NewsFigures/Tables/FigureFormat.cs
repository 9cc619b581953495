namespace NewsFigures;

/// <summary>The export formats of a figure table (<see cref="FigureWriter"/>).</summary>
public enum FigureFormat
{
    /// <summary>One JSON object a line, in the gold's shape (data/gold/figures.jsonl).</summary>
    JsonLines,

    /// <summary>RFC 4180 CSV with the JSON-lines columns.</summary>
    Csv,

    /// <summary>A SQLite database with tables figures and articles; a file only.</summary>
    Sqlite,

    /// <summary>Apache Parquet, the figures table's columns and types; a file only.</summary>
    Parquet,
}
