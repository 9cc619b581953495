using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>A cell tagged for an exercise; <see cref="Place"/> names it in errors as "cell N (id X)".</summary>
internal sealed record ExerciseCell(int Index, NotebookCell Cell, ExerciseRole Role, string Place);
