using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain;
using Portal.Domain.Docs;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Importing;

/// <summary>
/// Imports a folder of Markdown files as the pages of one doc version. Idempotent by content hash: an
/// unchanged file makes no new revision, a changed one makes exactly one, a page whose file is gone is
/// marked removed. All of it is one transaction: an import that fails or is cancelled half-way leaves the
/// version as it was. Files are read and rendered in parallel before the database is touched.
/// </summary>
public sealed class DocsImporter(PortalDbContextFactory contexts, MarkdownRenderer renderer, RenderedDocCache renderedDocs, TimeProvider clock, ILogger<DocsImporter> logger)
{
    public const string VersionsFileName = "versions.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerOptions VersionsJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Imports every <c>.md</c> file under <paramref name="directory"/> as version <paramref name="versionLabel"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="DomainException">The label is not a valid version label.</exception>
    public Task<DocsImportResult> ImportAsync(string directory, string versionLabel, IProgress<DocsImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(directory, versionLabel, description: null, progress, cancellationToken);

    /// <summary>
    /// Imports the portal's own docs: <c>docs/&lt;version&gt;/</c> under <paramref name="contentRoot"/> (see <see cref="ImportVersionsAsync"/>).
    /// </summary>
    public Task<IReadOnlyList<DocsImportResult>> ImportContentAsync(string contentRoot, IProgress<DocsImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportVersionsAsync(Path.Combine(contentRoot, "docs"), progress, cancellationToken);

    /// <summary>
    /// Imports each folder under <paramref name="root"/> as the version its name says (<c>v1/</c>, <c>v3.1.2/</c>),
    /// described (title, status) by the optional <c>versions.json</c> beside them:
    /// <c>[{ "label": "v1", "title": "…", "status": "deprecated" }]</c>. Each version is its own transaction;
    /// folders whose name is not a version label are skipped.
    /// </summary>
    public async Task<IReadOnlyList<DocsImportResult>> ImportVersionsAsync(string root, IProgress<DocsImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No such directory: {root}");
        }

        var descriptions = await ReadVersionsFileAsync(Path.Combine(root, VersionsFileName), cancellationToken);
        var results = new List<DocsImportResult>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var label = Path.GetFileName(folder);
            if (!DocVersion.IsValidLabel(label))
            {
                logger.LogWarning("Skipping {Folder}: its name is not a version label.", folder);
                continue;
            }

            descriptions.TryGetValue(label, out var description);
            results.Add(await ImportAsync(folder, label, description ?? new VersionDescription(label, null, null), progress, cancellationToken));
        }

        return results;
    }

    private async Task<DocsImportResult> ImportAsync(string directory, string versionLabel, VersionDescription? description, IProgress<DocsImportProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var label = versionLabel?.Trim() ?? "";
        if (!DocVersion.IsValidLabel(label))
        {
            throw new DomainException($"'{versionLabel}' is not a doc version label: 1 to {DocVersion.LabelMaxLength} letters, digits, dots, dashes or underscores, like v1 or v3.1.2.");
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No such directory: {directory}");
        }

        var warnings = new ConcurrentQueue<string>();
        var files = await ReadFilesAsync(Path.GetFullPath(directory), label, warnings, progress, cancellationToken);
        var read = Stopwatch.GetElapsedTime(started);
        RenderAll(files, label, warnings, progress, cancellationToken);
        var rendered = Stopwatch.GetElapsedTime(started);

        progress?.Report(new DocsImportProgress(label, DocsImportStage.Saving, 0, files.Count));
        var counts = await SaveAsync(files, label, description, cancellationToken);

        // The pages are rendered already: whoever reads them next in this process (the indexer right after
        // an import, the first reader after the start-up import) finds them in the cache.
        foreach (var (revisionId, doc) in counts.Current)
        {
            renderedDocs.Remember(revisionId, doc);
        }

        progress?.Report(new DocsImportProgress(label, DocsImportStage.Done, files.Count, files.Count));

        var elapsed = Stopwatch.GetElapsedTime(started);
        var result = new DocsImportResult(label, counts.Added, counts.Changed, counts.Unchanged, counts.Removed, [.. warnings], elapsed)
        {
            Sections = [.. files.SelectMany(f => f.Rendered!.Sections)],
        };
        logger.LogInformation(
            "Imported docs {Summary}: read {ReadMs:0} ms, rendered {RenderMs:0} ms, saved {SaveMs:0} ms",
            result.Summary,
            read.TotalMilliseconds,
            (rendered - read).TotalMilliseconds,
            (elapsed - rendered).TotalMilliseconds);
        return result;
    }

