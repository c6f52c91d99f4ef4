using System.Buffers;
using System.Text.Json;

namespace IepNavigator.Web.Limits;

/// <summary>
/// Finds an activity's channelId and from.id without building the activity: a forward-only scan of the body
/// that gives up (null) on anything unexpected. The endpoint still validates the activity properly.
/// </summary>
public static class ActivitySenderReader
{
    public static string? ReadSender(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 32 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            string? channel = null;
            string? from = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("channelId"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    channel = reader.GetString();
                }
                else if (reader.ValueTextEquals("from"u8) && reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    from = ReadId(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            return string.IsNullOrEmpty(from) ? null : (channel ?? string.Empty) + "/" + from;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the "id" of the object the reader is at the start of, leaving the reader at its end.</summary>
    private static string? ReadId(ref Utf8JsonReader reader)
    {
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                id = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }
        return id;
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes of a seekable body, then rewinds it for the endpoint.</summary>
    public static async Task<string?> ReadSenderAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(limit);
        try
        {
            var total = 0;
            int read;
            while (total < limit && (read = await body.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
            body.Position = 0;
            return total >= limit ? null : ReadSender(buffer.AsSpan(0, total));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
