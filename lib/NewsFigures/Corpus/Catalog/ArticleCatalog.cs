using System.Globalization;

namespace NewsFigures;

/// <summary>
/// The catalog beside the articles: one row per file with columns file, outlet, date (YYYY-MM-DD), authors
/// (separated by ';'), url, newspaper_page (yes/no), notes. Unknown columns are ignored; missing ones are blank.
/// </summary>
internal sealed class ArticleCatalog
{
    private readonly Dictionary<string, ArticleInfo> _byFile;

    private ArticleCatalog(Dictionary<string, ArticleInfo> byFile) => _byFile = byFile;

    public static ArticleCatalog None { get; } = new(new Dictionary<string, ArticleInfo>());

    public ArticleInfo For(string fileName) => _byFile.GetValueOrDefault(fileName) ?? ArticleInfo.Empty;

    /// <summary>Reads the catalog file; a malformed one gives a problem naming its line.</summary>
    public static ArticleCatalog Read(string path, out LoadProblem? problem)
    {
        problem = null;
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            problem = new LoadProblem(path, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new LoadProblem(path, $"cannot be read ({e.Message.TrimEnd('.')}).");
        }
        return None;
    }

    public static ArticleCatalog Parse(string csv)
    {
        var rows = CsvRows.Parse(csv);
        if (rows.Count == 0) return None;
        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int fileColumn = header.IndexOf("file");
        if (fileColumn < 0) throw new FormatException("line 1: the header has no 'file' column.");

        var byFile = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows.Skip(1))
        {
            string Get(string column)
            {
                int i = header.IndexOf(column);
                return i >= 0 && i < fields.Count ? fields[i].Trim() : "";
            }
            string file = Get("file");
            if (file.Length == 0) throw new FormatException($"line {line}: the 'file' field is empty.");
            if (byFile.ContainsKey(file)) throw new FormatException($"line {line}: '{file}' is listed twice.");
            var date = ParseDate(Get("date"), line);
            byFile[file] = new ArticleInfo
            {
                Outlet = Blank(Get("outlet")),
                Date = date,
                DateFrom = date is null ? null : "catalog",
                Authors = Get("authors").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Url = Blank(Get("url")),
                IsNewspaperPage = ParseYesNo(Get("newspaper_page"), line),
                Notes = Blank(Get("notes")),
            };
        }
        return new ArticleCatalog(byFile);
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static DateOnly? ParseDate(string value, int line)
    {
        if (value.Length == 0) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new FormatException($"line {line}: date '{value}' is not YYYY-MM-DD.");
    }

    private static bool ParseYesNo(string value, int line) => value.ToLowerInvariant() switch
    {
        "" or "no" or "false" or "0" => false,
        "yes" or "true" or "1" => true,
        _ => throw new FormatException($"line {line}: newspaper_page '{value}' is not yes or no."),
    };
}
