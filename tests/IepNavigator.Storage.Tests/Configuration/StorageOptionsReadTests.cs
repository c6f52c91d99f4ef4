using IepNavigator.Storage.Configuration;
using Microsoft.Extensions.Configuration;

namespace IepNavigator.Storage.Tests.Configuration;

/// <summary>
/// Every store (state, keys, user access, reminders, triage, the Direct Line log) reads where its data lives through
/// <see cref="StorageOptions.Read"/>: an operator who sets ConnectionStrings__Postgres once reaches all of them.
/// </summary>
public sealed class StorageOptionsReadTests
{
    [Fact]
    public void Read_PostgresWithOnlyTheConnectionStrings_TakesThatString()
    {
        var options = StorageOptions.Read(Configuration(new()
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:PostgresSchema"] = "navigator",
            ["ConnectionStrings:Postgres"] = "Host=db;Database=iep",
        }));

        Assert.True(options.UsesPostgres);
        Assert.Equal("navigator", options.PostgresSchema);
        Assert.Equal("Host=db;Database=iep", options.PostgresConnectionString);
    }

    [Theory]
    [InlineData("Host=own;Database=iep", "Host=own;Database=iep")]
    [InlineData("", "Host=db;Database=iep")]
    [InlineData("   ", "Host=db;Database=iep")]
    public void Read_TheSectionsOwnString_WinsUnlessBlank(string own, string expected)
    {
        var options = StorageOptions.Read(Configuration(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = own,
            ["ConnectionStrings:Postgres"] = "Host=db;Database=iep",
        }));

        Assert.Equal(expected, options.PostgresConnectionString);
    }

    [Fact]
    public void Read_NothingConfigured_IsTheSqliteDefaultWithNoConnectionString()
    {
        var options = StorageOptions.Read(Configuration([]));

        Assert.True(options.UsesSqlite);
        Assert.Equal("data", options.DataDirectory);
        Assert.Null(options.PostgresConnectionString);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
