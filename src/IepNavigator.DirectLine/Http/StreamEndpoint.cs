using System.Globalization;
using System.Net.WebSockets;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.DirectLine.Widget;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Http;

/// <summary>
/// GET /conversations/{id}/stream: replays what followed the watermark, then pushes each new activity
/// (typing included) as an ActivitySet frame. Client frames (DLJS sends "" every 20 s) are read and ignored.
/// </summary>
internal static class StreamEndpoint
{
    public static async Task HandleAsync(HttpContext context, string conversationId, DirectLineAuthenticator auth, DirectLineChannel channel, IOptions<WidgetOptions> widget, TimeProvider clock)
    {
        // Browsers apply no CORS to WebSockets but always send Origin: Widget:AllowedOrigins is enforced here.
        if (!MayConnectFrom(context.Request, widget.Value))
        {
            await DirectLineErrors.ForbiddenOrigin().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var (conversation, error) = await ConversationEndpoints.AuthorizeAsync(context.Request, conversationId, auth, channel, allowQueryToken: true).ConfigureAwait(false);
        if (error is not null)
        {
            await error.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadRequest("Expected a WebSocket request.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);

        // Subscribe before reading the backlog so nothing appended in between is missed; overlap is skipped below.
        using var subscription = channel.Hub.Feed.Subscribe(conversation!.ConversationId);
        var receiving = DrainClientFramesAsync(socket, stop);
        try
        {
            var backlog = await channel.Hub.Log.ReadAfterAsync(conversation.ConversationId, StreamUrls.ParseWatermark(context.Request.Query["watermark"]), stop.Token).ConfigureAwait(false);
            if (backlog.Activities.Count > 0)
            {
                await SendAsync(socket, new ActivitySetBody(backlog.Activities, Mark(backlog.Watermark)), stop.Token).ConfigureAwait(false);
            }

            var sent = backlog.Watermark;
            await foreach (var item in subscription.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (item.Stored && !item.Replacement && item.Sequence <= backlog.Watermark)
                {
                    continue;
                }

                // Typing and replacements carry no watermark: they must not move the client's resume point. Nor does an
                // activity from another instance that arrives after a newer local one: the watermark only ever grows.
                var advances = item.Stored && !item.Replacement && item.Sequence > sent;
                var watermark = advances ? Mark(item.Sequence) : null;
                sent = Math.Max(sent, advances ? item.Sequence : sent);
                await SendAsync(socket, new ActivitySetBody([item.Activity], watermark), stop.Token).ConfigureAwait(false);
                if (!item.Replacement && item.Activity.Timestamp is { } stamped)
                {
                    DirectLineMetrics.Pushed(clock.GetUtcNow() - stamped, item.FromOtherInstance);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or closed; nothing to clean up beyond the using blocks.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
            await CloseAsync(socket).ConfigureAwait(false);
        }
    }

    /// <summary>No Origin (a server-side client), the host's own pages, or a site the widget may be embedded in.</summary>
    private static bool MayConnectFrom(HttpRequest request, WidgetOptions widget)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin) || widget.AllowsAnyOrigin)
        {
            return true;
        }

        var own = WidgetOptions.Normalize($"{request.Scheme}://{request.Host}");
        return widget.Allows(origin) || string.Equals(WidgetOptions.Normalize(origin), own, StringComparison.Ordinal);
    }

    /// <summary>Closes from this side once the send loop has stopped (a WebSocket allows one sender at a time).</summary>
    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Best effort: the peer may already be gone.
        }
    }

    private static string Mark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    private static Task SendAsync(WebSocket socket, ActivitySetBody set, CancellationToken cancellationToken) =>
        socket.SendAsync(ActivityJson.SerializeToUtf8(set), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed underneath us; the send loop stops on the cancellation below.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }
}
