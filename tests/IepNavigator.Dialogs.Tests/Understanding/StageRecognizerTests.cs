using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Tests.Understanding;

public class StageRecognizerTests
{
    private static readonly StageRecognizer Recognizer = new(new StageCatalog());

    [Theory]
    // concerned
    [InlineData("I'm worried about my son's reading", "concerned")]
    [InlineData("my daughter is struggling in school and I don't know where to start", "concerned")]
    [InlineData("He's 7 and still can't read", "concerned")]
    [InlineData("her teacher says she can't focus in class", "concerned")]
    [InlineData("we think he might have dyslexia", "concerned")]
    [InlineData("How do I get an IEP for my kid?", "concerned")]
    [InlineData("my son has ADHD and is falling behind", "concerned")]
    [InlineData("just starting, no idea what to do", "concerned")]
    [InlineData("my child was just diagnosed with autism, what now", "concerned")]
    [InlineData("should I ask for an IEP?", "concerned")]
    [InlineData("I want her tested for a learning disability", "concerned")]
    [InlineData("he's failing math and the teacher thinks something is going on", "concerned")]
    [InlineData("my 5 year old has a speech delay", "concerned")]
    [InlineData("Where do I begin? I'm new to this", "concerned")]
    // evaluation-requested
    [InlineData("I asked in September and heard nothing", "evaluation-requested")]
    [InlineData("I requested an evaluation a month ago", "evaluation-requested")]
    [InlineData("we asked for testing in October and the school hasn't responded", "evaluation-requested")]
    [InlineData("I emailed the principal asking for an evaluation 6 weeks ago", "evaluation-requested")]
    [InlineData("they said they want to try interventions first", "evaluation-requested")]
    [InlineData("the school told me to wait and see", "evaluation-requested")]
    [InlineData("I signed the consent form in September, still waiting", "evaluation-requested")]
    [InlineData("she's being evaluated right now", "evaluation-requested")]
    [InlineData("they refused to test him", "evaluation-requested")]
    [InlineData("I sent a letter asking for an IEP evaluation and no response", "evaluation-requested")]
    [InlineData("I asked for an eval at the start of the year, nothing has happened", "evaluation-requested")]
    [InlineData("the school keeps delaying the testing", "evaluation-requested")]
    // evaluation-complete
    [InlineData("the evaluation is done, what happens now?", "evaluation-complete")]
    [InlineData("we got the results of the psych eval", "evaluation-complete")]
    [InlineData("testing is finished and we have an eligibility meeting next week", "evaluation-complete")]
    [InlineData("I got the evaluation report but I don't understand it", "evaluation-complete")]
    [InlineData("his assessment was completed last month", "evaluation-complete")]
    [InlineData("results came back, waiting for the first IEP meeting", "evaluation-complete")]
    [InlineData("the school finished the evaluation", "evaluation-complete")]
    [InlineData("we're waiting for eligibility", "evaluation-complete")]
    // not-eligible
    [InlineData("they said she doesn't qualify", "not-eligible")]
    [InlineData("the school said my son is not eligible for an IEP", "not-eligible")]
    [InlineData("He didn't qualify because his grades are too good", "not-eligible")]
    [InlineData("they told me she's too smart for special ed", "not-eligible")]
    [InlineData("found ineligible after testing", "not-eligible")]
    [InlineData("the team decided he does not qualify for services", "not-eligible")]
    [InlineData("they denied an IEP", "not-eligible")]
    [InlineData("school says he doesn't need special education", "not-eligible")]
    [InlineData("my daughter was found not eligible last week", "not-eligible")]
    [InlineData("we were told she's not far enough behind to qualify", "not-eligible")]
    // iep-in-place
    [InlineData("the IEP isn't working", "iep-in-place")]
    [InlineData("my son has an IEP but he's not making progress", "iep-in-place")]
    [InlineData("she has had an IEP for two years and nothing changes", "iep-in-place")]
    [InlineData("they aren't following his IEP", "iep-in-place")]
    [InlineData("he's not getting his speech therapy even though it's in the IEP", "iep-in-place")]
    [InlineData("her IEP goals are the same as last year", "iep-in-place")]
    [InlineData("annual review is coming up next month", "iep-in-place")]
    [InlineData("I never get progress reports", "iep-in-place")]
    [InlineData("he regresses every summer, can he get ESY?", "iep-in-place")]
    [InlineData("my kid is on an IEP and still can't read", "iep-in-place")]
    [InlineData("IEP in place but not sure it's helping", "iep-in-place")]
    [InlineData("the services aren't being provided", "iep-in-place")]
    // plan-504
    [InlineData("she has a 504", "plan-504")]
    [InlineData("my son has a 504 plan but it's not enough", "plan-504")]
    [InlineData("the school won't follow his 504", "plan-504")]
    [InlineData("we have a 504 for ADHD", "plan-504")]
    [InlineData("section 504 accommodations aren't working", "plan-504")]
    [InlineData("504 plan since 2nd grade", "plan-504")]
    [InlineData("she only has accommodations on a 504 and is still failing", "plan-504")]
    // discipline
    [InlineData("he got suspended again", "discipline")]
    [InlineData("the school keeps sending him home early", "discipline")]
    [InlineData("they want to expel my daughter", "discipline")]
    [InlineData("my son has been suspended 12 days this year", "discipline")]
    [InlineData("they call me every day to come get him", "discipline")]
    [InlineData("she was restrained at school", "discipline")]
    [InlineData("they're moving him to an alternative school", "discipline")]
    [InlineData("he's only allowed a shortened day", "discipline")]
    [InlineData("out of school suspension for a meltdown", "discipline")]
    [InlineData("the principal sent him home three times this week", "discipline")]
    // disagreement
    [InlineData("I disagree with the school", "disagreement")]
    [InlineData("I want an IEE", "disagreement")]
    [InlineData("they won't listen to me at meetings", "disagreement")]
    [InlineData("thinking about due process", "disagreement")]
    [InlineData("I feel dismissed by the team", "disagreement")]
    [InlineData("should I file a state complaint?", "disagreement")]
    [InlineData("we're going in circles with the school", "disagreement")]
    [InlineData("do I need a lawyer?", "disagreement")]
    [InlineData("I don't agree with the evaluation results", "disagreement")]
    [InlineData("I feel stuck and brushed off", "disagreement")]
    [InlineData("they refuse to change anything in the plan", "disagreement")]
    [InlineData("can we ask for mediation?", "disagreement")]
    public void Recognize_RealOpenings_FindTheStage(string opening, string expected)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Equal(expected, recognition.Confident);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("hello there")]
    [InlineData("😀")]
    [InlineData("")]
    [InlineData("Hola, necesito ayuda con la escuela de mi hijo")]
    [InlineData("<b>hello</b>")]
    public void Recognize_NoSignal_IsNotConfident(string opening)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Null(recognition.Confident);
        Assert.Empty(recognition.Candidates);
    }

    [Fact]
    public void Recognize_TwoStagesEquallyLikely_OffersBothToChoose()
    {
        var recognition = Recognizer.Recognize("he has a 504 and got suspended");

        Assert.Null(recognition.Confident);
        Assert.Equal(["plan-504", "discipline"], recognition.Candidates.Select(c => c.Stage).Order().Reverse());
    }

    [Fact]
    public void Recognize_RefusalPhrase_ImpliesTheSchoolRefused()
    {
        var recognition = Recognizer.Recognize("they refused to test him");

        Assert.Equal(true, (bool?)recognition.ImpliedFacts("evaluation-requested")["schoolRefusedEvaluation"]);
    }
    [Theory]
    [InlineData("he got suspended again and they sent him home twice last week")]
    [InlineData("he has a 504 and got suspended")]
    [InlineData("they want to expel her, she has an IEP and I disagree with the evaluation")]
    [InlineData("lo suspendieron 3 días y lo mandaron a la casa otra vez")]
    [InlineData("I asked for an evaluation in September and heard nothing")]
    [InlineData("the IEP isn't working and he got detention")]
    [InlineData("hello there")]
    [InlineData("")]
    public void Scores_OneStage_IsWhatRecognizeScoresThatStage(string text)
    {
        // StagePrecedence asks one stage's score on every statement of a turn; it must be Recognize's score exactly.
        var recognition = Recognizer.Recognize(text);
        foreach (var stage in new StageCatalog().Stages.Select(s => s.Stage).Distinct())
        {
            var score = recognition.Candidates.FirstOrDefault(c => c.Stage == stage)?.Score ?? 0;
            for (var atLeast = 1; atLeast <= 12; atLeast++)
            {
                Assert.True(score >= atLeast == Recognizer.Scores(text, stage, atLeast), $"{stage} at least {atLeast}: score {score}");
            }
        }
    }
}
