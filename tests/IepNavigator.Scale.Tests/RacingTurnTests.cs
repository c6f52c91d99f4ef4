using IepNavigator.Scale.Tests.Chat;

namespace IepNavigator.Scale.Tests;

/// <summary>
/// Issue 9, lost updates: a parent sends two answers without waiting, and each lands on a different host.
/// Both turns read the same state, so the later save must get a conflict (ETag) instead of overwriting, and then
/// either be re-run on fresh state or change nothing at all. DialogRunner/NavigatorBot run each turn in a
/// TurnTransaction (dialogs/IepNavigator.Dialogs/Runtime): one write of every changed key, replies held until it
/// succeeded, the turn re-run on a conflict (up to 3 times).
/// </summary>
[Collection(TwoHostsCollection.Name)]
public sealed class RacingTurnTests(TwoHostsFixture hosts)
{
    /// <summary>Races per scripted path: enough that several pairs truly overlap.</summary>
    private const int RacesPerPath = 3;

    [Fact]
    public async Task RacingTurns_LoserFailsPolitely_WinnersWriteIsKeptWhole()
    {
        var races = await RunRacesAsync();

        // Either the hosts serialised the two turns, or the loser changed nothing and the winner's turn is stored
        // whole; never a mix (an answer lost while the dialog moved on as if it had been saved).
        var broken = races.Where(r => (r.First.Failed && r.Second.Failed) || r.Matching() is null).ToList();
        Assert.True(broken.Count == 0, Describe(broken, races.Count, "ended in none of the serial outcomes"));
    }

    [Fact]
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
