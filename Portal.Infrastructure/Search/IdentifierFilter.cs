using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Keeps only identifier-like tokens for the identifiers field: trimmed of edge punctuation and
/// containing an inner <c>-</c>, <c>/</c> or <c>.</c> (<c>UK.OBIE.Field.Missing</c>). A path also yields
/// its hyphenated segments, so <c>/domestic-payments/{DomesticPaymentId}</c> is found by <c>/domestic-payments</c>.
/// </summary>
/// <remarks>
/// The text chain splits these identifiers into words (StandardTokenizer breaks at hyphens and
/// slashes); this field is what lets a whole identifier outrank a text that merely has its words.
/// </remarks>
public sealed class IdentifierFilter : TokenFilter
{
    private static readonly char[] EdgePunctuation = ['-', '_', '.', '/'];

    private static readonly SearchValues<char> InnerMarks = SearchValues.Create("-/.");

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _segments = new();

    public IdentifierFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_segments.Count > 0)
        {
            _term.SetEmpty().Append(_segments.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        while (m_input.IncrementToken())
        {
            // Most tokens are plain words: skip them before allocating anything.
            if (_term.Buffer.AsSpan(0, _term.Length).IndexOfAny(InnerMarks) < 0)
            {
                continue;
            }

            var trimmed = Trim(new string(_term.Buffer, 0, _term.Length));
            if (trimmed.AsSpan().IndexOfAny(InnerMarks) < 0)
            {
                continue;
            }

            if (trimmed.Contains('/', StringComparison.Ordinal))
            {
                foreach (var segment in trimmed.Split('/'))
                {
                    var part = Trim(segment);
                    if (part.Contains('-', StringComparison.Ordinal) && part != trimmed)
                    {
                        _segments.Enqueue(part);
                    }
                }
            }

            _term.SetEmpty().Append(trimmed);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _segments.Clear();
    }

    /// <summary>Edge punctuation goes; braces only when unpaired, so <c>{DomesticPaymentId}</c> stays as written.</summary>
    private static string Trim(string token)
    {
        var trimmed = token.Trim(EdgePunctuation);
        if (trimmed.StartsWith('{') && !trimmed.Contains('}', StringComparison.Ordinal))
        {
            trimmed = trimmed.TrimStart('{').Trim(EdgePunctuation);
        }

        if (trimmed.EndsWith('}') && !trimmed.Contains('{', StringComparison.Ordinal))
        {
            trimmed = trimmed.TrimEnd('}').Trim(EdgePunctuation);
        }

        return trimmed;
    }
}
