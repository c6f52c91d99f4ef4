using IepNavigator.Scale.Tests.Hosting;
using IepNavigator.Scale.Tests.State;

namespace IepNavigator.Scale.Tests;

/// <summary>Two real hosts on one PostgreSQL schema of their own, shared by the tests of <see cref="TwoHostsCollection"/>.</summary>
public sealed class TwoHostsFixture : IAsyncLifetime
{
    private TestDatabase? database;
    private HostProcess? first;
    private HostProcess? second;
    private StoredState? stored;

    public HttpClient First { get; private set; } = null!;
    public HttpClient Second { get; private set; } = null!;
    public StoredState Stored => stored ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        // The first start creates the schema; the second then finds it ready (start-ups are serialised anyway).
        first = await HostProcess.StartAsync(database.HostSettings);
        second = await HostProcess.StartAsync(database.HostSettings);
        First = first.CreateClient();
        Second = second.CreateClient();
        stored = new StoredState(database.HostSettings);
    }

    public async Task DisposeAsync()
    {
        First?.Dispose();
        Second?.Dispose();
        // Each step runs even when an earlier one throws: no process may outlive the tests.
        try
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                if (second is not null)
                {
                    await second.DisposeAsync();
                }
            }
            finally
            {
                if (stored is not null)
                {
                    await stored.DisposeAsync();
                }
                if (database is not null)
                {
                    await database.DisposeAsync();
                }
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoHostsCollection : ICollectionFixture<TwoHostsFixture>
{
    public const string Name = "two hosts on one PostgreSQL";
}
