using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Assistant;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class AssistantExchangeConfiguration : IEntityTypeConfiguration<AssistantExchange>
{
    public void Configure(EntityTypeBuilder<AssistantExchange> builder)
    {
        builder.ToTable("AssistantExchanges");
        builder.Property(e => e.Question).HasMaxLength(AssistantExchange.QuestionMaxLength);
        builder.Property(e => e.UserId).HasMaxLength(AssistantExchange.UserIdMaxLength);
        builder.Property(e => e.Version).HasMaxLength(FaqEntry.VersionMaxLength);
        builder.Property(e => e.FaqKey).HasMaxLength(FaqEntry.KeyMaxLength);
        builder.Ignore(e => e.InBacklog);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.ConversationId);
    }
}
