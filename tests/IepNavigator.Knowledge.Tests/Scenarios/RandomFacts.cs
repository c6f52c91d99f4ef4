using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>
/// Seeded, valid random facts around <c>today</c>: some known, many unknown (about one in three of each; with
/// <c>sparse</c>, three in four unknown). One generator for the tests' invariants and for the Knowledge bench's
/// <c>dump-advice</c> / <c>cpu-per-call</c>, which compiles this file in as a link.
/// </summary>
internal static class RandomFacts
{
    private static readonly string?[] States = [null, "WA", "TX", "MA", "MI", "CA", "PA", "NC", "VA", "AZ", "OR", "NY"];

    public static IEnumerable<CaseFacts> Generate(int seed, int count, DateOnly today, bool sparse = false)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            bool Known() => sparse ? random.Next(4) == 0 : random.Next(3) != 0;
            DateOnly? Past(int maxDays) => !Known() ? null : today.AddDays(-random.Next(0, maxDays));
            bool? Maybe() => !Known() ? null : random.Next(2) == 0;

            var facts = new CaseFacts
            {
                State = States[random.Next(States.Length)],
                ChildAge = !Known() ? null : random.Next(3, 22),
                Stage = random.Next(9) is var s && s == 8 ? null : (Stage)s,
                Concerns = random.Next(2) == 0 ? null : [.. Enum.GetValues<ConcernArea>().Where(_ => random.Next(4) == 0)],
                ConcernsDocumented = Maybe(),
                EvaluationRequestedOn = Past(200),
                RequestInWriting = Maybe(),
                ConsentSignedOn = Past(150),
                SchoolRefusedEvaluation = Maybe(),
                PriorWrittenNoticeReceived = Maybe(),
                EvaluationCompletedOn = random.Next(2) == 0 ? null : Past(400),
                HasEvaluationReport = Maybe(),
                DisagreesWithEvaluation = Maybe(),
                EligibilityDecidedOn = random.Next(2) == 0 ? null : Past(400),
                LastEvaluationOn = Past(1400),
                IepMeetingOn = random.Next(2) == 0 ? null : today.AddDays(random.Next(-30, 60)),
                LastIepReviewOn = random.Next(2) == 0 ? null : Past(500),
                HasRecords = Maybe(),
                RecordsRequestedOn = random.Next(2) == 0 ? null : Past(90),
                HasProgressReports = Maybe(),
                GoalsMeasurable = Maybe(),
                MakingProgress = Maybe(),
                ServicesDelivered = Maybe(),
                RegressionOverBreaks = Maybe(),
                DaysRemovedThisYear = random.Next(2) == 0 ? null : random.Next(0, 25),
                DisciplineChangeOfPlacementOn = random.Next(3) == 0 ? Past(40) : null,
                BehaviorConcerns = Maybe(),
                HasBehaviorPlan = Maybe(),
                IeeRequestedOn = random.Next(3) == 0 ? Past(90) : null,
                SchoolRespondedToIee = Maybe(),
                TriedResolvingWithTeam = Maybe(),
                SchoolSuggestedWaiting = Maybe(),
                DisputedActionOn = random.Next(3) == 0 ? Past(900) : null,
                PlacementChangeProposedOn = random.Next(4) == 0 ? Past(60) : null,
                DueProcessFiledOn = random.Next(5) == 0 ? Past(120) : null,
                HasIep = Maybe(),
                RemovalsArePattern = Maybe(),
                WantsToStopServices = random.Next(6) == 0 ? true : null,
                ManifestationReviewHeld = Maybe(),
                BehaviorWasManifestation = Maybe(),
                SchoolBreaks = random.Next(4) == 0
                    ? [new DateRange(today.AddDays(-random.Next(10, 60)), today.AddDays(-random.Next(0, 9))),
                       new DateRange(today.AddDays(random.Next(20, 40)), today.AddDays(random.Next(41, 60)))]
                    : null,
            };
            yield return facts.DaysRemovedThisYear is { } total && random.Next(2) == 0
                ? facts with { ConsecutiveDaysRemoved = random.Next(0, total + 1) }
                : facts;
        }
    }
}
