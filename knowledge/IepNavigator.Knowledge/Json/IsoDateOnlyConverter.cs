using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge;

/// <summary>Dates as yyyy-MM-dd exactly; anything else (or 2026-02-30) is a JSON error naming the field.</summary>
internal sealed class IsoDateOnlyConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be a string in the form YYYY-MM-DD.");
        }

        var text = reader.GetString();
        return DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a real date in the form YYYY-MM-DD.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
    }
}
