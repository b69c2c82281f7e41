using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Docs;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class DocRevisionConfiguration : IEntityTypeConfiguration<DocRevision>
{
    public void Configure(EntityTypeBuilder<DocRevision> builder)
    {
        builder.ToTable("DocRevisions");
        // DocPage.CurrentRevisionId is deliberately a plain column, not a second foreign key: a page and its
        // first revision then insert in one batch without a cycle, and only DocPage.Revise ever sets it.
        builder.HasOne<DocPage>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PageId, r.Number }).IsUnique();
        builder.Property(r => r.ContentHash).HasMaxLength(DocRevision.ContentHashLength).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(DocRevision.SourceMaxLength).IsUnicode(false);
        builder.Property(r => r.AuthorUserId).HasMaxLength(DocRevision.AuthorMaxLength);
    }
}
