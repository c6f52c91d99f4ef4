using IepNavigator.Triage.AdvocateConsole;
using IepNavigator.Triage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Triage.Tests.Console;

/// <summary>The back-off counts in the triage database: failures seen by one instance pause the door on every instance.</summary>
public abstract class AttemptThrottleContract
{
    protected abstract TriageDatabaseKind Kind { get; }

    [Fact]
    public async Task FailuresOnOneInstance_PauseTheDoorOnAnother_AndStoreNoNameOrAddress()
    {
        await using var first = await TriageServices.CreateAsync(Kind);
        await using var second = await TriageServices.CreateAsync(Kind, dataDirectory: first.DataDirectory,
            overrides: Kind == TriageDatabaseKind.Postgres ? new Dictionary<string, string?> { ["Triage:PostgresSchema"] = first.PostgresSchema } : null);
        second.Clock.AdjustTime(first.Clock.GetUtcNow());
        var one = first.Services.GetRequiredService<AttemptThrottle>();
        var other = second.Services.GetRequiredService<AttemptThrottle>();

        for (var i = 0; i < 5; i++)
        {
            await one.FailedAsync(AttemptDoor.SignIn, "Maria", "198.51.100.23", CancellationToken.None);
        }

        Assert.Equal(TimeSpan.FromSeconds(30), await other.LockedForAsync(AttemptDoor.SignIn, "maria ", "203.0.113.9", CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await other.LockedForAsync(AttemptDoor.PacketPage, "maria", "203.0.113.9", CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await other.LockedForAsync(AttemptDoor.SignIn, "jo", "203.0.113.9", CancellationToken.None));

        var connection = await first.Database.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT subject FROM {first.Database.Table("attempt_failures")}";
            using var reader = await command.ExecuteReaderAsync();
            var subjects = new List<string>();
            while (await reader.ReadAsync())
            {
                subjects.Add(reader.GetString(0));
            }
            Assert.Equal(10, subjects.Count);
            Assert.DoesNotContain(subjects, s => s.Contains("maria", StringComparison.OrdinalIgnoreCase) || s.Contains("198.51", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task FailuresOlderThanTheWindow_NoLongerCount()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var throttle = triage.Services.GetRequiredService<AttemptThrottle>();
        for (var i = 0; i < 5; i++)
        {
            await throttle.FailedAsync(AttemptDoor.SignIn, "maria", "198.51.100.23", CancellationToken.None);
        }

        triage.Clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(TimeSpan.Zero, await throttle.LockedForAsync(AttemptDoor.SignIn, "maria", "198.51.100.23", CancellationToken.None));
    }
}

public sealed class SqliteAttemptThrottleTests : AttemptThrottleContract
{
    protected override TriageDatabaseKind Kind => TriageDatabaseKind.Sqlite;
}

public sealed class PostgresAttemptThrottleTests : AttemptThrottleContract
{
    protected override TriageDatabaseKind Kind => TriageDatabaseKind.Postgres;
}
