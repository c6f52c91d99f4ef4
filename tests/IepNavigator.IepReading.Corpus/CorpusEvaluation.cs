using System.Globalization;
using System.Text;
using System.Text.Json;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Corpus;

public sealed record ExpectedGoal
{
    /// <summary>Words the goal's text contains (enough to tell it from the others).</summary>
    public string Contains { get; init; } = "";
    public bool? Measurable { get; init; }
    public bool? HasBaseline { get; init; }
    public int? Page { get; init; }
}

public sealed record ExpectedService
{
    public string Kind { get; init; } = "";
    public int? Minutes { get; init; }
    public int? Times { get; init; }
    public string? Per { get; init; }
    public string? Location { get; init; }
    public string? Provider { get; init; }
    public DateOnly? Start { get; init; }
}

public sealed record ExpectedReading
{
    public string Outcome { get; init; } = "read";
    public string? Language { get; init; }
    public string? ChildName { get; init; }
    public int? StudentAge { get; init; }
    public bool? PresentLevels { get; init; }
    public List<ExpectedGoal> Goals { get; init; } = [];
    public List<ExpectedService> Services { get; init; } = [];
    public int? Accommodations { get; init; }
    public int? VagueAccommodations { get; init; }
    public bool? ProgressReporting { get; init; }
    public int? ProgressTimesPerYear { get; init; }
    public Dictionary<string, DateOnly> Dates { get; init; } = [];
    public string? Transition { get; init; }
    public Dictionary<string, JsonElement> Facts { get; init; } = [];
    public List<string> Findings { get; init; } = [];
}

/// <summary>One check of one document: what was compared, and whether the reading got it.</summary>
public sealed record FieldCheck(string Field, bool Ok, string Detail);

public sealed record DocumentScore(string Name, int GoalsExpected, int GoalsRead, int GoalsMatched, int ServicesExpected, int ServicesRead, int ServicesMatched, IReadOnlyList<FieldCheck> Checks, IepExtraction Reading);

/// <summary>The reader's score on the corpus: precision and recall of goals and services, and every other field checked.</summary>
public sealed record CorpusScore(IReadOnlyList<DocumentScore> Documents)
{
    public double GoalPrecision => Ratio(Documents.Sum(d => d.GoalsMatched), Documents.Sum(d => d.GoalsRead));
    public double GoalRecall => Ratio(Documents.Sum(d => d.GoalsMatched), Documents.Sum(d => d.GoalsExpected));
    public double ServicePrecision => Ratio(Documents.Sum(d => d.ServicesMatched), Documents.Sum(d => d.ServicesRead));
    public double ServiceRecall => Ratio(Documents.Sum(d => d.ServicesMatched), Documents.Sum(d => d.ServicesExpected));
    public double FieldAccuracy => Ratio(Documents.Sum(d => d.Checks.Count(c => c.Ok)), Documents.Sum(d => d.Checks.Count));

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"document",-28} {"goals m/read/exp",17} {"services m/read/exp",20} {"fields",8}");
        foreach (var d in Documents)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{d.Name,-28} {d.GoalsMatched,5}/{d.GoalsRead,3}/{d.GoalsExpected,3}      {d.ServicesMatched,5}/{d.ServicesRead,3}/{d.ServicesExpected,3}         {d.Checks.Count(c => c.Ok),3}/{d.Checks.Count,-3}");
            foreach (var miss in d.Checks.Where(c => !c.Ok))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    miss {miss.Field}: {miss.Detail}");
            }
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"goals: precision {GoalPrecision:F3} recall {GoalRecall:F3}; services: precision {ServicePrecision:F3} recall {ServiceRecall:F3}; other fields {FieldAccuracy:F3}");
        return text.ToString();
    }
}

