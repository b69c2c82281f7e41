using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Onboarding;
using Portal.Domain.Partners;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>One profile per partner organisation, keyed by the organisation's id.</summary>
public sealed class PartnerProfileConfiguration : IEntityTypeConfiguration<PartnerProfile>
{
    public void Configure(EntityTypeBuilder<PartnerProfile> builder)
    {
        builder.ToTable("PartnerProfiles");
        builder.HasKey(p => p.PartnerId);
        builder.HasOne<PartnerOrganisation>().WithOne().HasForeignKey<PartnerProfile>(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.ApiVersion).HasMaxLength(PartnerProfile.ApiVersionMaxLength);
        // Stored as a JSON array on both providers.
        builder.PrimitiveCollection(p => p.Apis).HasField("_apis").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(p => p.PlatformName).HasMaxLength(PartnerProfile.PlatformNameMaxLength);
        builder.Property(p => p.AccountOwnerUserId).HasMaxLength(PartnerProfile.UserIdMaxLength);
        builder.Property(p => p.TechnicalLeadName).HasMaxLength(PartnerProfile.PersonNameMaxLength);
        builder.Property(p => p.TechnicalLeadEmail).HasMaxLength(PartnerProfile.EmailMaxLength);
        builder.Property(p => p.Industry).HasMaxLength(PartnerProfile.IndustryMaxLength);
    }
}
