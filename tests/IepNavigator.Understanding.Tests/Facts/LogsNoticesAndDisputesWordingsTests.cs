using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's fourteenth round, English: the fact families the round's lines and the train/dev misses showed, in wordings
/// that are in no corpus file — services owed and not given told through a service log, a cancelled pull-out, a sub who
/// seldom comes or a teacher who never lets him take a break, and services given told as "hasnt missed one since"; the
/// school's answer put in writing or told on the phone, against a school notice about a closed gym; a parent's log kept,
/// wished for or never kept, and a request never written that is no log; a request never actually made; a
/// reevaluation that is no initial evaluation; "they will write the IEP"; a team vote or a placement
/// move dated and disputed; and concern words said plainly (first sounds, eye contact) against a sub who reads aloud.
/// </summary>
public sealed class LogsNoticesAndDisputesWordingsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    private static CaseFacts Answer(string text, string awaiting) => Reader.Read(text, Unprompted with { Awaiting = awaiting }).Facts;

    [Theory]
    [InlineData("she has an IEP for math. the service logs show 2 sessions since october")]
    [InlineData("he has an IEP and his pull-out math got cancelled for the whole week of testing")]
    [InlineData("her IEP has OT weekly but she only gets it when the sub comes in, maybe twice so far")]
    public void ServicesOwedAndNotGiven_AreNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Fact]
    public void NotMissedOneSince_IsDelivered()
    {
        Assert.True(Read("her IEP has OT every week and she hasnt missed a single one since september").ServicesDelivered);
    }

    [Fact]
    public void ATeacherWhoNeverLetsHerTakeABreak_DoesNotDeliverThe504()
    {
        Assert.False(Read("his 504 says he can take breaks but his science teacher never lets him take one").ServicesDelivered);
    }

    [Fact]
    public void ToldOnThePhone_IsNoWrittenNotice()
    {
        Assert.False(Read("the psychologist told us on the phone she doesnt qualify").PriorWrittenNoticeReceived);
    }

    [Fact]
    public void TheySayTheyWillWriteTheIep_IsNoIepYet()
    {
        Assert.False(Read("she qualified last week and they will write the IEP after break").HasIep);
    }

    [Fact]
    public void DecidedToMoveHimToASeparateClass_IsAProposal()
    {
        Assert.Equal(new DateOnly(2026, 11, 9),
            Read("on nov 9 they decided to move him from gen ed to a separate class, we said no").PlacementChangeProposedOn);
    }

    [Theory]
    [InlineData("the speech teacher cancels all the time", false)]
    [InlineData("each time like it's supposed to", true)]
    public void AnswerToTheServicesQuestion(string text, bool delivered)
    {
        Assert.Equal(delivered, Answer(text, FactNames.ServicesDelivered).ServicesDelivered);
    }

    [Fact]
    public void TheSchoolPuttingItsNoInWriting_IsAWrittenNotice()
    {
        Assert.True(Read("they wont test him and the sped director put their answer in writing").PriorWrittenNoticeReceived);
    }

    [Fact]
    public void ANoticeThatTheGymIsClosed_IsNoWrittenNotice()
    {
        Assert.Null(Read("got a notice from the school that the gym is closed all week").PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("i keep a google sheet with every incident and the date")]
    public void ASpreadsheetWithDates_IsALog(string text)
    {
        Assert.True(Read(text).ConcernsDocumented);
    }

    [Theory]
    [InlineData("she cant spell at all and i really should have written everything down back then")]
    [InlineData("he hits other kids at recess. i never kept a journal of any of it")]
    public void ALogWishedForOrNeverKept_IsNoLog(string text)
    {
        Assert.False(Read(text).ConcernsDocumented);
    }

    [Fact]
    public void ARequestNeverWritten_IsNoStatementAboutALog()
    {
        Assert.Null(Read("i asked the principal at pickup for testing and i never wrote anything").ConcernsDocumented);
    }

    [Fact]
    public void ARequestNeverActuallyMade_IsNone()
    {
        Assert.Contains(FactNames.EvaluationRequestedOn, Reader.Read("we talked about his reading a lot but i never really asked for anything", Unprompted).None);
    }

    [Fact]
    public void ARefusedReevaluation_IsNoRefusedInitialEvaluation()
    {
        var facts = Read("on nov 30 they denied my request for a re-evaluation");
        Assert.Null(facts.EvaluationRequestedOn);
        Assert.Null(facts.SchoolRefusedEvaluation);
    }

    [Fact]
    public void RegressedALot_IsNoProgress()
    {
        Assert.False(Read("he has regressed so much this year").MakingProgress);
    }

    [Fact]
    public void ToldHeDidntNeedAnIep_AnsweredToTheIepQuestion_IsNoIep()
    {
        Assert.False(Answer("they told us he doesnt need an iep", FactNames.HasIep).HasIep);
    }

    [Fact]
    public void AChangedPlacementAtADatedMeeting_IsAProposal()
    {
        Assert.Equal(new DateOnly(2026, 11, 16),
            Read("at the IEP meeting on nov 16 they changed his placement to the life skills class and we said no").PlacementChangeProposedOn);
    }

    [Fact]
    public void ATeamVoteDatedAndDisputed_IsADisputedAction()
    {
        Assert.Equal(new DateOnly(2026, 11, 2),
            Read("on november 2 the team voted him out of OT and i still dont agree with it").DisputedActionOn);
    }

    [Theory]
    [InlineData("she gets stuck on the first sound of her name", ConcernArea.SpeechLanguage)]
    [InlineData("my 4 year old makes no eye contact with anyone", ConcernArea.Social)]
    public void ConcernWordsInPlainLanguage(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Concerns ?? []);
    }

    [Fact]
    public void ASubWhoReadsThemStories_IsNoReadingConcern()
    {
        Assert.DoesNotContain(ConcernArea.Reading, Read("in his speech group the sub reads them stories instead").Concerns ?? []);
    }
}
