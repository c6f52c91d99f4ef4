namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// What the hand-off has gathered so far, kept in the dialog's frame (conversation state) until the parent sends
/// or drops it. "Change something" clears one field and begins again with the rest, so only that is asked.
/// The parent's words are only ever put here after they agreed to share them. Stored through State/StateJson.
/// </summary>
public sealed class TriageDraft
{
    /// <summary>Where the parent asked from (see <see cref="TriageEntry"/>).</summary>
    public TriageOrigin Origin { get; set; }

    /// <summary>The parent's earlier request for this child was looked for (and shown) once.</summary>
    public bool CheckedEarlier { get; set; }

    public bool Consent { get; set; }

    /// <summary>The name to ask for; asked only when the letters did not give it. Null when skipped.</summary>
    public string? ParentName { get; set; }

    public bool ParentNameAsked { get; set; }

    /// <summary>"en", "es", or the language the parent named; null when skipped.</summary>
    public string? PreferredLanguage { get; set; }

    public bool LanguageAsked { get; set; }

    /// <summary>"email", "phone" or "text".</summary>
    public string? ContactMethod { get; set; }

    public string? ContactAddress { get; set; }

    public string? Availability { get; set; }

    /// <summary>The child's first name, asked only when the case has no name for the child. Null when skipped.</summary>
    public string? ChildName { get; set; }

    public bool ChildNameAsked { get; set; }

    /// <summary>Null until asked; true when the parent chose to add their own words.</summary>
    public bool? WordsConsent { get; set; }

    public string? Words { get; set; }

    public bool DueProcessAsked { get; set; }

    /// <summary>When a due-process complaint was filed.</summary>
    public DateOnly? DueProcessFiledOn { get; set; }

    /// <summary>"yes", "no" or "unsure"; null until asked. Never leaves the chat.</summary>
    public string? CanPay { get; set; }
}
