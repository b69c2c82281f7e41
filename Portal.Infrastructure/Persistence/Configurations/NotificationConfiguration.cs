using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Identity;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.UserId).HasMaxLength(Notification.UserIdMaxLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Topic).HasMaxLength(Notification.TopicMaxLength).IsUnicode(false);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Property(n => n.DedupKey).HasMaxLength(Notification.DedupKeyMaxLength);
        builder.PrimitiveCollection(n => n.Arguments).HasField("_arguments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(n => n.IsRead);

        // "Never sent twice" is the database's promise, not only a check before inserting.
        builder.HasIndex(n => new { n.UserId, n.DedupKey }).IsUnique().HasFilter("[DedupKey] IS NOT NULL");
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.InDigest, n.UserId });
    }
}

public sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(Notification.UserIdMaxLength);
        builder.HasOne<PortalUser>().WithOne().HasForeignKey<NotificationPreference>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Culture).HasMaxLength(NotificationPreference.CultureMaxLength).IsUnicode(false);
        builder.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
    }
}

public sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("OutboxMails");
        builder.Property(m => m.To).HasMaxLength(OutboxMail.ToMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMail.SubjectMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMail.ErrorMaxLength);
        builder.Ignore(m => m.IsSent);
        builder.HasIndex(m => m.NextAttemptAt);
    }
}
