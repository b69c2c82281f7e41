using Portal.Domain.Metrics;

namespace Portal.Tests.Domain;

public sealed class DeflectionMetricsTests
{
    private static readonly DateTimeOffset Jan = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Feb = new(2026, 2, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Apr = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NoQuestions_HaveNoRate()
    {
        Assert.Equal(new DeflectionFigure(0, 0, null), DeflectionMetrics.Overall([]));
        var months = DeflectionMetrics.PerMonth([], Jan, Feb);
        Assert.Equal(2, months.Count);
        Assert.All(months, m => Assert.Null(m.Figure.Rate));
    }

    [Fact]
    public void AnsweredAndNotEscalated_IsDeflected_UnansweredOrEscalatedIsNot()
    {
        // 4 questions: answered (deflected), answered but escalated, not answered, not answered and escalated: 1 of 4.
        var figure = DeflectionMetrics.Overall(
        [
            new AssistantQuestion(Jan, Answered: true, Escalated: false),
            new AssistantQuestion(Jan, Answered: true, Escalated: true),
            new AssistantQuestion(Jan, Answered: false, Escalated: false),
            new AssistantQuestion(Jan, Answered: false, Escalated: true),
        ]);
        Assert.Equal(new DeflectionFigure(4, 1, 0.25), figure);
    }

    [Fact]
    public void PerMonth_SplitsByUtcMonth_KeepsEmptyMonths_AndIgnoresQuestionsOutsideThePeriod()
    {
        AssistantQuestion[] questions =
        [
            new(Jan, true, false), new(Jan, true, false), new(Jan, true, true),  // 2 of 3
            new(Feb, true, false), new(Feb, false, false),                      // 1 of 2
            new(Apr, true, false),                                               // 1 of 1
            new(Jan.AddYears(-1), true, false),                                  // before the period
        ];
        var months = DeflectionMetrics.PerMonth(questions, Jan.AddDays(-9), Apr);
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)], months.Select(m => m.Month));
        Assert.Equal(2.0 / 3, months[0].Figure.Rate!.Value, 6);
        Assert.Equal(0.5, months[1].Figure.Rate);
        Assert.Null(months[2].Figure.Rate);
        Assert.Equal(1.0, months[3].Figure.Rate);
    }
}
