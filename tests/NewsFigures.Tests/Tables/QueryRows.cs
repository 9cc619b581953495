using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsFigures.Tests.Tables;

/// <summary>The rows of a SQL query on an export, as arrays of cells with null for NULL: how the tests read SQLite and DuckDB alike.</summary>
internal static class QueryRows
{
    public static List<object?[]> Read(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A query on a SQLite file, opened read-only.</summary>
    public static List<object?[]> Sqlite(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return Read(connection, sql);
    }
}
