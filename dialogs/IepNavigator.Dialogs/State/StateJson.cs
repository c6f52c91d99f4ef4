using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.State;

/// <summary>
/// The one place stored state becomes JSON and back (System.Text.Json, source-generated): the parent's
/// <see cref="UserDocument"/>, the <see cref="ConversationDocument"/>, and the typed values dialogs keep in their frames
/// (prompt options, the triage draft, flow options). Writes camelCase, leaves nulls out and names enums by their JSON
/// names. Reads every shape rows have had: Bot Framework's PascalCase (case-insensitive names), enums as numbers, facts
/// as the contract's JSON with dates possibly as date-times, a value a fact no longer accepts (that fact is dropped,
/// the rest kept). A row that is not a JSON object of this shape, or was written by a newer release, throws
/// <see cref="JsonException"/>: the turn starts that key afresh (TurnStateStore).
/// </summary>
public static class StateJson
{
    /// <summary>The options of the generated context, falling back to reflection for a flow's own option types.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static UserDocument ReadUser(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, StateJsonContext.Default.UserDocument);

    public static ConversationDocument ReadConversation(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, StateJsonContext.Default.ConversationDocument);

    public static byte[] Write(UserDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, StateJsonContext.Default.UserDocument);

    public static byte[] Write(ConversationDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, StateJsonContext.Default.ConversationDocument);

    /// <summary>A value kept in a dialog frame, as a JSON node (null stays null).</summary>
    public static JsonNode? ToNode(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Options);

    /// <summary>A value read back from a dialog frame; null when absent or not of that shape.</summary>
    public static T? FromNode<T>(JsonNode? node)
        where T : class
    {
        if (node is not JsonObject)
        {
            return null;
        }
        try
        {
            return node.Deserialize<T>(Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var document = JsonSerializer.Deserialize(utf8Json, typeInfo) ?? throw new JsonException("The stored document is null.");
        var version = document switch
        {
            UserDocument user => user.Version,
            ConversationDocument conversation => conversation.Version,
            _ => UserDocument.CurrentVersion,
        };
        // Absent (0) or 1: Bot Framework's rows. Higher than ours: a newer release's shape we must not guess at.
        return version > UserDocument.CurrentVersion
            ? throw new JsonException($"The stored document has shape version {version}; this release reads up to {UserDocument.CurrentVersion}.")
            : document;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(StateJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(StateJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowTrailingCommas = true,
    Converters = [typeof(StoredFactsConverter)])]
[JsonSerializable(typeof(UserDocument))]
[JsonSerializable(typeof(ConversationDocument))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(TriageDraft))]
[JsonSerializable(typeof(GoalBook))]
internal sealed partial class StateJsonContext : JsonSerializerContext;

/// <summary>
/// A case's facts as the contract's JSON object, fact by fact through <see cref="CaseFactFields"/> (no reflection):
/// written in contract order without unknowns; read leniently, dropping a value the contract does not accept (a rename
/// never happens, but a wrong type from an old bug must not cost the parent the whole case).
/// </summary>
internal sealed class StoredFactsConverter : JsonConverter<CaseFacts>
{
    public override CaseFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return new CaseFacts();
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A case's facts must be a JSON object.");
        }
        var facts = new CaseFacts();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = CaseFactFields.Find(reader.GetString());
            reader.Read();
            if (field is null)
            {
                reader.Skip();
            }
            else if (FactJson.TryRead(field, ref reader, out var value, lenient: true))
            {
                facts = field.Write(facts, value);
            }
        }
        return facts;
    }

    public override void Write(Utf8JsonWriter writer, CaseFacts value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var field in CaseFactFields.All)
        {
            if (field.Read(value) is { } known && field.IsKnown(value))
            {
                writer.WritePropertyName(field.Name);
                FactJson.Write(writer, field, known);
            }
        }
        writer.WriteEndObject();
    }
}
