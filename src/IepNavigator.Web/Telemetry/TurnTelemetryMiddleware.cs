using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace IepNavigator.Web.Telemetry;

/// <summary>
/// Bot Framework middleware: one span ("bot.turn") and one count and duration per turn. It records the activity
/// type, the channel and whether the turn failed: never the text, the sender or the conversation id.
/// </summary>
public sealed class TurnTelemetryMiddleware(HostMetrics metrics) : Microsoft.Bot.Builder.IMiddleware
{
    public static readonly ActivitySource Source = new(TelemetryNames.HostActivitySource);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var type = TagVocabulary.ActivityType(turnContext.Activity?.Type);
        var channel = TagVocabulary.Channel(turnContext.Activity?.ChannelId);
        using var span = Source.StartActivity("bot.turn", ActivityKind.Internal);
        span?.SetTag("activity.type", type);
        span?.SetTag("channel", channel);
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            succeeded = true;
        }
        finally
        {
            // The exception itself is not recorded: its message may quote what the parent typed.
            span?.SetStatus(succeeded ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            metrics.TurnCompleted(type, channel, succeeded, Stopwatch.GetElapsedTime(started));
        }
    }
}
