namespace NewsFigures;

/// <summary>
/// Names the formatter source that displays a type in a notebook, by .NET Interactive's convention: its Formatting
/// library finds an attribute of exactly this name on the displayed value's type, creates the source, and uses its
/// formatters for the <see cref="PreferredMimeTypes"/>, in order. So our libraries reference no notebook package, and
/// every host (.NET Interactive, our runner) shows a value the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>A class with a public parameterless constructor and <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>What a notebook receives for a value of the type, richest first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
