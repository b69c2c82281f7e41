using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Docs;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class DocPageConfiguration : IEntityTypeConfiguration<DocPage>
{
    public void Configure(EntityTypeBuilder<DocPage> builder)
    {
        builder.ToTable("DocPages");
        builder.HasOne<DocVersion>().WithMany().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Path).HasMaxLength(DocPage.PathMaxLength);
        builder.HasIndex(p => new { p.VersionId, p.Path }).IsUnique();
        builder.Property(p => p.SourceFile).HasMaxLength(DocPage.SourceFileMaxLength);
        builder.Property(p => p.Title).HasMaxLength(DocPage.TitleMaxLength);
        builder.Property(p => p.Owner).HasMaxLength(DocPage.OwnerMaxLength);
        builder.Property(p => p.LastReviewedBy).HasMaxLength(DocPage.ReviewedByMaxLength);
        builder.Property(p => p.Language).HasMaxLength(DocLanguages.MaxLength).IsUnicode(false);
        builder.Property(p => p.CurrentContentHash).HasMaxLength(DocRevision.ContentHashLength).IsFixedLength().IsUnicode(false);
        // Stored as a JSON array on both providers; queryable with Tags.Contains(tag).
        builder.PrimitiveCollection(p => p.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsRemoved);

        // The stale-docs report and the review reminder job look for live pages whose review date has passed.
        builder.HasIndex(p => new { p.NextReviewAt, p.RemovedAt });
        builder.HasIndex(p => p.Owner);
    }
}
