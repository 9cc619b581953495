namespace NewsFigures;

/// <summary>The extractor failed on one piece of a corpus: a fault in a rule, not in the text. The message names the file
/// and piece so the text can be reported and the rule found; the fault itself is the inner exception.</summary>
public sealed class ExtractionException(string message, Exception inner) : Exception(message, inner);
