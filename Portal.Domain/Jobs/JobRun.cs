namespace Portal.Domain.Jobs;

/// <summary>One run of a background job: when, how much it did, and why it failed if it did.</summary>
public sealed class JobRun
{
    public const int JobMaxLength = 100;
    public const int ErrorMaxLength = 4000;

    private JobRun()
    {
        Job = "";
    }

    public JobRun(string job, DateTimeOffset startedAt)
        : this()
    {
        if (string.IsNullOrWhiteSpace(job) || job.Length > JobMaxLength)
        {
            throw new DomainException("A job run names its job.");
        }

        Id = Guid.NewGuid();
        Job = job;
        StartedAt = startedAt;
    }

    public Guid Id { get; private set; }

    public string Job { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int ItemsHandled { get; private set; }

    public string? Error { get; private set; }

    public bool Succeeded => FinishedAt is not null && Error is null;

    public void Finish(int items, DateTimeOffset now)
    {
        ItemsHandled = items;
        FinishedAt = now;
    }

    public void Fail(string error, int items, DateTimeOffset now)
    {
        ItemsHandled = items;
        Error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        FinishedAt = now;
    }
}
