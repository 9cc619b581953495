using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Papermill's parameters: overrides become C# assignments in a cell tagged "injected-parameters", placed
/// right after the cell tagged "parameters" (or first, when there is none) and kept in the executed notebook.
/// </summary>
internal static partial class ParameterCell
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    public static Notebook Inject(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        var cells = notebook.Cells.Where(c => !c.HasTag(InjectedTag)).ToList();
        if (parameters.Count == 0) return notebook with { Cells = cells };
        var source = new StringBuilder("// Parameters injected for this run\n");
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Identifier().IsMatch(name)) throw new ArgumentException($"parameter '{name}' is not a C# identifier.");
            source.Append(name).Append(" = ").Append(Literal(value)).Append(";\n");
        }
        var injected = NotebookCell.Code(source.ToString().TrimEnd('\n'), "injected-parameters").WithTags(InjectedTag);
        var at = cells.FindIndex(c => c.HasTag(ParametersTag));
        cells.Insert(at + 1, injected);
        return notebook with { Cells = cells };
    }

    /// <summary>Types a command-line value the way papermill does: int, then double, then bool, else string.</summary>
    public static string Literal(string value)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return integer is >= int.MinValue and <= int.MaxValue ? integer.ToString(CultureInfo.InvariantCulture) : integer.ToString(CultureInfo.InvariantCulture) + "L";
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number.ToString("R", CultureInfo.InvariantCulture) is var text && (text.Contains('.') || text.Contains('E')) ? text : text + ".0";
        if (bool.TryParse(value, out var flag)) return flag ? "true" : "false";
        return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
