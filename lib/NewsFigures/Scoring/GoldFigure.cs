using System.Text.Json;

namespace NewsFigures;

/// <summary>One hand-annotated figure of a gold file (data/gold/figures.jsonl and its README give the keys and rules):
/// where it is (<see cref="File"/>, UTF-16 offsets <see cref="Start"/>..<see cref="End"/> into the raw text) and every
/// field the extractor should find.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record GoldFigure(string File, string Piece, int Start, int End, string Text, double Value, string? Unit,
    string? Qualifier, string Kind, string Metric, string? Period, string? Attribution, string Sentence, string? Topic)
{
    /// <summary>"more than 100,000 model | Qwen derivative models | - | 000_acd0283a066f7ea4.txt 2616-2633": as a found
    /// figure reads, with its place.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Text} {Unit ?? "-"} | {Metric} | {Period ?? "-"} | {File} {Start}-{End}");

    /// <summary>This annotation as a found figure of its article, so a second annotator can be scored like the extractor
    /// (no rules decided its fields; a kind the guide does not name fails naming the figure).</summary>
    public CorpusFigure AsFound(ArticleInfo article)
    {
        if (!Enum.TryParse<FigureKind>(Kind, ignoreCase: true, out var kind))
            throw new InvalidDataException($"{File} {Start}-{End}: kind '{Kind}' is not one of {string.Join(", ", Enum.GetNames<FigureKind>()).ToLowerInvariant()}");
        var figure = new Figure(Value, Unit, Qualifier, kind, Metric, Period, Attribution, Sentence, Text, Start, End);
        return new CorpusFigure(File, 1, Piece, article, figure);
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Reads a gold file, one JSON object per line; a line that is not a gold figure fails naming its line.</summary>
    public static IReadOnlyList<GoldFigure> Load(string path)
    {
        if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"{path}: no such gold file");
        var gold = new List<GoldFigure>();
        int number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            gold.Add(Parse(line) ?? throw new InvalidDataException($"{path}:{number}: not a gold figure (file, start, end, text, value, kind and metric are needed)"));
        }
        return gold;
    }

    private static GoldFigure? Parse(string line)
    {
        try
        {
            var figure = JsonSerializer.Deserialize<GoldFigure>(line, Options);
            return figure is { File: not null, Text: not null, Kind: not null, Metric: not null } && figure.End > figure.Start ? figure : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
