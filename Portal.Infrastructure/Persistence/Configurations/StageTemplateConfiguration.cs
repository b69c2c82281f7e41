using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Onboarding;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>Templates own their stages, and stages their checklist; order is kept in Position.</summary>
public sealed class StageTemplateConfiguration : IEntityTypeConfiguration<StageTemplate>
{
    public void Configure(EntityTypeBuilder<StageTemplate> builder)
    {
        builder.ToTable("StageTemplates");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(StageTemplate.NameMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Ignore(t => t.GoLiveStage);
        builder.HasMany(t => t.Stages).WithOne().HasForeignKey("TemplateId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Stages).HasField("_stages").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class StageTemplateItemConfiguration : IEntityTypeConfiguration<StageTemplateItem>
{
    public void Configure(EntityTypeBuilder<StageTemplateItem> builder)
    {
        builder.ToTable("StageTemplateItems");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EnglishName).HasMaxLength(StageTemplateItem.NameMaxLength);
        builder.Property(s => s.ChineseName).HasMaxLength(StageTemplateItem.NameMaxLength);
        builder.Property(s => s.Side).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property<Guid>("TemplateId");
        builder.HasIndex("TemplateId", nameof(StageTemplateItem.Position));
        builder.HasMany(s => s.Checklist).WithOne().HasForeignKey("TemplateItemId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Checklist).HasField("_checklist").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ChecklistItemTemplateConfiguration : IEntityTypeConfiguration<ChecklistItemTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistItemTemplate> builder)
    {
        builder.ToTable("StageTemplateChecklistItems");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(ChecklistItem.TextMaxLength);
        builder.Property(c => c.DocPath).HasMaxLength(ChecklistItem.DocPathMaxLength);
        builder.Property<Guid>("TemplateItemId");
        builder.HasIndex("TemplateItemId", nameof(ChecklistItemTemplate.Position));
    }
}
