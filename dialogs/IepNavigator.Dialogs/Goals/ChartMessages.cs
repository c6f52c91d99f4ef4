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
        var description = chart.Describe(progress, points, verdict);
        var text = content.Format("progress.verdictTitle", goal.Number, content["verdict." + verdict.Kind]) + "\n\n" + verdict.Reason;
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
}
