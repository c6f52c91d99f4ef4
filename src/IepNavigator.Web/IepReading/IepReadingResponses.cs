using System.Text.Json;
using IepNavigator.IepReading.Explaining;
using IepNavigator.IepReading.Facts;
using IepNavigator.IepReading.Model;
using IepNavigator.Knowledge;

namespace IepNavigator.Web.IepReading;

/// <summary>The IEP reading API's answer: the reading in a stable JSON shape, the facts it implies, and the explanation.</summary>
public static class IepReadingResponses
{
    public sealed record At(int? Page, int? Paragraph);

    public sealed record FileResponse(string? Format, int Pages, int Paragraphs, string Language, bool ContainsActiveContent, bool UsedOcr);

    public sealed record ChildResponse(string? Name, int? Age);

    public sealed record PresentLevelsResponse(bool Present, At? At, double Confidence, int WordCount);

    public sealed record GoalResponse(
        int Number, string Text, string? Area, At At, double Confidence, bool? Measurable, bool HasBaseline, bool HasCriterion, bool HasMeasure,
        IReadOnlyList<string> Missing, string? MeasureFromForm, IReadOnlyList<string> Objectives, string Language);

    public sealed record FrequencyResponse(int Times, FrequencyPeriod Per);

    public sealed record ServiceResponse(
        string Name, string Kind, int? Minutes, FrequencyResponse? Frequency, double? MinutesPerWeek, string? Location, string? Provider,
        DateOnly? StartDate, DateOnly? EndDate, At At, double Confidence, IReadOnlyList<string> FromMergedCells);

    public sealed record AccommodationResponse(string Text, bool Vague, string? VaguePhrase, At At, double Confidence);

    public sealed record ProgressResponse(bool Present, string? Method, int? TimesPerYear, string? FrequencyWords, At? At, double Confidence);

    public sealed record DateResponse(DateOnly Date, string Label, At At, double Confidence, bool Ambiguous);

    public sealed record DatesResponse(DateResponse? Meeting, DateResponse? AnnualReviewDue, DateResponse? ReevaluationDue, DateResponse? LastEvaluation, DateResponse? IepStart, DateResponse? IepEnd);

    public sealed record TransitionResponse(TransitionStatus Status, int? StudentAge, bool PostsecondaryGoals, bool TransitionServices, bool CourseOfStudy, At? At, double Confidence);

    public sealed record FindingResponse(IepSection Section, string Code, string? Subject, At? At);

    public sealed record UnsureResponse(IepSection Section, string Code, string? Subject, string? Value, At? At);

    public sealed record FactResponse(string Name, object Value, double Confidence, At? At, bool NeedsConfirmation, string Basis);

    public sealed record ReadResponse(
        ReadOutcome Outcome, RefusalReason? Refusal, FileResponse File, ChildResponse Child, PresentLevelsResponse? PresentLevels,
        IReadOnlyList<GoalResponse> Goals, IReadOnlyList<ServiceResponse> Services, IReadOnlyList<AccommodationResponse> Accommodations,
        ProgressResponse? ProgressReporting, DatesResponse? Dates, TransitionResponse? Transition, IReadOnlyList<FindingResponse> Findings,
        IReadOnlyList<UnsureResponse> Unsure, IReadOnlyList<FactResponse> Facts, JsonElement CaseFacts, IepExplanation Explanation);

    public static ReadResponse Read(IepExtraction reading, IepExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(explanation);
        bool read = reading.Outcome == ReadOutcome.Read;
        return new ReadResponse(
            reading.Outcome,
            reading.Refusal,
            new FileResponse(reading.Format?.ToString().ToLowerInvariant(), reading.Pages, reading.Paragraphs, reading.DocumentLanguage, reading.ContainsActiveContent, reading.UsedOcr),
            new ChildResponse(reading.ChildName, reading.StudentAge),
            read ? new PresentLevelsResponse(reading.PresentLevels.Present, Where(reading.PresentLevels.At), reading.PresentLevels.Confidence, reading.PresentLevels.WordCount) : null,
            [.. reading.Goals.Select(g => new GoalResponse(g.Number, g.Text, g.Area, Where(g.At)!, g.Confidence, g.Measurable, g.HasBaseline, g.HasCriterion, g.HasMeasure,
                [.. g.Check?.Missing.Select(m => m.Part.ToString().ToLowerInvariant()) ?? []], g.MeasureFromForm, g.Objectives, g.Language))],
            [.. reading.Services.Select(s => new ServiceResponse(s.Name, s.Kind, s.Minutes, s.Frequency is { } f ? new FrequencyResponse(f.Times, f.Per) : null,
                s.MinutesPerWeek, s.Location, s.Provider, s.StartDate, s.EndDate, Where(s.At)!, s.Confidence, s.FromMergedCells))],
            [.. reading.Accommodations.Select(a => new AccommodationResponse(a.Text, a.Vague, a.VaguePhrase, Where(a.At)!, a.Confidence))],
            read ? new ProgressResponse(reading.ProgressReporting.Present, reading.ProgressReporting.Method, reading.ProgressReporting.TimesPerYear,
                reading.ProgressReporting.FrequencyWords, Where(reading.ProgressReporting.At), reading.ProgressReporting.Confidence) : null,
            read ? new DatesResponse(Date(reading.Dates.Meeting), Date(reading.Dates.AnnualReviewDue), Date(reading.Dates.ReevaluationDue),
                Date(reading.Dates.LastEvaluation), Date(reading.Dates.IepStart), Date(reading.Dates.IepEnd)) : null,
            reading.Transition is { } t ? new TransitionResponse(t.Status, t.StudentAge, t.PostsecondaryGoals, t.TransitionServices, t.CourseOfStudy, Where(t.At), t.Confidence) : null,
            [.. reading.Findings.Select(f => new FindingResponse(f.Section, f.Code, f.Subject, Where(f.At)))],
            [.. reading.Unsure.Select(u => new UnsureResponse(u.Section, u.Code, u.Subject, u.Value, Where(u.At)))],
            [.. reading.Facts.Select(f => new FactResponse(f.Name, f.Value, f.Confidence, Where(f.At), f.NeedsConfirmation, f.Basis))],
            // The facts that need no confirmation, in the contract's shape: ready for POST /api/v1/next-steps.
            JsonSerializer.SerializeToElement(IepFacts.ToCaseFacts(reading.Facts), KnownOnly),
            explanation);
    }

    /// <summary>The contract's JSON with unknown facts left out, so the object lists only what the IEP says.</summary>
    private static readonly JsonSerializerOptions KnownOnly = new(KnowledgeJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static At? Where(SourceLocation? at) => at is null ? null : new At(at.Page, at.Paragraph);

    private static DateResponse? Date(ReadDate? date) => date is null ? null : new DateResponse(date.Value, date.Label, Where(date.At)!, date.Confidence, date.Ambiguous);
}
