namespace NewsFigures;

/// <summary>One way a text states its own date on a line of its own; <see cref="Name"/> says which, for the reader.</summary>
internal abstract class OwnDatePattern
{
    /// <summary>"metadata line", "updated line", "dateline", "date line": what <see cref="ArticleInfo.DateFrom"/> shows.</summary>
    public abstract string Name { get; }

    /// <summary>The date this line states about its text, or null when the line is not of this kind.</summary>
    public abstract DateOnly? Read(string line);
}
