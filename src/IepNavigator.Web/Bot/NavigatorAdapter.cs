using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace IepNavigator.Web.Bot;

/// <summary>
/// The Bot Framework adapter for /api/messages. One constructor, so DI can build it
/// (CloudAdapter itself has two and cannot be registered directly).
/// </summary>
public sealed partial class NavigatorAdapter : CloudAdapter
{
    public NavigatorAdapter(BotFrameworkAuthentication authentication, ILogger<NavigatorAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // The exception's type and stack only: its message may quote what the parent typed.
            LogTurnFailed(logger, exception.GetType().FullName ?? "unknown", turnContext.Activity?.Type ?? "unknown",
                exception.StackTrace ?? string.Empty);
            // Nothing of this turn was saved (state is written at the end of a successful turn),
            // so the conversation resumes from the last good state.
            await turnContext.SendActivityAsync(
                "Sorry — something went wrong on my side while answering that. Nothing you told me before is lost. " +
                "Please try again, or type \"help\".").ConfigureAwait(false);
        };
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error,
        Message = "Bot turn failed with {ExceptionType} on a {ActivityType} activity. {StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string activityType, string stackTrace);
}
