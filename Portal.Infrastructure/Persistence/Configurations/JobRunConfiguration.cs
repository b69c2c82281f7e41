using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Jobs;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.Property(r => r.Job).HasMaxLength(JobRun.JobMaxLength).IsUnicode(false);
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorMaxLength);
        builder.Ignore(r => r.Succeeded);
        builder.HasIndex(r => new { r.Job, r.StartedAt });
        builder.HasIndex(r => r.StartedAt);
    }
}

public sealed class JobSettingConfiguration : IEntityTypeConfiguration<JobSetting>
{
    public void Configure(EntityTypeBuilder<JobSetting> builder)
    {
        builder.ToTable("JobSettings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(JobSetting.KeyMaxLength).IsUnicode(false);
        builder.Property(s => s.Value).HasMaxLength(JobSetting.ValueMaxLength);
    }
}
