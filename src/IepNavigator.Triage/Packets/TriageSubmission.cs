namespace IepNavigator.Triage.Packets;

/// <summary>The result of <see cref="ITriageDesk.SubmitAsync"/>: the stored packet, or why nothing was stored.</summary>
public sealed record TriageSubmission(TriageOutcome Outcome, TriagePacket? Packet)
{
    public bool Stored => Outcome == TriageOutcome.Submitted;
}

public enum TriageOutcome
{
    Submitted,

    /// <summary>The parent did not consent to share: nothing was stored or sent.</summary>
    ConsentRefused,
}
