using System.Text;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// A small server-side highlighter for the languages the docs use most (JSON, HTTP exchanges, shell, C#):
/// pages stay readable without JavaScript and cost nothing in the browser. Every character is HTML-escaped;
/// tokens are wrapped in <c>&lt;span class="tok-…"&gt;</c> (keyword, string, number, comment, property, literal).
/// Other languages are escaped only.
/// </summary>
public static class CodeHighlighter
{
    private static readonly HashSet<string> HttpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private static readonly Grammar Json = new(Keywords: [], Literals: ["true", "false", "null"], LineComment: null, BlockComments: false, SingleQuotes: false, JsonKeys: true);

    private static readonly Grammar Bash = new(
        Keywords: ["if", "then", "else", "elif", "fi", "for", "in", "do", "done", "while", "until", "case", "esac", "function", "return", "export", "local", "set", "unset", "echo", "exit", "source"],
        Literals: ["true", "false"],
        LineComment: "#",
        BlockComments: false,
        SingleQuotes: true);

    private static readonly Grammar CSharp = new(
        Keywords: ["abstract", "as", "async", "await", "base", "bool", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "decimal", "default", "do", "double", "else", "enum", "event", "false", "finally", "float", "for", "foreach", "get", "if", "in",
            "init", "int", "interface", "internal", "is", "long", "namespace", "new", "null", "object", "out", "override", "private",
            "protected", "public", "readonly", "record", "ref", "required", "return", "sealed", "set", "static", "string", "struct",
            "switch", "this", "throw", "true", "try", "typeof", "using", "var", "virtual", "void", "when", "where", "while", "yield"],
        Literals: [],
        LineComment: "//",
        BlockComments: true,
        SingleQuotes: true);

    /// <summary>The language name used in the <c>language-…</c> class: aliases folded, anything unsafe dropped.</summary>
    public static string NormalizeLanguage(string? info)
    {
        var word = (info ?? "").Trim();
        var space = word.IndexOfAny([' ', '\t', '{']);
        if (space >= 0)
        {
            word = word[..space];
        }

        word = string.Concat(word.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '#'));
        return word.ToUpperInvariant() switch
        {
            "JSON" or "JSONC" or "JSON5" => "json",
            "HTTP" or "HTTPS" => "http",
            "BASH" or "SH" or "SHELL" or "ZSH" or "CONSOLE" => "bash",
            "CSHARP" or "CS" or "C#" or "C-SHARP" => "csharp",
            _ => word.Replace("#", "sharp", StringComparison.Ordinal),
        };
    }

    /// <summary>Appends <paramref name="code"/> to <paramref name="html"/>, escaped and highlighted for <paramref name="language"/>.</summary>
    public static void Highlight(StringBuilder html, string code, string language)
    {
        switch (language)
        {
            case "json" when LooksLikeHttp(code):
            case "http":
                HighlightHttp(html, code);
                break;
            case "json":
                Scan(html, code, Json);
                break;
            case "bash":
                Scan(html, code, Bash);
                break;
            case "csharp":
                Scan(html, code, CSharp);
                break;
            default:
                Escape(html, code);
                break;
        }
    }

    private static bool LooksLikeHttp(string code)
    {
        var first = code.AsSpan().TrimStart();
        var space = first.IndexOf(' ');
        return space > 0 && (HttpMethods.Contains(first[..space].ToString()) || first.StartsWith("HTTP/", StringComparison.Ordinal));
    }

    // Request or status line, headers, then a body (highlighted as JSON) after a blank line or a line opening a JSON value.
    private static void HighlightHttp(StringBuilder html, string code)
    {
        var position = 0;
        var first = true;
        while (position < code.Length)
        {
            var end = code.IndexOf('\n', position);
            var line = end < 0 ? code[position..] : code[position..end];
            var text = line.TrimStart();
            if (!first && (text.Length == 0 || text[0] is '{' or '['))
            {
                break;
            }

            if (first && line.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
            {
                Span(html, "tok-keyword", line.AsSpan(0, space));
                Escape(html, line.AsSpan(space));
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && !line.AsSpan(0, colon).Contains(' '))
            {
                Span(html, "tok-property", line.AsSpan(0, colon));
                Escape(html, line.AsSpan(colon));
            }
            else
            {
                Escape(html, line);
            }

            first = false;
            if (end < 0)
            {
                return;
            }

            html.Append('\n');
            position = end + 1;
        }

        Scan(html, code[position..], Json);
    }

    private static void Scan(StringBuilder html, string code, Grammar grammar)
    {
        var i = 0;
        var plainStart = 0;
        while (i < code.Length)
        {
            var c = code[i];
            var start = i;
            string? kind = null;
            if (grammar.LineComment is { } marker && code.AsSpan(i).StartsWith(marker, StringComparison.Ordinal)
                && (marker != "#" || i == 0 || char.IsWhiteSpace(code[i - 1])))
            {
                i = code.IndexOf('\n', i) is var nl and >= 0 ? nl : code.Length;
                kind = "tok-comment";
            }
            else if (grammar.BlockComments && c == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                var close = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? code.Length : close + 2;
                kind = "tok-comment";
            }
            else if (c == '"' || (c == '\'' && grammar.SingleQuotes))
            {
                i = EndOfString(code, i, c);
                kind = c == '"' && grammar.JsonKeys && NextNonSpace(code, i) == ':' ? "tok-property" : "tok-string";
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < code.Length && char.IsAsciiDigit(code[i + 1]) && grammar.JsonKeys))
            {
                if (i > 0 && (char.IsAsciiLetterOrDigit(code[i - 1]) || code[i - 1] == '_'))
                {
                    i++;
                    continue;
                }

                i++;
                while (i < code.Length && (char.IsAsciiDigit(code[i]) || code[i] is '.' or 'e' or 'E' or '+' or '-' or '_' or 'x' or 'X' || char.IsAsciiHexDigit(code[i])))
                {
                    i++;
                }

                kind = "tok-number";
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < code.Length && (char.IsAsciiLetterOrDigit(code[i]) || code[i] == '_'))
                {
                    i++;
                }

                var word = code[start..i];
                kind = grammar.Keywords.Contains(word) ? "tok-keyword" : grammar.Literals.Contains(word) ? "tok-literal" : null;
                if (kind is null)
                {
                    continue;
                }
            }
            else
            {
                i++;
                continue;
            }

            Escape(html, code.AsSpan(plainStart, start - plainStart));
            Span(html, kind, code.AsSpan(start, i - start));
            plainStart = i;
        }

        Escape(html, code.AsSpan(plainStart));
    }

    private static int EndOfString(string code, int start, char quote)
    {
        var i = start + 1;
        while (i < code.Length && code[i] != quote && code[i] != '\n')
        {
            i += code[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, code.Length);
    }

    private static char NextNonSpace(string code, int i)
    {
        while (i < code.Length && code[i] is ' ' or '\t')
        {
            i++;
        }

        return i < code.Length ? code[i] : '\0';
    }

    private static void Span(StringBuilder html, string kind, ReadOnlySpan<char> text)
    {
        html.Append("<span class=\"").Append(kind).Append("\">");
        Escape(html, text);
        html.Append("</span>");
    }

    internal static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '&' => html.Append("&amp;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }

    private sealed record Grammar(HashSet<string> Keywords, HashSet<string> Literals, string? LineComment, bool BlockComments, bool SingleQuotes, bool JsonKeys = false);
}
