using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Onboarding;
using Portal.Domain.Partners;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>
/// Time logged on an onboarding stage or a support ticket: together, the support hours. The stage
/// and ticket references are plain columns here; their features add the relationships.
/// </summary>
public sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("TimeEntries");
        builder.Property(t => t.UserId).HasMaxLength(TimeEntry.UserIdMaxLength);
        builder.Property(t => t.Note).HasMaxLength(TimeEntry.NoteMaxLength);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PartnerId, t.At });
        builder.HasIndex(t => t.StageId);
        builder.HasIndex(t => t.TicketId);
    }
}
