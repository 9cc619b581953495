namespace NewsFigures;

/// <summary>Lexicon classes of a word; one word can have several.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Cardinal = 1 << 0,        // one .. ninety
    Scale = 1 << 1,           // hundred, thousand, million, billion, trillion
    Month = 1 << 2,
    Fraction = 1 << 3,        // half, third(s), quarter(s), fifth(s)
    Multiplier = 1 << 4,      // doubled, tripled, halved
    ChangeUp = 1 << 5,        // increase, rose, growth, up
    ChangeDown = 1 << 6,      // decrease, fell, dipped, down
    ForecastCue = 1 << 7,     // expected, will, forecast, predict
    TimeUnit = 1 << 8,        // year, month, week, day, hour, decade
    RelativeFrame = 1 << 9,   // past, previous, next, last, coming
    FrameAfter = 1 << 10,     // later, ago, earlier
    Preposition = 1 << 11,
    Determiner = 1 << 12,
    Auxiliary = 1 << 13,      // is, are, has, will ... (ends a noun phrase)
    Conjunction = 1 << 14,    // and, or
    ClauseWord = 1 << 15,     // which, who, that, while, but
    ShareCue = 1 << 16,       // accounted, share, capturing
    ReferenceWord = 1 << 17,  // page, section, chapter (a number after it is a reference)
    AttributionVerb = 1 << 18,// said, reported, predict: a speaker stands next to it
    NowWord = 1 << 19,        // now, currently, today
    Classifier = 1 << 20,     // units, pieces: stand for what they count
    EventNoun = 1 << 21,      // final, race, relay: "100-meter final" is a name
    Stopword = 1 << 22,       // dropped from metric comparison
    Pronoun = 1 << 23,        // it, this, which: metric comes from elsewhere
    ReleaseVerb = 1 << 24,    // released, published: "released in July" dates the source, not the figure
    Ordinal = 1 << 25,        // first, second, third (as rank words)
    TimeStart = 1 << 26,      // words a time expression can open with: between, next, last, mid, now ...
    CommonVerb = 1 << 27,     // hit, reach, lead, took, sold ...: verbs that are not -ed/-ing forms
    MultipleWord = 1 << 28,   // twice, double, triple: a multiple when they compare ("twice those of 1990")
}
