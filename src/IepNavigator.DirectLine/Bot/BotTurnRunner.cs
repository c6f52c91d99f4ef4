using IepNavigator.DirectLine.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.DirectLine.Bot;

/// <summary>
/// Runs the bot registered as <see cref="IBot"/> on an activity, one turn at a time per conversation so
/// state loads and saves never interleave.
/// </summary>
public sealed partial class BotTurnRunner(EmbeddedChannelAdapter adapter, IServiceScopeFactory scopes, ILogger<BotTurnRunner> logger) : IDisposable
{
    private readonly StripedGate _turns = new();

    public async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using (await _turns.EnterAsync(activity.Conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var bot = scope.ServiceProvider.GetRequiredService<IBot>();
                try
                {
                    await adapter.RunTurnAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // OnTurnError already handled the bot's own failures; this is the adapter or the apology failing.
                    // The socket and the conversation stay up either way.
                    LogTurnAborted(logger, e.GetType().FullName ?? "unknown");
                }
            }
        }
    }

    public void Dispose() => _turns.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedded Direct Line turn aborted: {ExceptionType}")]
    private static partial void LogTurnAborted(ILogger logger, string exceptionType);
}
