using IepNavigator.Dialogs.Letters.Ledger;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// What the parent told us about one child. Facts are kept in the contract's JSON shape (camelCase
/// names, yyyy-MM-dd dates, kebab-case enums) so they round-trip through any storage unchanged.
/// </summary>
public sealed class CaseRecord
{
    public const string UnknownAnswer = "unknown";
    public const string NoneAnswer = "none";

    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>What the parent calls this child; null while there is only one.</summary>
    public string? Label { get; set; }

    public JObject Facts { get; set; } = [];

    /// <summary>Facts asked but not known: fact name → "unknown" (I don't know) or "none" (hasn't happened).</summary>
    public Dictionary<string, string> Unanswered { get; set; } = [];

    /// <summary>Step ids of the last advice, in order ("why 2" refers to the second).</summary>
    public List<string> LastStepIds { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The paper trail: letters drafted, sent and answered for this child (see Letters/).</summary>
    public List<LedgerEntry> Ledger { get; set; } = [];

    /// <summary>Letter fields about this child (name, school, recipient...) remembered for the next letter.</summary>
    public Dictionary<string, string> LetterFields { get; set; } = [];

    /// <summary>The goal tracker's numbers in one plain paragraph (baseline, target, latest, verdict), for a letter's optional progressSummary field.</summary>
    public string? ProgressSummary { get; set; }

    [JsonIgnore]
    public string? Stage => Facts.Value<string>("stage");

    public bool IsAnswered(string fact) => Facts.ContainsKey(fact) || Unanswered.ContainsKey(fact);

    public void SetFact(string fact, JToken value)
    {
        Facts[fact] = value;
        Unanswered.Remove(fact);
    }

    public void MarkUnanswered(string fact, string why)
    {
        Facts.Remove(fact);
        Unanswered[fact] = why;
    }
}
