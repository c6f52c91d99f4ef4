using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Letters;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>What must hold for any facts: checked over many seeded random fact sets.</summary>
public class AdviceInvariantTests
{
    private static readonly LetterCatalog Letters = new();

    /// <summary>Parents ask for evaluations; the advice never tells them to ask for the plan itself.</summary>
    private static readonly System.Text.RegularExpressions.Regex ForbiddenPhrase =
        new(@"(?i)ask(ing)?\s+(for\s+)?an\s+IEP\b");

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Advise_RandomFacts_KeepEveryPromiseOfTheContract(int seed)
    {
        foreach (var facts in RandomFacts.Generate(seed, count: 40, AdvisorFixture.Today))
        {
            var advice = Advise(facts);
            var strings = advice.Steps.SelectMany(s => new[] { s.Title, s.Why, s.DeadlineRule ?? "" })
                .Concat(advice.Warnings.Select(w => w.Message)).Append(advice.Disclaimer).ToList();

            Assert.True(advice.Has("contact-parent-center"));
            Assert.False(string.IsNullOrWhiteSpace(advice.Disclaimer));
            Assert.Equal(advice.Steps.Count, advice.Steps.Select(s => s.Id).Distinct().Count());
            Assert.All(strings, s => Assert.DoesNotContain("{", s, StringComparison.Ordinal));
            Assert.All(strings, s => Assert.DoesNotMatch(ForbiddenPhrase, s));
            Assert.All(advice.Steps, s => Assert.True(s.Letter is null || Letters.Find(s.Letter) is not null, s.Letter));
            Assert.All(advice.Steps, s => Assert.Equal(s.DueBy is null, s.DeadlineRule is null));
            Assert.Equal(advice.Steps.Select(s => s.Urgency).Order(), advice.Steps.Select(s => s.Urgency));
            Assert.Equal(advice.Warnings.Any(w => w.Code == "deadline-passed"), advice.Has("escalate-overdue-timeline"));
            Assert.Equal(advice.MissingFacts.Count, advice.MissingFacts.Distinct().Count());
        }
    }

    [Fact]
    public void Advise_ManyThreadsAtOnce_SameAnswersAsOneThread()
    {
        var facts = RandomFacts.Generate(seed: 99, count: 64, AdvisorFixture.Today).ToList();
        var expected = facts.Select(f => Describe(Advise(f))).ToList();

        var actual = new string[facts.Count];
        Parallel.For(0, facts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(Advise(facts[i])));

        Assert.Equal(expected, actual);
    }

    /// <summary>Sessions are reused between cases (SessionPool): a case after hundreds of others gets the advice a new session gives.</summary>
    [Fact]
    public void Advise_OnReusedSessions_SameAnswersAsOnANewAdvisor()
    {
        var warmed = new Advisor();
        foreach (var facts in RandomFacts.Generate(seed: 7, count: 200, AdvisorFixture.Today))
        {
            warmed.Advise(facts, facts.Today ?? new DateOnly(2026, 11, 26));
        }

        foreach (var facts in RandomFacts.Generate(seed: 8, count: 40, AdvisorFixture.Today))
        {
            var today = facts.Today ?? new DateOnly(2026, 11, 26);
            Assert.Equal(Describe(new Advisor().Advise(facts, today)), Describe(warmed.Advise(facts, today)));
        }
    }

    private static string Describe(Advice advice) =>
        string.Join("|", advice.Steps.Select(s => $"{s.Id}/{s.Urgency}/{s.DueBy}/{s.Why}")) + "#" + string.Join(",", advice.MissingFacts);
}
