using IepNavigator.Goals.Checking;

namespace IepNavigator.Goals.Tests.Checking;

/// <summary>The patterns of patterns.json one at a time: numbers, percentages, trials, rates, grade levels, dates, methods.</summary>
public class PartPatternTests
{
    private static readonly GoalChecker Checker = new();

    private static FoundPart? Part(string goal, GoalPart part) => Assert.Single(Checker.Check(goal).Goals).Get(part);

    [Theory]
    [InlineData("Sam will answer questions with 80% accuracy.", "80% accuracy")]
    [InlineData("Sam will answer questions with 80 percent accuracy.", "80 percent accuracy")]
    [InlineData("Sam will answer questions in 4 out of 5 trials.", "4 out of 5 trials")]
    [InlineData("Sam will answer questions in four out of five trials.", "four out of five trials")]
    [InlineData("Sam will answer questions in 4/5 opportunities.", "4/5 opportunities")]
    [InlineData("Sam will read aloud 72 wcpm.", "72 wcpm")]
    [InlineData("Sam will read aloud 72 correct words per minute.", "72 correct words per minute")]
    [InlineData("Sam will read at a 2.5 grade level.", "at a 2.5 grade level")]
    [InlineData("Sam will read at the 3rd grade level.", "at the 3rd grade level")]
    [InlineData("Sam will hit peers no more than 2 times per week.", "no more than 2 times per week")]
    [InlineData("Sam will write 6 sentences.", "6 sentences")]
    [InlineData("Sam will stay in his seat for 15 minutes.", "for 15 minutes")]
    public void Check_CriterionForms_AreRecognised(string goal, string value)
    {
        Assert.Equal(value, Part(goal, GoalPart.Criterion)?.Value);
    }

    [Theory]
    [InlineData("Sam will read on 2nd grade passages.")]
    [InlineData("Sam will read by May 2027.")]
    [InlineData("Sam will read 2nd grade level passages.")]
    public void Check_NumbersThatAreNoTarget_AreNotACriterion(string goal)
    {
        Assert.Null(Part(goal, GoalPart.Criterion));
    }

    [Theory]
    [InlineData("Sam will read 90 wcpm by May 2027.", "by May 2027")]
    [InlineData("Sam will read 90 wcpm by June of 2027.", "by June of 2027")]
    [InlineData("Sam will read 90 wcpm by 05/15/2027.", "by 05/15/2027")]
    [InlineData("Sam will read 90 wcpm within 36 instructional weeks.", "within 36 instructional weeks")]
    [InlineData("Sam will read 90 wcpm by the annual review.", "by the annual review")]
    [InlineData("Sam will read 90 wcpm by the end of the school year.", "by the end of the school year")]
    [InlineData("Sam will read 90 wcpm within one year.", "within one year")]
    [InlineData("Sam will read 90 wcpm by the end of the second trimester.", "by the end of the second trimester")]
    public void Check_TimeframeForms_AreRecognised(string goal, string text)
    {
        Assert.Equal(text, Part(goal, GoalPart.Timeframe)?.Text);
    }

    [Theory]
    [InlineData("Sam will read 90 wcpm as measured by weekly CBM probes.", "weekly CBM probes")]
    [InlineData("Sam will read 90 wcpm as measured by running records.", "running records")]
    [InlineData("Sam will read 90 wcpm according to curriculum-based measures.", "curriculum-based measures")]
    [InlineData("Sam will read 90 wcpm, documented on a teacher chart.", "a teacher chart")]
    [InlineData("Sam will write 6 sentences scored with a 4-point rubric.", "a 4-point rubric")]
    [InlineData("Sam will hit peers no more than twice a week per daily behavior logs.", "daily behavior logs")]
    [InlineData("Sam will read 90 wcpm on progress monitoring probes.", "progress monitoring probes")]
    public void Check_MeasurementMethods_AreRecognised(string goal, string value)
    {
        Assert.Equal(value, Part(goal, GoalPart.Measurement)?.Value);
    }

    [Theory]
    [InlineData("When given a 2nd grade passage, Sam will read 90 wcpm.", "When given a 2nd grade passage")]
    [InlineData("Sam will solve word problems using a calculator.", "using a calculator")]
    [InlineData("Sam will ask for help with a visual cue.", "with a visual cue")]
    [InlineData("During small group instruction, Sam will take turns.", "During small group instruction")]
    public void Check_Conditions_AreRecognised(string goal, string text)
    {
        Assert.Equal(text, Part(goal, GoalPart.Condition)?.Text);
    }

    [Theory]
    [InlineData("Sam will read from 45 to 90 wcpm.", "45")]
    [InlineData("Currently Sam reads 45 wcpm. Sam will read 90 wcpm.", "Sam reads 45 wcpm")]
    [InlineData("Baseline: 3 of 10 sight words. Sam will read 10 of 10 sight words.", "3 of 10 sight words")]
    [InlineData("Sam will reduce hitting from 5 times a day to 1.", "5 times a day")]
    public void Check_Baselines_AreRecognised(string goal, string value)
    {
        Assert.Equal(value, Part(goal, GoalPart.Baseline)?.Value);
    }
}
