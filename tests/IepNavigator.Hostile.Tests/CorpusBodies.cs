using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Hostile.Tests;

/// <summary>
/// Turns a corpus case into request bytes: the inline body or binary file with its placeholders filled
/// ($CONV$, $USER$, $ID$), or a generated body (too big or too repetitive to keep as a file).
/// </summary>
public static class CorpusBodies
{
    public static byte[] Build(CorpusCase item, string conversationId, string userId, string activityId)
    {
        if (item.Generate is { } generator)
        {
            return Encoding.UTF8.GetBytes(Generate(generator, conversationId, userId));
        }
        var bytes = item.BodyFile is { } file
            ? File.ReadAllBytes(Path.Combine(Corpus.Folder, file))
            : Encoding.UTF8.GetBytes(item.Body ?? string.Empty);
        return Fill(bytes, conversationId, userId, activityId);
    }

    /// <summary>Byte-level replacement, so a deliberately invalid UTF-8 file stays exactly as invalid.</summary>
    private static byte[] Fill(byte[] bytes, string conversationId, string userId, string activityId)
    {
        var result = bytes;
        foreach (var (placeholder, value) in new[] { ("$CONV$", conversationId), ("$USER$", userId), ("$ID$", activityId) })
        {
            result = Replace(result, Encoding.ASCII.GetBytes(placeholder), Encoding.UTF8.GetBytes(value));
        }
        return result;
    }

    private static byte[] Replace(byte[] source, byte[] find, byte[] with)
    {
        using var output = new MemoryStream(source.Length);
        var span = source.AsSpan();
        int index;
        while ((index = span.IndexOf(find)) >= 0)
        {
            output.Write(span[..index]);
            output.Write(with);
            span = span[(index + find.Length)..];
        }
        output.Write(span);
        return output.ToArray();
    }

    private static string Generate(CorpusCase.Generator generator, string conversationId, string userId) => generator.Kind switch
    {
        "text" => Activity(conversationId, userId, generator.Envelope, a => a["text"] = new string('a', generator.Bytes)),
        "attachments" => Activity(conversationId, userId, generator.Envelope, a => a["attachments"] = new JArray(
            Enumerable.Range(0, generator.Count).Select(i => new JObject { ["contentType"] = "image/png", ["contentUrl"] = $"http://localhost/{i}.png", ["name"] = $"{i}.png" }))),
        "nested" => new string('[', generator.Depth) + new string(']', generator.Depth),
        "nestedField" => Activity(conversationId, userId, generator.Envelope, a =>
            a["channelData"] = JToken.Parse(string.Concat(Enumerable.Repeat("{\"a\":", generator.Depth)) + "1" + new string('}', generator.Depth))),
        "factsPadding" => new JObject { ["stage"] = "concerned", ["notes"] = new string('p', generator.Bytes) }.ToString(Formatting.None),
        "letterPadding" => new JObject { ["fields"] = new JObject { ["childName"] = new string('p', generator.Bytes) }, ["facts"] = new JObject() }.ToString(Formatting.None),
        _ => throw new InvalidDataException($"Unknown generator '{generator.Kind}'."),
    };

    private static string Activity(string conversationId, string userId, string? envelope, Action<JObject> shape)
    {
        var activity = envelope == "directline"
            ? new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = userId } }
            : ChatClient.Envelope("message", conversationId, userId);
        shape(activity);
        return activity.ToString(Formatting.None);
    }
}