/// <summary>Reads every corpus document and compares the reading with its expected JSON.</summary>
public static class CorpusEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static CorpusScore Run(IepReader reader, DateOnly today) =>
        new([.. CorpusDocuments.All.Select(d => Score(d, reader.Read(d.File, today)))]);

    public static ExpectedReading Expected(CorpusDocument document) =>
        JsonSerializer.Deserialize<ExpectedReading>(document.ExpectedJson, Json) ?? throw new InvalidOperationException(document.Name + ": empty expected JSON");

    public static DocumentScore Score(CorpusDocument document, IepExtraction reading)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reading);
        var expected = Expected(document);
        var checks = new List<FieldCheck>();
        void Check(string field, bool ok, object? got, object? want) => checks.Add(new FieldCheck(field, ok, $"read {Show(got)}, expected {Show(want)}"));

        Check("outcome", string.Equals(reading.Outcome.ToString(), expected.Outcome, StringComparison.OrdinalIgnoreCase), reading.Outcome, expected.Outcome);
        if (expected.Language is { } language)
        {
            Check("language", reading.DocumentLanguage == language, reading.DocumentLanguage, language);
        }
        if (expected.ChildName is { } childName)
        {
            Check("childName", reading.ChildName == childName, reading.ChildName, childName);
        }
        if (expected.StudentAge is { } age)
        {
            Check("studentAge", reading.StudentAge == age, reading.StudentAge, age);
        }
        if (expected.PresentLevels is { } present)
        {
            Check("presentLevels", reading.PresentLevels.Present == present, reading.PresentLevels.Present, present);
        }

        // Goals: each expected goal matched by one goal read whose text contains its words.
        var unmatchedGoals = reading.Goals.ToList();
        int goalsMatched = 0;
        foreach (var goal in expected.Goals)
        {
            var match = unmatchedGoals.FirstOrDefault(g => Normal(g.Text).Contains(Normal(goal.Contains), StringComparison.Ordinal));
            if (match is null)
            {
                checks.Add(new FieldCheck("goal", false, $"no goal read contains \"{goal.Contains}\""));
                continue;
            }
            goalsMatched++;
            unmatchedGoals.Remove(match);
            if (goal.Measurable is { } measurable)
            {
                Check($"goal {match.Number} measurable", match.Measurable == measurable, match.Measurable, measurable);
            }
            if (goal.HasBaseline is { } baseline)
            {
                Check($"goal {match.Number} baseline", match.HasBaseline == baseline, match.HasBaseline, baseline);
            }
            if (goal.Page is { } page)
            {
                Check($"goal {match.Number} page", match.At.Page == page, match.At.Page, page);
            }
        }
        foreach (var extra in unmatchedGoals)
        {
            checks.Add(new FieldCheck("goal", false, $"read a goal not expected: \"{Short(extra.Text)}\""));
        }

        var unmatchedServices = reading.Services.ToList();
        int servicesMatched = 0;
        foreach (var service in expected.Services)
        {
            var match = unmatchedServices.FirstOrDefault(s => s.Kind == service.Kind
                && (service.Minutes is null || s.Minutes == service.Minutes)
                && (service.Times is null || s.Frequency?.Times == service.Times)
                && (service.Per is null || string.Equals(s.Frequency?.Per.ToString(), service.Per, StringComparison.OrdinalIgnoreCase)));
            if (match is null)
            {
                checks.Add(new FieldCheck("service", false, $"no service read is {service.Kind} {service.Minutes} min {service.Times}/{service.Per}"));
                continue;
            }
            servicesMatched++;
            unmatchedServices.Remove(match);
            if (service.Location is { } location)
            {
                Check($"{service.Kind} location", match.Location is not null && Normal(match.Location).Contains(Normal(location), StringComparison.Ordinal), match.Location, location);
            }
            if (service.Provider is { } provider)
            {
                Check($"{service.Kind} provider", match.Provider is not null && Normal(match.Provider).Contains(Normal(provider), StringComparison.Ordinal), match.Provider, provider);
            }
            if (service.Start is { } start)
            {
                Check($"{service.Kind} start", match.StartDate == start, match.StartDate, start);
            }
        }
        foreach (var extra in unmatchedServices)
        {
            checks.Add(new FieldCheck("service", false, $"read a service not expected: {extra.Name} ({extra.Kind}, {extra.Minutes} min)"));
        }

        if (expected.Accommodations is { } count)
        {
            Check("accommodations", reading.Accommodations.Count == count, reading.Accommodations.Count, count);
        }
        if (expected.VagueAccommodations is { } vague)
        {
            Check("vague accommodations", reading.Accommodations.Count(a => a.Vague) == vague, reading.Accommodations.Count(a => a.Vague), vague);
        }
        if (expected.ProgressReporting is { } progress)
        {
            Check("progress reporting", reading.ProgressReporting.Present == progress, reading.ProgressReporting.Present, progress);
        }
        if (expected.ProgressTimesPerYear is { } times)
        {
            Check("progress times a year", reading.ProgressReporting.TimesPerYear == times, reading.ProgressReporting.TimesPerYear, times);
        }
        foreach (var (field, date) in expected.Dates)
        {
            var read = field switch
            {
                "meeting" => reading.Dates.Meeting,
                "annualReviewDue" => reading.Dates.AnnualReviewDue,
                "reevaluationDue" => reading.Dates.ReevaluationDue,
                "lastEvaluation" => reading.Dates.LastEvaluation,
                "iepStart" => reading.Dates.IepStart,
                "iepEnd" => reading.Dates.IepEnd,
                _ => throw new InvalidOperationException($"{document.Name}: unknown date '{field}'"),
            };
            Check("date " + field, read?.Value == date, read?.Value, date);
        }
        if (expected.Transition is { } transition)
        {
            Check("transition", string.Equals(reading.Transition?.Status.ToString(), transition, StringComparison.OrdinalIgnoreCase), reading.Transition?.Status, transition);
        }
        foreach (var (name, value) in expected.Facts)
        {
            var fact = reading.Facts.FirstOrDefault(f => f.Name == name);
            var got = fact?.Value switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                null => "null",
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            };
            var want = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            Check("fact " + name, got == want, got, want);
        }
        foreach (var code in expected.Findings)
        {
            Check("finding " + code, reading.Findings.Any(f => f.Code == code), string.Join(",", reading.Findings.Select(f => f.Code).Distinct()), code);
        }
        return new DocumentScore(document.Name, expected.Goals.Count, reading.Goals.Count, goalsMatched, expected.Services.Count, reading.Services.Count, servicesMatched, checks, reading);
    }

    private static string Normal(string text) => IepReadingText.Normal(text);

    private static string Short(string text) => text.Length > 70 ? text[..70] + "..." : text;

    private static string Show(object? value) => value switch
    {
        null => "nothing",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>Text compared without case, accents, punctuation or line breaks.</summary>
public static class IepReadingText
{
    public static string Normal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                plain.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) && plain.Length > 0 && plain[^1] != ' ')
            {
                plain.Append(' ');
            }
        }
        return plain.ToString().Trim();
    }
}
