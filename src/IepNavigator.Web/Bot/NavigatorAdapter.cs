using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;
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
    public NavigatorAdapter(BotFrameworkAuthentication authentication, MessageCatalog messages, ILogger<NavigatorAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // The exception's type and stack only: its message may quote what the parent typed.
            LogTurnFailed(logger, exception.GetType().FullName ?? "unknown", turnContext.Activity?.Type ?? "unknown",
                exception.StackTrace ?? string.Empty);
            // Nothing of this turn was saved (state is written at the end of a successful turn), so the conversation
            // resumes from the last good state. The bot's language scope ended with the exception: go by the locale.
            var language = ContentLanguage.Normalize(turnContext.Activity?.Locale);
            var apology = MessageFactory.Text(messages.In(language, "turn.error"));
            apology.Locale = ContentLanguage.Tag(language);
            await turnContext.SendActivityAsync(apology).ConfigureAwait(false);
        };
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error,
        Message = "Bot turn failed with {ExceptionType} on a {ActivityType} activity. {StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string activityType, string stackTrace);
}
