using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Docs;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class DocFeedbackConfiguration : IEntityTypeConfiguration<DocFeedback>
{
    public void Configure(EntityTypeBuilder<DocFeedback> builder)
    {
        builder.ToTable("DocFeedback");
        builder.Property(f => f.Comment).HasMaxLength(DocFeedback.CommentMaxLength);
        builder.Property(f => f.UserId).HasMaxLength(DocFeedback.UserIdMaxLength);
        builder.HasOne<DocPage>().WithMany().HasForeignKey(f => f.PageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.PageId, f.CreatedAt });
    }
}
