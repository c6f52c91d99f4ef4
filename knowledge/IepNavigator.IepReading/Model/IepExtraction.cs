using IepNavigator.Goals.Checking;

namespace IepNavigator.IepReading.Model;

/// <summary>What became of the file: read, a scan with no text to read, or refused (and why).</summary>
public enum ReadOutcome
{
    Read,
    LooksScanned,
    Refused,
}

/// <summary>Why a file was refused. Each has a plain message in content/iep-reading/explanations.json.</summary>
public enum RefusalReason
{
    Empty,
    TooLarge,
    TooManyPages,
    NotSupported,
    OldWordFormat,
    PasswordProtected,
    Damaged,
    Unsafe,
    TooSlow,
}

public enum IepFileFormat
{
    Pdf,
    Word,
}

/// <summary>The sections an IEP has; findings, unsure items and explanations name them.</summary>
public enum IepSection
{
    Document,
    PresentLevels,
    Goals,
    Services,
    Accommodations,
    ProgressReporting,
    Dates,
    Transition,
}

/// <summary>Present levels (PLAAFP): there or not, and how much of it.</summary>
public sealed record PresentLevels(bool Present, SourceLocation? At, double Confidence, int WordCount);

/// <summary>
/// One annual goal as written, with the goal checker's verdict. <see cref="Check"/> is null when the goal is not in
/// English (the checker reads English goals); then <see cref="Measurable"/> is null too.
/// </summary>
public sealed record ReadGoal
{
    public required int Number { get; init; }
    public required string Text { get; init; }
    public string? Area { get; init; }
    public required SourceLocation At { get; init; }
    public required double Confidence { get; init; }
    public CheckedGoal? Check { get; init; }
    public bool? Measurable { get; init; }
    public required bool HasBaseline { get; init; }
    public required bool HasCriterion { get; init; }
    public required bool HasMeasure { get; init; }
    /// <summary>How progress is measured when the form says so beside the goal ("Measured by: ☒ work samples").</summary>
    public string? MeasureFromForm { get; init; }
    public IReadOnlyList<string> Objectives { get; init; } = [];
    /// <summary>The document language of the goal ("en", "es").</summary>
    public required string Language { get; init; }
}

/// <summary>How often a service happens: <see cref="Times"/> per <see cref="Per"/>.</summary>
public sealed record ServiceFrequency(int Times, FrequencyPeriod Per)
{
    /// <summary>Sessions per week, for comparing and adding up (a month is 4.33 weeks, a year 36 school weeks).</summary>
    public double PerWeek => Per switch
    {
        FrequencyPeriod.Day => Times * 5,
        FrequencyPeriod.Week => Times,
        FrequencyPeriod.TwoWeeks => Times / 2.0,
        FrequencyPeriod.Month => Times / 4.33,
        FrequencyPeriod.Quarter => Times / 9.0,
        FrequencyPeriod.Year => Times / 36.0,
        _ => Times,
    };
}

