using IepNavigator.Goals.Checking;

namespace IepNavigator.Goals.Tests.Checking;

/// <summary>Realistic goals, good and vague: which parts the checker finds and whether it calls the goal measurable.</summary>
public class GoalPartsTests
{
    private static readonly GoalChecker Checker = new();

    private static CheckedGoal Single(string goal)
    {
        var result = Checker.Check(goal);
        return Assert.Single(result.Goals);
    }

    private static GoalPart[] Parts(string csv) =>
        csv.Length == 0 ? [] : csv.Split(',').Select(p => Enum.Parse<GoalPart>(p.Trim())).ToArray();

    [Theory]
    // Reading
    [InlineData("Sam will increase reading fluency from 45 to 90 wcpm on 2nd grade passages by May 2027 as measured by weekly CBM probes.",
        "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("By June 2027, when given a third grade passage, Ana will read aloud 100 words correct per minute with 95% accuracy as measured by monthly DIBELS probes.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Given a list of 20 CVC words, Leo will decode 18 of 20 words correctly in 3 consecutive probes by the annual review, as measured by teacher-made probes.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Within 36 instructional weeks, after reading an instructional level text, Mia will answer literal and inferential questions with 80% accuracy in 4 out of 5 trials as measured by running records.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Currently Owen reads at a 1.5 grade level. By May 2027 Owen will read at a 2.5 grade level as measured by the Fountas and Pinnell benchmark assessment.",
        "Baseline,Skill,Criterion,Measurement,Timeframe")]
    // Writing
    [InlineData("By the end of the 2026-2027 school year, given a writing prompt and a graphic organizer, Ella will write a paragraph of 5 sentences scoring 3 or higher on a 4-point rubric in 3 of 4 writing samples.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Noah will spell high-frequency words from the 2nd grade list with 90% accuracy on weekly spelling probes by February 2027.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    // Math
    [InlineData("By 05/15/2027, using manipulatives, Ava will solve two-digit addition problems with regrouping with 80% accuracy on 3 consecutive curriculum-based measures.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Liam will increase math fact fluency from 12 to 30 digits correct per minute by the end of the IEP year as measured by weekly probes.",
        "Baseline,Skill,Criterion,Measurement,Timeframe")]
    // Behaviour (lower is better)
    [InlineData("Jayden will reduce elopement from 6 incidents per day to 1 or fewer per day by June 2027, as measured by staff data collection.",
        "Baseline,Skill,Criterion,Measurement,Timeframe")]
    [InlineData("During transitions, Jayden will follow 2-step directions with no more than 1 verbal prompt in 4/5 opportunities by the end of the school year as documented on a teacher chart.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("When frustrated, Kai will request a break using his break card in 4 out of 5 observed opportunities within one year, as measured by ABC data.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("In the general education classroom, Zoe will remain on task for 10 consecutive minutes during independent work in 80% of observed intervals by the annual IEP review, as measured by interval recording.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    // Speech, social, functional
    [InlineData("Given visual supports, Eli will initiate a greeting with a peer in 4 of 5 opportunities across two settings by March 2027 as measured by SLP data collection.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("By the end of the third trimester, during small group activities, Lily will take at least 3 conversational turns with peers in 3 out of 4 sessions, as measured by therapist observation data.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Baseline: Max produces /r/ correctly in 20% of words. Within 30 weeks, Max will produce /r/ in the initial position of words with 80% accuracy in structured therapy sessions as measured by trial-by-trial data.",
        "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    // From an average, people-words after "with", percent of opportunities
    [InlineData("Ethan will decrease instances of physical aggression from an average of 8 per week to 2 or fewer per week by 6/1/2027 as measured by behavior logs.",
        "Baseline,Skill,Criterion,Measurement,Timeframe")]
    [InlineData("Riley will comply with adult directions within 30 seconds in 80% of opportunities across the school day by the annual IEP, as measured by teacher tally sheets.",
        "Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("In 36 weeks, Ethan will independently complete a 5-step visual schedule for morning routines with 90% independence across 5 consecutive school days as measured by staff data sheets.",
        "Skill,Criterion,Measurement,Timeframe")]
    public void Check_WellWrittenGoal_FindsItsPartsAndIsMeasurable(string goal, string expected)
    {
        var checkedGoal = Single(goal);

        foreach (var part in Parts(expected))
        {
            Assert.True(checkedGoal.Has(part), $"expected {part} in: {goal}");
        }
        Assert.True(checkedGoal.Measurable, checkedGoal.Summary);
        Assert.All(checkedGoal.Missing, m => Assert.DoesNotContain(m.Part, Parts(expected)));
    }

    [Theory]
    [InlineData("Sam will improve reading skills.", "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Will improve reading skills", "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Maya will work on behavior.", "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("The student will demonstrate improvement in math.", "Baseline,Skill,Criterion,Measurement,Timeframe")]
    [InlineData("Ben will understand how to be a good friend.", "Baseline,Skill,Criterion,Measurement,Timeframe")]
    [InlineData("Ella will participate in class discussions.", "Baseline,Skill,Criterion,Measurement,Timeframe")]
    [InlineData("Noah will increase his reading comprehension by the end of the year.", "Baseline,Skill,Criterion,Measurement")]
    [InlineData("Given support, Ava will improve her writing as measured by teacher observation.", "Baseline,Skill,Criterion,Timeframe")]
    [InlineData("Liam will read with 80% accuracy.", "Baseline,Condition,Measurement,Timeframe")]
    [InlineData("Jayden will have fewer outbursts.", "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Kai will learn his math facts by June 2027.", "Baseline,Skill,Condition,Criterion,Measurement")]
    [InlineData("Zoe will answer comprehension questions in 4 out of 5 trials by May 2027.", "Baseline,Condition,Measurement")]
    [InlineData("Eli will be more independent in the classroom.", "Baseline,Skill,Criterion,Measurement,Timeframe")]
    [InlineData("Student will make progress toward grade level standards in reading.", "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Student will demonstrate appropriate social skills.", "Baseline,Skill,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Riley will be able to tie her shoes.", "Baseline,Condition,Criterion,Measurement,Timeframe")]
    [InlineData("Given a verbal prompt, Riley will use a complete sentence in 8 out of 10 opportunities by the end of the second semester.", "Baseline,Measurement")]
    public void Check_VagueGoal_IsNotMeasurableAndNamesWhatIsMissing(string goal, string expectedMissing)
    {
        var checkedGoal = Single(goal);

        Assert.False(checkedGoal.Measurable);
        var missing = checkedGoal.Missing.Select(m => m.Part).ToHashSet();
        foreach (var part in Parts(expectedMissing))
        {
            Assert.Contains(part, missing);
        }
        Assert.All(checkedGoal.Missing, m => Assert.False(string.IsNullOrWhiteSpace(m.Explanation)));
        Assert.Contains(checkedGoal.Missing[0].Name, checkedGoal.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoalWithoutBaselineOrCondition_IsMeasurableButSaysWhatIsMissing()
    {
        var goal = Single("By May 2027 Sam will read 90 wcpm as measured by weekly CBM probes.");

        Assert.True(goal.Measurable);
        Assert.Equal([GoalPart.Baseline, GoalPart.Condition], goal.Missing.Select(m => m.Part));
        Assert.Contains("starting point", goal.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_VagueVerb_ExplainsTheWordsTheGoalUses()
    {
        var goal = Single("Sam will improve reading skills.");

        Assert.Equal("improve reading skills", goal.VagueSkill);
        var skill = Assert.Single(goal.Missing, m => m.Part == GoalPart.Skill);
        Assert.Contains("\"improve reading skills\"", skill.Explanation, StringComparison.Ordinal);
        Assert.Contains("Sam", skill.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChangeVerbWithANumber_CountsAsASkill()
    {
        var vague = Single("Liam will increase reading fluency.");
        var counted = Single("Liam will increase reading fluency from 40 to 70 wcpm.");

        Assert.False(vague.Has(GoalPart.Skill));
        Assert.True(counted.Has(GoalPart.Skill));
        Assert.Equal("increase reading fluency", counted.Get(GoalPart.Skill)!.Value);
    }

    [Fact]
    public void Check_BaselineInPresentLevelsBeforeTheGoal_IsFoundFromContext()
    {
        var text = "Present levels: Currently, Maya reads 38 words correct per minute on 2nd grade passages.\n\n"
            + "Annual Goal 1: By June 2027, Maya will read 80 wcpm on 2nd grade passages as measured by CBM probes.";

        var goal = Assert.Single(Checker.Check(text).Goals);

        var baseline = goal.Get(GoalPart.Baseline);
        Assert.NotNull(baseline);
        Assert.True(baseline.FromContext);
        Assert.Contains("38 words correct per minute", baseline.Value, StringComparison.Ordinal);
        Assert.Equal(baseline.Text, text.Substring(baseline.Start, baseline.Length));
    }

    [Fact]
    public void Check_FoundParts_PointAtTheirWordsInThePastedText()
    {
        const string text = "  1. Sam will increase reading fluency from 45 to 90 wcpm on 2nd grade passages\nby May 2027 as measured by weekly CBM probes.";

        var goal = Assert.Single(Checker.Check(text).Goals);

        foreach (var part in goal.Found)
        {
            Assert.Equal(part.Text, text.Substring(part.Start, part.Length).Replace('\n', ' '));
        }
        Assert.Equal("by May 2027", goal.Get(GoalPart.Timeframe)!.Text);
    }

    [Fact]
    public void Check_GradeLevelInsideTheCondition_IsNotTheTarget()
    {
        var goal = Single("When given a math word problem at the 4th grade level, Ava will solve it correctly in 4 of 5 problems by May 2027.");

        Assert.Contains("4th grade level", goal.Get(GoalPart.Condition)!.Text, StringComparison.Ordinal);
        Assert.Equal("4 of 5 problems", Assert.Single(goal.Found, f => f.Part == GoalPart.Criterion).Value);
    }

    [Fact]
    public void Check_CommonNounChild_ReadsLowercaseInTheRewrite()
    {
        var goal = Single("The student will use coping strategies when upset.");

        Assert.Contains("], the student will use coping strategies", goal.Rewrite, StringComparison.Ordinal);
    }
}
