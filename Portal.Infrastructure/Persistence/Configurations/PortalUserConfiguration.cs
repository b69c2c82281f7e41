using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Identity;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength);
        builder.HasOne(u => u.Partner).WithMany().HasForeignKey(u => u.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.PartnerId);
    }
}
