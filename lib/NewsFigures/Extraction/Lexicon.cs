using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>The closed word lists the extractor reasons with, looked up once per word while tokenizing.</summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, WordClass> Classes = Build();
    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordClass Classify(ReadOnlySpan<char> word) =>
        BySpan.TryGetValue(word, out var found) ? found : WordClass.None;

    // "692 new BEVs", "254,000 SMEs": an abbreviation counts the noun its last letter stands for, as a reader expands it.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviatedNouns =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EVs"] = "vehicle", ["BEVs"] = "vehicle", ["PHEVs"] = "vehicle", ["HEVs"] = "vehicle", ["NEVs"] = "vehicle",
            ["SMEs"] = "enterprise", ["MSMEs"] = "enterprise",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The counted noun a plural abbreviation stands for ("BEVs": vehicle), or null.</summary>
    public static string? NounOfAbbreviation(ReadOnlySpan<char> word) => AbbreviatedNouns.TryGetValue(word, out var noun) ? noun : null;

    private static FrozenDictionary<string, WordClass> Build()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map[w] = map.GetValueOrDefault(w) | c;
        }

        Add(WordClass.Cardinal, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen");
        Add(WordClass.Scale, "hundred thousand million billion trillion quadrillion quintillion mln bln bn mn bil lakh lakhs crore crores cr");
        Add(WordClass.Month, "january february march april may june july august september october november december "
            + "jan feb mar apr jun jul aug sep sept oct nov dec");
        Add(WordClass.MultipleWord, "twice double thrice triple quadruple");
        Add(WordClass.Fraction, "half third thirds quarter quarters fifth fifths tenth tenths");
        Add(WordClass.Multiplier, "doubled tripled quadrupled halved doubling tripling quadrupling");
        Add(WordClass.ChangeUp, "increase increased increases increasing rise rose risen rises rising growth grew grow grows growing "
            + "jump jumped jumps surge surged up gain gained gains climb climbed higher expansion expanded boost boosted "
            + "raise raised raises lift lifted hike hiked soared soar rallied strengthened appreciated widened grown rebound rebounded rebounds "
            + "advanced soars leapt leaped spiked spike spikes rocketed skyrocketed surges climbs upped swelled ballooned upturn improvement "
            + "leap leaps costlier dearer pricier");
        Add(WordClass.ChangeDown, "decrease decreased decreases decreasing decline declined declines declining fall fell falls falling fallen "
            + "depreciated depreciates depreciation "
            + "drop dropped drops dip dipped dips down lower cheaper cut cuts reduced reduction shrank shrink slumped slump plunged plunge "
            + "undercut undercuts lost loss weakened depreciated eased slid slipped tumbled narrowed shed shrunk sank sunk sinking sinks "
            + "reduce reduces reducing lose loses losing dived dove dives plummeted plummets slides tumbles "
            + "plunges slumps slashed slashes trimmed trims lowered lowers slide contracted downturn eases "
            + "slip slips tumble plummet shrinks retreated retreats tanked skidded sagged");
        Add(WordClass.ForecastCue, "would expected expects expect forecast forecasts forecasted projected predict predicts predicted "
            + "will estimated anticipated set poised plans plan planned aims aim intends targets");
        Add(WordClass.TimeUnit, "year years month months week weeks day days hour hours decade decades minute minutes quarter quarters");
        Add(WordClass.RelativeFrame, "past previous next last coming recent following preceding");
        Add(WordClass.FrameAfter, "later ago earlier before after");
        Add(WordClass.Preposition, "of in on at by for from to with across into onto over under between among through during since "
            + "per via around about against toward towards within after before without than like including concerning amid despite until upon "
            + "behind beyond beside below above inside outside along throughout versus");
        Add(WordClass.Determiner, "the a an this that these those its their his her our your my each every some any no another such");
        Add(WordClass.Auxiliary, "is are was were be been being has have had having will would can could shall should may might must do does did");
        // "Wages haven't increased": the negated forms, with either apostrophe
        const string Negated = "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't don't doesn't didn't";
        Add(WordClass.Auxiliary, Negated + " " + Negated.Replace('\'', '’'));
        Add(WordClass.Conjunction, "and or");
        Add(WordClass.ClauseWord, "which who whom whose that while whilst but where when whereas although though because if as");
        Add(WordClass.ShareCue, "accounted account accounting accounts capturing capture captured captures share shares representing "
            + "represent represented represents comprising comprise comprised");
        Add(WordClass.ReferenceWord, "page pages p pp section sections chapter chapters article articles paragraph figure fig table channel "
            + "no number item line row step version vol volume issue part appendix exhibit route flight room question");
        Add(WordClass.AttributionVerb, "said says say stated states reported reports noted notes predict predicts predicted wrote "
            + "estimate estimated estimates highlighted counted");
        Add(WordClass.NowWord, "now currently today presently");
        Add(WordClass.Classifier, "unit units piece pieces item items set sets");
        Add(WordClass.EventNoun, "final finals race races dash sprint relay hurdles freestyle butterfly backstroke breaststroke medley "
            + "marathon heat heats event events run");
        Add(WordClass.Stopword, "of in on at by for from to with across into the a an this that these those its their his her our "
            + "and or is are was were be been has have had will would who which whom whose while whilst but as than such there it "
            + "also only alone about around among within via per");
        Add(WordClass.Pronoun, "it this that which these those they we he she figure number");
        // "since January, they’ve edged up by 0.3%": a plural pronoun and its verb in one word refer back like the pronoun
        // ("it’s" and "that’s" are left alone: read as pronouns they cost the fresh set two units)
        Add(WordClass.Pronoun, "they've they’ve they're they’re we've we’ve we're we’re I'd I’d I'm I’m");
        Add(WordClass.ReleaseVerb, "released published issued announced unveiled");
        Add(WordClass.Ordinal, "first second third fourth fifth sixth seventh eighth ninth tenth");
        Add(WordClass.TimeStart, "between from next coming past last final this previous prior preceding a mid midyear at now currently today yesterday tomorrow "
            + "presently first second third fourth monday tuesday wednesday thursday friday saturday sunday fy");
        Add(WordClass.CommonVerb, "hit hits compares reach reaches lead leads handle handles host hosts produce produces make makes remain remains create "
            + "creates attract attracts invest invests boast boasts lack lacks hail hails beckons beckon calls call take "
            + "takes took saw sees see gain get gets spent spend spends employ employs won win wins stands stand stood become "
            + "becomes became offer offers hold holds held own owns run runs serve serves undercut forecast use uses supply "
            + "supplies need needs sold sell sells paid pay pays bought buy buys drew draw draws brought bring brings built "
            + "build builds made gave give gives came come comes went kept keep keeps found finds show shows lend lends lent "
            + "borrow borrows allocate allocates donate donates earn earns earmark earmarks led beat beats topped tops told tells go goes gone sat sits posted posts died dies die owed fled struck strikes fared claim remained stayed "
            + "flew flies sent sends lost loses ran drove wrote maintain maintains");
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
