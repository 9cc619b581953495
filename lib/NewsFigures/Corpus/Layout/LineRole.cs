namespace NewsFigures;

/// <summary>What a raw line is, decided before paragraphs are assembled.</summary>
internal enum LineRole
{
    Blank,
    Content,
    /// <summary>A photo caption, or the text following a "caption:" label.</summary>
    Caption,
    /// <summary>A bare label such as "Image caption:" announcing the caption on the next line.</summary>
    CaptionLabel,
    /// <summary>Site furniture: menus, share widgets, copyright, datelines, statements.</summary>
    Boilerplate,
}
