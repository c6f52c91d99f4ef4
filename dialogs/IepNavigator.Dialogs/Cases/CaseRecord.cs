using System.Collections;
using System.Text.Json.Serialization;
using IepNavigator.Dialogs.Letters.Ledger;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// What the parent told us about one child: the contract's facts as the typed <see cref="CaseFacts"/>, what they
/// answered without a value ("I don't know", "it hasn't happened") and which dates are approximate, all keyed by
/// <see cref="FactNames"/>; the letter fields about the child, the paper trail and the last advice. Change facts only
/// through <see cref="Apply"/> (or <see cref="Set"/>, <see cref="SetStage"/>, <see cref="MarkUnanswered"/>): they keep the
/// bookkeeping consistent and report what changed. Stored by State/StateJson (old rows included).
/// </summary>
public sealed class CaseRecord : IJsonOnDeserialized
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>What the parent calls this child; null while there is only one.</summary>
    public string? Label { get; set; }

    /// <summary>The contract facts known (null = unknown). Set through <see cref="Apply"/>.</summary>
    public CaseFacts Facts { get; set; } = new();

    /// <summary>Facts asked but answered without a value, by contract name.</summary>
    public Dictionary<string, FactAnswer> Unanswered { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Date facts the parent gave only roughly, by contract name (a fact absent here is exact).</summary>
    public Dictionary<string, DatePrecision> Approximate { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Step ids of the last advice, in order ("why 2" refers to the second).</summary>
    public List<string> LastStepIds { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The paper trail: letters drafted, sent and answered for this child (see Letters/).</summary>
    public List<LedgerEntry> Ledger { get; set; } = [];

    /// <summary>The child's letter fields (name, date of birth, school, recipient...), remembered for the next letter.</summary>
    public LetterFields LetterFields { get; set; } = LetterFields.Empty;

    /// <summary>The last letter drafted (its own answers, blanks and Spanish answers), re-issued when a field is corrected.</summary>
    public Letters.Drafting.LetterDraft? LastDraft { get; set; }

    /// <summary>The goal tracker's numbers in one plain paragraph (baseline, target, latest, verdict), for a letter's optional progressSummary field.</summary>
    public string? ProgressSummary { get; set; }

    /// <summary>"female" or "male" when the parent said so ("mi hija", "my son"; never guessed): how Spanish replies name the child (content/child-words.json).</summary>
    public string? ChildGender { get; set; }

    [JsonIgnore]
    public Stage? Stage => Facts.Stage;

    /// <summary>True when any fact's value is known about this child.</summary>
    [JsonIgnore]
    public bool HasFacts => CaseFactFields.Known(Facts).Any();

    /// <summary>Known, or answered without a value: either way the question is not asked again.</summary>
    public bool IsAnswered(string fact) =>
        Unanswered.ContainsKey(fact) || (CaseFactFields.Find(fact) is { } field && field.IsKnown(Facts));

    /// <summary>"I don't know" or "it hasn't happened" for <paramref name="fact"/>, or null.</summary>
    public FactAnswer? AnswerOf(string fact) => Unanswered.TryGetValue(fact, out var answer) ? answer : null;

    /// <summary>How exact the date fact <paramref name="fact"/> is (<see cref="DatePrecision.Day"/> unless stated otherwise).</summary>
    public DatePrecision PrecisionOf(string fact) => Approximate.GetValueOrDefault(fact, DatePrecision.Day);

    /// <summary>
    /// The facts a letter may state: a date the parent gave only roughly ("last March", "in April I think") stays out,
    /// so the letter uses its undated wording instead of writing "On March 1, 2026" to the school as if the day were known.
    /// </summary>
    [JsonIgnore]
    public CaseFacts FactsForLetters =>
        Approximate.Where(a => a.Value != DatePrecision.Day).Select(a => CaseFactFields.Find(a.Key)).OfType<CaseFactField>()
            .Aggregate(Facts, (facts, known) => known.Write(facts, null));

    /// <summary>Sets one fact (a value of the type <see cref="CaseFactFields"/> gives it) and returns what changed.</summary>
    public FactChanges Set(string fact, object value, DatePrecision? precision = null) => Apply(CaseStatement.Of(fact, value, precision));

    public FactChanges SetStage(Stage stage) => Apply(CaseStatement.Of(FactNames.Stage, stage));

    public FactChanges MarkUnanswered(string fact, FactAnswer answer) => Apply(CaseStatement.Answered(fact, answer));

    /// <summary>
    /// Applies what the parent stated and returns what changed (nothing for a repeat). A value replaces an earlier value
    /// or answer; an answer without a value clears the value. With <paramref name="overwrite"/> false, only facts not yet
    /// answered are filled (what an opening message implies never overrides what the parent answered). A request date on a
    /// case at the "concerned" stage (stated now) moves it to "evaluation-requested" (the contract's concerned means nothing asked yet);
    /// "not yet" for the request on a case at "evaluation-requested" moves it back to "concerned".
    /// </summary>
    public FactChanges Apply(CaseStatement statement, bool overwrite = true)
    {
        ArgumentNullException.ThrowIfNull(statement);
        foreach (var name in statement.Unknown.Concat(statement.NotYet).Concat(statement.Approximate.Keys))
        {
            CaseFactFields.Get(name);
        }
        var changes = new List<FactChange>();
        foreach (var field in CaseFactFields.All)
        {
            var name = field.Name;
            FactAnswer? answer = statement.Unknown.Contains(name) ? FactAnswer.Unknown : statement.NotYet.Contains(name) ? FactAnswer.NotYet : null;
            var stated = field.IsKnown(statement.Facts);
            if ((!stated && answer is null) || (!overwrite && IsAnswered(name)))
            {
                continue;
            }
            var before = field.Read(Facts);
            var answeredBefore = AnswerOf(name);
            var precisionBefore = PrecisionOf(name);
            var after = stated ? field.Read(statement.Facts) : null;
            var precision = stated && statement.Approximate.TryGetValue(name, out var p) ? p : DatePrecision.Day;
            if (!SameValue(before, after))
            {
                // Said again with the same value: the facts stay the same instance (nothing to write, nothing changed).
                Facts = field.Write(Facts, after);
            }
            if (stated)
            {
                Unanswered.Remove(name);
            }
            else
            {
                Unanswered[name] = answer!.Value;
            }
            if (precision == DatePrecision.Day)
            {
                Approximate.Remove(name);
            }
            else
            {
                Approximate[name] = precision;
            }
            if (!SameValue(before, after) || answeredBefore != AnswerOf(name) || precisionBefore != precision)
            {
                changes.Add(new FactChange(name, before, after, answeredBefore, AnswerOf(name)));
            }
        }
        if (Facts.Stage == Knowledge.Facts.Stage.Concerned && changes.Any(c => c.Fact == FactNames.EvaluationRequestedOn && c.After is not null))
        {
            Facts = Facts with { Stage = Knowledge.Facts.Stage.EvaluationRequested };
            changes.Add(new FactChange(FactNames.Stage, Knowledge.Facts.Stage.Concerned, Knowledge.Facts.Stage.EvaluationRequested));
        }
        else if (Facts.Stage == Knowledge.Facts.Stage.EvaluationRequested
            && changes.Any(c => c.Fact == FactNames.EvaluationRequestedOn && c.AnsweredAfter == FactAnswer.NotYet))
        {
            // "I haven't asked yet" at the evaluation-requested stage: nothing was asked, so the case is at "concerned"
            // (the first step is then the written request, not the school's deadline).
            Facts = Facts with { Stage = Knowledge.Facts.Stage.Concerned };
            changes.Add(new FactChange(FactNames.Stage, Knowledge.Facts.Stage.EvaluationRequested, Knowledge.Facts.Stage.Concerned));
        }
        return changes.Count == 0 ? FactChanges.None : new FactChanges(changes);
    }

    private static bool SameValue(object? before, object? after) => (before, after) switch
    {
        (null, null) => true,
        (IEnumerable left, IEnumerable right) when before is not string => left.Cast<object>().SequenceEqual(right.Cast<object>()),
        _ => Equals(before, after),
    };

    /// <summary>Rows from older versions may lack a collection or hold a name outside the contract: both are set right here.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        Id ??= Guid.NewGuid().ToString("N")[..12];
        Facts ??= new CaseFacts();
        Unanswered = Contract(Unanswered);
        Approximate = Contract(Approximate);
        LastStepIds ??= [];
        Ledger = Ledger is null ? [] : [.. Ledger.Where(e => e is not null)];
        LetterFields ??= LetterFields.Empty;
    }

    private static Dictionary<string, T> Contract<T>(Dictionary<string, T>? names) =>
        names is null ? new(StringComparer.Ordinal)
        : new(names.Where(n => CaseFactFields.Find(n.Key) is not null), StringComparer.Ordinal);
}
