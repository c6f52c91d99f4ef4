using IepNavigator.Scale.Tests.Chat;

namespace IepNavigator.Scale.Tests;

/// <summary>
/// Issue 9, lost updates: a parent sends two answers without waiting, and each lands on a different host.
/// Both turns read the same state, so the later save must get a conflict (ETag) instead of overwriting, and then
/// either be re-run on fresh state or change nothing at all.
/// </summary>
[Collection(TwoHostsCollection.Name)]
public sealed class RacingTurnTests(TwoHostsFixture hosts)
{
    /// <summary>Races per scripted path: enough that several pairs truly overlap.</summary>
    private const int RacesPerPath = 3;

    private const string HalfWritten =
        "Issue 9: a turn that loses the race can be half saved. DialogRunner saves ConversationState and then UserState in two "
        + "writes; when only the second one conflicts, the dialog has moved past the question but the answer is missing from "
        + "the case, and the parent is told nothing was lost. Fix: see tests/IepNavigator.Scale.Tests/README.md.";

    private const string NotRetried =
        "Issue 9: the host does not re-run a turn that lost the ETag race; the parent gets the generic apology "
        + "(NavigatorAdapter.OnTurnError) and that answer is dropped. Fix: see tests/IepNavigator.Scale.Tests/README.md.";

    [Fact(Skip = HalfWritten)]
    public async Task RacingTurns_LoserFailsPolitely_WinnersWriteIsKeptWhole()
    {
        var races = await RunRacesAsync();

        // Either the hosts serialised the two turns, or the loser changed nothing and the winner's turn is stored
        // whole; never a mix (an answer lost while the dialog moved on as if it had been saved).
        var broken = races.Where(r => (r.First.Failed && r.Second.Failed) || r.Matching() is null).ToList();
        Assert.True(broken.Count == 0, Describe(broken, races.Count, "ended in none of the serial outcomes"));
    }

    [Fact(Skip = NotRetried)]
    public async Task RacingTurns_BothAnswersApplied_AsOnOneHost()
    {
        var races = await RunRacesAsync();

        var broken = races.Where(r => r.Matching() is not (RacedPair.Outcome.FirstThenSecond or RacedPair.Outcome.SecondThenFirst)).ToList();
        Assert.True(broken.Count == 0, Describe(broken, races.Count, "did not apply both answers as one host would"));
    }

    private async Task<IReadOnlyList<RacedPair>> RunRacesAsync()
    {
        var runs = ConversationScripts.Instance.Paths
            .SelectMany(path => Enumerable.Range(0, RacesPerPath).Select(_ => RacedPair.RunAsync(path, hosts.First, hosts.Second, hosts.Stored)));
        return await Task.WhenAll(runs);
    }

    private static string Describe(IReadOnlyList<RacedPair> broken, int total, string what) =>
        $"{broken.Count} of {total} races {what}: "
        + string.Join("; ", broken.Select(r => $"{r.Path} (first failed: {r.First.Failed}, second failed: {r.Second.Failed}, "
            + $"matches: {r.Matching()?.ToString() ?? "none"})"));
}
