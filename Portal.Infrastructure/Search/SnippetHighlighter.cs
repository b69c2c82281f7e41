using System.Runtime.InteropServices;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Picks the short window of a text holding the most distinct query terms and returns it HTML-escaped
/// with the matches in &lt;mark&gt;. Where the matches come from the index analyzer, stemmed forms
/// (payments ↔ payment), identifier parts and Chinese bigrams highlight like they match: either read
/// from the index (<see cref="OffsetsFromPostings"/>, for a field indexed with offsets) or found by
/// re-analysing the text.
/// </summary>
/// <remarks>
/// Measured on the Open Banking corpus: re-analysing the ten hits of a query (often long sections with
/// big tables) was most of a search's time, 10 to 30 ms on a busy 2-core machine; the offsets in the
/// postings give the same matches in well under a millisecond.
/// </remarks>
/// <remarks>Lucene's highlighter package is not on our package mirror; this is the small part of it we need.</remarks>
public static class SnippetHighlighter
{
    public const int DefaultWidth = 200;

    /// <summary>Long sections are only scanned this far; a snippet deep inside a huge table is not worth the time.</summary>
    private const int MaxAnalyzedChars = 10_000;

    /// <summary>How far a window edge may move to avoid cutting a word in half.</summary>
    private const int WordSnapDistance = 20;

    private const char Ellipsis = '…';

    /// <param name="terms">Analysed query terms (as produced for <see cref="SearchFields.Text"/>), compared ordinally.</param>
    public static string Highlight(Analyzer analyzer, string text, HashSet<string> terms, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return Highlight(text, FindMatches(analyzer, text, terms), width);
    }

    /// <param name="matches">Where the query terms occur in <paramref name="text"/>, sorted by start.</param>
    public static string Highlight(string text, List<TermOffset> matches, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        width = Math.Max(width, 20);
        var (first, last) = BestWindow(matches, width);
        return Window(text, matches, first, last, width);
    }

    /// <summary>
    /// The occurrences of <paramref name="terms"/> in <paramref name="field"/> of each of <paramref name="docs"/>
    /// (top-level doc ids), read from the postings, sorted by start. An entry is null where the field's segment
    /// has no offsets (an index written before they were stored): highlight that one by analysis.
    /// </summary>
    public static List<TermOffset>?[] OffsetsFromPostings(IndexReader reader, IReadOnlyList<int> docs, string field, IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(terms);
        var found = new List<TermOffset>?[docs.Count];
        var leaves = reader.Leaves;

        // Postings enums only move forward: visit each segment's hits in doc order.
        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        var at = 0;
        while (at < order.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(docs[order[at]], leaves)];
            var end = at;
            while (end < order.Length && docs[order[end]] < leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                end++;
            }

            if (leaf.AtomicReader.FieldInfos.FieldInfo(field)?.IndexOptions == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)
            {
                for (var i = at; i < end; i++)
                {
                    found[order[i]] = [];
                }

                CollectOffsets(leaf, order.AsSpan(at, end - at), docs, field, terms, found);
                for (var i = at; i < end; i++)
                {
                    found[order[i]]!.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
                }
            }

            at = end;
        }

