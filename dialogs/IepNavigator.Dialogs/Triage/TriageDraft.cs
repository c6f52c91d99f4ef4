namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// What the hand-off has gathered so far, kept in the dialog's frame (conversation state) until the parent sends
/// or drops it. "Change something" clears one field and begins again with the rest, so only that is asked.
/// The parent's words are only ever put here after they agreed to share them. Stored through State/StateJson.
/// </summary>
public sealed class TriageDraft
{
    public bool Consent { get; set; }

    /// <summary>"email", "phone" or "text".</summary>
    public string? ContactMethod { get; set; }

    public string? ContactAddress { get; set; }

    public string? Availability { get; set; }

    /// <summary>Null until asked; true when the parent chose to add their own words.</summary>
    public bool? WordsConsent { get; set; }

    public string? Words { get; set; }

    public bool DueProcessAsked { get; set; }

    /// <summary>When a due-process complaint was filed.</summary>
    public DateOnly? DueProcessFiledOn { get; set; }

    /// <summary>"yes", "no" or "unsure"; null until asked.</summary>
    public string? CanPay { get; set; }
}
