using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's twelfth round, English: fact families said sideways, in wordings that are in no corpus file — services that
/// are given ("like the IEP says") next to services owed and not given, the school's own email that is no written request
/// of the parent's, a request dated by a pronoun in the next sentence, a meeting dated before its name, concern words that
/// are areas only as the answer to the concerns question, and the near misses beside each (found trying the bot as a parent).
/// </summary>
public sealed class SidewaysWordingsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    private static MessageReading Answer(string text, string awaiting) => Reader.Read(text, Unprompted with { Awaiting = awaiting });

    [Theory]
    [InlineData("reading and focus mostly", new[] { ConcernArea.Reading, ConcernArea.Attention })]
    [InlineData("honestly his focus, and spelling", new[] { ConcernArea.Writing, ConcernArea.Attention })]
    [InlineData("her temper and making friends", new[] { ConcernArea.Behavior, ConcernArea.Social })]
    public void AnswerToTheConcernsQuestion_NamesEveryArea(string text, ConcernArea[] areas)
    {
        Assert.Equal(areas, Answer(text, FactNames.Concerns).Facts.Concerns);
    }

    [Fact]
    public void Focus_Unprompted_IsNoAttentionConcern()
    {
        Assert.Equal([ConcernArea.Reading], Read("the focus of the meeting was his reading").Concerns);
    }

    [Theory]
    [InlineData("i asked for an evaluation. i sent it thru the parent portal on 11/2", 2026, 11, 2)]
    [InlineData("we requested testing for our son. we submitted it through the district portal on 10/20", 2026, 10, 20)]
    public void ARequestDatedByAPronoun_InTheNextSentence_IsDatedAndWritten(string text, int year, int month, int day)
    {
        var facts = Read(text);
        Assert.Equal(new DateOnly(year, month, day), facts.EvaluationRequestedOn);
        Assert.True(facts.RequestInWriting);
    }

    [Fact]
    public void ThePortal_AnsweredToTheWritingQuestion_DatesTheRequest()
    {
        var facts = Answer("i sent it thru the parent portal on 11/2", FactNames.RequestInWriting).Facts;
        Assert.Equal(new DateOnly(2026, 11, 2), facts.EvaluationRequestedOn);
        Assert.True(facts.RequestInWriting);
    }

    [Fact]
    public void APronoun_WithNothingBefore_DatesNoRequest()
    {
        Assert.Null(Read("i sent it thru the parent portal on 11/2").EvaluationRequestedOn);
    }

    [Theory]
    [InlineData("they emailed me back saying no")]
    [InlineData("i asked the counselor about testing in october and she emailed me back saying no")]
    public void TheSchoolsEmail_IsNoWrittenRequest(string text)
    {
        Assert.Null(Read(text).RequestInWriting);
    }

    [Fact]
    public void TheSchoolsEmailedNo_IsAWrittenRefusal()
    {
        var facts = Read("i asked the counselor about testing in october and she emailed me back saying no");
        Assert.True(facts.SchoolRefusedEvaluation);
        Assert.True(facts.PriorWrittenNoticeReceived);
    }

    [Fact]
    public void TheParentsEmail_BesideTheSchoolsReply_StaysWritten()
    {
        var facts = Read("I emailed the principal on 10/3 asking for an evaluation and she emailed me back saying no");
        Assert.Equal(new DateOnly(2026, 10, 3), facts.EvaluationRequestedOn);
        Assert.True(facts.RequestInWriting);
        Assert.True(facts.SchoolRefusedEvaluation);
    }

    [Fact]
    public void ASpokenRequest_AnsweredByEmail_StaysSpoken()
    {
        var facts = Read("we asked for testing at the fall conference. the principal emailed me back a week later saying no");
        Assert.False(facts.RequestInWriting);
        Assert.True(facts.PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("she gets her speech twice a week like the IEP says")]
    [InlineData("he is getting his reading minutes every day like the IEP says, the problem is the goals")]
    [InlineData("they follow her 504 to the letter, extra time and all")]
    [InlineData("he gets his extra time and his breaks, no issues there")]
    public void ServicesGiven_AreDelivered(string text)
    {
        Assert.True(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("hes supposed to be getting his OT twice a week like the IEP says, he gets it maybe once a month")]
    [InlineData("his IEP says he gets extended time and a reader, the teachers never do it")]
    [InlineData("the OT has been out on leave since october and no sub, so she gets nothing")]
    [InlineData("she has an IEP and has had PT exactly twice this semester")]
    [InlineData("his IEP has counseling weekly. the counselor has met with him once since september")]
    [InlineData("he has an IEP for speech and half the time the SLP just cancels his group")]
    [InlineData("she has an IEP for math, and the resource minutes are basically not happening")]
    public void ServicesOwed_ThenNotGiven_AreNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("on nov 12 we had the IEP meeting", null)]
    [InlineData("on nov 12 we had the IEP meeting", FactNames.IepMeetingOn)]
    public void AMeetingDatedBeforeItsName_InThePast_IsTheLastReview(string text, string? awaiting)
    {
        var facts = awaiting is null ? Read(text) : Answer(text, awaiting).Facts;
        Assert.Equal(new DateOnly(2026, 11, 12), facts.LastIepReviewOn);
        Assert.Null(facts.IepMeetingOn);
    }

    [Fact]
    public void AMeetingDatedBeforeItsName_Coming_IsTheNextMeeting()
    {
        Assert.Equal(new DateOnly(2026, 12, 15), Read("on dec 15 we have his iep meeting").IepMeetingOn);
    }

    [Theory]
    [InlineData("she reads fine, it's math she cant do", new[] { ConcernArea.Math })]
    [InlineData("he talks fine but his handwriting is awful", new[] { ConcernArea.Writing })]
    [InlineData("he cant read well at all", new[] { ConcernArea.Reading })]
    [InlineData("my son writes like a kindergartner and he's in 4th", new[] { ConcernArea.Writing })]
    public void ASkillDoneWell_IsNoConcern_AndOneDoneBadlyIs(string text, ConcernArea[] areas)
    {
        Assert.Equal(areas, Read(text).Concerns);
    }

    [Fact]
    public void LosingHerTemper_IsBehavior()
    {
        var facts = Read("my daughter loses her temper at school every day");
        Assert.Contains(ConcernArea.Behavior, facts.Concerns!);
        Assert.True(facts.BehaviorConcerns);
    }

    [Theory]
    [InlineData("we have been an IEP family since preschool")]
    [InlineData("she gets OT through her IEP")]
    public void AnIepSaidSideways_IsAnIep(string text)
    {
        Assert.True(Read(text).HasIep);
    }

    [Theory]
    [InlineData("dd (9) has an IEP for reading", 9)]
    [InlineData("my kid 7 2nd grade cant read", 7)]
    public void AnAgeAfterTheChild_IsTheAge(string text, int age)
    {
        Assert.Equal(age, Read(text).ChildAge);
    }

    [Fact]
    public void EmailsCountedToTheCaseManager_TriedTheTeam()
    {
        Assert.True(Read("sent like 5 emails to his case mgr about it").TriedResolvingWithTeam);
    }

    [Theory]
    [InlineData("her IEP is a mess and the case manager never answers my emails")]
    [InlineData("I wrote a three page letter to the sped director about his missing speech")]
    [InlineData("his IEP minutes arent happening. i asked her teacher about it twice in an email and got nothing")]
    public void TheTeamWrittenToOrIgnoringTheParentsEmails_TriedTheTeam(string text)
    {
        Assert.True(Read(text).TriedResolvingWithTeam);
    }

    [Theory]
    [InlineData("they cut his OT at the Nov 20 meeting and I want to fight this", 11, 20)]
    [InlineData("on 11/16 the team proposed moving her to the county program. I think she should stay where she is", 11, 16)]
    [InlineData("the district turned down our IEE request on november 9", 11, 9)]
    public void ADatedDecisionTheParentFights_IsDisputed(string text, int month, int day)
    {
        Assert.Equal(new DateOnly(2026, month, day), Read(text).DisputedActionOn);
    }

    [Fact]
    public void TheReportQuoted_IsAReportInHand()
    {
        Assert.True(Read("the report literally says she has no attention problems").HasEvaluationReport);
    }

    [Fact]
    public void TheTestingMissedEverything_IsADisagreement()
    {
        Assert.True(Read("the psych testing missed everything about his anxiety, i dont agree").DisagreesWithEvaluation);
    }
}
