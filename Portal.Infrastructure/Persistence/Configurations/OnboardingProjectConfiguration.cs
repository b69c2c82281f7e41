using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Onboarding;
using Portal.Domain.Partners;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>
/// A project owns its stages (and their checklists) and its events. Stages and events are reached
/// through the project, whose partner id carries the tenant filter; the stage's own filter goes
/// through its project (see <see cref="PortalDbContext"/>). Enums are stored by name.
/// </summary>
public sealed class OnboardingProjectConfiguration : IEntityTypeConfiguration<OnboardingProject>
{
    public void Configure(EntityTypeBuilder<OnboardingProject> builder)
    {
        builder.ToTable("OnboardingProjects");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(OnboardingProject.NameMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(OnboardingProject.UserIdMaxLength);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StageTemplate>().WithMany().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.PartnerId);
        builder.Property(p => p.LastEventSequence).IsConcurrencyToken();
        builder.Ignore(p => p.GoLiveStage);
        builder.Ignore(p => p.ApplicationAt);
        builder.Ignore(p => p.GoLiveAt);
        builder.Ignore(p => p.IsLive);
        builder.Ignore(p => p.PlannedStart);
        builder.Ignore(p => p.PlannedGoLiveAt);

        builder.HasMany(p => p.Stages).WithOne(s => s.Project).HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Stages).HasField("_stages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class OnboardingStageConfiguration : IEntityTypeConfiguration<OnboardingStage>
{
    public void Configure(EntityTypeBuilder<OnboardingStage> builder)
    {
        builder.ToTable("OnboardingStages");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EnglishName).HasMaxLength(OnboardingStage.NameMaxLength);
        builder.Property(s => s.ChineseName).HasMaxLength(OnboardingStage.NameMaxLength);
        builder.Property(s => s.Side).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(s => s.OwnerUserId).HasMaxLength(OnboardingStage.UserIdMaxLength);
        builder.Property(s => s.BlockedReason).HasMaxLength(OnboardingStage.ReasonMaxLength);
        builder.Property(s => s.SkipReason).HasMaxLength(OnboardingStage.ReasonMaxLength);
        builder.Property(s => s.Notes).HasMaxLength(OnboardingStage.NotesMaxLength);
        builder.Ignore(s => s.PlannedLength);
        builder.HasIndex(s => new { s.ProjectId, s.Position });

        // The overdue-stage reminders look for open stages whose planned end has passed.
        builder.HasIndex(s => new { s.Status, s.PlannedEnd });
        builder.HasIndex(s => s.OwnerUserId);

        builder.HasMany(s => s.Checklist).WithOne().HasForeignKey("StageId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Checklist).HasField("_checklist").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("OnboardingChecklistItems");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(ChecklistItem.TextMaxLength);
        builder.Property(c => c.DocPath).HasMaxLength(ChecklistItem.DocPathMaxLength);
        builder.Property(c => c.DoneBy).HasMaxLength(ChecklistItem.UserIdMaxLength);
        builder.Property<Guid>("StageId");
        builder.HasIndex("StageId", nameof(ChecklistItem.Position));
    }
}

/// <summary>Events refer to their stage by a plain column: a stage with events is never removed, and SQL Server allows one cascade path.</summary>
public sealed class StageEventConfiguration : IEntityTypeConfiguration<StageEvent>
{
    public void Configure(EntityTypeBuilder<StageEvent> builder)
    {
        builder.ToTable("OnboardingStageEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.By).HasMaxLength(OnboardingStage.UserIdMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(StageEvent.DetailMaxLength);
        builder.HasIndex(e => new { e.ProjectId, e.Sequence }).IsUnique();
        builder.HasIndex(e => e.StageId);
    }
}

/// <summary>Defects refer to a project without cascading (the partner's cascade already removes both) and to a stage by a plain column.</summary>
public sealed class PostLaunchDefectConfiguration : IEntityTypeConfiguration<PostLaunchDefect>
{
    public void Configure(EntityTypeBuilder<PostLaunchDefect> builder)
    {
        builder.ToTable("PostLaunchDefects");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Severity).HasConversion<string>().HasMaxLength(4).IsUnicode(false);
        builder.Property(d => d.Description).HasMaxLength(PostLaunchDefect.DescriptionMaxLength);
        builder.Property(d => d.ApiName).HasMaxLength(PostLaunchDefect.ApiNameMaxLength);
        builder.Property(d => d.DocPath).HasMaxLength(PostLaunchDefect.DocPathMaxLength);
        builder.Ignore(d => d.IsResolved);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OnboardingProject>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(d => new { d.PartnerId, d.FoundAt });
        builder.HasIndex(d => d.StageId);
    }
}
