using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace IepNavigator.DirectLine.Http;

/// <summary>Builds the absolute WebSocket URL handed to the client (ws for http, wss for https).</summary>
internal static class StreamUrls
{
    public static string For(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var mark = watermark?.ToString(CultureInfo.InvariantCulture) ?? "-";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={mark}&t={Uri.EscapeDataString(token)}";
    }

    /// <summary>Watermarks are decimal strings; empty, "-" or anything else means "from the start".</summary>
    public static long? ParseWatermark(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
