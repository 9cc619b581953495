using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// The reader is total. Any mutation of a notebook as VS Code's Polyglot Notebooks saves it (bytes flipped, cut
/// short, bytes inserted, fields set to other kinds of JSON or removed, nesting 10,000 deep) either reads, and then
/// answers everything the runner and the renderer ask of it and writes back stably, or fails with one line that
/// starts with the file's name. No other exception, ever.
/// </summary>
public partial class NotebookMutationTests(ITestOutputHelper log)
{
    private const string Origin = "mutant.ipynb";

    /// <summary>New random inputs each run: a failure prints the smallest mutation CsCheck shrank it to and the seed that
    /// replays it (CsCheck_Seed=...). The count, not a clock, bounds the run: a few seconds.</summary>
    private const int Mutants = 10_000;

    private static readonly string Original = Fixtures.Text(Fixtures.Polyglot);
    private static readonly byte[] OriginalBytes = Encoding.UTF8.GetBytes(Original);
    private static readonly string[] Pointers = JsonEdits.Pointers(JsonNode.Parse(Original)).Select(p => p.Pointer).ToArray();
    private static readonly string[] ObjectPointers = JsonEdits.Pointers(JsonNode.Parse(Original)).Where(p => p.Node is JsonObject).Select(p => p.Pointer).ToArray();

    [Fact]
    public void Any_mutation_of_a_polyglot_notebook_reads_or_fails_with_one_line_naming_the_file()
    {
        var clock = Stopwatch.StartNew();
        var read = 0;
        var refused = 0;

        Mutations.Sample(mutations =>
        {
            if (ReadsOrSaysWhere(Apply(mutations))) Interlocked.Increment(ref read);
            else Interlocked.Increment(ref refused);
        }, iter: Mutants, print: m => string.Join("; ", m.Select(x => x.ToString())));

        log.WriteLine($"{read + refused} mutants in {clock.Elapsed.TotalSeconds:0.0} s: {read} read, {refused} refused with one line");
        Assert.True(read > Mutants / 20 && refused > Mutants / 2, $"{read} read, {refused} refused: the mutations are too mild or too harsh");
    }

    /// <summary>True when the notebook reads; false when it is refused as it should be; throws otherwise.</summary>
    private static bool ReadsOrSaysWhere(byte[] bytes)
    {
        Notebook notebook;
        try
        {
            notebook = Notebook.Parse(bytes, Origin);
        }
        catch (InvalidDataException e)
        {
            Assert.Matches(Place(), e.Message);
            Assert.DoesNotContain('\n', e.Message);
            Assert.DoesNotContain('\r', e.Message);
            return false;
        }
        _ = (notebook.Title, notebook.Summary);
        foreach (var cell in notebook.Cells)
        {
            _ = (cell.Tags, cell.HasTag("parameters"), PolyglotMetadata.CellLanguage(cell.Metadata), cell.WithTags("x"));
            foreach (var output in cell.Outputs)
                _ = (output.OutputType, output.Data, output.Text, output.StreamName, output.ErrorName, output.ErrorValue, output.Traceback);
        }
        var written = notebook.ToJson();
        Assert.Equal(written, Notebook.Parse(written, Origin).ToJson());
        return true;
    }

    [GeneratedRegex(@"^mutant\.ipynb(: |, cell \d+(, output \d+)?: )")]
    private static partial Regex Place();

    private static byte[] Apply(Mutation[] mutations)
    {
        var edits = mutations.OfType<Replace>().Select(r => (r.Pointer, r.Json)).ToList();
        var bytes = edits.Count == 0 ? OriginalBytes : Encoding.UTF8.GetBytes(JsonEdits.Apply(Original, edits));
        foreach (var mutation in mutations) bytes = mutation.Apply(bytes);
        return bytes;
    }

    private abstract record Mutation
    {
        public virtual byte[] Apply(byte[] bytes) => bytes;
    }

