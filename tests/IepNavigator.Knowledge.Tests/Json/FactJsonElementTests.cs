using System.Text.Json;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Json;

/// <summary>
/// A fact read from a JSON element (a data file's implied facts, the letters' ledger) is read exactly as the stored case
/// reads it: what each kind takes, what it refuses, and what only the lenient read of old stored data forgives.
/// </summary>
public class FactJsonElementTests
{
    [Theory]
    [InlineData(FactNames.EvaluationRequestedOn, "\"2026-09-03\"", false, "2026-09-03")]
    [InlineData(FactNames.EvaluationRequestedOn, "\"2026-09-03T00:00:00\"", true, "2026-09-03")]
    [InlineData(FactNames.EvaluationRequestedOn, "\"2026-09-03T00:00:00\"", false, null)]
    [InlineData(FactNames.EvaluationRequestedOn, "\"next week\"", true, null)]
    [InlineData(FactNames.EvaluationRequestedOn, "20260903", false, null)]
    [InlineData(FactNames.State, "\"CA\"", false, "CA")]
    [InlineData(FactNames.State, "\"\"", false, null)]
    [InlineData(FactNames.Stage, "\"iep-in-place\"", false, "IepInPlace")]
    [InlineData(FactNames.Stage, "\"IepInPlace\"", false, null)]
    [InlineData(FactNames.Concerns, "[\"reading\",\"speech-language\"]", false, "Reading,SpeechLanguage")]
    [InlineData(FactNames.Concerns, "[\"reading\",\"astrology\"]", false, null)]
    [InlineData(FactNames.Concerns, "[\"reading\",\"astrology\"]", true, "Reading")]
    [InlineData(FactNames.Concerns, "\"reading\"", false, null)]
    public void Read_FromAnElement_TakesTheContractsSpellingOnly(string fact, string json, bool lenient, string? expected)
    {
        using var document = JsonDocument.Parse(json);

        var read = FactJson.TryRead(CaseFactFields.Get(fact), document.RootElement, out var value, lenient);

        Assert.Equal(expected is not null, read);
        var shown = value switch
        {
            null => null,
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            IEnumerable<ConcernArea> areas => string.Join(',', areas),
            _ => value.ToString(),
        };
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Read_YesNoAndCounts_FromAnElementInsideADocument()
    {
        using var document = JsonDocument.Parse("""{"yes": true, "days": 12, "big": 9999999999}""");
        var root = document.RootElement;

        Assert.True(FactJson.TryRead(CaseFactFields.Get(FactNames.HasIep), root.GetProperty("yes"), out var yes));
        Assert.Equal(true, yes);
        Assert.True(FactJson.TryRead(CaseFactFields.Get(FactNames.DaysRemovedThisYear), root.GetProperty("days"), out var days));
        Assert.Equal(12, days);
        Assert.False(FactJson.TryRead(CaseFactFields.Get(FactNames.DaysRemovedThisYear), root.GetProperty("big"), out _));
        Assert.False(FactJson.TryRead(CaseFactFields.Get(FactNames.HasIep), root.GetProperty("days"), out _));
    }

    [Fact]
    public void Read_AnEmptyElement_IsNoValue() =>
        Assert.False(FactJson.TryRead(CaseFactFields.Get(FactNames.State), default, out _));
}
