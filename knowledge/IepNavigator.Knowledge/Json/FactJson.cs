using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge;

/// <summary>
/// One contract fact's value as JSON and back, by its <see cref="CaseFactField"/>: dates as yyyy-MM-dd, enums by their
/// kebab-case names, counts as integers, yes/no as booleans. For callers that hold facts one at a time (a stored case,
/// the facts a data file implies, a statement understood from a message) rather than a whole <see cref="CaseFacts"/>.
/// </summary>
public static class FactJson
{
    /// <summary>
    /// Reads <paramref name="json"/> as a value of <paramref name="field"/>; false (and null) when it is not one.
    /// <paramref name="lenient"/> also takes a date-time for a date (its date part) and skips unknown concern areas:
    /// stored data written by older code, never an API request.
    /// </summary>
    public static bool TryRead(CaseFactField field, JsonElement json, out object? value, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (json.ValueKind == JsonValueKind.Undefined)
        {
            value = null;
            return false;
        }
        // One reader for both shapes: the element's own UTF-8 text (no copy), read as a stored case is.
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(json));
        reader.Read();
        return TryRead(field, ref reader, out value, lenient);
    }

    /// <summary>
    /// As <see cref="TryRead(CaseFactField, JsonElement, out object?, bool)"/>, from the value <paramref name="reader"/> is
    /// on (a stored case read without building a document); the reader is left on the value's last token.
    /// </summary>
    public static bool TryRead(CaseFactField field, ref Utf8JsonReader reader, out object? value, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        value = null;
        switch (field.Kind)
        {
            case FactKind.Date when reader.TokenType == JsonTokenType.String:
                value = ReadDate(reader.GetString(), lenient);
                break;
            case FactKind.YesNo when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                value = reader.GetBoolean();
                break;
            case FactKind.Count when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count):
                value = count;
                break;
            case FactKind.State when reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } state:
                value = state;
                break;
            case FactKind.Stage when reader.TokenType == JsonTokenType.String && TryParseEnum<Stage>(reader.GetString(), out var stage):
                value = stage;
                break;
            case FactKind.Concerns when reader.TokenType == JsonTokenType.StartArray:
                var areas = new List<ConcernArea>(4);
                var valid = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String && TryParseEnum<ConcernArea>(reader.GetString(), out var area))
                    {
                        areas.Add(area);
                    }
                    else
                    {
                        valid &= lenient;
                        reader.Skip();
                    }
                }
                value = valid ? areas : null;
                break;
            case FactKind.DateRanges when reader.TokenType == JsonTokenType.StartArray:
                value = ReadRanges(ref reader, lenient);
                break;
            default:
                reader.Skip();
                break;
        }
        return value is not null;
    }

    /// <summary>School breaks as [{"from": "yyyy-MM-dd", "to": "yyyy-MM-dd"}]; null (the reader past the array) when one is malformed.</summary>
    private static List<DateRange>? ReadRanges(ref Utf8JsonReader reader, bool lenient)
    {
        var ranges = new List<DateRange>(4);
        var valid = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                valid = false;
                reader.Skip();
                continue;
            }
            DateOnly? from = null, to = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                var date = reader.TokenType == JsonTokenType.String ? ReadDate(reader.GetString(), lenient) : null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
                if (name == "from")
                {
                    from = date;
                }
                else if (name == "to")
                {
                    to = date;
                }
            }
            if (from is { } start && to is { } end)
            {
                ranges.Add(new DateRange(start, end));
            }
            else
            {
                valid = false;
            }
        }
        return valid ? ranges : null;
    }

    /// <summary>Writes <paramref name="value"/> (a value of <paramref name="field"/>, not null) as the contract spells it.</summary>
    public static void Write(Utf8JsonWriter writer, CaseFactField field, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(field);
        switch (value)
        {
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int count:
                writer.WriteNumberValue(count);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case Stage stage:
                writer.WriteStringValue(KnowledgeJson.EnumName(stage));
                break;
            case IEnumerable<DateRange> ranges:
                writer.WriteStartArray();
                foreach (var range in ranges)
                {
                    writer.WriteStartObject();
                    writer.WriteString("from", range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteString("to", range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                break;
            case IEnumerable<ConcernArea> areas:
                writer.WriteStartArray();
                foreach (var area in areas)
                {
                    writer.WriteStringValue(KnowledgeJson.EnumName(area));
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"'{value}' is not a value of the fact '{field.Name}' ({field.Kind}).", nameof(value));
        }
    }

    /// <summary>The enum value whose declared JSON name is <paramref name="name"/> ("iep-in-place" → Stage.IepInPlace).</summary>
    public static bool TryParseEnum<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        if (name is not null && EnumNames<TEnum>.ByName.TryGetValue(name, out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    private static DateOnly? ReadDate(string? text, bool lenient)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        // A store that once parsed dates as date-times wrote them back as "2026-09-03T00:00:00": the date part is the fact.
        return lenient && text is { Length: > 10 } && text[10] == 'T' && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;
    }

    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => KnowledgeJson.EnumName(v), StringComparer.Ordinal);
    }
}
