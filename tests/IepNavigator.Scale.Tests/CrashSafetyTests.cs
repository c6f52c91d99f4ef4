using IepNavigator.Scale.Tests.Chat;

namespace IepNavigator.Scale.Tests;

/// <summary>
/// Issue 9, crash safety: the host (SQLite) is SIGKILLed while several parents are mid-conversation. After a
/// restart on the same data folder, every turn whose reply reached the parent must still be in the state.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("iepnav-crash-").FullName;

    private IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__DataDirectory"] = dataDirectory,
    };

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task Sigkill_DuringLoad_EveryAnsweredTurnSurvivesRestart()
    {
        var outcomes = await CrashRun.RunAsync(Settings);

        AssertKilledMidLoad(outcomes);
        foreach (var outcome in outcomes)
        {
            // The turn in flight at the kill may be kept or not; everything before it must be.
            Assert.Contains(outcome.Crashed.Case, outcome.Serial.Select(s => s.Case));
            Assert.Contains(outcome.Crashed.Dialog, outcome.Serial.Select(s => s.Dialog));
            // What the parent sees: the case summary and the question after it are those of a host never killed.
            Assert.Contains(outcome.Crashed.Review, outcome.Serial.Select(s => s.Review));
        }
    }

    [Fact]
    public async Task Sigkill_DuringLoad_TurnInFlightIsAllOrNothing()
    {
        var outcomes = await CrashRun.RunAsync(Settings);

        AssertKilledMidLoad(outcomes);
        foreach (var outcome in outcomes)
        {
            Assert.True(outcome.Serial.Any(s => s.Case == outcome.Crashed.Case && s.Dialog == outcome.Crashed.Dialog),
                $"{outcome.Path}: after {outcome.Answered} answered turns the stored case and dialog come from different turns.");
        }
    }

    /// <summary>Preconditions: the kill really came mid-load, or nothing here is tested.</summary>
    private static void AssertKilledMidLoad(IReadOnlyList<CrashRun.Outcome> outcomes)
    {
        Assert.Contains(outcomes, o => o.Answered < o.Steps);
        Assert.Contains(outcomes, o => o.Answered > 1);
    }
}
