using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Papermill's parameters: overrides become assignments in the notebook's language (C#, or Python for a Python kernel)
/// in a cell tagged "injected-parameters", placed right after the cell tagged "parameters" (or first, when there is
/// none) and kept in the executed notebook.
/// </summary>
internal static partial class ParameterCell
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <param name="language">The kernel's language: "C#" (the default) or "python".</param>
    public static Notebook Inject(Notebook notebook, IReadOnlyDictionary<string, string> parameters, string language = "C#")
    {
        var cells = notebook.Cells.Where(c => !c.HasTag(InjectedTag)).ToList();
        if (parameters.Count == 0) return notebook with { Cells = cells };
        var python = language.Equals("python", StringComparison.OrdinalIgnoreCase);
        if (!python && language is not ("C#" or "csharp" or "c#"))
            throw new ArgumentException($"parameters can be given to C# and Python notebooks; this kernel's language is {language}.");
        var source = new StringBuilder(python ? "# Parameters injected for this run\n" : "// Parameters injected for this run\n");
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Identifier().IsMatch(name)) throw new ArgumentException($"parameter '{name}' is not an identifier.");
            source.Append(name).Append(" = ").Append(python ? PythonLiteral(value) : Literal(value)).Append(python ? "\n" : ";\n");
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

    /// <summary>The same typing in Python: int, float, True/False, else a string literal.</summary>
    public static string PythonLiteral(string value)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer.ToString(CultureInfo.InvariantCulture);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number.ToString("R", CultureInfo.InvariantCulture) is var text && (text.Contains('.') || text.Contains('E')) ? text : text + ".0";
        if (bool.TryParse(value, out var flag)) return flag ? "True" : "False";
        var escaped = new StringBuilder("\"");
        foreach (var c in value)
            escaped.Append(c switch { '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when c < ' ' => $"\\x{(int)c:x2}", _ => c.ToString() });
        return escaped.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
