using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found trying the bot as a parent: "ok but can they even do that", typed under "Has the school decided a long
/// suspension...?", was read as telling (0.78) and the chat took "ok" toward its question. A question that opens after a
/// joining word, or stands beside nothing but a filler, asks; it answers nothing and sets no fact.
/// </summary>
public sealed class QuestionBesideAFillerTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("but can they even do that")]
    [InlineData("and is that even legal")]
    [InlineData("so can they just do that")]
    [InlineData("pero pueden hacer eso")]
    public void SentenceOpeningWithAJoiningWord_Asks(string message)
    {
        var reading = Reader.Read(message, Unprompted);
        Assert.NotEmpty(reading.Questions);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("ok but can they even do that")]
    [InlineData("omg is that even legal")]
    [InlineData("ok, can they really do that")]
    [InlineData("lol ok but is that allowed")]
    public void QuestionBesideOnlyAFiller_AsksUnderAnOpenQuestion(string message)
    {
        var reading = Reader.Read(message, Unprompted with { Awaiting = FactNames.DisciplineChangeOfPlacementOn });
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.False(reading.Intent.Unsure);
        Assert.Empty(reading.StatedFacts);
        Assert.NotEqual(AnswerKind.Value, reading.Answer?.Kind);
    }

    [Theory]
    [InlineData("but he was suspended 3 days in a row", FactNames.ConsecutiveDaysRemoved)]
    [InlineData("and she has an IEP since 2nd grade", FactNames.HasIep)]
    public void StatementOpeningWithAJoiningWord_StillTells(string message, string fact)
    {
        var reading = Reader.Read(message, Unprompted);
        Assert.Empty(reading.Questions);
        Assert.Contains(fact, reading.StatedFacts);
    }

    [Fact]
    public void FillerBesideAStatement_IsNotAQuestionOnly()
    {
        // "ok he was sent home 3 days in a row, is that legal": a story beside the question, so the model's tell may stand.
        var reading = Reader.Read("ok. he was sent home 3 days in a row. is that legal", Unprompted);
        Assert.Contains(FactNames.ConsecutiveDaysRemoved, reading.StatedFacts);
    }
}