    /// <summary>A field set to another kind of JSON (or removed, when Json is null); applied to the tree before byte edits.</summary>
    private sealed record Replace(string Pointer, string? Json) : Mutation;

    private sealed record Flip(int Position, byte Mask) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0) return bytes;
            var flipped = (byte[])bytes.Clone();
            flipped[Position % bytes.Length] ^= Mask;
            return flipped;
        }
    }

    private sealed record Truncate(int Length) : Mutation
    {
        public override byte[] Apply(byte[] bytes) => bytes[..Math.Min(Length, bytes.Length)];
    }

    private sealed record Insert(int Position, byte[] Bytes) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var at = Position % (bytes.Length + 1);
            return [.. bytes[..at], .. Bytes, .. bytes[at..]];
        }

        public override string ToString() => $"Insert {{ Position = {Position}, Bytes = {Convert.ToHexString(Bytes)} }}";
    }

    private static readonly Gen<string> Values = Gen.OneOf<string>(
        Gen.OneOf("{}", "{\"a\": 1}", "[]", "[1, \"x\", null]", "[\"x\", \"y\"]", "0", "-1", "1.5", "1e400", "2147483648",
            "\"\"", "\"x\"", "\"line\\n\"", "\"\\ud800\"", "\"\\u0000\"", "true", "false", "null",
            "\"code\"", "\"markdown\"", "\"raw\"", "\"stream\"", "\"error\"", "\"display_data\"", "\"execute_result\""),
        Gen.Select(Gen.Int[60, 10_000], Gen.OneOf("[", "{\"a\": "),
            (depth, open) => string.Concat(Enumerable.Repeat(open, depth)) + "1" + new string(open == "[" ? ']' : '}', depth)));

    private static readonly string[] Fields =
        ["nbformat", "nbformat_minor", "metadata", "cells", "cell_type", "id", "source", "outputs", "execution_count", "attachments",
         "output_type", "name", "text", "data", "ename", "evalue", "traceback", "tags", "polyglot_notebook", "dotnet_interactive",
         "kernelName", "language", "format", "text/plain", "image/png"];

    private static readonly Gen<Mutation> Replacements = Gen.OneOf<Mutation>(
        Gen.Select(Gen.Int[0, Pointers.Length - 1], Values.Null(0.15), (i, json) => (Mutation)new Replace(Pointers[i], json)),
        Gen.Select(Gen.Int[0, ObjectPointers.Length - 1], Gen.OneOf(Fields), Values,
            (i, field, json) => (Mutation)new Replace($"{ObjectPointers[i]}/{field.Replace("/", "~1", StringComparison.Ordinal)}", json)));

    private static readonly Gen<Mutation> Flips =
        Gen.Select(Gen.Int[0, OriginalBytes.Length - 1], Gen.Byte[1, 255], (at, mask) => (Mutation)new Flip(at, mask));

    private static readonly Gen<Mutation> Insertions = Gen.Select(Gen.Int[0, OriginalBytes.Length], Gen.OneOf<byte[]>(
        Gen.OneOf("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "\"\\ud800\"", "\"id\": 1, ", "\u2028", "\uFEFF")
            .Select(Encoding.UTF8.GetBytes),
        Gen.OneOf<byte[]>([0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF]),
        Gen.Byte.Array[1, 4]), (at, inserted) => (Mutation)new Insert(at, inserted));

    private static readonly Gen<Mutation[]> Mutations = Gen.Frequency(
        (5, Replacements.Array[1, 3]),
        (2, Flips.Array[1, 4]),
        (1, Gen.Int[0, OriginalBytes.Length - 1].Select(length => new Mutation[] { new Truncate(length) })),
        (2, Insertions.Array[1, 3]),
        (1, Gen.Select(Replacements.Array[1, 2], Gen.OneOf<Mutation>(Flips, Insertions), (replaced, damaged) => replaced.Append(damaged).ToArray())));
}