    private static async Task<List<SourcePage>> ReadFilesAsync(string root, string label, ConcurrentQueue<string> warnings, IProgress<DocsImportProgress>? progress, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            // Dot-folders (.vuepress, .git) are tooling, and following links could loop.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        var candidates = Directory.EnumerateFiles(root, "*", options)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(s => s.StartsWith('.') || s == "node_modules"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var read = new SourcePage?[candidates.Count];
        var done = 0;
        await Parallel.ForAsync(0, candidates.Count, new ParallelOptions { CancellationToken = cancellationToken }, async (i, ct) =>
        {
            read[i] = await ReadFileAsync(root, candidates[i], warnings, ct);
            var count = Interlocked.Increment(ref done);
            progress?.Report(new DocsImportProgress(label, DocsImportStage.Reading, count, candidates.Count));
        });

        // payments.md and payments/README.md are the same page, and SQL Server compares paths without case:
        // keep one (the folder's README first), report the other.
        var pages = new List<SourcePage>();
        var byPath = new Dictionary<string, SourcePage>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in read.OfType<SourcePage>().OrderBy(p => IsReadme(p.File) ? 0 : 1).ThenBy(p => p.File, StringComparer.Ordinal))
        {
            if (byPath.TryGetValue(page.Path, out var kept))
            {
                warnings.Enqueue($"{page.File}: same page as {kept.File} ('{page.Path}'); skipped.");
                continue;
            }

            byPath.Add(page.Path, page);
            pages.Add(page);
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return pages;
    }

    private static async Task<SourcePage?> ReadFileAsync(string root, string file, ConcurrentQueue<string> warnings, CancellationToken cancellationToken)
    {
        if (file.Length > DocPage.SourceFileMaxLength || DocPage.PathFromFile(file) is not { } path)
        {
            warnings.Enqueue($"{file}: path too long or not a plain relative path; skipped.");
            return null;
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(Path.Combine(root, file));
            if (info.Length > DocRevision.MarkdownMaxLength * 2L)
            {
                warnings.Enqueue($"{file}: larger than {DocRevision.MarkdownMaxLength / 1024 / 1024} MB; skipped.");
                return null;
            }

            bytes = await File.ReadAllBytesAsync(info.FullName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Enqueue($"{file}: cannot be read ({e.Message}); skipped.");
            return null;
        }

        var markdown = Decode(bytes, out var lossy);
        if (lossy)
        {
            warnings.Enqueue($"{file}: not valid UTF-8; read as Latin-1.");
        }

        if (markdown.Length > DocRevision.MarkdownMaxLength)
        {
            warnings.Enqueue($"{file}: longer than {DocRevision.MarkdownMaxLength:N0} characters; skipped.");
            return null;
        }

        return new SourcePage(file, path, markdown, DocRevision.HashOf(markdown));
    }

    /// <summary>
    /// Text as the database keeps it: UTF-8 (BOM or not, UTF-16 with a BOM) or, failing that, Latin-1;
    /// line ends as LF and no NUL characters, so a checkout with CRLF line ends is not a change.
    /// </summary>
    internal static string Decode(byte[] bytes, out bool lossy)
    {
        lossy = false;
        string text;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            var offset = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException)
            {
                lossy = true;
                text = Encoding.Latin1.GetString(bytes, offset, bytes.Length - offset);
            }
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", "", StringComparison.Ordinal) : text;
    }

