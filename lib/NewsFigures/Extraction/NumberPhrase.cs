namespace NewsFigures;

/// <summary>How a number was written.</summary>
internal enum NumberForm : byte { Digits, Words, Fraction, Multiplier, BareScale }

/// <summary>A number read from tokens [First, Last]: its value with the scale applied.
/// Fractions carry percent values (one-third is 33.33); multipliers carry the factor (doubled is 2, halved is 0.5).</summary>
internal readonly record struct NumberPhrase(int First, int Last, double Value, NumberForm Form, bool HasScale);
