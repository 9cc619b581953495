using DuckDB.NET.Data;

namespace NewsFigures.Tests.Tables;

/// <summary>A DuckDB query as a person would run it over exported files, rows as arrays of cells.</summary>
internal static class DuckDbQuery
{
    /// <summary>Rows of <paramref name="sql"/>; relative file names in it are looked up in <paramref name="folder"/>.</summary>
    public static List<object?[]> Rows(string folder, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return QueryRows.Read(connection, $"SET file_search_path = '{folder}'; {sql}");
    }
}
