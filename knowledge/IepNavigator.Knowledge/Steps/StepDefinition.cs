using IepNavigator.Knowledge.Advising;

namespace IepNavigator.Knowledge.Steps;

/// <summary>A step of the catalog (GET /api/v1/steps): the reviewable content of one step id.</summary>
public sealed record StepDefinition
{
    public required string Id { get; init; }
    /// <summary>Rule topic: evaluation, records, iep, progress, disputes, discipline, section504, transition, help.</summary>
    public required string Topic { get; init; }
    public required string Title { get; init; }
    /// <summary>Plain-language explanation of the step, independent of any case.</summary>
    public required string Explanation { get; init; }
    public IReadOnlyList<string> Citations { get; init; } = [];
    /// <summary>What the school must do once the parent takes this step, and by when in words (step-duties.json).</summary>
    public string SchoolDuty { get; init; } = "";
    /// <summary>What the parent can do if the school does not (step-duties.json).</summary>
    public string IfSchoolDoesNot { get; init; } = "";
    /// <summary>Letter template id, or null where no letter fits.</summary>
    public string? Letter { get; init; }
    public Urgency DefaultUrgency { get; init; }
    /// <summary>The order a parent should act in, after urgency (1 first).</summary>
    public int Order { get; init; }
}
