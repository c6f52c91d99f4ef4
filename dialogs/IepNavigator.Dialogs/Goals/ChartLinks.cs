using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// Issues a short-lived link to a chart of one goal, served by the host (the chat never stores the image). The host
/// implements it; without one the chat sends the chart inline as a data URI.
/// </summary>
public interface IChartLinkIssuer
{
    /// <summary>An absolute or host-relative link that renders the chart of <paramref name="goal"/> with <paramref name="points"/> as of <paramref name="today"/>.</summary>
    Uri Issue(GoalProgress goal, IReadOnlyList<DataPoint> points, DateOnly today);
}
