using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's known gaps beside services, each a family of wordings parents use (written for the purpose, English and
/// Spanish): a written notice never given or given as a letter, a behavior plan made or never made, a request told
/// "only verbally", and the school's suggestion to wait told without the word "wait".
/// </summary>
public sealed class NoticePlanRequestWaitingTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("they refused and never gave me a written explanation", false)]
    [InlineData("they never sent me a notice", false)]
    [InlineData("they wrote me a letter that said he doesn't qualify for an evaluation", true)]
    [InlineData("no me dieron ninguna explicación por escrito", false)]
    [InlineData("nunca recibí ninguna carta de la escuela", false)]
    public void WrittenNotice(string text, bool received)
    {
        Assert.Equal(received, Reader.Read(text, Unprompted).Facts.PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("they made a behavior plan for him in October", true)]
    [InlineData("they put her on a behavior intervention plan", true)]
    [InlineData("they have never written a behavior plan even though he gets suspended", false)]
    [InlineData("le hicieron un plan de conducta en octubre", true)]
    [InlineData("nunca le han hecho un plan de conducta", false)]
    public void BehaviorPlan(string text, bool has)
    {
        Assert.Equal(has, Reader.Read(text, Unprompted).Facts.HasBehaviorPlan);
    }

    [Theory]
    [InlineData("I only asked verbally in September for an evaluation")]
    [InlineData("I told the teacher in person in October that I wanted him evaluated")]
    public void RequestToldOnlyVerbally_IsDated_AndNotInWriting(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.NotNull(reading.Facts.EvaluationRequestedOn);
        Assert.Contains("evaluationRequestedOn", reading.Approximate);
        Assert.False(reading.Facts.RequestInWriting);
    }

    [Theory]
    [InlineData("the teacher says he's fine and we should give it a few more months")]
    [InlineData("they told me to wait until after winter break to see if he improves")]
    [InlineData("la maestra dice que hay que darle unos meses más")]
    [InlineData("me dijeron que esperara hasta después de las vacaciones")]
    [InlineData("dicen que no evalúan hasta tercer grado")]
    [InlineData("la maestra dice que es flojo y que ya se le pasará")]
    public void SchoolSuggestsWaiting(string text)
    {
        Assert.True(Reader.Read(text, Unprompted).Facts.SchoolSuggestedWaiting);
    }

    [Theory]
    // A negation is "none", a question and another parent's child set nothing.
    [InlineData("I haven't asked for an evaluation yet, the teacher says to wait")]
    [InlineData("what if they tell me to wait?")]
    [InlineData("my sister's son, they told her to wait a year")]
    public void NoRequestQuestionOrOtherChild_SetsNoRequest(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Null(reading.Facts.EvaluationRequestedOn);
        Assert.Null(reading.Facts.RequestInWriting);
    }

    [Fact]
    public void TheWeekJustPast_IsNoTypoOfAComingWord()
    {
        // "pasada" is one letter from "pasara" ("ya se le pasará"): a real word, never corrected (es/spelling.json).
        Assert.Equal(new DateOnly(2026, 11, 29), Reader.Read("Terminaron de evaluarlo la semana pasada.", Unprompted).Facts.EvaluationCompletedOn);
    }

    [Theory]
    // The request's own medium, not the school's, the parent's notes-to-be or the letter asked of the assistant.
    [InlineData("i asked the principal in person at a meeting in october to test him. nothing written down.", false)]
    [InlineData("asked for testing in person at the school 4 days ago, they said put it in writing", false)]
    [InlineData("I emailed the principal asking for an evaluation on Oct 3 and the school sent a letter back saying no", true)]
    public void RequestInWriting_IsTheParentsRequest(string text, bool written)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.NotNull(reading.Facts.EvaluationRequestedOn);
        Assert.Equal(written, reading.Facts.RequestInWriting);
    }

    [Fact]
    public void LetterAskedOfTheAssistant_IsNoWrittenRequest()
    {
        Assert.Null(Reader.Read("He has a 504 but needs more. Write the letter asking for a full special ed evaluation please", Unprompted).Facts.RequestInWriting);
    }

    [Fact]
    public void LetterSentBackSayingNo_IsAWrittenNotice()
    {
        Assert.True(Reader.Read("I emailed the principal asking for an evaluation on Oct 3 and the school sent a letter back saying no", Unprompted).Facts.PriorWrittenNoticeReceived);
    }
}
