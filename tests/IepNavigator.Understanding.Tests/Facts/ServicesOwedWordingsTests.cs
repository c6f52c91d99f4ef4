using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's fifteenth round, English: services owed and not given told through how they fall short (a count of the
/// sessions owed, a push-in that comes "maybe once", a shared or borrowed aide, a session that just ends, "thats not 60
/// minutes of instruction", minutes cut from one number to another, no interpreter) and services told as given (logs that
/// add up, "like clockwork", "every single day"); written notices that came or were never given; a parent's "we reject
/// that"; and plans, advice, other jobs and other services that are no fact. Every case is in no corpus file.
/// </summary>
public sealed class ServicesOwedWordingsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    private static MessageReading Answer(string text, string awaiting) => Reader.Read(text, Unprompted with { Awaiting = awaiting });

    [Theory]
    [InlineData("he has an IEP and only got 3 of his 10 speech sessions this fall")]
    [InlineData("she has an IEP with resource push in and the resource teacher has come in maybe once since thanksgiving")]
    [InlineData("he has an IEP with a 1:1 aide, but the aide is split between him and two kindergartners")]
    [InlineData("she has an IEP and they take her para for recess every afternoon")]
    [InlineData("he has an IEP with speech twice a week. the SLP quit and meanwhile he gets nothing")]
    [InlineData("he has an IEP for reading and hes had two sessions all semester")]
    [InlineData("her 504 says tests in a quiet room and that has happened twice since august")]
    [InlineData("he has an IEP with daily resource. they send a sub for 10 minutes, thats not 60 minutes of instruction")]
    [InlineData("he has an IEP and there has been no interpreter for him since october")]
    [InlineData("she has an IEP and her speech got turned into a consult with her teacher")]
    [InlineData("he has an IEP for OT and his 40 minutes went to 20")]
    public void ServicesFallingShort_AreNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("she has an IEP and the SLP sees her every tuesday like clockwork")]
    [InlineData("he has an IEP and I checked the service logs, the minutes add up")]
    [InlineData("he has an IEP. speech and OT are both happening for him")]
    [InlineData("her 504 stuff is actually happening this year")]
    [InlineData("he has a 504 and gets his breaks every single day")]
    [InlineData("he has an IEP and gets all his speech minutes now, no more missed sessions")]
    public void ServicesToldAsGiven_AreDelivered(string text)
    {
        Assert.True(Read(text).ServicesDelivered);
    }

    [Fact]
    public void MostlyNot_AnswersTheServicesQuestionNo()
    {
        Assert.False(Answer("mostly not", FactNames.ServicesDelivered).Facts.ServicesDelivered);
    }

    [Fact]
    public void CouldntTellYou_IsUnknown()
    {
        Assert.Equal(AnswerKind.Unknown, Answer("i couldnt tell you honestly", FactNames.ServicesDelivered).Answer!.Kind);
    }

    [Fact]
    public void AnIepTechnicallyThere_IsAnIep()
    {
        Assert.True(Answer("technically yes, not that anyone follows it", FactNames.HasIep).Facts.HasIep);
    }

    [Theory]
    [InlineData("my daughter is IEP'd for dyslexia")]
    [InlineData("he's been IEP'd since kindergarten")]
    public void IepAsAVerb_IsAnIep(string text)
    {
        Assert.True(Read(text).HasIep);
    }

    [Theory]
    [InlineData("the prior written notice finally arrived, they are dropping his OT", true)]
    [InlineData("they emailed us that they are reducing her speech to once a week", true)]
    [InlineData("they cut his aide and never put it in writing why", false)]
    public void WrittenNotice(string text, bool received)
    {
        Assert.Equal(received, Read(text).PriorWrittenNoticeReceived);
    }

    [Fact]
    public void WeRejectThat_DisputesTheDatedDecision()
    {
        Assert.Equal(new DateOnly(2026, 11, 3),
            Read("at the IEP meeting on nov 3 they stopped his counseling and we told them we reject that").DisputedActionOn);
    }

    [Fact]
    public void AnEmailBeingDrafted_IsNoRequest()
    {
        var facts = Read("drafting a letter to the sped director asking for an evaluation, will send it this week");
        Assert.Null(facts.EvaluationRequestedOn);
        Assert.Null(facts.RequestInWriting);
    }

    [Fact]
    public void AdviceToWrite_IsNoWrittenRequest()
    {
        Assert.Null(Read("our doctor said we should send the school a written request for testing").RequestInWriting);
    }

    [Fact]
    public void NotQualifyingForSummerServices_IsNoEligibilityDecision()
    {
        Assert.Null(Read("she has an IEP and on nov 10 they said she doesnt qualify for ESY").EligibilityDecidedOn);
    }

    [Fact]
    public void TheParentsOwnMeetingAtWork_IsNoIepMeeting()
    {
        Assert.Null(Read("my own IEP meeting at work is monday, its an employee thing").IepMeetingOn);
    }

    [Fact]
    public void AGreetingThatHopesTheBotIsWell_IsNoProgress()
    {
        Assert.Null(Read("good morning, hope you're doing well").MakingProgress);
    }

    [Theory]
    [InlineData("she has an IEP and her 60 minutes is 30 now")]
    [InlineData("he has an IEP and his 45 min is 20, every week")]
    public void MinutesCutToANumber_AreNoAge(string text)
    {
        Assert.Null(Read(text).ChildAge);
    }
}
