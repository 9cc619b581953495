namespace NewsFigures.Notebooks;

public enum ProgressStage { Started, CellStarted, CellFinished, Cached, Executed, Failed, PageWritten, PdfWritten }

/// <summary>One progress event. Cell is 1-based (0 when the event is about the whole notebook).</summary>
public sealed record NotebookProgress(string Notebook, ProgressStage Stage, int Cell = 0, int CellCount = 0);
