using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>Plural nouns recognised and turned singular, for counted units ("universities" is "university").</summary>
internal static class Inflection
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Irregular =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["people"] = "person", ["children"] = "child", ["men"] = "man", ["women"] = "woman", ["staff"] = "staff",
            ["personnel"] = "personnel", ["police"] = "police", ["cattle"] = "cattle", ["data"] = "data", ["media"] = "media",
            ["mice"] = "mouse", ["feet"] = "foot", ["teeth"] = "tooth", ["geese"] = "goose", ["criteria"] = "criterion",
            ["series"] = "series", ["species"] = "species", ["buses"] = "bus", ["gases"] = "gas",
            ["aircraft"] = "aircraft", ["spacecraft"] = "spacecraft", ["livestock"] = "livestock", ["sheep"] = "sheep",
            ["deer"] = "deer", ["fish"] = "fish", ["salmon"] = "salmon", ["trout"] = "trout", ["movies"] = "movie", ["cookies"] = "cookie",
            ["calories"] = "calorie", ["zombies"] = "zombie", ["rookies"] = "rookie", ["selfies"] = "selfie",
            // "-oes" and "-ves" plurals news counts
            ["tornadoes"] = "tornado", ["potatoes"] = "potato", ["tomatoes"] = "tomato", ["heroes"] = "hero", ["volcanoes"] = "volcano",
            ["torpedoes"] = "torpedo", ["mosquitoes"] = "mosquito", ["cargoes"] = "cargo", ["embargoes"] = "embargo", ["vetoes"] = "veto",
            ["lives"] = "life", ["knives"] = "knife", ["wives"] = "wife", ["wolves"] = "wolf", ["calves"] = "calf", ["halves"] = "half",
            ["shelves"] = "shelf", ["loaves"] = "loaf", ["thieves"] = "thief",
        }.Concat(MenCompounds()).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "12,000 fishermen": compounds of "men" news counts ("specimen", "abdomen" are singular, so no rule on the ending)
    private static IEnumerable<KeyValuePair<string, string>> MenCompounds() =>
        "fisher fire police service business chair spokes sports crafts congress gun line sea work trades fresh clergy"
            .Split(' ').Select(w => KeyValuePair.Create(w + "men", w + "man"));

    private static readonly string[] NotPlural = ["news", "physics", "economics", "mathematics", "politics", "access", "process", "business", "analysis", "basis", "status", "bonus", "census", "corpus", "virus", "campus", "focus", "chaos", "gas", "bus", "lens", "its", "this", "thus", "always", "perhaps", "whereas", "across", "various", "previous", "famous", "serious", "numerous", "us", "is", "was", "has", "does", "his", "yes", "ms", "measles", "mumps", "diabetes", "rabies"];

    public static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (Irregular.TryGetValue(word, out _)) return true;
        if (word.Length < 3 || word[^1] != 's') return false; // "NHS", "ATMS": an abbreviation in capitals is no plural
        if (word[^2] is '\'' or '’') return false;
        if (word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("is", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var w in NotPlural) if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // "download speed", "the need", "seed funding": nouns whose -ed ending is no past tense
    private static readonly string[] NounsInEd = ["speed", "need", "seed", "feed", "breed", "greed", "hatred", "kindred"];

    /// <summary>Whether a lower-case word ending in -ed is a noun ("speed", "need"), not a verb's past tense.</summary>
    public static bool IsNounInEd(ReadOnlySpan<char> word)
    {
        foreach (var noun in NounsInEd)
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The plural of a singular lower-case unit noun: "day" is "days", "city" is "cities", "person" is "people".</summary>
    public static string Plural(string singular)
    {
        if (singular is "person") return "people";
        if (singular.Length > 1 && singular[^1] == 'y' && !"aeiou".Contains(singular[^2])) return singular[..^1] + "ies";
        if (singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith("ch") || singular.EndsWith("sh")) return singular + "es";
        return singular + "s";
    }

    public static string Singular(ReadOnlySpan<char> word)
    {
        if (Irregular.TryGetValue(word, out var irregular)) return irregular;
        var w = word.ToString().ToLowerInvariant();
        if (!IsPlural(word)) return w;
        if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
        // "quizzes", "taxes"; but "prizes", "sizes": a "z" after a vowel keeps its "e"
        if (w.EndsWith("zzes")) return w[..^3];
        if (w.EndsWith("zes") && w.Length > 4 && "aeiouy".Contains(w[^4])) return w[..^1];
        if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes") || w.EndsWith("zes")) return w[..^2];
        return w[..^1];
    }
}
