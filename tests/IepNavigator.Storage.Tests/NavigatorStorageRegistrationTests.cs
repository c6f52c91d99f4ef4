using IepNavigator.Tests.Shared;
using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IepNavigator.Storage.Tests;

/// <summary>AddNavigatorStorage inside a real generic host: configuration, validation at start, schema creation.</summary>
public sealed class NavigatorStorageRegistrationTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "iepnav-storage-tests", Guid.NewGuid().ToString("N"));

    public NavigatorStorageRegistrationTests() => Directory.CreateDirectory(_contentRoot);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task Defaults_UseSqliteInTheContentRootDataFolder_CreatedAtStart()
    {
        using var host = BuildHost(new() { ["ConnectionStrings:Postgres"] = "" });

        await host.StartAsync();

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(_contentRoot, "data", SqliteStorage.DefaultFileName), storage.DatabasePath);
        Assert.True(File.Exists(storage.DatabasePath));
        Assert.Same(storage, host.Services.GetRequiredService<IStateStoreAdmin>());
        Assert.NotNull(host.Services.GetRequiredService<UserState>());
        Assert.NotNull(host.Services.GetRequiredService<ConversationState>());
        await host.StopAsync();
    }

    [Fact]
    public async Task DataDirectory_FromAnEnvironmentVariable_IsResolvedAgainstTheContentRoot()
    {
        var prefix = $"IEPNAV_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "Storage__DataDirectory", "state/bot");
        try
        {
            using var host = BuildHost([], configuration => configuration.AddEnvironmentVariables(prefix));
            await host.StartAsync();

            var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
            Assert.Equal(Path.Combine(_contentRoot, "state", "bot", SqliteStorage.DefaultFileName), storage.DatabasePath);
            Assert.True(await host.Services.GetRequiredService<IStateStoreAdmin>().CanConnectAsync());
            await host.StopAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Storage__DataDirectory", null);
        }
    }

    [Fact]
    public async Task Postgres_WithoutAConnectionString_FailsAtStartNamingTheSetting()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = "" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProvider_FailsAtStartNamingTheChoices()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Mongo" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'Mongo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_WithAConnectionString_CreatesItsSchemaAtStart()
    {
        var connectionString = await TestPostgres.ConnectionStringAsync();
        var schema = "t_" + Guid.NewGuid().ToString("N");
        try
        {
            using var host = BuildHost(new()
            {
                ["Storage:Provider"] = "postgres",
                ["Storage:PostgresSchema"] = schema,
                ["ConnectionStrings:Postgres"] = connectionString,
            });
            await host.StartAsync();

            var storage = Assert.IsType<PostgresStorage>(host.Services.GetRequiredService<IStorage>());
            Assert.Equal(schema, storage.SchemaName);
            Assert.Equal(0, await host.Services.GetRequiredService<IStateStoreAdmin>().CountKeysAsync());
            await host.StopAsync();
        }
        finally
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;");
            await drop.ExecuteNonQueryAsync();
        }
    }

    private IHost BuildHost(Dictionary<string, string?> settings, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder.Configuration);
        builder.Services.AddNavigatorStorage(builder.Configuration);
        return builder.Build();
    }
}
