using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests;

/// <summary>One advisor for the whole test run, as the host holds one (rules compile once).</summary>
internal static class AdvisorFixture
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static IAdvisor Advisor { get; } = new Advisor();

    public static Advice Advise(CaseFacts facts, DateOnly? today = null) => Advisor.Advise(facts, today ?? Today);

    public static NextStep? Step(this Advice advice, string id) => advice.Steps.FirstOrDefault(s => s.Id == id);

    public static bool Has(this Advice advice, string id) => advice.Step(id) is not null;

    public static NextStep Require(this Advice advice, string id) =>
        advice.Step(id) ?? throw new Xunit.Sdk.XunitException(
            $"Expected step '{id}' but got: {string.Join(", ", advice.Steps.Select(s => s.Id))}");

    public static int IndexOf(this Advice advice, string id) => advice.Steps.ToList().FindIndex(s => s.Id == id);
}
