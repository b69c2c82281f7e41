using System.Runtime.InteropServices;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Picks the short window of a text holding the most distinct query terms and returns it HTML-escaped
/// with the matches in &lt;mark&gt;. Matching re-analyses the text with the index analyzer, so stemmed
/// forms (payments ↔ payment), identifier parts and Chinese bigrams highlight like they match.
/// </summary>
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

        width = Math.Max(width, 20);
        var (matches, first, last) = FindMatches(analyzer, text, terms, width);
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

    /// <summary>
    /// Collects the matches in text order and, in the same pass, slides a window of
    /// <paramref name="width"/> over them, keeping the one with the most distinct terms, then the most
    /// matches. Once a window holds every term nothing can beat it: analysis stops a width later.
    /// </summary>
    private static (List<Match> Matches, int First, int Last) FindMatches(Analyzer analyzer, string text, HashSet<string> terms, int width)
    {
        var matches = new List<Match>();
        if (terms.Count == 0)
        {
            return (matches, 0, 0);
        }

        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = 0;
        var left = 0;
        var best = (First: 0, Last: 0);
        var bestScore = -1;
        var stopAt = int.MaxValue;
        var source = text.Length > MaxAnalyzedChars ? text[..MaxAnalyzedChars] : text;
        using var stream = analyzer.GetTokenStream(SearchFields.Text, source);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && offset.StartOffset <= stopAt)
        {
            // Offsets only grow along the chain's output; anything else is dropped rather than mis-marked.
            if (!lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var matched)
                || offset.StartOffset >= offset.EndOffset || offset.EndOffset > source.Length
                || (matches.Count > 0 && offset.StartOffset < matches[^1].Start))
            {
                continue;
            }

            matches.Add(new Match(offset.StartOffset, offset.EndOffset, matched));
            if (stopAt != int.MaxValue)
            {
                continue;
            }

            var right = matches.Count - 1;
            if (Increment(counts, matched) == 1)
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

            if (distinct == terms.Count)
            {
                // Keep collecting to the end of the window so its later matches are marked too.
                stopAt = matches[left].Start + width;
            }
        }

        stream.End();
        return (matches, best.First, best.Last);
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

    private static string Render(string text, int start, int end, List<Match> matches)
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

    private readonly record struct Match(int Start, int End, string Term);
}
