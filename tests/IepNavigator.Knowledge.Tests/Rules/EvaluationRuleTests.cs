using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Rules;

public class EvaluationRuleTests
{
    [Fact]
    public void Fire_ConcernedNoRequest_RecommendsEvaluationNow()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading, ConcernArea.Math] });

        var step = advice.Require("request-evaluation");
        Assert.Equal(Urgency.Now, step.Urgency);
        Assert.Contains("reading and math", step.Why, StringComparison.Ordinal);
        Assert.Equal("evaluation-request", step.Letter);
        Assert.Contains("34 CFR 300.301", step.Citations);
    }

    [Fact]
    public void Fire_ConcernedAlreadyRequestedInWriting_NoEvaluationStep()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.Concerned, EvaluationRequestedOn = new(2026, 11, 2), RequestInWriting = true,
        });

        Assert.False(advice.Has("request-evaluation"));
    }

    [Fact]
    public void Fire_SchoolSaidInterventionsFirst_RecommendsEvaluationWithRtiReason()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.EvaluationRequested, SchoolRefusedEvaluation = true });

        Assert.Contains("interventions", advice.Require("request-evaluation").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_SchoolRefusedButConsentSigned_NoRenewedEvaluationRequest()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, SchoolRefusedEvaluation = true, ConsentSignedOn = new(2026, 11, 1),
        });

        Assert.False(advice.Has("request-evaluation"));
    }

    [Fact]
    public void Fire_VerbalRequestOnly_RecommendsPuttingItInWriting()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 5), RequestInWriting = false,
        });

        var step = advice.Require("put-request-in-writing");
        Assert.Equal(Urgency.Now, step.Urgency);
        Assert.Contains("October 5, 2026", step.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_RequestWasInWriting_NoPutInWritingStep()
    {
        var advice = Advise(new CaseFacts
        {
            Stage = Stage.EvaluationRequested, EvaluationRequestedOn = new(2026, 10, 5), RequestInWriting = true,
        });

        Assert.False(advice.Has("put-request-in-writing"));
    }

    [Fact]
    public void Fire_ConcernsNotWrittenDown_RecommendsConcernsLog()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Concerned, ConcernsDocumented = false, Concerns = [ConcernArea.SpeechLanguage] });

        var step = advice.Require("document-concerns");
        Assert.Equal("concerns-log", step.Letter);
        Assert.Contains("speech and language", step.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_ConcernsAlreadyDocumented_NoConcernsLog()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Concerned, ConcernsDocumented = true });

        Assert.False(advice.Has("document-concerns"));
    }

    [Fact]
    public void Fire_DisciplinedChildWithNoIep_ConcernsLogIsUrgentButCannotReachBack()
    {
        // 34 CFR 300.534(b): the school "knew" only from what came before the behavior; a log written now cannot create that.
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, HasIep = false, ConcernsDocumented = false });

        var step = advice.Require("document-concerns");
        Assert.Equal(Urgency.Now, step.Urgency);
        Assert.Contains("cannot reach back", step.Why, StringComparison.Ordinal);
        Assert.Contains("before that behavior", step.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("protects your child if discipline", step.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_DisciplinedWithIep_NoBasisOfKnowledgeReason()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.Discipline, LastIepReviewOn = new(2026, 3, 1), ConcernsDocumented = false });

        Assert.DoesNotContain("knew", advice.Require("document-concerns").Why, StringComparison.Ordinal);
    }
}
