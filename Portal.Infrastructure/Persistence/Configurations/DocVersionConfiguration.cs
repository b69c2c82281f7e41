using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Docs;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class DocVersionConfiguration : IEntityTypeConfiguration<DocVersion>
{
    public const int StatusMaxLength = 16;

    public void Configure(EntityTypeBuilder<DocVersion> builder)
    {
        builder.ToTable("DocVersions");
        builder.Property(v => v.Label).HasMaxLength(DocVersion.LabelMaxLength).IsUnicode(false);
        builder.HasIndex(v => v.Label).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(DocVersion.TitleMaxLength);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(StatusMaxLength).IsUnicode(false);
    }
}
