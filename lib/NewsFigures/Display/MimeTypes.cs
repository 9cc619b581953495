namespace NewsFigures;

/// <summary>The MIME types our values display as (constants, for attribute arguments).</summary>
internal static class MimeTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Csv = "text/csv";
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";
    public const string PlotlyJson = "application/vnd.plotly.v1+json";
}
