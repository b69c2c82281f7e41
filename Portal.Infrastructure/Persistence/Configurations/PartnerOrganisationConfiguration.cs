using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Partners;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("PartnerOrganisations");
        builder.Property(p => p.Name).HasMaxLength(PartnerOrganisation.NameMaxLength);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
