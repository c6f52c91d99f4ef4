using System.Collections.Frozen;

namespace IepNavigator.Knowledge.Facts;

/// <summary>What kind of value a contract fact holds (how to ask for it, read it and show it).</summary>
public enum FactKind
{
    Date,
    YesNo,
    Count,
    Stage,
    State,
    Concerns,
    /// <summary>A list of <see cref="DateRange"/> (the school's breaks).</summary>
    DateRanges,
}

/// <summary>
/// One contract fact: its camelCase name (<see cref="FactNames"/>), its kind, and how to read and write it on a
/// <see cref="CaseFacts"/> without reflection. Values are the record's own types: <see cref="DateOnly"/>, bool, int,
/// <see cref="Facts.Stage"/>, a USPS code string, a list of <see cref="ConcernArea"/>.
/// </summary>
public sealed class CaseFactField
{
    private readonly Func<CaseFacts, object?> read;
    private readonly Func<CaseFacts, object?, CaseFacts> write;

    internal CaseFactField(string name, FactKind kind, Func<CaseFacts, object?> read, Func<CaseFacts, object?, CaseFacts> write)
    {
        Name = name;
        Kind = kind;
        this.read = read;
        this.write = write;
    }

    public string Name { get; }

    public FactKind Kind { get; }

    /// <summary>The value, or null when unknown.</summary>
    public object? Read(CaseFacts facts) => read(facts ?? throw new ArgumentNullException(nameof(facts)));

    /// <summary>Known means answered: not null, and for a list not empty.</summary>
    public bool IsKnown(CaseFacts facts) => Read(facts) switch
    {
        null => false,
        IReadOnlyCollection<ConcernArea> list => list.Count > 0,
        IReadOnlyCollection<DateRange> ranges => ranges.Count > 0,
        _ => true,
    };

    /// <summary>A copy of <paramref name="facts"/> with this fact set to <paramref name="value"/> (null clears it).</summary>
    /// <exception cref="ArgumentException">The value is not of this fact's type.</exception>
    public CaseFacts Write(CaseFacts facts, object? value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            return write(facts, value);
        }
        catch (InvalidCastException ex)
        {
            throw new ArgumentException($"'{value}' is not a value of the fact '{Name}' ({Kind}).", nameof(value), ex);
        }
    }

    public override string ToString() => Name;
}

