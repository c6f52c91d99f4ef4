using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace IepNavigator.DirectLine.Bot;

/// <summary>
/// A CloudAdapter whose connector is in memory (option (a) of directline.md §4): the bot gets a normal
/// turn with a working IConnectorClient (replies, update, delete, members, proactive
/// ContinueConversationAsync), and no network hop, serviceUrl or auth is involved.
/// </summary>
public sealed partial class EmbeddedChannelAdapter : CloudAdapterBase
{
    public EmbeddedChannelAdapter(EmbeddedBotFrameworkAuthentication authentication, ChannelMessages messages, ILogger<EmbeddedChannelAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(messages);
        OnTurnError = async (turnContext, exception) =>
        {
            // The type only: exception messages can quote what the parent wrote.
            LogTurnFailed(logger, exception.GetType().FullName ?? "unknown", turnContext.Activity?.Type ?? "unknown");
            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(messages.TurnErrorFor(turnContext.Activity?.Locale))).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (apologyFailure is not OperationCanceledException)
            {
                LogApologyFailed(logger, apologyFailure.GetType().FullName ?? "unknown");
            }
        };
    }

    /// <summary>Runs one turn for an activity the channel has already authorised and stamped.</summary>
    public Task RunTurnAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot turn failed on the embedded Direct Line channel with {ExceptionType} on a {ActivityType} activity")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the turn-error apology: {ExceptionType}")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType);
}
