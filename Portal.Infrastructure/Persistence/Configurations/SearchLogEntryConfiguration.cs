using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class SearchLogEntryConfiguration : IEntityTypeConfiguration<SearchLogEntry>
{
    public void Configure(EntityTypeBuilder<SearchLogEntry> builder)
    {
        builder.ToTable("SearchLog");
        builder.Property(e => e.Query).HasMaxLength(SearchLogEntry.QueryMaxLength).IsRequired();
        builder.Property(e => e.NormalizedQuery).HasMaxLength(SearchLogEntry.QueryMaxLength).IsRequired();
        builder.Property(e => e.Version).HasMaxLength(SearchLogEntry.VersionMaxLength);
        builder.Property(e => e.UserId).HasMaxLength(SearchLogEntry.UserIdMaxLength);
        builder.Property(e => e.OpenedUrl).HasMaxLength(SearchLogEntry.OpenedUrlMaxLength);
        builder.HasIndex(e => e.At);
    }
}
