using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Facts;

public sealed class CaseFactFieldsTests
{
    private static readonly PropertyInfo[] Properties = typeof(CaseFacts).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void All_HasOneFieldPerContractProperty_NamedAsTheJsonContract()
    {
        var expected = Properties.Where(p => p.Name != nameof(CaseFacts.Today)).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order();
        Assert.Equal(expected, CaseFactFields.All.Select(f => f.Name).Order());
        Assert.Equal(CaseFactFields.All.Count, CaseFactFields.All.Select(f => f.Name).Distinct().Count());
        var constants = typeof(FactNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(n => n != FactNames.Today);
        Assert.Equal(constants.Order(), CaseFactFields.All.Select(f => f.Name).Order());
    }

    [Fact]
    public void WriteThenRead_EveryField_RoundTripsAndSerializesUnderItsName()
    {
        foreach (var field in CaseFactFields.All)
        {
            var value = Sample(field.Kind);
            var facts = field.Write(new CaseFacts(), value);

            Assert.Equal(value, field.Read(facts));
            Assert.True(field.IsKnown(facts), field.Name);
            Assert.Equal([field.Name], CaseFactFields.Known(facts));
            var json = JsonSerializer.SerializeToNode(facts, KnowledgeJson.Options)!.AsObject();
            Assert.NotNull(json[field.Name]);
            Assert.False(field.IsKnown(field.Write(facts, null)), field.Name);
        }
    }

    [Fact]
    public void Write_ValueOfAnotherType_IsAnArgumentError()
    {
        Assert.Throws<ArgumentException>(() => CaseFactFields.Get(FactNames.EvaluationRequestedOn).Write(new CaseFacts(), "2026-10-03"));
        Assert.Throws<ArgumentException>(() => CaseFactFields.Get(FactNames.RequestInWriting).Write(new CaseFacts(), 1));
        Assert.Throws<InvalidOperationException>(() => CaseFactFields.Get("requestedAnIep"));
        Assert.Null(CaseFactFields.Find("requestedAnIep"));
    }

    [Fact]
    public void Overlay_NewerStatementsWin_UnknownsKeepWhatWasKnown_TodayUntouched()
    {
        var before = new CaseFacts { Today = new DateOnly(2026, 12, 6), State = "TX", RequestInWriting = false, Concerns = [ConcernArea.Reading] };
        var said = new CaseFacts { State = "GA", RequestInWriting = true, Concerns = [], Today = new DateOnly(2020, 1, 1) };

        var after = CaseFactFields.Overlay(before, said);

        Assert.Equal("GA", after.State);
        Assert.True(after.RequestInWriting);
        Assert.Equal([ConcernArea.Reading], after.Concerns);
        Assert.Equal(new DateOnly(2026, 12, 6), after.Today);
    }

    [Fact]
    public void IsKnown_EmptyConcernList_IsUnknown()
    {
        Assert.False(CaseFactFields.Get(FactNames.Concerns).IsKnown(new CaseFacts { Concerns = [] }));
    }

    private static object Sample(FactKind kind) => kind switch
    {
        FactKind.Date => new DateOnly(2026, 10, 3),
        FactKind.YesNo => true,
        FactKind.Count => 12,
        FactKind.Stage => Stage.Discipline,
        FactKind.State => "OH",
        FactKind.Concerns => new List<ConcernArea> { ConcernArea.Reading, ConcernArea.SpeechLanguage },
        FactKind.DateRanges => new List<DateRange> { new(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 1)) },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
