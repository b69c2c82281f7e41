using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Partners;
using Portal.Domain.Support;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("Tickets");
        builder.Property(t => t.Subject).HasMaxLength(Ticket.SubjectMaxLength);
        builder.Property(t => t.Transcript).HasMaxLength(Ticket.TranscriptMaxLength);
        builder.Property(t => t.PagesRead).HasMaxLength(Ticket.PagesMaxLength);
        builder.Property(t => t.CreatedByUserId).HasMaxLength(Ticket.UserIdMaxLength);
        builder.Property(t => t.AssigneeUserId).HasMaxLength(Ticket.UserIdMaxLength);
        builder.Property(t => t.Version).HasMaxLength(Ticket.VersionMaxLength);
        builder.Property(t => t.OnboardingStage).HasMaxLength(Ticket.StageMaxLength);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(t => t.PageList);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => new { t.PartnerId, t.CreatedAt });
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
    }
}
