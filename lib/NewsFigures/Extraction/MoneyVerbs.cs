using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>
/// Verbs whose object is an amount of money, with the noun that names what the amount is: "will invest $56.4 billion
/// to build a power grid" states an investment, "plans to spend a record 650 billion yuan on the network" a spending.
/// </summary>
internal static class MoneyVerbs
{
    private const int MaxWordsBetween = 3;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Nouns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["invest"] = "investment", ["invests"] = "investment", ["invested"] = "investment", ["investing"] = "investment",
            ["spend"] = "spending", ["spends"] = "spending", ["spent"] = "spending", ["spending"] = "spending",
            ["allocate"] = "allocation", ["allocates"] = "allocation", ["allocated"] = "allocation", ["allocating"] = "allocation",
            ["earmark"] = "allocation", ["earmarks"] = "allocation", ["earmarked"] = "allocation",
            ["borrow"] = "borrowing", ["borrows"] = "borrowing", ["borrowed"] = "borrowing",
            ["lend"] = "lending", ["lends"] = "lending", ["lent"] = "lending",
            ["donate"] = "donation", ["donates"] = "donation", ["donated"] = "donation",
            ["pledge"] = "pledge", ["pledges"] = "pledge", ["pledged"] = "pledge",
            ["earn"] = "earnings", ["earns"] = "earnings", ["earned"] = "earnings",
            ["save"] = "savings", ["saves"] = "savings", ["saved"] = "savings",
            ["cost"] = "cost", ["costs"] = "cost",
            ["pay"] = "payment", ["pays"] = "payment", ["paid"] = "payment", ["paying"] = "payment",
            ["subsidize"] = "subsidies", ["subsidized"] = "subsidies", ["subsidise"] = "subsidies", ["subsidised"] = "subsidies",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The noun for the money verb right before an amount ("invest $5 billion", "spend a record $5 billion"),
    /// or null. Only determiners and a few words such as "record" or "additional" may stand between.</summary>
    public static string? NounBefore(SentenceTokens s, int amountFirst, int clauseStart)
    {
        // "Monthly costs topped $50": a figure that opens with its own verb makes the word before it a noun
        if (s.IsLower(amountFirst) && QualifierReader.IsBoundingVerb(s.Span(amountFirst))) return null;
        for (int k = amountFirst - 1; k >= clauseStart && amountFirst - k <= MaxWordsBetween + 1; k--)
        {
            if (!s.IsWord(k)) return null;
            if (s.IsLower(k) && Nouns.TryGetValue(s.Span(k), out var noun)) return noun;
            if (!s.Has(k, WordClass.Determiner) && !IsInsertedWord(s.Span(k)) && !IsWhomItCosts(s, k)) return null;
        }
        return null;
    }

    /// <summary>"the £1.8bn paid for the rights", "the $2 billion spent on roads": the noun of a money verb's past participle,
    /// or null.</summary>
    public static string? NounOfParticiple(ReadOnlySpan<char> word) =>
        word is "paid" or "spent" or "invested" or "allocated" or "earmarked" or "pledged" or "donated" or "borrowed" or "lent"
            && Nouns.TryGetValue(word, out var noun) ? noun : null;

    // "costs parents £152 a week", "cost the economy £2bn", "cost them $5": who pays a cost stands between it and its amount
    private static bool IsWhomItCosts(SentenceTokens s, int k)
    {
        int verb = s.Has(k - 1, WordClass.Determiner) ? k - 2 : k - 1;
        return (s.Is(verb, "cost") || s.Is(verb, "costs")) && s.IsLower(k) && s.IsWord(k)
            && (s.Span(k) is "them" or "us" or "him" or "her" or "it" || !Clauses.IsVerbLike(s, k) && !s.Has(k, WordClass.Preposition | WordClass.Stopword));
    }

    private static bool IsInsertedWord(ReadOnlySpan<char> w) =>
        w is "record" or "additional" or "extra" or "further" or "total" or "combined" or "estimated" or "another";
}
