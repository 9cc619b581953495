using System.Text.Json;

namespace NewsFigures.Tests.Extraction;

/// <summary>One hand-checked figure of data/gold/figures.jsonl.</summary>
public sealed record GoldFigure(string File, string Piece, int Start, int End, string Text, double Value, string? Unit,
    string? Qualifier, string Kind, string Metric, string? Period, string? Attribution, string Sentence, string Topic)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<GoldFigure> Load(string path) =>
        System.IO.File.ReadLines(path).Where(l => l.Length > 0)
            .Select((line, i) => JsonSerializer.Deserialize<GoldFigure>(line, Options)
                ?? throw new InvalidDataException($"{path}:{i + 1}: empty gold line"))
            .ToList();
}
