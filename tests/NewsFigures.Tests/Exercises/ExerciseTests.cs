using NewsFigures.Exercises;

namespace NewsFigures.Tests.Exercises;

public sealed class ExerciseTests
{
    [Fact]
    public void A_digest_reads_back_as_written_and_matches_only_its_answer()
    {
        var digest = AnswerDigest.Of("1. percent figures", 98);

        var parsed = AnswerDigest.Parse(digest.ToString());

        Assert.Equal(digest, parsed);
        Assert.Matches("^[0-9a-f]{16}:[0-9a-f]{64}$", digest.ToString());
        Assert.True(parsed.Matches(98));
        Assert.False(parsed.Matches(97));
        Assert.False(parsed.Matches("98"));
    }

    [Fact]
    public void Answers_compare_by_their_json_text_so_a_whole_number_matches_in_any_numeric_type()
    {
        var digest = AnswerDigest.Of("q", 98);

        Assert.True(digest.Matches(98L));
        Assert.True(digest.Matches(98.0));
        Assert.False(digest.Matches(98.5));
    }

    [Fact]
    public void The_salt_comes_from_the_question_so_one_answer_to_two_questions_digests_differently_and_always_the_same()
    {
        var first = AnswerDigest.Of("1. perYear", 84);

        Assert.Equal(first, AnswerDigest.Of("1. perYear", 84));
        Assert.NotEqual(first.Salt, AnswerDigest.Of("2. nextYear", 84).Salt);
        Assert.NotEqual(first.Hash, AnswerDigest.Of("2. nextYear", 84).Hash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef:1234")]
    [InlineData("0123456789ABCDEF:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef:00")]
    public void Text_that_is_not_salt_colon_hash_is_refused_quoting_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => AnswerDigest.Parse(text));

        Assert.Contains($"'{text}' is not an answer digest", error.Message);
    }

    [Fact]
    public void The_teachers_check_compares_with_the_answer_and_prints_the_outcome_without_it()
    {
        var (right, rightPrinted) = Printed(() => Exercise.Check("2. biggest topic", "investment", "investment"));
        var (wrong, wrongPrinted) = Printed(() => Exercise.Check("1. percent figures", 0, 4711));

        Assert.Equal(new CheckOutcome("2. biggest topic", true), right);
        Assert.Equal("check: 2. biggest topic: correct.\n", rightPrinted);
        Assert.Equal(new CheckOutcome("1. percent figures", false), wrong);
        Assert.Equal("check: 1. percent figures: not yet.\n", wrongPrinted);
        Assert.DoesNotContain("4711", wrongPrinted);
    }

    [Fact]
    public void The_students_check_compares_with_the_digest()
    {
        var digest = AnswerDigest.Parse(AnswerDigest.Of("3. printings", 2).ToString());

        var (right, rightPrinted) = Printed(() => Exercise.Check("3. printings", 2, digest));
        var (wrong, wrongPrinted) = Printed(() => Exercise.Check("3. printings", 3, digest));

        Assert.True(right.Correct);
        Assert.Equal("check: 3. printings: correct.\n", rightPrinted);
        Assert.False(wrong.Correct);
        Assert.Equal("check: 3. printings: not yet.\n", wrongPrinted);
    }

    [Theory]
    [InlineData("check: 1. percent figures: correct.", "1. percent figures", true)]
    [InlineData("check: 2. a: b: not yet.\r", "2. a: b", false)]
    public void An_outcome_line_reads_back(string line, string question, bool correct) =>
        Assert.Equal(new CheckOutcome(question, correct), CheckOutcome.TryParse(line));

    [Theory]
    [InlineData("1. percent figures: correct.")]
    [InlineData("check: : correct.")]
    [InlineData("check: 1. percent figures: maybe.")]
    public void Other_lines_are_no_outcome(string line) => Assert.Null(CheckOutcome.TryParse(line));

    /// <summary>What a check prints; no other test of this project writes to the console while it runs.</summary>
    private static (CheckOutcome Outcome, string Printed) Printed(Func<CheckOutcome> check)
    {
        var original = Console.Out;
        var captured = new StringWriter { NewLine = "\n" };
        Console.SetOut(captured);
        try
        {
            return (check(), captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
