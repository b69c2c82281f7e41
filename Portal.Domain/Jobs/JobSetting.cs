namespace Portal.Domain.Jobs;

/// <summary>One admin setting of the background jobs (a schedule or a threshold), stored as text.</summary>
public sealed class JobSetting
{
    public const int KeyMaxLength = 100;
    public const int ValueMaxLength = 200;

    private JobSetting()
    {
        Key = "";
        Value = "";
    }

    public JobSetting(string key, string value, DateTimeOffset now)
        : this()
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > KeyMaxLength)
        {
            throw new DomainException("A setting has a name.");
        }

        Key = key;
        Change(value, now);
    }

    public string Key { get; private set; }

    public string Value { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string value, DateTimeOffset now)
    {
        if (value is null || value.Length > ValueMaxLength)
        {
            throw new DomainException($"A setting has at most {ValueMaxLength} characters.");
        }

        Value = value.Trim();
        UpdatedAt = now;
    }
}
