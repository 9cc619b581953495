namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>Tests that need the engine's live events, stdin and interruption points (landing on main): skipped until this
/// branch merges main, then this file goes.</summary>
internal static class EngineContract
{
    public const string Pending = "awaits the engine's live events, Console.In and interruption points from main; remove the Skip when merging main";
}
