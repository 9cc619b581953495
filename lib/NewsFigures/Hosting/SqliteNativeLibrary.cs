using System.Runtime.CompilerServices;

namespace NewsFigures;

/// <summary>Lets <see cref="FigureTable.WriteSqlite"/> find e_sqlite3 in hosts that do not probe <c>runtimes/</c>.</summary>
internal static class SqliteNativeLibrary
{
#pragma warning disable CA2255 // a library's module initializer is the point: it must run before any SQLite call, in any host
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => NativeLibraryFallback.Register(() => typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly);
}
