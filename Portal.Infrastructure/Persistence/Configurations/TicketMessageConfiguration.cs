using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Support;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("TicketMessages");
        builder.Property(m => m.Body).HasMaxLength(TicketMessage.BodyMaxLength);
        builder.Property(m => m.AuthorUserId).HasMaxLength(Ticket.UserIdMaxLength);
        builder.HasIndex(m => new { m.TicketId, m.At });
    }
}
