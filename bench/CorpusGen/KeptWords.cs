using System.Collections.Frozen;

namespace CorpusGen;

/// <summary>
/// Words that carry or frame a figure (number words, scales, units, months, time words, bounds). They are never replaced
/// and never inserted, so every generated file states its figures the way its seed paragraphs do and extraction does the
/// same work per byte.
/// </summary>
internal static class KeptWords
{
    private static readonly FrozenSet<string> Words = string.Join(' ',
            "zero three four five seven eight nine eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen",
            "nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundred hundreds thousand thousands",
            "million millions billion billions trillion trillions half third thirds quarter quarters fifth fifths tenth tenths",
            "double doubled triple tripled halved percent percentage cent basis point points times",
            "yuan renminbi dollar dollars euro euros rupees pound pounds",
            "flops eflops pflops tflops watts gigawatts megawatts kilowatts kilowatt megawatt gigawatt hours",
            "kilometers kilometres kilometer kilometre meters metres meter metre miles mile kilograms kilogram tons tonnes tonne",
            "hectares",
            "january february march april june july august september october november december",
            "year years month months week weeks days decade decades minutes quarter annual annually",
            "past previous next last coming recent following earlier later since from until",
            "more less fewer than nearly almost about around approximately roughly over under above below least most",
            "exceeding exceeds exceed average some")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
