using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>
/// Whether the manifestation review was held decides the discipline emergency: not held after a change of placement,
/// the review itself (34 CFR 300.530(e)); held with no link found and the parent disagreeing, the expedited appeal (300.532).
/// </summary>
public class ManifestationReviewScenarioTests
{
    private static readonly CaseFacts California = new()
    {
        State = "CA", Stage = Stage.Discipline, HasIep = true, DaysRemovedThisYear = 12, ConsecutiveDaysRemoved = 3,
        DisciplineChangeOfPlacementOn = new(2026, 11, 20),
    };

    [Fact]
    public void Advise_ChangeOfPlacementReviewNotHeld_ReviewIsTheFirstStepWithItsTenSchoolDays()
    {
        var advice = Advise(California with { ManifestationReviewHeld = false });

        var first = advice.Steps[0];
        Assert.Equal("manifestation-determination", first.Id);
        Assert.Equal(Urgency.Now, first.Urgency);
        Assert.NotNull(first.DueBy);
    }

    [Fact]
    public void Advise_ReviewHeldNoLinkParentDisagrees_ExpeditedHearingIsTheFirstStepAndNoReviewIsAskedFor()
    {
        var advice = Advise(California with { ManifestationReviewHeld = true, BehaviorWasManifestation = false, DisputedActionOn = new(2026, 11, 24) });

        var first = advice.Steps[0];
        Assert.Equal("request-expedited-hearing", first.Id);
        Assert.Equal(Urgency.Now, first.Urgency);
        Assert.Contains("found no link", first.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(advice.Steps, s => s.Id == "manifestation-determination");
        // Services during removal still stand: 12 days in total is over 10 (300.530(d)).
        Assert.Contains(advice.Steps, s => s.Id == "request-services-during-removal" && s.Urgency == Urgency.Now);
    }

    [Fact]
    public void Advise_ReviewHeldLinkFound_NoAppealButTheBehaviorPlanAndTheReturn()
    {
        var advice = Advise(California with { ManifestationReviewHeld = true, BehaviorWasManifestation = true });

        Assert.DoesNotContain(advice.Steps, s => s.Id is "request-expedited-hearing" or "manifestation-determination");
        var plan = Assert.Single(advice.Steps, s => s.Id == "request-fba-bip");
        Assert.Equal(Urgency.Now, plan.Urgency);
        Assert.Contains("return your child", plan.Why, StringComparison.Ordinal);
    }
}
