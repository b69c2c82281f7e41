namespace Portal.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; everything that asks the injected TimeProvider sees it.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void SetTo(DateTimeOffset when) => Interlocked.Exchange(ref _ticks, when.UtcTicks);
}
