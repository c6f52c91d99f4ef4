using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests.TestHost;

/// <summary>A WebSocket on the stream URL, reading ActivitySet frames (with a bound so a bug fails instead of hanging).</summary>
public sealed class StreamClient : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;

    private StreamClient(WebSocket socket) => _socket = socket;

    public static async Task<StreamClient> OpenAsync(DirectLineTestHost host, string streamUrl)
    {
        using var timeout = new CancellationTokenSource(Bound);
        var socket = await host.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
        return new StreamClient(socket);
    }

    /// <summary>Reads the next frame: an ActivitySet, or null for an empty keep-alive frame.</summary>
    public async Task<JObject?> ReadFrameAsync()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return text.Length == 0 ? null : Json.Parse(text.ToString());
    }

    /// <summary>Reads frames until one carries an activity matching <paramref name="match"/>; returns every activity seen.</summary>
    public async Task<List<JObject>> ReadUntilAsync(Func<JObject, bool> match)
    {
        var seen = new List<JObject>();
        while (true)
        {
            var frame = await ReadFrameAsync();
            var activities = frame?["activities"] as JArray ?? [];
            Assert.True(frame is null || frame["activities"] is JArray, "A frame's activities must be an array.");
            seen.AddRange(activities.Cast<JObject>());
            if (activities.Cast<JObject>().Any(match))
            {
                return seen;
            }
        }
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Bound);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        _socket.Dispose();
    }
}
