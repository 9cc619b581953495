using NewsFigures.Notebooks;

namespace RenderBench;

/// <summary>A notebook shaped like the project's: prose, a data cell, a table, a grouped summary and an interactive chart.</summary>
internal static class SyntheticNotebook
{
    public static Notebook Create(int number) => Notebook.CSharp(
        NotebookCell.Markdown($"# Synthetic notebook {number}\n\nA generated notebook for timing the renderer.\n\n| a | b |\n|---|---|\n| 1 | 2 |", "intro"),
        NotebookCell.Code($$"""
            record Point(int Year, string Metric, double Value);
            var points = Enumerable.Range(0, 400).Select(i => new Point(2000 + i % 25, "metric " + (i % 7), Math.Round(i * 1.5 + {{number}}, 2))).ToList();
            Console.WriteLine($"{points.Count} points");
            """, "data"),
        NotebookCell.Code("points.Take(20)", "table"),
        NotebookCell.Code("points.GroupBy(p => p.Metric).Select(g => new { Metric = g.Key, Total = g.Sum(p => p.Value), Years = g.Select(p => p.Year).Distinct().Count() }).OrderBy(r => r.Metric)", "summary"),
        NotebookCell.Code("""
            class LineChart(IEnumerable<(int X, double Y)> points)
            {
                public IReadOnlyDictionary<string, object> ToMimeBundle() => new Dictionary<string, object>
                {
                    ["application/vnd.plotly.v1+json"] = System.Text.Json.JsonSerializer.Serialize(new
                    {
                        data = new[] { new { type = "scatter", x = points.Select(p => p.X), y = points.Select(p => p.Y) } },
                        layout = new { font = new { family = "Liberation Sans" } },
                    }),
                    ["text/csv"] = "x,y\n" + string.Concat(points.Select(p => $"{p.X},{p.Y}\n")),
                    ["text/plain"] = "line chart",
                };
            }
            new LineChart(points.GroupBy(p => p.Year).Select(g => (g.Key, g.Sum(p => p.Value))))
            """, "chart"),
        NotebookCell.Markdown("That is all.", "end"));
}
