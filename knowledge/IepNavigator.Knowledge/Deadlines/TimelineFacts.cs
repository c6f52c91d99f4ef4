namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// One timeline as a parent may ask about it ("how long does the school have?"): the state's own where
/// state-timelines.json has it, else the federal one. Units and triggers are the file's words (its "note" lists them).
/// </summary>
/// <param name="StateName">The state whose rule this is; null for the federal rule.</param>
public sealed record TimelineFact(string Key, int Days, string Unit, string Trigger, string? Includes, string Citation, string SourceUrl, bool Secondary, string? StateName);

/// <summary>The timelines a chat can quote, by key (the property names of state-timelines.json).</summary>
public static class TimelineFacts
{
    public const string InitialEvaluation = "initialEvaluation";

    /// <summary>How long the school has to answer a request for an evaluation: a state's rule only (federal law sets no number
    /// of days: a reasonable time, and prior written notice if it refuses, 34 CFR 300.503), so <see cref="For"/> is null without one.</summary>
    public const string EvaluationResponse = "evaluationResponse";
    public const string InitialIepMeeting = "initialIepMeeting";
    public const string RecordsAccess = "recordsAccess";
    public const string ManifestationDetermination = "manifestationDetermination";
    public const string Reevaluation = "reevaluation";
    public const string DueProcessWindow = "dueProcessWindow";
    public const string StateComplaintWindow = "stateComplaintWindow";

    /// <summary>The rule for <paramref name="key"/> in <paramref name="state"/> (USPS code), or the federal rule; null for an unknown key
    /// or a timeline with no federal number (<see cref="EvaluationResponse"/>) in a state without its own.</summary>
    public static TimelineFact? For(string key, string? state)
    {
        var book = Content.KnowledgeContent.Default.Timelines;
        var local = book.Find(state);
        var federal = book.Federal;
        var (own, general) = key switch
        {
            InitialEvaluation => (local?.InitialEvaluation, federal.InitialEvaluation),
            EvaluationResponse => (local?.EvaluationResponse, null),
            InitialIepMeeting => (local?.InitialIepMeeting, federal.InitialIepMeeting),
            RecordsAccess => (local?.RecordsAccess, federal.RecordsAccess),
            ManifestationDetermination => ((Timeline?)null, federal.ManifestationDetermination),
            Reevaluation => (null, federal.Reevaluation),
            DueProcessWindow => (local?.DueProcessWindow, federal.DueProcessWindow),
            StateComplaintWindow => (null, federal.StateComplaintWindow),
            _ => (null, (Timeline?)null),
        };
        var rule = own ?? general;
        return rule is null ? null
            : new TimelineFact(key, rule.Days, rule.Unit, rule.Trigger, rule.Includes, rule.Citation, rule.SourceUrl, rule.IsSecondary, own is null ? null : local!.Name);
    }
}
