using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Assistant;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Importing;

/// <summary>What an FAQ import did.</summary>
public sealed record FaqImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<string> Warnings)
{
    public int Total => Added + Changed + Unchanged;

    public string Summary => string.Create(CultureInfo.InvariantCulture, $"FAQ: {Added} added, {Changed} changed, {Unchanged} unchanged, {Warnings.Count} warnings.");
}

/// <summary>
/// Reads FAQ entries from Markdown (a question heading with the answer below it; the heading
/// above the questions is their category) or from CSV <c>text,category</c> (one entry per category,
/// its rows the phrasings). Idempotent: an entry's key comes from its source, an unchanged entry is
/// left alone, and phrasings staff added are never dropped by a re-import.
/// </summary>
public sealed partial class FaqImporter(PortalDbContextFactory contexts, TimeProvider clock)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public sealed record ParsedEntry(string Key, string Question, string Answer, string Category, string Language, string? Owner, IReadOnlyList<string> Phrasings);

    public async Task<FaqImportResult> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        var parsed = new List<ParsedEntry>();
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(path, file).Replace('\\', '/');
                if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    parsed.AddRange(ParseMarkdown(await ReadAsync(file, cancellationToken), relative));
                }
                else if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    parsed.AddRange(ParseCsv(await ReadAsync(file, cancellationToken), relative, warnings));
                }
            }
        }
        else if (File.Exists(path))
        {
            var name = Path.GetFileName(path);
            var text = await ReadAsync(path, cancellationToken);
            parsed.AddRange(path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ParseCsv(text, name, warnings) : ParseMarkdown(text, name));
        }
        else
        {
            throw new FileNotFoundException($"no such file or folder: {Path.GetFullPath(path)}");
        }

        if (parsed.Count == 0)
        {
            warnings.Add("No FAQ entries found: Markdown needs question headings (### **Question?**), CSV the columns text,category.");
        }

        return await SaveAsync(parsed, warnings, cancellationToken);
    }

    public async Task<FaqImportResult> SaveAsync(IReadOnlyList<ParsedEntry> parsed, List<string> warnings, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        var existing = await db.FaqEntries.ToDictionaryAsync(e => e.Key, StringComparer.OrdinalIgnoreCase, cancellationToken);
        int added = 0, changed = 0, unchanged = 0;
        var now = clock.GetUtcNow();
        foreach (var group in parsed.GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            var entry = group.First();
            if (group.Count() > 1)
            {
                warnings.Add($"'{entry.Key}' appears {group.Count()} times; the first one is kept.");
            }

            if (existing.TryGetValue(entry.Key, out var current))
            {
                var before = Fingerprint(current);
                // A CSV entry has no answer of its own: the one staff wrote stays.
                var answer = entry.Answer.Length == 0 ? current.Answer : entry.Answer;
                current.Update(entry.Question, answer, entry.Category, current.Tags, current.Version, entry.Owner ?? current.Owner, entry.Language, now);
                current.SetPhrasings([.. current.Phrasings, .. entry.Phrasings]);
                if (Fingerprint(current) == before)
                {
                    db.Entry(current).State = EntityState.Unchanged;
                    unchanged++;
                }
                else
                {
                    changed++;
                }
            }
            else
            {
                var created = new FaqEntry(entry.Key, entry.Question, entry.Answer, entry.Category, entry.Language, now);
                created.Update(entry.Question, entry.Answer, entry.Category, null, null, entry.Owner, entry.Language, now);
                created.SetPhrasings(entry.Phrasings);
                db.FaqEntries.Add(created);
                existing[entry.Key] = created;
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new FaqImportResult(added, changed, unchanged, warnings);
    }

    private static string Fingerprint(FaqEntry e) =>
        string.Join('\u001f', e.Question, e.Answer, e.Category, e.Language, e.Owner ?? "", string.Join('\n', e.Phrasings));

    private static async Task<string> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (new FileInfo(file).Length > MaxFileBytes)
        {
            throw new InvalidOperationException($"{file} is larger than 20 MB; split it.");
        }

        return await File.ReadAllTextAsync(file, cancellationToken);
    }

    /// <summary>Question headings (any level from 2, bold or ending in a question mark) with the text below as the answer.</summary>
    public static IReadOnlyList<ParsedEntry> ParseMarkdown(string text, string relativePath)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var lines = text.Split('\n');
        var start = 0;
        string? language = null, owner = null;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "---")
                {
                    start = i + 1;
                    break;
                }

                var m = FrontMatterLine().Match(lines[i]);
                if (m.Success && m.Groups[1].Value == "language")
                {
                    language = m.Groups[2].Value.Trim();
                }
                else if (m.Success && m.Groups[1].Value == "owner")
                {
                    owner = m.Groups[2].Value.Trim();
                }
            }
        }

        var stem = relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? relativePath[..^3] : relativePath;
        language ??= stem.EndsWith(".zh-CN", StringComparison.OrdinalIgnoreCase) || stem.EndsWith(".zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : null;
        var fallbackCategory = Path.GetFileName(stem);
        string? title = null, category = null;
        var entries = new List<ParsedEntry>();
        string? question = null;
        var answer = new StringBuilder();
        var inFence = false;
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        void Flush()
        {
            if (question is not null)
            {
                var lang = language ?? (ContainsCjk(question) ? "zh-CN" : "en");
                var key = $"{stem}#{Slug(question)}";
                for (var n = 2; !keys.Add(key); n++)
                {
                    key = $"{stem}#{Slug(question)}-{n}";
                }

                entries.Add(new ParsedEntry(key, question, answer.ToString().Trim(), category ?? title ?? fallbackCategory, lang, owner, []));
            }

            question = null;
            answer.Clear();
        }

        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            var heading = inFence ? null : HeadingLine().Match(line) is { Success: true } h ? h : null;
            if (heading is null)
            {
                if (question is not null && line.Trim() != "[[toc]]")
                {
                    answer.Append(line).Append('\n');
                }

                continue;
            }

            var level = heading.Groups[1].Value.Length;
            var raw = heading.Groups[2].Value.Trim();
            var plain = raw.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim();
            var isQuestion = level >= 2 && (raw.StartsWith("**", StringComparison.Ordinal) || plain.EndsWith('?') || plain.EndsWith('？'));
            Flush();
            if (isQuestion)
            {
                question = plain;
            }
            else if (level == 1)
            {
                title = plain;
            }
            else
            {
                category = plain;
            }
        }

        Flush();
        return entries;
    }

    /// <summary>CSV with a header naming the columns <c>text</c> and <c>category</c>; quoted fields may hold commas and quotes.</summary>
    public static IReadOnlyList<ParsedEntry> ParseCsv(string text, string relativePath, List<string> warnings)
    {
        var rows = CsvRows(text.TrimStart('\uFEFF')).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var textColumn = header.IndexOf("text");
        var categoryColumn = header.IndexOf("category");
        if (textColumn < 0 || categoryColumn < 0)
        {
            warnings.Add($"{relativePath}: the first line must name the columns text and category.");
            return [];
        }

        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count <= Math.Max(textColumn, categoryColumn))
            {
                if (row.Count > 1 || row[0].Length > 0)
                {
                    warnings.Add($"{relativePath}: line {r + 1} has too few columns.");
                }

                continue;
            }

            var category = row[categoryColumn].Trim();
            var phrasing = row[textColumn].Trim();
            if (category.Length == 0 || phrasing.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(category, out var list))
            {
                groups[category] = list = [];
                order.Add(category);
            }

            list.Add(phrasing);
        }

        return [.. order.Select(c => new ParsedEntry(c, Humanise(c), "", Humanise(c), ContainsCjk(string.Concat(groups[c].Take(3))) ? "zh-CN" : "en", null, groups[c]))];
    }

    private static IEnumerable<List<string>> CsvRows(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    public static string Humanise(string category)
    {
        var words = category.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? category : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Letters and digits of any script, lower case, dashes between: stable for the same question.</summary>
    public static string Slug(string question)
    {
        var builder = new StringBuilder();
        foreach (var c in question.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= 120 ? slug : slug[..120].TrimEnd('-');
    }

    public static bool ContainsCjk(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^([A-Za-z_]+):\s*(.*)$")]
    private static partial Regex FrontMatterLine();
}
