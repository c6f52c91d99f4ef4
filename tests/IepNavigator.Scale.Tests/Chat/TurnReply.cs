namespace IepNavigator.Scale.Tests.Chat;

/// <summary>What the client got back for one turn: the texts, the advice step ids, and whether the turn failed.</summary>
public sealed record TurnReply(IReadOnlyList<string> Texts, IReadOnlyList<string> StepIds, bool Failed)
{
    /// <summary>Comparable one-line form (texts and step ids), for transcripts.</summary>
    public string Summary => string.Join(" | ", Texts) + " #" + string.Join(",", StepIds);
}
