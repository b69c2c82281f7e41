namespace Portal.Domain;

/// <summary>Small rules for text people type: the same everywhere it is stored or searched.</summary>
public static class PlainWords
{
    /// <summary>Words separated by single spaces: runs of whitespace, line breaks and tabs folded, ends trimmed.</summary>
    public static string Fold(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>At most <paramref name="maxLength"/> characters, never cutting a surrogate pair (an emoji, a rare CJK character) in half.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= maxLength ? text : text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
    }
}
