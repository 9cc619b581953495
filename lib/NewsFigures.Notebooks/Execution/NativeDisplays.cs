using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// How values of the packages a C# notebook most often shows display natively here, registered with the Formatter when
/// their assembly loads and found by reflection, so this engine references none of them: a Plotly.NET GenericChart as
/// an interactive chart (plotly JSON, and HTML drawn with the page's plotly.js: nothing from a CDN), a ScottPlot Plot as a
/// PNG, a Microsoft.Data.Analysis DataFrame as a table. A formatter a cell registers for these types replaces ours.
/// </summary>
internal static class NativeDisplays
{
    private const int ImageWidth = 600, ImageHeight = 400;
    private static readonly Lazy<HashSet<Type>> Registered = new(Start);

    public static void Install() => _ = Registered.Value;

    /// <summary>The Formatter as a fresh process has it, with our native displays: what a restarted kernel session starts
    /// from, so formatters a notebook registered do not reach the next one.</summary>
    public static void Reset()
    {
        var registered = Registered.Value;
        lock (registered)
        {
            Formatter.ResetToDefault();
            registered.Clear();
        }
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()) Register(assembly, registered);
    }

    private static HashSet<Type> Start()
    {
        var registered = new HashSet<Type>();
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Register(e.LoadedAssembly, registered);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()) Register(assembly, registered);
        return registered;
    }

    private static void Register(Assembly assembly, HashSet<Type> registered)
    {
        var (typeName, register) = assembly.GetName().Name switch
        {
            "Plotly.NET" => ("Plotly.NET.GenericChart", (Action<Type>)PlotlyChart),
            "ScottPlot" => ("ScottPlot.Plot", ScottPlotImage),
            "Microsoft.Data.Analysis" => ("Microsoft.Data.Analysis.DataFrame", DataFrameTable),
            _ => (null, null),
        };
        if (typeName is null || assembly.GetType(typeName) is not { } type) return;
        lock (registered) if (!registered.Add(type)) return;
        register!(type);
    }

    private static void PlotlyChart(Type genericChart)
    {
        var toJson = genericChart.GetMethod("toFigureJson", BindingFlags.Public | BindingFlags.Static, [genericChart])
            ?? throw new MissingMethodException(genericChart.FullName, "toFigureJson");
        string Json(object chart) => (string)toJson.Invoke(null, [chart])!;
        Formatter.Register(genericChart, (chart, writer) => writer.Write(Json(chart)), PlotlyHtml.Mime);
        Formatter.Register(genericChart, (chart, writer) => writer.Write(PlotlyHtml.Fragment(Json(chart))), HtmlFormatter.MimeType);
        Formatter.Register(genericChart, (_, writer) => writer.Write("Plotly.NET chart"), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(genericChart, PlotlyHtml.Mime, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }

    private static void ScottPlotImage(Type plot)
    {
        var getBytes = plot.GetMethod("GetImageBytes", BindingFlags.Public | BindingFlags.Instance);
        var format = plot.Assembly.GetType("ScottPlot.ImageFormat");
        if (getBytes is null || format is null) return;
        var png = Enum.Parse(format, "Png");
        Formatter.Register(plot, (value, writer) =>
            writer.Write(Convert.ToBase64String((byte[])getBytes.Invoke(value, [ImageWidth, ImageHeight, png])!)), "image/png");
        Formatter.Register(plot, (_, writer) => writer.Write($"ScottPlot plot, {ImageWidth} × {ImageHeight} px"), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(plot, "image/png", PlainTextFormatter.MimeType);
    }

    private static void DataFrameTable(Type dataFrame)
    {
        Formatter.Register(dataFrame, (frame, writer) => writer.Write(HtmlTable.OfDataFrame(frame)), HtmlFormatter.MimeType);
        Formatter.Register(dataFrame, (frame, writer) => writer.Write(frame.ToString()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(dataFrame, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
