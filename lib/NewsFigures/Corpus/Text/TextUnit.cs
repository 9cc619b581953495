namespace NewsFigures;

/// <summary>
/// A paragraph in the making: one content line after inline clean-up, later possibly joined with the lines
/// that continue it. HeadingLevel is the count of leading '#' (0 when none); IsBoldOnly when the whole line was **bold**.
/// RawEnd is where the last line's content ends in the raw file: the anchor for a space or break inserted after it.
/// </summary>
internal sealed record TextUnit(MappedString Text, int FirstLine, int LastLine, int RawEnd, int HeadingLevel, bool IsBoldOnly)
{
    public string Plain => Text.Text;
}
