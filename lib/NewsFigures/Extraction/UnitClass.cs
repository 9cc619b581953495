namespace NewsFigures;

/// <summary>What kind of unit a figure carries.</summary>
internal enum UnitClass : byte { None, Percent, Currency, Measure, Times, Counted, Compound }
