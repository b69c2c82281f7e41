namespace Portal.Domain.Metrics;

/// <summary>One question put to the assistant: whether it answered, and whether the partner still asked a person.</summary>
public sealed record AssistantQuestion(DateTimeOffset At, bool Answered, bool Escalated)
{
    /// <summary>Deflected: the assistant answered and nobody escalated it.</summary>
    public bool Deflected => Answered && !Escalated;
}

/// <param name="Rate">Deflected over all questions, 0..1; null when there were no questions.</param>
public sealed record DeflectionFigure(int Questions, int Deflected, double? Rate);

/// <param name="Month">The first day of the month (UTC).</param>
public sealed record MonthlyDeflection(DateOnly Month, DeflectionFigure Figure);

/// <summary>The assistant's deflection rate: questions answered without escalation over all questions.</summary>
public static class DeflectionMetrics
{
    public static DeflectionFigure Overall(IEnumerable<AssistantQuestion> questions)
    {
        var all = questions.ToList();
        var deflected = all.Count(q => q.Deflected);
        return new DeflectionFigure(all.Count, deflected, all.Count == 0 ? null : (double)deflected / all.Count);
    }

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/> (inclusive, UTC), months without questions included with a null rate.</summary>
    public static IReadOnlyList<MonthlyDeflection> PerMonth(IEnumerable<AssistantQuestion> questions, DateTimeOffset from, DateTimeOffset to)
    {
        var first = MonthOf(from);
        var last = MonthOf(to);
        var byMonth = questions.Where(q => q.At >= from && q.At <= to).ToLookup(q => MonthOf(q.At));
        var months = new List<MonthlyDeflection>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(new MonthlyDeflection(month, Overall(byMonth[month])));
        }

        return months;
    }

    private static DateOnly MonthOf(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1);
}
