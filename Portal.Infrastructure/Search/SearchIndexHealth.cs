namespace Portal.Infrastructure.Search;

/// <summary>Whether the index on disk can be trusted; anything but <see cref="Healthy"/> means rebuild it from the database.</summary>
public enum SearchIndexHealth
{
    Healthy,

    /// <summary>No index was found (first start, or it was deleted).</summary>
    Missing,

    /// <summary>The index could not be opened or failed its checksums.</summary>
    Corrupt,
}
