using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Partners;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class InvitationCodeConfiguration : IEntityTypeConfiguration<InvitationCode>
{
    public void Configure(EntityTypeBuilder<InvitationCode> builder)
    {
        builder.ToTable("InvitationCodes");
        builder.Property(c => c.Code).HasMaxLength(InvitationCode.CodeMaxLength).IsUnicode(false);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.CreatedByUserId).HasMaxLength(InvitationCode.CreatedByMaxLength);
        builder.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Uses).IsConcurrencyToken();
    }
}
