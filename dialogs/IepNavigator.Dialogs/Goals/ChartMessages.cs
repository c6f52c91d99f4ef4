using IepNavigator.Goals.Charting;
using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// One goal's verdict as a chat message: the verdict in words, and the chart as an image attachment whose name is the
/// screen-reader summary. The image is a short-lived link from the host's <see cref="IChartLinkIssuer"/>, or inline
/// (a data URI) where no host issues links (tests, the emulator).
/// </summary>
public sealed class ChartMessages(GoalChart chart, GoalChatContent content, IEnumerable<IChartLinkIssuer> issuers)
{
    private readonly IChartLinkIssuer? _issuer = issuers.LastOrDefault();

    public IMessageActivity Build(TrackedGoal goal, GoalProgress progress, ProgressVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(verdict);
        var points = verdict.Points;
        // The chart names its goal: a parent tracking three goals tells the pictures apart (the link carries the title too).
        progress = progress with { Title = content.Format("progress.chartTitle", goal.Number, goal.Name()) };
        // The attachment's name already says "Chart of goal 1": the summary goes on with the goal's name alone.
        var description = chart.Describe(progress with { Title = goal.Name() }, points, verdict);
        var text = Heading(content, goal, verdict) + "\n\n" + verdict.Reason;
        var url = _issuer is not null
            ? _issuer.Issue(progress, points, verdict.Today).ToString()
            : "data:image/png;base64," + Convert.ToBase64String(chart.RenderPng(progress, points, verdict));
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.Attachments =
        [
            new Attachment { ContentType = "image/png", ContentUrl = url, Name = content.Format("progress.chartName", goal.Number, description) },
        ];
        return reply;
    }

    /// <summary>"**Goal 1: behind** (read aloud at 90 words correct per minute)": the verdict, leaning when there are too few points, and the goal's name.</summary>
    public static string Heading(GoalChatContent content, TrackedGoal goal, ProgressVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(verdict);
        var name = verdict.Leaning is { } leaning ? content["verdict.leaning." + leaning] : content["verdict." + verdict.Kind];
        return content.Format("progress.verdictTitle", goal.Number, name, goal.Name());
    }
}