public enum FrequencyPeriod
{
    Day,
    Week,
    TwoWeeks,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// One service (what, how many minutes, how often, where, who, from when), as written. <see cref="Kind"/> is the
/// service vocabulary's id ("speech-language"), or "other"; <see cref="Name"/> is the document's own words.
/// </summary>
public sealed record ReadService
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public int? Minutes { get; init; }
    public ServiceFrequency? Frequency { get; init; }
    public string? Location { get; init; }
    public string? Provider { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public required SourceLocation At { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Fields taken from a merged table cell above (the same provider or place for several rows).</summary>
    public IReadOnlyList<string> FromMergedCells { get; init; } = [];

    public double? MinutesPerWeek => Minutes is { } m && Frequency is { } f ? Math.Round(m * f.PerWeek, 1) : null;
}

/// <summary>One accommodation; vague when it says "as needed", "when appropriate" and the like (who decides, and when?).</summary>
public sealed record ReadAccommodation(string Text, bool Vague, string? VaguePhrase, SourceLocation At, double Confidence);

/// <summary>How and how often the parent is told about progress on the goals (34 CFR 300.320(a)(3)).</summary>
public sealed record ProgressReporting(bool Present, string? Method, int? TimesPerYear, string? FrequencyWords, SourceLocation? At, double Confidence);

/// <summary>One date read next to its label.</summary>
public sealed record ReadDate(DateOnly Value, string Label, SourceLocation At, double Confidence, bool Ambiguous = false);

/// <summary>The IEP's dates. The birth date is used for the age and never returned.</summary>
public sealed record IepDates
{
    public ReadDate? Meeting { get; init; }
    public ReadDate? AnnualReviewDue { get; init; }
    public ReadDate? ReevaluationDue { get; init; }
    public ReadDate? LastEvaluation { get; init; }
    public ReadDate? IepStart { get; init; }
    public ReadDate? IepEnd { get; init; }
}

public enum TransitionStatus
{
    /// <summary>Under 14 at the meeting.</summary>
    NotYetDue,
    Present,
    Missing,
    /// <summary>The age could not be read.</summary>
    AgeUnknown,
}

/// <summary>The transition plan, looked for when the student is 14 or older (required in the IEP in effect at 16, 300.320(b)).</summary>
public sealed record TransitionPlan(
    TransitionStatus Status, int? StudentAge, bool PostsecondaryGoals, bool TransitionServices, bool CourseOfStudy,
    SourceLocation? At, double Confidence);

/// <summary>Something the reading found that the parent should raise with the team (codes in explanations.json "findings").</summary>
public sealed record IepFinding(IepSection Section, string Code, string? Subject, SourceLocation? At);

/// <summary>
/// Something the reading was unsure of: ask the parent to confirm it before it counts (codes in "confirm").
/// <see cref="Value"/> is what was read (an ISO date, words), <see cref="Subject"/> what it is about (a label, a goal number).
/// </summary>
public sealed record UnsureItem(IepSection Section, string Code, string? Subject, SourceLocation? At, string? Value = null);

/// <summary>
/// A fact of the knowledge contract (<c>FactNames</c>) that the IEP implies, with where it came from. Facts that
/// <see cref="NeedsConfirmation"/> are suggestions: ask the parent before they go into the case.
/// </summary>
public sealed record ImpliedFact(string Name, object Value, double Confidence, SourceLocation? At, bool NeedsConfirmation, string Basis);

/// <summary>Everything read from one IEP file.</summary>
public sealed record IepExtraction
{
    public required ReadOutcome Outcome { get; init; }
    public RefusalReason? Refusal { get; init; }
    public IepFileFormat? Format { get; init; }
    /// <summary>Pages of a PDF, or of a Word file with page breaks (0 when a Word file has none).</summary>
    public int Pages { get; init; }
    /// <summary>Paragraphs of a Word file (table rows count one each); 0 for a PDF.</summary>
    public int Paragraphs { get; init; }
    /// <summary>The language the document is written in ("en", "es").</summary>
    public string DocumentLanguage { get; init; } = "en";
    /// <summary>The child's first name as the IEP writes it, for the explanation; null when not found.</summary>
    public string? ChildName { get; init; }
    public int? StudentAge { get; init; }
    public PresentLevels PresentLevels { get; init; } = new(false, null, 0, 0);
    public IReadOnlyList<ReadGoal> Goals { get; init; } = [];
    public IReadOnlyList<ReadService> Services { get; init; } = [];
    public IReadOnlyList<ReadAccommodation> Accommodations { get; init; } = [];
    public ProgressReporting ProgressReporting { get; init; } = new(false, null, null, null, null, 0);
    public IepDates Dates { get; init; } = new();
    public TransitionPlan? Transition { get; init; }
    public IReadOnlyList<IepFinding> Findings { get; init; } = [];
    public IReadOnlyList<UnsureItem> Unsure { get; init; } = [];
    /// <summary>The contract facts the IEP implies (lastIepReviewOn, lastEvaluationOn, goalsMeasurable, hasProgressReports...).</summary>
    public IReadOnlyList<ImpliedFact> Facts { get; init; } = [];
    /// <summary>The file carries scripts, launch actions or embedded files; none of them was run or opened.</summary>
    public bool ContainsActiveContent { get; init; }
    /// <summary>Text came from optical character recognition of page images (tesseract), so every item is less certain.</summary>
    public bool UsedOcr { get; init; }

    public static IepExtraction Refused(RefusalReason reason, IepFileFormat? format = null) =>
        new() { Outcome = ReadOutcome.Refused, Refusal = reason, Format = format };
}
