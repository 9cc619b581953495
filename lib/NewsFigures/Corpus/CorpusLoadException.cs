namespace NewsFigures;

/// <summary>The corpus could not be loaded; the message is one line naming the file.</summary>
public sealed class CorpusLoadException : Exception
{
    public CorpusLoadException(string message) : base(message) { }

    public CorpusLoadException(LoadProblem problem) : base(problem.ToString()) => Problem = problem;

    public LoadProblem? Problem { get; }
}
