using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Tests.Text;

/// <summary>One typo in a long vocabulary word still states the fact; a real word one letter away never does.</summary>
public sealed class SpellingTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);
    private static readonly Spelling Spelling = new();

    [Theory]
    [InlineData("I asked for an evalution on October 3")]
    [InlineData("I asked for an evaulation on October 3")]
    [InlineData("pedí la evalucion el 3 de octubre")]
    public void OneTypo_InTheEvent_StillDatesTheRequest(string text)
    {
        Assert.Equal(new DateOnly(2026, 10, 3), Reader.Read(text, Unprompted).Facts.EvaluationRequestedOn);
    }

    [Theory]
    [InlineData("evalution", "evaluation")]
    [InlineData("evaulation", "evaluation")]
    [InlineData("suspnded", "suspended")]
    [InlineData("empesar", "empezar")]
    public void Typo_IsCorrected(string typed, string meant)
    {
        Assert.Equal(meant, Spelling.CorrectWord(typed));
    }

    [Theory]
    [InlineData("texted")]   // not "tested"
    [InlineData("walked")]   // not "talked": the first letter is as typed
    [InlineData("pasada")]   // not "pasado": the last letter is as typed
    [InlineData("weeks")]    // not "week", and short words are never corrected
    [InlineData("stuff")]    // not "staff"
    [InlineData("evaluando")] // a Spanish form, not "evaluado"
    public void RealWord_IsKept(string word)
    {
        Assert.Null(Spelling.CorrectWord(word));
    }

    [Fact]
    public void TextedTheTeacher_IsNoTest()
    {
        var reading = Reader.Read("I texted the teacher on October 3", Unprompted);
        Assert.Null(reading.Facts.EvaluationRequestedOn);
        Assert.Null(reading.Facts.EvaluationCompletedOn);
    }
}
