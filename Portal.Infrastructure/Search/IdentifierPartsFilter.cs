using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Emits a compound word-like token whole and then its parts: split at case changes (including the
/// end of an acronym: OBWrite → OB, Write), between letters and digits, and at <c>_</c> and <c>.</c>.
/// The whole token is marked as a keyword so the stemmer leaves it intact.
/// </summary>
/// <remarks>
/// Lucene's WordDelimiterFilter keeps OBWrite together and cannot be taught the acronym rule, hence
/// this filter. Positions mirror WordDelimiterFilter: the whole token and the first part share a
/// position, further parts follow, so phrases work the same at index and query time.
/// </remarks>
public sealed class IdentifierPartsFilter : TokenFilter
{
    private static readonly string AlphanumType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    private readonly List<(int Start, int Length)> _parts = [];
    private char[] _whole = new char[64];
    private int _nextPart;
    private int _wholeStartOffset;
    private bool _offsetsMatchTerm;
    private State? _state;

    public IdentifierPartsFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_state is not null)
        {
            EmitPart();
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_type.Type != AlphanumType || _keyword.IsKeyword || !Split(_term.Buffer, _term.Length))
        {
            return true;
        }

        if (_whole.Length < _term.Length)
        {
            _whole = new char[_term.Length];
        }

        Array.Copy(_term.Buffer, _whole, _term.Length);
        _wholeStartOffset = _offset.StartOffset;
        _offsetsMatchTerm = _offset.EndOffset - _offset.StartOffset == _term.Length;
        _keyword.IsKeyword = true;
        _state = CaptureState();
        _nextPart = 0;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _state = null;
        _parts.Clear();
    }

    private void EmitPart()
    {
        RestoreState(_state);
        var (start, length) = _parts[_nextPart];
        _term.CopyBuffer(_whole, start, length);
        _keyword.IsKeyword = false;
        _position.PositionIncrement = _nextPart == 0 ? 0 : 1;
        if (_offsetsMatchTerm)
        {
            _offset.SetOffset(_wholeStartOffset + start, _wholeStartOffset + start + length);
        }

        _nextPart++;
        if (_nextPart == _parts.Count)
        {
            _state = null;
        }
    }

    /// <summary>Fills <see cref="_parts"/>; true when the token has more than one part.</summary>
    private bool Split(char[] buffer, int length)
    {
        _parts.Clear();
        var partStart = -1;
        for (var i = 0; i < length; i++)
        {
            var kind = Classify(buffer[i]);
            if (kind == CharKind.Delimiter)
            {
                if (partStart >= 0)
                {
                    _parts.Add((partStart, i - partStart));
                    partStart = -1;
                }

                continue;
            }

            if (partStart >= 0 && IsBoundary(Classify(buffer[i - 1]), kind, i + 1 < length ? Classify(buffer[i + 1]) : CharKind.Delimiter))
            {
                _parts.Add((partStart, i - partStart));
                partStart = i;
            }
            else if (partStart < 0)
            {
                partStart = i;
            }
        }

        if (partStart >= 0)
        {
            _parts.Add((partStart, length - partStart));
        }

        return _parts.Count > 1;
    }

    private static bool IsBoundary(CharKind previous, CharKind current, CharKind next) =>
        (previous == CharKind.Lower && current == CharKind.Upper)
        || (previous == CharKind.Upper && current == CharKind.Upper && next == CharKind.Lower)
        || ((previous == CharKind.Digit) != (current == CharKind.Digit) && previous != CharKind.Delimiter);

    private static CharKind Classify(char c)
    {
        if (char.IsSurrogate(c))
        {
            // Letters outside the BMP: never split inside one.
            return CharKind.Other;
        }

        if (char.IsUpper(c))
        {
            return CharKind.Upper;
        }

        if (char.IsLower(c))
        {
            return CharKind.Lower;
        }

        if (char.IsDigit(c))
        {
            return CharKind.Digit;
        }

        // Apostrophes stay inside words (don't, it’s); other punctuation the tokenizer left in a token separates parts.
        return char.IsLetter(c) || c == '\'' || c == '\u2019' ? CharKind.Other : CharKind.Delimiter;
    }

    private enum CharKind
    {
        Delimiter,
        Upper,
        Lower,
        Digit,
        Other,
    }
}
