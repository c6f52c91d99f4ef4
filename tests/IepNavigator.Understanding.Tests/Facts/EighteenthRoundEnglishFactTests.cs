using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Ways English-speaking parents tell services missing, a decision given only out loud, an IEP, a rejected decision and a
/// concern that the readers missed (issue 17's eighteenth round, branch facts18en; the wordings are new, not corpus lines),
/// and words about the parent's own reading or ADHD that only look like a concern about the child.
/// </summary>
public sealed class EighteenthRoundEnglishFactTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("the district doesnt have enough therapists to cover her OT this semester")]
    [InlineData("he hasnt been to pull out since the holidays")]
    [InlineData("they moved his para to 1st grade and nobody replaced her")]
    [InlineData("the gen ed teachers ignore his 504 completely")]
    [InlineData("i dont believe shes getting her minutes, the log is blank")]
    [InlineData("they only give him half his minutes")]
    public void ServicesMissing_AreNotDelivered(string text) =>
        Assert.False(Reader.Read(text, Unprompted).Facts.ServicesDelivered);

    [Fact]
    public void AServiceSeenAsThePlanSays_IsDelivered() =>
        Assert.True(Reader.Read("the OT pulls her every monday and thursday just like her IEP says", Unprompted).Facts.ServicesDelivered);

    [Theory]
    [InlineData("the principal just told me over the phone, nothing else")]
    [InlineData("we havent gotten a single piece of paper about it")]
    [InlineData("the school told me no over the phone")]
    public void ADecisionToldOutLoud_CameWithNoWrittenNotice(string text) =>
        Assert.False(Reader.Read(text, Unprompted).Facts.PriorWrittenNoticeReceived);

    [Fact]
    public void ARefusalByEmail_IsAWrittenNotice() =>
        Assert.True(Reader.Read("they said no to testing him by email last week", Unprompted).Facts.PriorWrittenNoticeReceived);

    [Theory]
    [InlineData("my 5th grader w an IEP for reading is drowning in homework")]
    [InlineData("we finally got her an IEP last spring")]
    public void AnIepTold_IsAnIep(string text) =>
        Assert.True(Reader.Read(text, Unprompted).Facts.HasIep);

    [Fact]
    public void AParentAgainstADatedDecision_DisputesIt() =>
        Assert.Equal(new DateOnly(2026, 11, 2),
            Reader.Read("on nov 2 they decided to move him to the life skills class. we are totally against it", Unprompted).Facts.DisputedActionOn);

    [Theory]
    [InlineData("she is not a behavior problem, she's anxious")]
    public void ABehaviourProblemDenied_IsNoBehaviourConcern(string text) =>
        Assert.False(Reader.Read(text, Unprompted).Facts.BehaviorConcerns);

    [Theory]
    [InlineData("he cant tie his shoes and hes 9", ConcernArea.Motor)]
    [InlineData("she cries and says shes scared of school", ConcernArea.Emotional)]
    [InlineData("he cant hear well in class since the ear infections", ConcernArea.Hearing)]
    [InlineData("the other kids wont play with her at recess", ConcernArea.Social)]
    public void EverydayWords_NameTheirArea(string text, ConcernArea area) =>
        Assert.Contains(area, Reader.Read(text, Unprompted).Facts.Concerns ?? []);

    [Theory]
    [InlineData("im the one with ADHD lol, forgot to sign the reading log again")]
    [InlineData("i was up all night reading everything you sent")]
    public void TheParentsOwnReadingOrAdhd_IsNoConcern(string text) =>
        Assert.Empty(Reader.Read(text, Unprompted).Facts.Concerns ?? []);
}
