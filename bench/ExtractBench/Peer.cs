namespace ExtractBench;

#if WITH_RECOGNIZERS
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

/// <summary>
/// Microsoft.Recognizers.Text, English, with the models that cover what FigureExtractor finds: numbers, percentages,
/// currencies and dimensions. Models are built once and reused, as a careful caller would. Each paragraph is read on its
/// own, as the library expects sentence-sized input.
/// </summary>
internal sealed class Peer
{
    private readonly IModel[] _models;

    public Peer()
    {
        var numbers = new NumberRecognizer(Culture.English);
        var units = new NumberWithUnitRecognizer(Culture.English);
        _models = [numbers.GetNumberModel(), numbers.GetPercentageModel(), units.GetCurrencyModel(), units.GetDimensionModel()];
    }

    public static string Name => "Microsoft.Recognizers.Text 1.8.13 (number, percent, currency, dimension)";

    public static bool Available => true;

    public int Read(BenchText text)
    {
        int found = 0;
        foreach (var paragraph in text.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            foreach (var model in _models)
                found += model.Parse(paragraph).Count;
        return found;
    }
}
#else
/// <summary>Stands in when the bench is built with -p:WithRecognizers=false.</summary>
internal sealed class Peer
{
    public static string Name => "Microsoft.Recognizers.Text 1.8.13";

    public static bool Available => false;

    public int Read(BenchText text) => throw new NotSupportedException("built without Microsoft.Recognizers.Text");
}
#endif
