using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>
/// A child's goals are kept as a list, each with its verdict: checking a rewrite beside three school goals does not
/// make the IEP's goals "measurable", a new IEP replaces the list, and "Track progress" offers every goal kept.
/// </summary>
public sealed class GoalListTests : IDisposable
{
    private const string ReadingGoal = GoalConversationTests.ReadingGoal;
    private const string SocialGoal = "Maya will demonstrate appropriate social skills with peers 80% of the time.";
    private const string BehaviorGoal = "Maya will reduce off-task behavior.";
    private const string SocialRewrite =
        "By May 2027, during recess and lunch, Maya will start a conversation with a classmate in 4 of 5 opportunities, as measured by weekly teacher observation.";

    private readonly GoalHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static async Task CheckSchoolGoalsAsync(DialogTestClient client)
    {
        await client.SendAsync("check my goals");
        var replies = (await client.SendAsync(ReadingGoal + "\n\n" + SocialGoal + "\n\n" + BehaviorGoal)).Joined();
        Assert.Contains("Goals I found that can't be measured as written: 2 of 3.", replies);
        await client.SendAsync("Show my next steps");
    }

    [Fact]
    public async Task RewriteOfOneGoal_IsKeptBeside_AndTheSchoolsGoalsStayNotMeasurable()
    {
        var client = _harness.Client();
        await CheckSchoolGoalsAsync(client);

        await client.SendAsync("check my goals");
        var question = await client.SendAsync(SocialRewrite);
        Assert.Contains("**Goal 1**: measurable.", question.Joined());
        Assert.Contains("I already keep 3 goals for your child.", question.Joined());
        Assert.Equal(["More goals from the IEP", "My rewrite of a goal", "A new IEP: replace them"], question[^1].Buttons());

        var kept = (await client.SendAsync("My rewrite of a goal")).Joined();
        Assert.Contains("Goal 1 (read aloud at 90 words correct per minute): measurable", kept);
        Assert.Contains("Goal 2 (demonstrate appropriate social skills with peers 80% of the time): not measurable as written", kept);
        Assert.Contains("Goal 3 (reduce off-task behavior): not measurable as written", kept);
        Assert.Contains("Goal 4 (start a conversation with a classmate in 4 of 5…), your rewrite: measurable", kept);
        Assert.Contains("2 of the 3 goals the school wrote can't be measured as written", kept);

        var review = (await client.SendAsync("what do you know about my case")).Joined();
        Assert.Contains("The IEP goals are measurable: **No**", review);
    }

    [Fact]
    public async Task GoalWrittenInSpanish_IsNotChecked_AndDoesNotMakeTheIepsGoalsNotMeasurable()
    {
        // A measurable goal from a Spanish translation of the IEP: judged with English patterns it read "not measurable",
        // missing all six parts, and the advice told the parent the IEP's goals cannot be measured.
        var client = _harness.Client(locale: "es-US");
        await client.SendAsync("revisar mis metas");
        var check = (await client.SendAsync(
            "Para mayo de 2027, dado un texto de su grado, Eli leerá en voz alta 90 palabras correctas por minuto en 4 de 5 pruebas semanales, medido por el maestro.")).Joined();

        Assert.Contains("**Meta 1**: sin revisar (no está escrita en inglés).", check);
        Assert.Contains("Solo puedo revisar metas escritas en inglés", check);
        Assert.Contains("Metas que no pude revisar porque no están escritas en inglés: 1 de 1.", check);
        Assert.DoesNotContain("no es medible", check);
        Assert.DoesNotContain("Lo que falta", check);
        var review = (await client.SendAsync("qué sabe de mi caso")).Joined();
        Assert.DoesNotContain("medibles: **No**", review);

        // An English school goal that is vague still decides the fact; the Spanish one counts neither way.
        await client.SendAsync("Nada, está bien así");
        await client.SendAsync("revisar mis metas");
        await client.SendAsync(BehaviorGoal);
        var kept = (await client.SendAsync("Más metas del IEP")).Joined();
        Assert.Contains("Meta 1 (Para mayo de 2027, dado un texto de su grado…): sin revisar (no está en inglés)", kept);
        Assert.Contains("Meta 2 (reduce off-task behavior): no se puede medir tal como está escrita", kept);
        Assert.Contains("metas que escribió la escuela no se pueden medir tal como están escritas", kept);
    }

