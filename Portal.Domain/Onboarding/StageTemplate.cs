namespace Portal.Domain.Onboarding;

/// <summary>
/// An ordered list of stages that admins edit and onboarding projects are created from. A project
/// copies the template when it is created, so later edits never rewrite a running project's plan.
/// </summary>
public sealed class StageTemplate
{
    public const int NameMaxLength = 100;
    public const string DefaultName = "Standard onboarding";

    private readonly List<StageTemplateItem> _stages = [];

    private StageTemplate()
    {
        Name = "";
    }

    public StageTemplate(string name)
        : this()
    {
        Id = Guid.NewGuid();
        Rename(name);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>In order; the order is kept in <see cref="StageTemplateItem.Position"/> because a database does not keep list order.</summary>
    public IReadOnlyList<StageTemplateItem> Stages => [.. _stages.OrderBy(s => s.Position)];

    public StageTemplateItem? GoLiveStage => _stages.SingleOrDefault(s => s.IsGoLive);

    /// <summary>The bank's standard path from application to hypercare.</summary>
    public static StageTemplate Default()
    {
        var template = new StageTemplate(DefaultName);
        template.AddStage(new NewStage("Application", "申请", StageSide.Partner, 5, Checklist:
        [
            new("Submit the partner application form"),
            new("Read the getting-started guide", "v2/getting-started"),
        ]));
        template.AddStage(new NewStage("Agreement signed", "签署协议", StageSide.Bank, 10, Checklist:
        [
            new("Send the partner agreement for signature"),
            new("Countersign the agreement"),
        ]));
        template.AddStage(new NewStage("Sandbox access", "沙箱访问", StageSide.Bank, 5, Checklist:
        [
            new("Issue sandbox client credentials"),
            new("Share the sandbox guide", "v2/getting-started/sandbox"),
        ]));
        template.AddStage(new NewStage("Development", "开发", StageSide.Partner, 30, Checklist:
        [
            new("Implement request signing", "v2/authentication/signing"),
            new("Implement the consent flow", "v2/consents"),
            new("Handle API errors", "v2/errors"),
        ]));
        template.AddStage(new NewStage("Joint testing", "联合测试", StageSide.Partner, 15, Checklist:
        [
            new("Run the test scenarios in the sandbox"),
            new("Subscribe to webhooks and verify delivery", "v2/webhooks"),
        ]));
        template.AddStage(new NewStage("Security review", "安全评审", StageSide.Bank, 10, Checklist:
        [
            new("Review the partner's penetration test report"),
            new("Approve production access"),
        ]));
        template.AddStage(new NewStage("Production go-live", "生产上线", StageSide.Bank, 3, IsGoLive: true, Checklist:
        [
            new("Issue production credentials"),
            new("Confirm the first live call"),
        ]));
        template.AddStage(new NewStage("Hypercare", "上线后保障期", StageSide.Bank, 30, Checklist:
        [
            new("Monitor error rates daily"),
            new("Hold the hypercare exit review"),
        ]));
        return template;
    }

    public void Rename(string name) =>
        Name = Guard.Trimmed(name, NameMaxLength, "A stage template's name")
            ?? throw new DomainException("A stage template needs a name.");

    /// <param name="position">Zero-based; null appends.</param>
    public StageTemplateItem AddStage(NewStage stage, int? position = null)
    {
        if (stage.IsGoLive && GoLiveStage is not null)
        {
            throw new DomainException("A template has only one go-live stage; unmark the current one first.");
        }

        var index = position ?? _stages.Count;
        if (index < 0 || index > _stages.Count)
        {
            throw new DomainException("That position is outside the list of stages.");
        }

        var item = new StageTemplateItem(stage, index);
        var ordered = Stages.ToList();
        ordered.Insert(index, item);
        _stages.Add(item);
        Renumber(ordered);
        return item;
    }

    public void RemoveStage(Guid stageId)
    {
        var item = Find(stageId);
        _stages.Remove(item);
        Renumber(Stages.ToList());
    }

    /// <param name="position">Zero-based target position.</param>
    public void MoveStage(Guid stageId, int position)
    {
        var item = Find(stageId);
        if (position < 0 || position >= _stages.Count)
        {
            throw new DomainException("That position is outside the list of stages.");
        }

        var ordered = Stages.ToList();
        ordered.Remove(item);
        ordered.Insert(position, item);
        Renumber(ordered);
    }

    /// <summary>Go-live is where cycle time ends, so exactly one stage carries it (or none while the template is being built).</summary>
    public void MarkGoLive(Guid stageId)
    {
        var item = Find(stageId);
        foreach (var stage in _stages)
        {
            stage.SetGoLive(stage == item);
        }
    }

    public StageTemplateItem Find(Guid stageId) =>
        _stages.SingleOrDefault(s => s.Id == stageId)
        ?? throw new DomainException("That stage is not part of this template.");

    private static void Renumber(List<StageTemplateItem> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i);
        }
    }
}
