using IepNavigator.Goals.Checking;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Documents;
using IepNavigator.IepReading.Extraction;
using IepNavigator.IepReading.Facts;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Sections;

namespace IepNavigator.IepReading;

/// <summary>
/// Reads an IEP from the bytes of a PDF or Word file: present levels, goals (checked by the goal checker), services,
/// accommodations, progress reporting, dates and the transition plan, each with where it was found and a confidence;
/// the contract facts it implies; what is worth raising with the team; what to confirm with the parent.
/// The file stays in memory: nothing is written, cached or logged. Stateless and thread-safe.
/// </summary>
public sealed class IepReader
{
    private readonly GoalChecker checker;
    private readonly IepReadingOptions options;
    private readonly TimeProvider clock;

    public IepReader(GoalChecker checker, IepReadingOptions options, TimeProvider clock)
    {
        this.checker = checker ?? throw new ArgumentNullException(nameof(checker));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public IepReadingOptions Options => options;

    /// <summary>
    /// Loads and compiles the vocabulary and sentences (about a second of CPU, once per process), so the first parent
    /// who uploads an IEP does not wait for it. Hosts call it in the background at start.
    /// </summary>
    public static void Prepare()
    {
        _ = ReadingContent.Vocabulary;
        foreach (var language in Knowledge.Content.ContentLanguage.Supported)
        {
            _ = ReadingContent.Explanations(language);
        }
    }

    /// <summary>
    /// Reads on a worker thread and answers by the deadline (<see cref="IepReadingOptions.Timeout"/>) whatever the parser
    /// does: a file that is still being read then is refused as too slow, and the worker stops at its next check.
    /// </summary>
    public async Task<IepExtraction> ReadAsync(ReadOnlyMemory<byte> file, DateOnly today, CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() => Read(file, today, stop.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(options.Timeout + TimeSpan.FromSeconds(1), clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            return IepExtraction.Refused(RefusalReason.TooSlow);
        }
    }

    /// <summary>Reads on the calling thread, checking the time budget between pages and parts.</summary>
    public IepExtraction Read(ReadOnlyMemory<byte> file, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0)
        {
            return IepExtraction.Refused(RefusalReason.Empty);
        }
        if (file.Length > options.MaxFileBytes)
        {
            return IepExtraction.Refused(RefusalReason.TooLarge);
        }
        var (format, refusal) = FileKind.Sniff(file.Span);
        if (format is not { } kind)
        {
            return IepExtraction.Refused(refusal ?? RefusalReason.NotSupported);
        }
        var budget = new ReadingBudget(clock.GetUtcNow() + options.Timeout, clock, cancellationToken);
        var bytes = file.ToArray();
        try
        {
            bool active = false;
            TextReading reading;
            if (kind == IepFileFormat.Pdf)
            {
                var scan = new PdfSafetyScan(options).Scan(bytes, budget);
                if (scan.Refusal is { } unsafeFile)
                {
                    return IepExtraction.Refused(unsafeFile, kind) with { ContainsActiveContent = scan.ActiveContent };
                }
                active = scan.ActiveContent;
                reading = new PdfTextReader(options, new OcrReader(options)).Read(bytes, budget);
            }
            else
            {
                reading = new WordTextReader(options).Read(bytes, budget);
            }
            if (reading.Refusal is { } refused)
            {
                return IepExtraction.Refused(refused, kind) with { ContainsActiveContent = active };
            }
            var text = reading.Text!;
            if (reading.LooksScanned && !reading.UsedOcr)
            {
                return new IepExtraction { Outcome = ReadOutcome.LooksScanned, Format = kind, Pages = text.Pages, ContainsActiveContent = active };
            }
            budget.ThrowIfSpent();
            return Extract(text, today, budget) with { ContainsActiveContent = active, UsedOcr = reading.UsedOcr, Outcome = reading.LooksScanned ? ReadOutcome.LooksScanned : ReadOutcome.Read };
        }
        catch (ReadingBudgetSpentException)
        {
            return IepExtraction.Refused(RefusalReason.TooSlow, kind);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A parser's surprise on a hostile or broken file is a refusal, never a crash.
            return IepExtraction.Refused(RefusalReason.Damaged, kind);
        }
    }

    private IepExtraction Extract(DocumentText text, DateOnly today, ReadingBudget budget)
    {
        var context = new ReadingContext(text, ReadingContent.Vocabulary);
        var dates = DatesReader.Read(context);
        budget.ThrowIfSpent();
        var (goals, goalsUnsure) = GoalsReader.Read(context, checker);
        budget.ThrowIfSpent();
        var (services, servicesUnsure) = ServicesReader.Read(context);
        budget.ThrowIfSpent();
        int? age = AgeAt(dates.BirthDate, dates.Dates.Meeting?.Value ?? today) ?? dates.StatedAge;
        var reading = new IepExtraction
        {
            Outcome = ReadOutcome.Read,
            Format = text.Format,
            Pages = text.Pages,
            Paragraphs = text.Format == IepFileFormat.Word ? text.Lines.Count : 0,
            DocumentLanguage = context.Language,
            ChildName = dates.ChildName,
            StudentAge = age,
            PresentLevels = SectionsReader.PresentLevels(context),
            Goals = goals,
            Services = services,
            Accommodations = SectionsReader.Accommodations(context),
            ProgressReporting = SectionsReader.Progress(context),
            Dates = dates.Dates,
            Transition = SectionsReader.Transition(context, age),
        };
        var unsure = new List<UnsureItem>();
        foreach (var (date, name) in new[] { (reading.Dates.Meeting, "meeting"), (reading.Dates.AnnualReviewDue, "annualReviewDue"), (reading.Dates.ReevaluationDue, "reevaluationDue"), (reading.Dates.LastEvaluation, "lastEvaluation") })
        {
            if (date is { Ambiguous: true })
            {
                unsure.Add(new UnsureItem(IepSection.Dates, "date-ambiguous", date.Label, date.At, FindingsWriter.Iso(date.Value)));
            }
            else if (date is { Confidence: < 0.7 })
            {
                unsure.Add(new UnsureItem(IepSection.Dates, "date-uncertain", date.Label, date.At, FindingsWriter.Iso(date.Value)));
            }
        }
        unsure.AddRange(goalsUnsure);
        unsure.AddRange(servicesUnsure.Select(u => u with { Value = Describe(services.First(s => s.Name == u.Subject), u.Code) }));
        var facts = IepFacts.Imply(reading, today, dates.BirthDate);
        foreach (var fact in facts.Where(f => f.NeedsConfirmation))
        {
            var code = fact.Basis switch
            {
                "annual-review-due-less-one-year" => "last-review-derived",
                "reevaluation-due-less-three-years" => "last-evaluation-derived",
                "iep-promises-progress-reports" => "progress-reports-received",
                "iep-names-no-progress-reports" => "progress-reports-none",
                _ => null,
            };
            if (code is not null)
            {
                unsure.Add(new UnsureItem(code.StartsWith("progress", StringComparison.Ordinal) ? IepSection.ProgressReporting : IepSection.Dates, code, null, fact.At,
                    fact.Value is DateOnly d ? FindingsWriter.Iso(d) : reading.ProgressReporting.FrequencyWords));
            }
        }
        if (age is null && reading.Goals.Count > 0)
        {
            unsure.Add(new UnsureItem(IepSection.Transition, "age-unknown", null, null));
        }
        reading = reading with { Unsure = unsure, Facts = facts };
        return reading with { Findings = FindingsWriter.Write(reading, today) };
    }

    private static string Describe(ReadService service, string code) => code == "service-merged-cell"
        ? string.Join(", ", service.FromMergedCells)
        : $"{service.Minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} min";

    private static int? AgeAt(DateOnly? born, DateOnly on)
    {
        if (born is not { } b || b >= on)
        {
            return null;
        }
        int age = on.Year - b.Year - (on < b.AddYears(on.Year - b.Year) ? 1 : 0);
        return age is >= 0 and <= 22 ? age : null;
    }
}
