namespace Portal.Domain.Onboarding;

/// <summary>Who does the work of a stage. Partners may tick checklist items only on their own side.</summary>
public enum StageSide
{
    Bank,
    Partner,
}

/// <summary>Stored by name in the database: never rename a value.</summary>
public enum StageStatus
{
    NotStarted,
    InProgress,
    Blocked,
    Done,
    Skipped,
}

/// <summary>Stored by name in the database: never rename a value.</summary>
public enum StageEventKind
{
    Started,
    Blocked,
    Unblocked,
    Completed,
    Reopened,
    Skipped,
    ItemTicked,
    ItemUnticked,
}

public enum IntegrationChannel
{
    Direct,
    SaasPlatform,
}

/// <summary>P1 is the most severe. The numeric values are the order, not the report weights.</summary>
public enum DefectSeverity
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
}
