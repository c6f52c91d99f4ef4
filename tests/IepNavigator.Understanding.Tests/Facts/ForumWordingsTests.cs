using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's tenth round: English fact families told the way parents write on forums (texting shorthand "w/", "b/c",
/// "OT/PT", parentheses, "supposed to ... and instead"), in wordings that are in no corpus file. Each case stands for a
/// family's vocabulary or structure, never one sentence; beside each family the near misses that must stay unset.
/// </summary>
public sealed class ForumWordingsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    [Theory]
    [InlineData("my son w/ an iep got sent home again today")]
    [InlineData("I have a 9yo w/ an IEP for dyslexia")]
    [InlineData("my son (autism, has an IEP) got suspended again")]
    [InlineData("my daughter (ADHD, has an iep) is drowning in 6th grade")]
    [InlineData("dd (9, dyslexia, IEP since 1st grade) hates school now")]
    public void AnIepToldInShorthandOrParentheses_HasAnIep(string text)
    {
        Assert.True(Read(text).HasIep);
    }

    [Theory]
    [InlineData("counseling is on her IEP but she never goes")]
    [InlineData("my nephew w/ an IEP is doing great")]
    public void APlanThatOnlyListsAServiceOrAnotherChild_SetsNoIep(string text)
    {
        Assert.Null(Read(text).HasIep);
    }

    [Theory]
    [InlineData("her IEP has 60 min of OT/PT a week and her OT keeps getting canceled for testing days")]
    [InlineData("he was getting pulled for speech 3x a week, now they pull him maybe once a month")]
    [InlineData("the para written into her IEP got moved to the 1st grade room in november")]
    [InlineData("reading intervention is on his IEP and the reading specialist hasnt pulled him since thanksgiving")]
    [InlineData("her 504 accommodations are really inconsistent, one teacher does them and the rest dont")]
    [InlineData("his IEP says 30 min of small group reading a day and instead they sit him in the back w/ a worksheet")]
    public void AServiceThePlanOwesToldAsForumsTellIt_IsNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("he gets his speech 2x a week like the IEP says, no complaints there")]
    [InlineData("his OT/PT evals are next month")]
    public void AServiceGivenOrOnlyNamed_IsNotUndelivered(string text)
    {
        Assert.NotEqual(false, Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("I asked for an evaluation in october and they turned it down. all she did was call me, nothing on letterhead or email")]
    [InlineData("I asked them to put the refusal in writing and never got it")]
    public void ARefusalOnlySpokenOrNeverPutInWriting_IsNoWrittenNotice(string text)
    {
        Assert.False(Read(text).PriorWrittenNoticeReceived);
    }

    [Fact]
    public void ALetterWithWordsBeforeItThatExplainsTheRefusal_IsAWrittenNotice()
    {
        Assert.True(Read("the district mailed us a 3 page letter explaining they will not evaluate").PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("the psych report is flat out wrong about him")]
    [InlineData("the evaluation says her reading is fine and I just dont buy it")]
    [InlineData("nobody even tested his writing, which is the whole problem")]
    public void ADoubtAboutTheEvaluation_Disagrees(string text)
    {
        Assert.True(Read(text).DisagreesWithEvaluation);
    }

    [Fact]
    public void AgreeingWithMostOfTheReport_DoesNotDisagree()
    {
        Assert.False(Read("I honestly agree w/ most of the report").DisagreesWithEvaluation);
    }

    [Theory]
    [InlineData("the annual review still hasnt been scheduled and it was due in october")]
    [InlineData("there is no date yet for her IEP meeting")]
    [InlineData("they never scheduled the eligibility meeting")]
    public void AMeetingNotScheduled_IsNone(string text)
    {
        Assert.Contains(FactNames.IepMeetingOn, Reader.Read(text, Unprompted).None);
    }

    [Fact]
    public void NoDateSetYet_AnswersTheMeetingQuestionNone()
    {
        var reading = Reader.Read("they havent set one yet", Unprompted with { Awaiting = FactNames.IepMeetingOn });
        Assert.Contains(FactNames.IepMeetingOn, reading.None);
    }

    [Fact]
    public void RefusingToSignADatedMeetingsDecision_DisputesIt()
    {
        Assert.Equal(new DateOnly(2026, 11, 10), Read("at the annual on nov 10 they took away her extra time and we refused to sign").DisputedActionOn);
    }

    [Theory]
    [InlineData("I typed up a letter asking for testing and dropped it off at the office on Oct 20", true)]
    [InlineData("I printed a request for an evaluation and handed it to the secretary on Oct 20", true)]
    [InlineData("asked the SLP at conferences on Oct 20 to evaluate him, just out loud", false)]
    public void HowTheRequestWasMade_IsRead(string text, bool inWriting)
    {
        var facts = Read(text);
        Assert.Equal(new DateOnly(2026, 10, 20), facts.EvaluationRequestedOn);
        Assert.Equal(inWriting, facts.RequestInWriting);
    }

    [Theory]
    [InlineData("I've sent the case manager a bunch of emails about her missing speech")]
    [InlineData("wrote the principal a long letter about them cutting his aide")]
    public void RaisingItWithStaffInWriting_TriedTheTeam(string text)
    {
        Assert.True(Read(text).TriedResolvingWithTeam);
    }

    [Theory]
    [InlineData("he eats lunch alone and never gets invited anywhere", ConcernArea.Social)]
    [InlineData("she calls herself dumb every night before bed", ConcernArea.Emotional)]
    public void ConcernWordsParentsUse_NameTheArea(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Concerns ?? []);
    }

    [Fact]
    public void AWellBehavedChild_HasNoBehaviorConcerns()
    {
        var facts = Read("hes very well behaved at school, the problem is math");
        Assert.False(facts.BehaviorConcerns);
        Assert.DoesNotContain(ConcernArea.Behavior, facts.Concerns ?? []);
    }
}
