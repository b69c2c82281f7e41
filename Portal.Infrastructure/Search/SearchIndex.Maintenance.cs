using System.Globalization;
using Lucene.Net.Index;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Search;

public sealed partial class SearchIndex
{
    /// <summary>How many sections the index holds per doc page (version, path): what the nightly check compares with the database.</summary>
    public IReadOnlyDictionary<(string Version, string Path), int> DocSectionCounts()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var fields = new HashSet<string> { SearchFields.Kind, SearchFields.Version, SearchFields.Path };
        var counts = new Dictionary<(string, string), int>();
        _swapLock.EnterReadLock();
        try
        {
            var searchers = _current.Searchers;
            var searcher = searchers.Acquire();
            try
            {
                var reader = searcher.IndexReader;
                var live = MultiFields.GetLiveDocs(reader);
                for (var i = 0; i < reader.MaxDoc; i++)
                {
                    if (live is not null && !live.Get(i))
                    {
                        continue;
                    }

                    var document = reader.Document(i, fields);
                    if (document.Get(SearchFields.Kind, CultureInfo.InvariantCulture) != SearchKinds.Doc)
                    {
                        continue;
                    }

                    var key = (document.Get(SearchFields.Version, CultureInfo.InvariantCulture) ?? "", document.Get(SearchFields.Path, CultureInfo.InvariantCulture) ?? "");
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
        finally
        {
            _swapLock.ExitReadLock();
        }

        return counts;
    }
}
