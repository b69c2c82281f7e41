using System.Globalization;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Importing;

/// <summary>What one import of one doc version did. Warnings are for authors: the import itself succeeded.</summary>
public sealed record DocsImportResult(
    string Version,
    int Added,
    int Changed,
    int Unchanged,
    int Removed,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed)
{
    /// <summary>
    /// The search sections of every page the version has after the import, already rendered: an indexer run
    /// right after the import can take them instead of rendering every page again.
    /// </summary>
    public IReadOnlyList<SearchDocument> Sections { get; init; } = [];

    /// <summary>Pages the version has after the import.</summary>
    public int Pages => Added + Changed + Unchanged;

    /// <summary>The one line the <c>import-docs</c> command prints.</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{Version}: {Added} added, {Changed} changed, {Unchanged} unchanged, {Removed} removed, {Warnings.Count} warnings in {Elapsed.TotalSeconds:0.00} s");
}

public enum DocsImportStage
{
    Reading,
    Rendering,
    Saving,
    Done,
}

/// <summary>Reported while an import runs: <paramref name="Done"/> of <paramref name="Total"/> files in <paramref name="Stage"/>.</summary>
public sealed record DocsImportProgress(string Version, DocsImportStage Stage, int Done, int Total);
