using System.Text.Json;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Steps;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>
/// The advisor reuses rule sessions between calls (<see cref="RuleSessionPool"/>): one family's facts must never reach
/// another family's advice. Every case here is compared, whole (steps, reasons, dates, warnings, missing facts), with the
/// advice a session that never saw another case gives.
/// </summary>
public class ReusedSessionTests
{
    private static readonly StepCatalog Steps = new();

    /// <summary>Different days the advice is asked on: mid-year, the end of a school year, a new calendar year, summer.</summary>
    private static readonly DateOnly[] Days = [new(2026, 11, 26), new(2026, 6, 29), new(2027, 1, 4), new(2026, 8, 10)];

    /// <summary>Many different families (stages, states, dates, languages) in a seeded random order.</summary>
    private static List<(CaseFacts Facts, DateOnly Today, string Language)> Families(int seed, int count)
    {
        var random = new Random(seed);
        var cases = RandomFacts.Generate(seed, count, AdvisorFixture.Today)
            .Select(f => (Facts: f, Today: Days[random.Next(Days.Length)], Language: random.Next(4) == 0 ? ContentLanguage.Spanish : ContentLanguage.English))
            .ToList();
        // The empty case and a bare stage between the others: any leftover fact would show in their short advice.
        cases.AddRange(Enumerable.Range(0, count / 10).Select(i => (new CaseFacts(), Days[i % Days.Length], ContentLanguage.English)));
        cases.AddRange(Enum.GetValues<Stage>().Select(s => (new CaseFacts { Stage = s }, Days[0], ContentLanguage.English)));
        return [.. cases.OrderBy(_ => random.Next())];
    }

    /// <summary>The advice of a session that has seen nothing else.</summary>
    private static string Fresh(CaseFacts facts, DateOnly today, string language) =>
        Describe(new Advisor(Steps, CompiledRules.Once.SessionFactory), facts, today, language);

    private static string Describe(Advisor advisor, CaseFacts facts, DateOnly today, string language)
    {
        using var _ = ContentLanguage.Begin(language);
        return JsonSerializer.Serialize(advisor.Advise(facts, today), KnowledgeJson.Options);
    }

    [Fact]
    public void Advise_ManyFamiliesThroughOneReusedSession_EachGetsTheAdviceOfANewSession()
    {
        var families = Families(seed: 16, count: 150);
        var expected = families.Select(c => Fresh(c.Facts, c.Today, c.Language)).ToList();
        var advisor = new Advisor(Steps, CompiledRules.Once.SessionFactory);

        var actual = families.Select(c => Describe(advisor, c.Facts, c.Today, c.Language)).ToList();

        Assert.Equal(expected, actual);
        // One thread, one call at a time: every family went through the same session.
        Assert.Equal(1, advisor.Sessions.Created);
    }

    [Fact]
    public void Advise_ManyFamiliesFromSeveralThreadsAtOnce_EachGetsTheAdviceOfANewSession()
    {
        var families = Families(seed: 61, count: 150);
        var expected = families.Select(c => Fresh(c.Facts, c.Today, c.Language)).ToList();
        var advisor = new Advisor(Steps, CompiledRules.Once.SessionFactory);

        var actual = new string[families.Count];
        for (var round = 0; round < 3; round++)
        {
            Parallel.For(0, families.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => actual[i] = Describe(advisor, families[i].Facts, families[i].Today, families[i].Language));
            Assert.Equal(expected, actual);
        }
        Assert.True(advisor.Sessions.Created < families.Count, $"{advisor.Sessions.Created} sessions for {families.Count * 3} calls: not reused");
    }

    [Fact]
    public void Advise_WhenARuleThrowsMidCall_ThatSessionIsDroppedAndTheNextFamilyGetsCleanAdvice()
    {
        // A rule set whose actions throw for one marked family, after several of its rules have already yielded.
        var rules = CompiledRules.LoadRepository().Compile();
        rules.ActionInterceptor = new ThrowOnMarkedFamily();
        var advisor = new Advisor(Steps, rules);
        var marked = new CaseFacts
        {
            ChildAge = ThrowOnMarkedFamily.MarkerAge, State = "TX", Stage = Stage.Discipline, HasIep = true,
            DaysRemovedThisYear = 14, ConsecutiveDaysRemoved = 12, DisciplineChangeOfPlacementOn = new(2026, 11, 20),
            BehaviorConcerns = true, HasBehaviorPlan = false, DisputedActionOn = new(2026, 11, 21),
        };
        var next = new[] { new CaseFacts(), new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading] } };

        Assert.Equal(Fresh(next[1], Days[0], ContentLanguage.English), Describe(advisor, next[1], Days[0], ContentLanguage.English));
        Assert.Equal(1, advisor.Sessions.Created);
        Assert.ThrowsAny<Exception>(() => advisor.Advise(marked, Days[0]));

        foreach (var facts in next)
        {
            Assert.Equal(Fresh(facts, Days[0], ContentLanguage.English), Describe(advisor, facts, Days[0], ContentLanguage.English));
        }
        // The session that threw was not put back: the next call needed a new one, which was then reused.
        Assert.Equal(2, advisor.Sessions.Created);
    }

    private sealed class ThrowOnMarkedFamily : IActionInterceptor
    {
        public const int MarkerAge = 19;
        private int fired;

        public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
        {
            foreach (var action in actions)
            {
                action.Invoke();
            }
            var marked = context.Match.Facts.Any(f => f.Value is CaseFacts { ChildAge: MarkerAge });
            if (marked && ++fired % 3 == 0)
            {
                throw new InvalidOperationException("A rule failed mid-call.");
            }
        }
    }
}
