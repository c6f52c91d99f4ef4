using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>From "the IEP isn't working" through a goal check and data points to the advice and the letter hand-over.</summary>
public sealed class GoalConversationTests : IDisposable
{
    internal const string ReadingGoal =
        "Given a grade-level passage, Maya will read aloud at 90 words correct per minute, up from a baseline of 45 words correct per minute, as measured by monthly curriculum-based probes, by May 2027.";

    internal const string VagueGoal = "Maya will improve her reading skills.";

    private readonly GoalHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    /// <summary>Opening, three yes answers (progress, services, reports), then the advice.</summary>
    private static async Task<IMessageActivity> AdviceForIepInPlaceAsync(DialogTestClient client)
    {
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, "the IEP isn't working", ["Yes, some progress", "yes", "yes"]);
        Assert.NotNull(advice);
        return advice;
    }

    [Fact]
    public async Task AdviceForAnIepInPlace_OffersCheckMyIepGoals()
    {
        var advice = await AdviceForIepInPlaceAsync(_harness.Client());

        Assert.Contains("Check my IEP goals", advice.Buttons());
    }

    [Fact]
    public async Task AdviceForAnotherStage_DoesNotOfferTheGoalCheck()
    {
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(_harness.Client(), "I'm worried about my son's reading", ["I haven't asked yet", "no", "no"]);

        Assert.NotNull(advice);
        Assert.DoesNotContain("Check my IEP goals", advice.Buttons());
    }

    [Fact]
    public async Task GoalCheck_SaysPerGoalWhatIsMissing_AndTheRewrite()
    {
        var client = _harness.Client();
        await AdviceForIepInPlaceAsync(client);

        var ask = await client.SendAsync("Check my IEP goals");
        Assert.Contains("Paste one of your child's IEP goals", ask.Joined());

        var replies = (await client.SendAsync(ReadingGoal + "\n\n" + VagueGoal)).Joined();

        Assert.Contains("**Goal 1**: measurable.", replies);
        Assert.Contains("**Goal 2**: not measurable as written.", replies);
        Assert.Contains("Goals I found that can't be measured as written: 1 of 2.", replies);
        Assert.Contains("What's missing:", replies);
        Assert.Contains("Would you like to track", replies);
    }

    [Fact]
    public async Task SpanishChat_GoalCheck_ExplainsInSpanish_TheEnglishGoalTheSchoolWrote()
    {
        // IEP goals arrive in the school's English; the parent reads the verdict and what is missing in Spanish.
        var client = _harness.Client("es-US");
        var ask = await client.SendAsync("revisar mis metas del IEP");
        Assert.Contains("Pegue aquí una de las metas", ask.Joined());

        var replies = (await client.SendAsync(ReadingGoal + "\n\n" + VagueGoal)).Joined();

        Assert.Contains("**Meta 1**: medible.", replies);
        Assert.Contains("**Meta 2**: no es medible tal como está escrita.", replies);
        Assert.Contains("Metas que no se pueden medir tal como están escritas: 1 de 2.", replies);
        Assert.Contains("Lo que falta:", replies);
        Assert.DoesNotContain("What's missing", replies);
        Assert.All(client.Transcript, r => Assert.Equal("es-US", r.Locale));
    }

    [Fact]
    public async Task LongGoalsSection_IsSplitIntoSeveralReadableMessages()
    {
        var client = _harness.Client();
        await client.SendAsync("check my goals");
        var section = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"{i}. Maya will improve her skills in area {i}."));

        var replies = await client.SendAsync(section);
        var checks = replies.Where(r => r.Text?.Contains("**Goal", StringComparison.Ordinal) == true).ToList();

        Assert.True(checks.Count >= 2, $"{checks.Count} messages");
        Assert.All(checks, r => Assert.True(r.Text.Length <= IepNavigator.Dialogs.Goals.GoalCheckReplies.MaxMessageLength, $"{r.Text.Length} characters"));
    }

    [Fact]
    public async Task GoalsSectionLongerThanAChatMessage_IsCheckedUpToTheCut_AndSaysSo()
    {
        var client = _harness.Client();
        await client.SendAsync("check my goals");
        var section = string.Join("\n\n", Enumerable.Repeat(ReadingGoal, 30));

        var replies = (await client.SendAsync(section)).Joined();

        Assert.Contains("That was very long, so I checked only the first part.", replies);
        Assert.Contains("**Goal 1**: measurable.", replies);
    }

    [Fact]
    public async Task IepNotWorking_GoalCheck_DataPoints_NoData_AdviceRequestsProgressData_AndTheLetterGetsTheNumbers()
    {
        var client = _harness.Client();
        var before = await AdviceForIepInPlaceAsync(client);
        Assert.DoesNotContain("request-progress-data", before.StepIds());

        await client.SendAsync("Check my IEP goals");
        await client.SendAsync(ReadingGoal);
        var baselineQuestion = await client.SendAsync("Track progress on a goal");
        Assert.Contains("When was the starting number measured?", baselineQuestion.Joined());

        var tracking = (await client.SendAsync("May 1")).Joined();
        Assert.Contains("Tracking goal 1: from 45 to 90 words correct per minute by May 31, 2027.", tracking);
        Assert.Contains("When was this measured?", tracking);

        await client.SendAsync("June 5");
        await client.SendAsync("about 48");
        var saved = (await client.SendAsync("Progress report")).Joined();
        Assert.Contains("Saved: 48 words correct per minute on June 5, 2026 (progress report).", saved);

        var verdict = await client.SendAsync("no");
        var chart = verdict.Single(r => r.Attachments?.Count > 0);
        Assert.StartsWith("**Goal 1: no data**", chart.Text);
        var image = Assert.Single(chart.Attachments);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal("https://charts.test/1.png", image.ContentUrl);
        Assert.Contains("Chart of goal 1", image.Name);
        Assert.Contains("target 90 words correct per minute", image.Name);
        var issued = Assert.Single(_harness.Links.Issued);
        Assert.Equal(48, Assert.Single(issued.Points).Value);
        Assert.Contains("Draft the letter", verdict[^1].Buttons());

        await client.SendAsync("Draft the letter");

        var today = DateOnly.FromDateTime(FlowHarness.Start.UtcDateTime);
        var advice = _harness.Get<IepNavigator.Knowledge.IAdvisor>().Advise(_harness.Letter.Facts! with { Today = today }, today);
        Assert.Contains("request-progress-data", advice.Steps.Select(s => s.Id));
        Assert.Equal("progress-data-request", _harness.Letter.Options?.LetterId);
        Assert.Equal("request-progress-data", _harness.Letter.Options?.StepId);
        Assert.Contains("baseline 45 words correct per minute on May 1, 2026", _harness.Letter.ProgressSummary);
        Assert.Contains("target 90 words correct per minute by May 31, 2027", _harness.Letter.ProgressSummary);
        Assert.Contains("latest 48 words correct per minute on June 5, 2026", _harness.Letter.ProgressSummary);

        // The letter the hand-over leads to: the numbers held by the case are in the rendered text.
        var letter = RenderProgressDataRequest(_harness.Letter.ProgressSummary!, _harness.Letter.Facts!);
        Assert.Contains("I have not received those reports.", letter);
        Assert.Contains("baseline 45 words correct per minute on May 1, 2026", letter);
        Assert.Contains("latest 48 words correct per minute on June 5, 2026", letter);

        var review = (await client.SendAsync("what do you know about my case")).Joined();
        Assert.Contains("You get progress reports on the IEP goals: **No**", review);
        Assert.Contains("The IEP goals are measurable: **Yes**", review);
    }

    private static string RenderProgressDataRequest(string progressSummary, IepNavigator.Knowledge.Facts.CaseFacts facts)
    {
        var today = DateOnly.FromDateTime(FlowHarness.Start.UtcDateTime);
        var fields = new Dictionary<string, string?>
        {
            ["childName"] = "Maya Lopez",
            ["childDateOfBirth"] = "March 4, 2017",
            ["school"] = "Lincoln Elementary",
            ["grade"] = "3rd",
            ["parentName"] = "Ana Lopez",
            ["parentEmail"] = "ana@example.org",
            ["recipientName"] = "Dr. Lee",
            ["recipientTitle"] = "Director of Special Education",
            ["progressSummary"] = progressSummary,
        };
        var renderer = new IepNavigator.Letters.LetterRenderer(new IepNavigator.Letters.Templates.LetterTemplateCatalog());
        var rendered = renderer.RenderText("progress-data-request", fields, facts with { Today = today }, today);
        Assert.True(rendered.IsRendered, string.Join(", ", rendered.MissingFields.Select(f => f.Name)));
        return rendered.Value!;
    }

    [Fact]
    public async Task BehindOnAGoal_AdviceRecommendsAnIepMeeting()
    {
        var client = _harness.Client();
        await AdviceForIepInPlaceAsync(client);
        await client.SendAsync("Check my IEP goals");
        await client.SendAsync(ReadingGoal);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("Sept 1");
        foreach (var (date, value, more) in new[] { ("Sept 29", "46", "yes"), ("Oct 27", "47", "yes"), ("Nov 20", "47", "no") })
        {
            await client.SendAsync(date);
            await client.SendAsync(value);
            await client.SendAsync("my own observation");
            var next = await client.SendAsync(more);
            if (more == "no")
            {
                Assert.StartsWith("**Goal 1: behind**", next.Single(r => r.Attachments?.Count > 0).Text);
            }
        }

        var advice = (await client.SendAsync("Show my next steps")).Advice();

        Assert.NotNull(advice);
        Assert.Contains("request-iep-meeting", advice.StepIds());
    }

    [Fact]
    public async Task HowIsSheDoing_WithoutGoals_AsksForTheGoalFirst()
    {
        var replies = (await _harness.Client().SendAsync("how is she doing on her goals")).Joined();

        Assert.Contains("First, let's look at the goal itself.", replies);
        Assert.Contains("Paste one of your child's IEP goals", replies);
    }

    [Fact]
    public async Task GoalWithoutNumbers_AsksForUnitBaselineTargetAndEndDate()
    {
        var client = _harness.Client();
        await client.SendAsync("check my goals");
        await client.SendAsync(VagueGoal);
        var questions = new List<string> { (await client.SendAsync("Track progress on a goal")).Joined() };
        questions.Add((await client.SendAsync("words per minute")).Joined());
        questions.Add((await client.SendAsync("40")).Joined());
        questions.Add((await client.SendAsync("70 wpm")).Joined());
        questions.Add((await client.SendAsync("June 15 2027")).Joined());
        var tracking = (await client.SendAsync("Sept 1")).Joined();

        Assert.Contains("What is this goal counted in?", questions[0]);
        Assert.Contains("Where did your child start on this goal, in words per minute?", questions[1]);
        Assert.Contains("What number should your child reach", questions[2]);
        Assert.Contains("By what date should the goal be met?", questions[3]);
        Assert.Contains("When was the starting number measured?", questions[4]);
        Assert.Contains("Tracking goal 1: from 40 to 70 words per minute by June 15, 2027.", tracking);
    }
}
