using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IepNavigator.DirectLine.Conversations.Postgres;

/// <summary>
/// Live push across instances (Storage:Provider=Postgres): every append is announced with NOTIFY in its own
/// transaction; this LISTENs on one connection per process and hands what other instances appended to the sockets
/// open here, in commit (= watermark) order. So a widget whose WebSocket is on instance A gets the reply a turn on
/// instance B produced, without reconnecting and without sticky sessions. Only conversations with a socket here are
/// read back. If the listening connection drops, the open sockets here are closed so their clients reconnect and
/// replay from their watermark (the log is the record); then it listens again.
/// </summary>
public sealed partial class ConversationFeedListener(PostgresConversationLog log, ConversationFeed feed, ILogger<ConversationFeedListener> logger, TimeProvider? clock = null)
    : BackgroundService
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    private readonly Channel<string> _notices = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place (tests and the bench wait for it).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delivering = DeliverAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await log.InitializeAsync(stoppingToken).ConfigureAwait(false);
                var connection = await log.OpenListenerConnectionAsync(stoppingToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    connection.Notification += (_, e) => _notices.Writer.TryWrite(e.Payload);
                    using (var listen = new NpgsqlCommand($"LISTEN \"{log.NotifyChannel}\";", connection))
                    {
                        await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                    }

                    if (failures > 0)
                    {
                        // Whatever was appended while nobody listened is in the log: clients get it by reconnecting.
                        feed.DisconnectAll();
                        LogListeningAgain(logger);
                    }

                    failures = 0;
                    _listening.TrySetResult();
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or System.IO.IOException)
            {
                LogListenFailed(logger, e.GetType().Name);
                feed.DisconnectAll();
                await Task.Delay(Backoff[Math.Min(failures++, Backoff.Length - 1)], stoppingToken).ConfigureAwait(false);
            }
        }

        _notices.Writer.TryComplete();
        await delivering.ConfigureAwait(false);
    }

    /// <summary>One notice at a time, in the order PostgreSQL delivered them (commit order).</summary>
    private async Task DeliverAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var payload in _notices.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var notice = AppendNotice.Parse(payload);
                if (notice is null || notice.InstanceId == log.InstanceId || feed.SubscriberCount(notice.ConversationId) == 0)
                {
                    continue; // our own (already pushed), or nobody here is watching that conversation
                }

                if (notice.Stamped is { } stamped)
                {
                    DirectLineMetrics.NoticeRead((clock ?? TimeProvider.System).GetUtcNow() - stamped);
                }

                try
                {
                    var delivered = await ReadAsync(notice, stoppingToken).ConfigureAwait(false);
                    if (delivered is not null)
                    {
                        feed.Publish(notice.ConversationId, delivered);
                    }
                }
                catch (Exception e) when (e is NpgsqlException or System.Security.Cryptography.CryptographicException or Newtonsoft.Json.JsonException or TimeoutException)
                {
                    // That socket's client gets the activity at its next reconnect; the others go on.
                    LogDeliveryFailed(logger, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<LoggedActivity?> ReadAsync(AppendNotice notice, CancellationToken cancellationToken)
    {
        var activity = notice.Document is { } document ? log.OpenDocument(document, notice.ConversationId, notice.Sequence, notice.Stamped)
            : notice.Kind == AppendKind.Transient ? null // too large to carry; typing is best effort
            : await log.ReadOneAsync(notice.ConversationId, notice.Sequence, cancellationToken).ConfigureAwait(false);
        return activity is null ? null
            : new LoggedActivity(activity, notice.Sequence, Stored: notice.Kind != AppendKind.Transient, Replacement: notice.Kind == AppendKind.Replaced, FromOtherInstance: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line live push across instances stopped ({ExceptionType}); open sockets here are closed so clients reconnect, and it listens again.")]
    private static partial void LogListenFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line live push across instances is listening again.")]
    private static partial void LogListeningAgain(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Direct Line activity from another instance could not be pushed ({ExceptionType}); its client gets it when it reconnects.")]
    private static partial void LogDeliveryFailed(ILogger logger, string exceptionType);
}