/// <summary>
/// Every fact of the knowledge contract, in contract order, by name. The one place that maps a contract name to the
/// typed record: questions, the chat's understanding, "what do you know", corrections and validation all go through it.
/// To add a fact: add the property to <see cref="CaseFacts"/>, its name to <see cref="FactNames"/> and a line here.
/// </summary>
public static class CaseFactFields
{
    public static IReadOnlyList<CaseFactField> All { get; } =
    [
        new(FactNames.State, FactKind.State, f => f.State, (f, v) => f with { State = (string?)v }),
        new(FactNames.ChildAge, FactKind.Count, f => f.ChildAge, (f, v) => f with { ChildAge = (int?)v }),
        new(FactNames.Stage, FactKind.Stage, f => f.Stage, (f, v) => f with { Stage = (Stage?)v }),
        new(FactNames.Concerns, FactKind.Concerns, f => f.Concerns, (f, v) => f with { Concerns = (IReadOnlyList<ConcernArea>?)v }),
        Flag(FactNames.ConcernsDocumented, f => f.ConcernsDocumented, (f, v) => f with { ConcernsDocumented = v }),
        Day(FactNames.EvaluationRequestedOn, f => f.EvaluationRequestedOn, (f, v) => f with { EvaluationRequestedOn = v }),
        Flag(FactNames.RequestInWriting, f => f.RequestInWriting, (f, v) => f with { RequestInWriting = v }),
        Day(FactNames.ConsentSignedOn, f => f.ConsentSignedOn, (f, v) => f with { ConsentSignedOn = v }),
        Flag(FactNames.SchoolRefusedEvaluation, f => f.SchoolRefusedEvaluation, (f, v) => f with { SchoolRefusedEvaluation = v }),
        Flag(FactNames.PriorWrittenNoticeReceived, f => f.PriorWrittenNoticeReceived, (f, v) => f with { PriorWrittenNoticeReceived = v }),
        Day(FactNames.EvaluationCompletedOn, f => f.EvaluationCompletedOn, (f, v) => f with { EvaluationCompletedOn = v }),
        Flag(FactNames.HasEvaluationReport, f => f.HasEvaluationReport, (f, v) => f with { HasEvaluationReport = v }),
        Flag(FactNames.DisagreesWithEvaluation, f => f.DisagreesWithEvaluation, (f, v) => f with { DisagreesWithEvaluation = v }),
        Day(FactNames.EligibilityDecidedOn, f => f.EligibilityDecidedOn, (f, v) => f with { EligibilityDecidedOn = v }),
        Day(FactNames.LastEvaluationOn, f => f.LastEvaluationOn, (f, v) => f with { LastEvaluationOn = v }),
        Day(FactNames.IepMeetingOn, f => f.IepMeetingOn, (f, v) => f with { IepMeetingOn = v }),
        Day(FactNames.LastIepReviewOn, f => f.LastIepReviewOn, (f, v) => f with { LastIepReviewOn = v }),
        Flag(FactNames.HasRecords, f => f.HasRecords, (f, v) => f with { HasRecords = v }),
        Day(FactNames.RecordsRequestedOn, f => f.RecordsRequestedOn, (f, v) => f with { RecordsRequestedOn = v }),
        Flag(FactNames.HasProgressReports, f => f.HasProgressReports, (f, v) => f with { HasProgressReports = v }),
        Flag(FactNames.GoalsMeasurable, f => f.GoalsMeasurable, (f, v) => f with { GoalsMeasurable = v }),
        Flag(FactNames.MakingProgress, f => f.MakingProgress, (f, v) => f with { MakingProgress = v }),
        Flag(FactNames.ServicesDelivered, f => f.ServicesDelivered, (f, v) => f with { ServicesDelivered = v }),
        Flag(FactNames.RegressionOverBreaks, f => f.RegressionOverBreaks, (f, v) => f with { RegressionOverBreaks = v }),
        new(FactNames.DaysRemovedThisYear, FactKind.Count, f => f.DaysRemovedThisYear, (f, v) => f with { DaysRemovedThisYear = (int?)v }),
        Day(FactNames.DisciplineChangeOfPlacementOn, f => f.DisciplineChangeOfPlacementOn, (f, v) => f with { DisciplineChangeOfPlacementOn = v }),
        Flag(FactNames.BehaviorConcerns, f => f.BehaviorConcerns, (f, v) => f with { BehaviorConcerns = v }),
        Flag(FactNames.HasBehaviorPlan, f => f.HasBehaviorPlan, (f, v) => f with { HasBehaviorPlan = v }),
        Day(FactNames.IeeRequestedOn, f => f.IeeRequestedOn, (f, v) => f with { IeeRequestedOn = v }),
        Flag(FactNames.SchoolRespondedToIee, f => f.SchoolRespondedToIee, (f, v) => f with { SchoolRespondedToIee = v }),
        Flag(FactNames.TriedResolvingWithTeam, f => f.TriedResolvingWithTeam, (f, v) => f with { TriedResolvingWithTeam = v }),
        Flag(FactNames.SchoolSuggestedWaiting, f => f.SchoolSuggestedWaiting, (f, v) => f with { SchoolSuggestedWaiting = v }),
        Day(FactNames.DisputedActionOn, f => f.DisputedActionOn, (f, v) => f with { DisputedActionOn = v }),
        Day(FactNames.PlacementChangeProposedOn, f => f.PlacementChangeProposedOn, (f, v) => f with { PlacementChangeProposedOn = v }),
        new(FactNames.ConsecutiveDaysRemoved, FactKind.Count, f => f.ConsecutiveDaysRemoved, (f, v) => f with { ConsecutiveDaysRemoved = (int?)v }),
        Day(FactNames.DueProcessFiledOn, f => f.DueProcessFiledOn, (f, v) => f with { DueProcessFiledOn = v }),
        Flag(FactNames.HasIep, f => f.HasIep, (f, v) => f with { HasIep = v }),
        Flag(FactNames.RemovalsArePattern, f => f.RemovalsArePattern, (f, v) => f with { RemovalsArePattern = v }),
        Flag(FactNames.WantsToStopServices, f => f.WantsToStopServices, (f, v) => f with { WantsToStopServices = v }),
        new(FactNames.SchoolBreaks, FactKind.DateRanges, f => f.SchoolBreaks, (f, v) => f with { SchoolBreaks = (IReadOnlyList<DateRange>?)v }),
        Flag(FactNames.ManifestationReviewHeld, f => f.ManifestationReviewHeld, (f, v) => f with { ManifestationReviewHeld = v }),
        Flag(FactNames.BehaviorWasManifestation, f => f.BehaviorWasManifestation, (f, v) => f with { BehaviorWasManifestation = v }),
    ];

    private static readonly FrozenDictionary<string, CaseFactField> ByName = All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The field named <paramref name="name"/> (a contract name such as "evaluationRequestedOn"), or null.</summary>
    public static CaseFactField? Find(string? name) => name is not null && ByName.TryGetValue(name, out var field) ? field : null;

    /// <summary>The field named <paramref name="name"/>; a name outside the contract is a programming error.</summary>
    public static CaseFactField Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"'{name}' is not a fact of the contract.");

    /// <summary>
    /// <paramref name="facts"/> with every fact <paramref name="changes"/> knows written over it (a newer statement
    /// wins); <see cref="CaseFacts.Today"/> is left as it is.
    /// </summary>
    public static CaseFacts Overlay(CaseFacts facts, CaseFacts changes)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(changes);
        var result = facts;
        foreach (var field in All)
        {
            if (field.IsKnown(changes))
            {
                result = field.Write(result, field.Read(changes));
            }
        }
        return result;
    }

    /// <summary>The names of the facts <paramref name="facts"/> knows, in contract order.</summary>
    public static IEnumerable<string> Known(CaseFacts facts) => All.Where(f => f.IsKnown(facts)).Select(f => f.Name);

    private static CaseFactField Flag(string name, Func<CaseFacts, bool?> read, Func<CaseFacts, bool?, CaseFacts> write) =>
        new(name, FactKind.YesNo, f => read(f), (f, v) => write(f, (bool?)v));

    private static CaseFactField Day(string name, Func<CaseFacts, DateOnly?> read, Func<CaseFacts, DateOnly?, CaseFacts> write) =>
        new(name, FactKind.Date, f => read(f), (f, v) => write(f, (DateOnly?)v));
}
