using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Facts;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Web.Goals;

/// <summary>The goal API's answers: the library's results in a stable JSON shape (camelCase, enums as strings).</summary>
public static class GoalResponses
{
    public sealed record FoundPartResponse(GoalPart Part, string Text, string Value, bool FromContext);

    public sealed record MissingPartResponse(GoalPart Part, string Name, string Explanation, string Question);

    public sealed record CheckedGoalResponse(
        int Number, GoalKind Kind, string Text, bool Measurable, IReadOnlyList<FoundPartResponse> Found,
        IReadOnlyList<MissingPartResponse> Missing, string Explanation, string Rewrite, string? VagueSkill,
        string Title, string Domain, string? Has, bool Postsecondary, bool Judged, string Language);

    public sealed record CheckResponse(IReadOnlyList<CheckedGoalResponse> Goals, bool AllMeasurable, string? Message, string RewriteIntro, bool Truncated);

    public sealed record TrendResponse(double PerWeek, double? ProjectedAtEnd);

    public sealed record FactsResponse(bool? MakingProgress, bool? HasProgressReports);

    public sealed record VerdictResponse(
        VerdictKind Kind, string ReasonCode, string Reason, DateOnly Today, int Points, DataPoint? Latest, double ExpectedNow,
        double AimPerWeek, TrendResponse? Trend, bool MissedReportingPeriod, string Summary, FactsResponse Facts, VerdictKind? Leaning);

    public static CheckResponse Check(GoalCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CheckResponse(
            [.. result.Goals.Select(g => new CheckedGoalResponse(
                g.Number, g.Kind, g.Text, g.Measurable,
                [.. g.Found.Select(f => new FoundPartResponse(f.Part, f.Text, f.Value, f.FromContext))],
                [.. g.Missing.Select(m => new MissingPartResponse(m.Part, m.Name, m.Explanation, m.Question))],
                g.Summary, g.Rewrite, g.VagueSkill, g.Title, g.Domain, g.FoundSummary, g.Postsecondary, g.Judged, g.Language))],
            result.AllMeasurable, result.Message, result.RewriteIntro, result.Truncated);
    }

    public static VerdictResponse Verdict(ProgressVerdict verdict, string summary, ProgressFactValues facts)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(facts);
        var trend = verdict.Trend is { } line ? new TrendResponse(Math.Round(line.PerWeek, 2), verdict.ProjectedAtEnd is { } p ? Math.Round(p, 1) : null) : null;
        return new VerdictResponse(verdict.Kind, verdict.ReasonCode, verdict.Reason, verdict.Today, verdict.Points.Count, verdict.Latest,
            Math.Round(verdict.ExpectedNow, 1), Math.Round(verdict.AimPerWeek, 2), trend, verdict.MissedReportingPeriod, summary,
            new FactsResponse(facts.MakingProgress, facts.HasProgressReports), verdict.Leaning);
    }
}
