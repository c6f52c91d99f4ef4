using IepNavigator.Goals.Progress;

namespace IepNavigator.Web.Goals;

/// <summary>POST /api/v1/goals/check: the pasted goal, goals or goals section.</summary>
public sealed record GoalCheckRequest(string? Text);

/// <summary>One goal's aim line: from the baseline (value, date) to the target by the end date, in a unit.</summary>
public sealed record GoalBody(
    string? Unit, double? BaselineValue, DateOnly? BaselineDate, double? TargetValue, DateOnly? EndDate,
    ProgressDirection Direction = ProgressDirection.HigherIsBetter);

/// <summary>One measurement.</summary>
public sealed record PointBody(DateOnly? Date, double? Value, DataSource Source = DataSource.ProgressReport);

/// <summary>POST /api/v1/goals/progress and /progress/chart: a goal and its points, judged as of <see cref="Today"/> (default: the server's today).</summary>
public sealed record ProgressRequest(GoalBody? Goal, IReadOnlyList<PointBody>? Points, DateOnly? Today, int? ReportingPeriodDays);

/// <summary>What a chart link carries (encrypted): everything needed to draw the chart again, nothing about the family.</summary>
public sealed record ChartOrder(GoalProgress Goal, IReadOnlyList<DataPoint> Points, DateOnly Today);