        return found;
    }

    private static void CollectOffsets(AtomicReaderContext leaf, ReadOnlySpan<int> order, IReadOnlyList<int> docs, string field, IReadOnlyCollection<string> terms, List<TermOffset>?[] found)
    {
        var termsEnum = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return;
        }

        DocsAndPositionsEnum? positions = null;
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null)
            {
                continue;
            }

            foreach (var i in order)
            {
                var target = docs[i] - leaf.DocBase;
                var current = positions.DocID;
                if (current == -1 || current < target)
                {
                    current = positions.Advance(target);
                }

                if (current == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (current != target)
                {
                    continue;
                }

                var matches = found[i]!;
                for (var n = positions.Freq; n > 0; n--)
                {
                    positions.NextPosition();
                    if (positions.StartOffset >= 0 && positions.StartOffset < positions.EndOffset)
                    {
                        matches.Add(new TermOffset(positions.StartOffset, positions.EndOffset, term));
                    }
                }
            }
        }
    }

    private static string Window(string text, List<TermOffset> matches, int first, int last, int width)
    {
        if (matches.Count == 0)
        {
            var end = SnapEnd(text, Math.Min(text.Length, width), 0);
            return Render(text, 0, end, matches);
        }

        var spanStart = matches[first].Start;
        var spanEnd = matches[first].End;
        for (var i = first + 1; i <= last; i++)
        {
            spanEnd = Math.Max(spanEnd, matches[i].End);
        }

        // A third of the spare room before the matches and the rest after reads most naturally.
        var start = Math.Max(0, spanStart - (Math.Max(0, width - (spanEnd - spanStart)) / 3));
        var windowEnd = Math.Min(text.Length, Math.Max(start + width, spanEnd));
        if (windowEnd - start < width)
        {
            start = Math.Max(0, windowEnd - width);
        }

        start = SnapStart(text, start, spanStart);
        windowEnd = SnapEnd(text, windowEnd, spanEnd);
        return Render(text, start, windowEnd, matches);
    }

    /// <summary>The matches of <paramref name="terms"/> in the first <see cref="MaxAnalyzedChars"/> of the text, in text order.</summary>
    private static List<TermOffset> FindMatches(Analyzer analyzer, string text, HashSet<string> terms)
    {
        var matches = new List<TermOffset>();
        if (terms.Count == 0)
        {
            return matches;
        }

        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var source = text.Length > MaxAnalyzedChars ? text[..MaxAnalyzedChars] : text;
        using var stream = analyzer.GetTokenStream(SearchFields.Text, source);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // Offsets only grow along the chain's output; anything else is dropped rather than mis-marked.
            if (lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var matched)
                && offset.StartOffset < offset.EndOffset && offset.EndOffset <= source.Length
                && (matches.Count == 0 || offset.StartOffset >= matches[^1].Start))
            {
                matches.Add(new TermOffset(offset.StartOffset, offset.EndOffset, matched));
            }
        }

        stream.End();
        return matches;
    }

    /// <summary>Two pointers over sorted matches: the window with the most distinct terms, then the most matches.</summary>
    private static (int First, int Last) BestWindow(List<TermOffset> matches, int width)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = 0;
        var best = (First: 0, Last: 0);
        var bestScore = -1;
        var left = 0;
        for (var right = 0; right < matches.Count; right++)
        {
            if (Increment(counts, matches[right].Term) == 1)
            {
                distinct++;
            }

            while (left < right && matches[right].End - matches[left].Start > width)
            {
                if (--counts[matches[left].Term] == 0)
                {
                    distinct--;
                }

                left++;
            }

            var score = (distinct * 100_000) + (right - left);
            if (score > bestScore)
            {
                bestScore = score;
                best = (left, right);
            }
        }

        return best;
    }

    private static int Increment(Dictionary<string, int> counts, string term)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
        return ++count;
    }

    private static int SnapStart(string text, int start, int limit)
    {
        if (start > 0)
        {
            var stop = Math.Min(limit, start + WordSnapDistance);
            for (var i = start; i < stop; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    start = i + 1;
                    break;
                }
            }
        }

        return start < text.Length && char.IsLowSurrogate(text[start]) ? start + 1 : start;
    }

    private static int SnapEnd(string text, int end, int limit)
    {
        if (end < text.Length)
        {
            var stop = Math.Max(limit, end - WordSnapDistance);
            for (var i = end; i > stop; i--)
            {
                if (char.IsWhiteSpace(text[i - 1]))
                {
                    end = i - 1;
                    break;
                }
            }
        }

        return end > 0 && end < text.Length && char.IsLowSurrogate(text[end]) ? end - 1 : end;
    }

    private static string Render(string text, int start, int end, List<TermOffset> matches)
    {
        var html = new StringBuilder((end - start) + 64);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        var position = start;
        var i = 0;
        while (i < matches.Count)
        {
            var markStart = matches[i].Start;
            var markEnd = matches[i].End;
            i++;
            if (markStart < position || markEnd > end)
            {
                continue;
            }

            // Overlapping or touching matches (Chinese bigrams, an identifier and its parts) make one mark.
            while (i < matches.Count && matches[i].Start <= markEnd && matches[i].End <= end)
            {
                markEnd = Math.Max(markEnd, matches[i].End);
                i++;
            }

            AppendEscaped(html, text.AsSpan(position, markStart - position));
            html.Append("<mark>");
            AppendEscaped(html, text.AsSpan(markStart, markEnd - markStart));
            html.Append("</mark>");
            position = markEnd;
        }

        AppendEscaped(html, text.AsSpan(position, end - position));
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>HTML-escapes and folds whitespace runs (line breaks from tables and lists) into single spaces.</summary>
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        var inSpace = html.Length > 0 && html[^1] == ' ';
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    html.Append(' ');
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}

/// <summary>One occurrence of a query term: characters <paramref name="Start"/> to <paramref name="End"/> (exclusive).</summary>
public readonly record struct TermOffset(int Start, int End, string Term);
