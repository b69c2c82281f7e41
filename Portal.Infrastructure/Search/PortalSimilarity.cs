using Lucene.Net.Search.Similarities;

namespace Portal.Infrastructure.Search;

/// <summary>BM25, plus the classic coordination factor that BM25 leaves out.</summary>
/// <remarks>
/// Queries are OR-ed words (a reader's question has words the docs do not use). Without coordination
/// a section repeating one word can outrank a section containing all of them; scaling by the share of
/// query words matched keeps "all the words" first without hiding partial matches.
/// </remarks>
public sealed class PortalSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : (float)overlap / maxOverlap;
}
