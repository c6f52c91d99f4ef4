using IepNavigator.Storage.Migrations;

namespace IepNavigator.Storage.Tests.Migrations;

/// <summary>The SQLite and PostgreSQL twins count their schema alike: script N does the same job on both.</summary>
public sealed class MigrationSetTests
{
    [Fact]
    public void StateScripts_BothProviders_HaveTheSameNumbersAndNames()
    {
        Assert.Equal(MigrationSet.StateSqlite.Scripts.Select(s => s.Name), MigrationSet.StatePostgres.Scripts.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(1, MigrationSet.StateSqlite.LatestVersion), MigrationSet.StateSqlite.Scripts.Select(s => s.Version));
        Assert.Contains(MigrationSet.StatePostgres.Scripts, s => s.Name == "0005_directline_log");
    }
}
