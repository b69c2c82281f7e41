using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Assistant;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class FaqEntryConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> builder)
    {
        builder.ToTable("FaqEntries");
        builder.Property(e => e.Key).HasMaxLength(FaqEntry.KeyMaxLength);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Question).HasMaxLength(FaqEntry.QuestionMaxLength);
        builder.Property(e => e.Answer);
        builder.Property(e => e.Category).HasMaxLength(FaqEntry.CategoryMaxLength);
        builder.Property(e => e.Tags).HasMaxLength(FaqEntry.TagsMaxLength);
        builder.Property(e => e.Version).HasMaxLength(FaqEntry.VersionMaxLength);
        builder.Property(e => e.Owner).HasMaxLength(FaqEntry.OwnerMaxLength);
        builder.Property(e => e.Language).HasMaxLength(FaqEntry.LanguageMaxLength);
        builder.Property<string>("_phrasings").HasColumnName("Phrasings");
        builder.Ignore(e => e.Phrasings);
        builder.Ignore(e => e.TagList);
        builder.HasIndex(e => new { e.Language, e.Category });
    }
}
