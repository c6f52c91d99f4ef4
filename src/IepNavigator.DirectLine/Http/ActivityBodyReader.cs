using System.Text;
using IepNavigator.DirectLine.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace IepNavigator.DirectLine.Http;

/// <summary>Reads a posted activity with a size cap: 413 above it, 400 for anything that is not an activity.</summary>
internal static class ActivityBodyReader
{
    /// <summary>What a Direct Line client posts; everything else (conversationUpdate, invoke...) is the channel's own.</summary>
    private static readonly HashSet<string> ClientTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction,
    };

    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.TooLarge());
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length
            && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > maxBytes)
        {
            return (null, DirectLineErrors.TooLarge());
        }

        Activity activity;
        try
        {
            activity = ActivityJson.Deserialize(Encoding.UTF8.GetString(buffer, 0, length));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("The body is not a JSON activity."));
        }

        return ClientTypes.Contains(activity.Type ?? string.Empty)
            ? (activity, null)
            : (null, DirectLineErrors.BadRequest("The activity type is missing or not one a client sends."));
    }
}
