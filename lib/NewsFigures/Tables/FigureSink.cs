namespace NewsFigures;

/// <summary>One export format as <see cref="FigureWriter"/> drives it: articles and figures in corpus order, then the end.</summary>
internal abstract class FigureSink : IDisposable
{
    /// <summary>An article's pieces, before its figures; only formats that list pieces keep them.</summary>
    public virtual void WriteArticle(Article article) { }

    /// <param name="id">1-based position of the figure in the output.</param>
    public abstract void WriteFigure(CorpusFigure figure, long id);

    /// <summary>Writes what the format keeps until the end (buffers, footers, a transaction).</summary>
    public abstract void Complete();

    public virtual void Dispose() { }
}
