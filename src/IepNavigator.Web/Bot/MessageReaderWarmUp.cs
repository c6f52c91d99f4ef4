using IepNavigator.Understanding;

namespace IepNavigator.Web.Bot;

/// <summary>
/// Loads the message reader's models in the background at start, so the first parent's message does not wait for them
/// and start-up itself does not either (a request refused before the bot runs never touches them).
/// </summary>
internal sealed class MessageReaderWarmUp(Lazy<MessageReader> reader) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => reader.Value, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
