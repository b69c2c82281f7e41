using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Docs;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class SearchPinConfiguration : IEntityTypeConfiguration<SearchPin>
{
    public void Configure(EntityTypeBuilder<SearchPin> builder)
    {
        builder.ToTable("SearchPins");
        builder.Property(p => p.Query).HasMaxLength(SearchLogEntry.QueryMaxLength).IsRequired();
        builder.Property(p => p.NormalizedQuery).HasMaxLength(SearchLogEntry.QueryMaxLength).IsRequired();
        builder.Property(p => p.Path).HasMaxLength(DocPage.PathMaxLength).IsRequired();
        builder.Property(p => p.PinnedBy).HasMaxLength(SearchPin.UserIdMaxLength).IsRequired();

        // One page once per query: pinning it again is a no-op, not a second row.
        builder.HasIndex(p => new { p.NormalizedQuery, p.Path }).IsUnique();
    }
}
