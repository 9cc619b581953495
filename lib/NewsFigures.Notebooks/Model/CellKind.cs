namespace NewsFigures.Notebooks;

/// <summary>The three nbformat 4 cell types.</summary>
public enum CellKind { Markdown, Code, Raw }
