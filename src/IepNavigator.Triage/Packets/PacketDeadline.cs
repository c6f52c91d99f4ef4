using System.Text.Json.Serialization;

namespace IepNavigator.Triage.Packets;

/// <summary>
/// One dated thing the advocate must watch, computed when the packet is made: a step's due date, the school's answer
/// to a letter the parent sent, the next IEP meeting. The console words it in its language and counts days from its today.
/// </summary>
public sealed record PacketDeadline
{
    public required DateOnly Date { get; init; }

    public required DeadlineKind Kind { get; init; }

    /// <summary>The step (for <see cref="DeadlineKind.Step"/>) or the step the letter was for.</summary>
    public string? StepId { get; init; }

    /// <summary>The letter whose answer is due (<see cref="DeadlineKind.SchoolAnswer"/>).</summary>
    public string? LetterId { get; init; }

    /// <summary>The date was counted in school days or over breaks: an estimate.</summary>
    public bool Estimated { get; init; }

    /// <summary>
    /// For a step's date: whose clock it is (the knowledge base's deadline key, "evaluation-response"), so the brief says
    /// "the school's answer to the evaluation request — overdue" and not that the step itself was due. Null on packets
    /// made before it existed: they are worded by the step.
    /// </summary>
    public string? What { get; init; }

    /// <summary>The rule that sets the date ("Tex. Educ. Code 29.004(c)").</summary>
    public string? Citation { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineKind>))]
public enum DeadlineKind
{
    [JsonStringEnumMemberName("step")] Step,
    [JsonStringEnumMemberName("school-answer")] SchoolAnswer,
    [JsonStringEnumMemberName("iep-meeting")] IepMeeting,
}