    private void RenderAll(List<SourcePage> files, string label, ConcurrentQueue<string> warnings, IProgress<DocsImportProgress>? progress, CancellationToken cancellationToken)
    {
        var known = new KnownDocPages(files.Select(f => f.Path));
        var done = 0;
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, file =>
        {
            file.Rendered = renderer.Render(file.Markdown, new DocRenderContext(label, file.File, known));
            foreach (var warning in file.Rendered.Warnings)
            {
                warnings.Enqueue(warning);
            }

            var count = Interlocked.Increment(ref done);
            progress?.Report(new DocsImportProgress(label, DocsImportStage.Rendering, count, files.Count));
        });
    }

    private async Task<Counts> SaveAsync(List<SourcePage> files, string label, VersionDescription? description, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        // SQL Server retries transient failures; a retried import starts again from a clean change tracker.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            var counts = new Counts();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            var version = await db.DocVersions.SingleOrDefaultAsync(v => v.Label == label, ct);
            if (version is null)
            {
                version = new DocVersion(label, description?.Title, description?.Status ?? DocVersionStatus.Published, now);
                db.DocVersions.Add(version);
            }
            else if (description is not null)
            {
                version.Describe(description.Title ?? version.Title, description.Status ?? version.Status);
            }

            // Read without tracking; only pages that change are attached, so an unchanged import writes nothing.
            var existing = new Dictionary<string, DocPage>(StringComparer.OrdinalIgnoreCase);
            foreach (var page in await db.DocPages.AsNoTracking().Where(p => p.VersionId == version.Id).ToListAsync(ct))
            {
                existing.TryAdd(page.Path, page);
            }

            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                var metadata = file.Rendered!.Metadata;
                if (!existing.Remove(file.Path, out var page))
                {
                    page = new DocPage(version.Id, file.File, metadata, now);
                    db.DocPages.Add(page);
                    db.DocRevisions.Add(page.Revise(file.Markdown, DocRevisionSource.Import, null, now)!);
                    counts.Added++;
                    counts.Current.Add((page.CurrentRevisionId!.Value, file.Rendered));
                    continue;
                }

                if (page.CurrentContentHash == file.Hash && !page.IsRemoved && page.SourceFile == file.File)
                {
                    counts.Unchanged++;
                    counts.Current.Add((page.CurrentRevisionId!.Value, file.Rendered));
                    continue;
                }

                db.DocPages.Attach(page);
                var wasRemoved = page.IsRemoved;
                page.MoveTo(file.File);
                if (page.Revise(file.Markdown, DocRevisionSource.Import, null, now) is { } revision)
                {
                    db.DocRevisions.Add(revision);
                    page.Describe(metadata, now);
                }

                counts.Current.Add((page.CurrentRevisionId!.Value, file.Rendered));
                if (wasRemoved)
                {
                    counts.Added++;
                }
                else
                {
                    counts.Changed++;
                }
            }

            foreach (var gone in existing.Values.Where(p => !p.IsRemoved))
            {
                db.DocPages.Attach(gone);
                gone.MarkRemoved(now);
                counts.Removed++;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return counts;
        }, cancellationToken);
    }

    private async Task<Dictionary<string, VersionDescription>> ReadVersionsFileAsync(string path, CancellationToken cancellationToken)
    {
        var descriptions = new Dictionary<string, VersionDescription>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return descriptions;
        }

        List<VersionDescription>? entries;
        try
        {
            await using var stream = File.OpenRead(path);
            entries = await JsonSerializer.DeserializeAsync<List<VersionDescription>>(stream, VersionsJson, cancellationToken);
        }
        catch (JsonException e)
        {
            // A broken description must not keep the docs out: the versions import as published, titled by label.
            logger.LogWarning(e, "{Path} is not a list of {{ label, title, status }}; ignored.", path);
            return descriptions;
        }

        foreach (var entry in (entries ?? []).Where(e => !string.IsNullOrWhiteSpace(e.Label)))
        {
            descriptions.TryAdd(entry.Label.Trim(), entry);
        }

        return descriptions;
    }

    private static bool IsReadme(string file) =>
        Path.GetFileNameWithoutExtension(file).Equals("README", StringComparison.OrdinalIgnoreCase);

    private sealed record VersionDescription(string Label, string? Title, DocVersionStatus? Status);

    private sealed class SourcePage(string file, string path, string markdown, string hash)
    {
        public string File { get; } = file;

        public string Path { get; } = path;

        public string Markdown { get; } = markdown;

        public string Hash { get; } = hash;

        public RenderedDoc? Rendered { get; set; }
    }

    private sealed class Counts
    {
        public int Added { get; set; }

        public int Changed { get; set; }

        public int Unchanged { get; set; }

        public int Removed { get; set; }

        public List<(Guid RevisionId, RenderedDoc Doc)> Current { get; } = [];
    }
}
