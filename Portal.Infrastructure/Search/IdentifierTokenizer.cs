using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Portal.Infrastructure.Search;

/// <summary>Splits on anything but letters, digits and the characters identifiers and paths are made of.</summary>
public sealed class IdentifierTokenizer(LuceneVersion version, TextReader input) : CharTokenizer(version, input)
{
    protected override bool IsTokenChar(int c) =>
        c is '-' or '_' or '.' or '/' or '{' or '}' || (Rune.TryCreate(c, out var rune) && Rune.IsLetterOrDigit(rune));
}
