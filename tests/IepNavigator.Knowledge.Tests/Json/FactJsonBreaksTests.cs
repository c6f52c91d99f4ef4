using System.Text;
using System.Text.Json;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Json;

/// <summary>A case's school breaks survive being stored: FactJson writes and reads them (it threw on them before).</summary>
public class FactJsonBreaksTests
{
    private static readonly CaseFactField Breaks = CaseFactFields.Get(FactNames.SchoolBreaks);

    [Fact]
    public void WriteThenRead_SchoolBreaks_RoundTrip()
    {
        IReadOnlyList<DateRange> given = [new(new(2026, 12, 21), new(2027, 1, 1)), new(new(2027, 3, 22), new(2027, 3, 26))];
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            FactJson.Write(writer, Breaks, given);
        }
        var json = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Equal("""[{"from":"2026-12-21","to":"2027-01-01"},{"from":"2027-03-22","to":"2027-03-26"}]""", json);

        using var document = JsonDocument.Parse(json);
        Assert.True(FactJson.TryRead(Breaks, document.RootElement, out var fromElement));
        Assert.Equal(given, (IReadOnlyList<DateRange>)fromElement!);

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.True(FactJson.TryRead(Breaks, ref reader, out var fromReader));
        Assert.Equal(given, (IReadOnlyList<DateRange>)fromReader!);
    }

    [Theory]
    [InlineData("""[{"from":"2026-12-21"}]""")]
    [InlineData("""["2026-12-21"]""")]
    [InlineData("""[{"from":"soon","to":"2027-01-01"}]""")]
    public void Read_MalformedBreaks_IsNoValue(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(FactJson.TryRead(Breaks, document.RootElement, out _));
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.False(FactJson.TryRead(Breaks, ref reader, out _));
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }
}
