namespace NewsFigures;

/// <summary>
/// One formatter of a formatter source, by .NET Interactive's convention (members found by name): a MIME type and
/// <c>Format(instance, writer)</c>. It declares no <c>Type</c>, so Formatting registers it for the type whose
/// <see cref="TypeFormatterSourceAttribute"/> named the source: one source can serve many types.
/// </summary>
internal sealed class ConventionFormatter(string mimeType, Func<object, string> format)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer)
    {
        writer.Write(format(instance));
        return true;
    }
}