    [Fact]
    public async Task AnswersInTheGoalTracker_DoNotReplaceTheConcernsTheParentGave()
    {
        // "he was reading 30 in september" answers the baseline; read as a statement it replaced the parent's
        // concerns (math and writing) with "reading", and a pasted goal did the same with the goal's areas.
        var client = _harness.Client();
        await client.SendAsync("I'm worried about my son's math and writing");
        await client.SendAsync("check my goals");
        var check = (await client.SendAsync(ReadingGoal + "\n\n" + SocialGoal)).Joined();
        Assert.DoesNotContain("Noted from what you said", check);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("Goal 1: read aloud at 90 words correct per minute");
        var answer = (await client.SendAsync("he was reading 30 in september 2026")).Joined();
        Assert.DoesNotContain("Noted from what you said", answer);

        await client.SendAsync("cancel");
        var review = (await client.SendAsync("what do you know about my case")).Joined();
        var concerns = review.Split('\n').Single(l => l.Contains("What you're worried about:", StringComparison.Ordinal));
        Assert.Contains("Math", concerns, StringComparison.Ordinal);
        Assert.Contains("Writing", concerns, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", concerns, StringComparison.Ordinal);
        Assert.DoesNotContain("Social", concerns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackProgress_ListsEveryGoalKept_ByWhatTheChildWillDo()
    {
        var client = _harness.Client();
        await CheckSchoolGoalsAsync(client);
        await client.SendAsync("check my goals");
        await client.SendAsync(SocialRewrite);
        await client.SendAsync("My rewrite of a goal");

        var which = await client.SendAsync("Track progress on a goal");

        Assert.Contains("Which goal would you like to track?", which.Joined());
        var buttons = which[^1].Buttons();
        Assert.Equal(4, buttons.Count);
        Assert.StartsWith("Goal 1: read aloud at 90 words correct per minute", buttons[0], StringComparison.Ordinal);
        Assert.StartsWith("Goal 4: start a conversation with a classmate", buttons[3], StringComparison.Ordinal);

        // The reading goal has its numbers: picking it goes straight to its start date, not to its unit.
        var next = (await client.SendAsync(buttons[0])).Joined();
        Assert.Contains("When was the starting number measured?", next);
        Assert.DoesNotContain("What is this goal counted in?", next);
    }

    [Fact]
    public async Task NewIep_ReplacesTheGoals_AndTheVerdictFollowsTheNewOnes()
    {
        var client = _harness.Client();
        await CheckSchoolGoalsAsync(client);

        await client.SendAsync("check my goals");
        await client.SendAsync(ReadingGoal + "\n\n" + SocialRewrite);
        var kept = (await client.SendAsync("A new IEP: replace them")).Joined();

        Assert.Contains("Every goal the school wrote can be measured.", kept);
        Assert.DoesNotContain("reduce off-task behavior", kept);
        var review = (await client.SendAsync("what do you know about my case")).Joined();
        Assert.Contains("The IEP goals are measurable: **Yes**", review);
    }

    [Fact]
    public async Task SameGoalsPastedAgain_AreNotAskedAboutNorKeptTwice()
    {
        var client = _harness.Client();
        await CheckSchoolGoalsAsync(client);

        await client.SendAsync("check my goals");
        var again = (await client.SendAsync(ReadingGoal)).Joined();

        Assert.DoesNotContain("I already keep", again);
        Assert.Contains("Goal 3 (reduce off-task behavior)", again);
        Assert.DoesNotContain("Goal 4", again);
    }
}
