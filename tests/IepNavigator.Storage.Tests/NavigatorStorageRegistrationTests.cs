using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IepNavigator.Tests.Shared;
using IepNavigator.Storage.Postgres;
using IepNavigator.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
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

    [Fact]
    public async Task KeyRing_ByDefaultInTheDataFolder_UnencryptedWithOneWarning_AndStateStillReadsAfterARestart()
    {
        var logs = new CollectingLoggerProvider();
        var key = "webchat/users/" + Guid.NewGuid().ToString("N");
        using (var host = BuildHost(new() { ["Storage:DataDirectory"] = "state" }, logs: logs))
        {
            await host.StartAsync();
            await host.Services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["child"] = "Quetzalina" } });
            await host.StopAsync();
        }

        var keys = Path.Combine(_contentRoot, "state", "keys");
        var keyFile = Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Contains("<masterKey", File.ReadAllText(keyFile), StringComparison.Ordinal);
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("not encrypted at rest", StringComparison.Ordinal));
        Assert.Contains(keys, warning.Message, StringComparison.Ordinal);

        using var restarted = BuildHost(new() { ["Storage:DataDirectory"] = "state" });
        await restarted.StartAsync();
        var read = await restarted.Services.GetRequiredService<IStorage>().ReadAsync([key]);
        Assert.Equal("Quetzalina", Assert.IsType<JObject>(read[key]).Value<string>("child"));
        await restarted.StopAsync();
    }

    [Fact]
    public async Task KeyRing_WithACertificate_StoresEncryptedKeysInTheConfiguredFolder_WithoutTheWarning()
    {
        const string password = "test-only-pfx-password";
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=IepNavigator key encryption (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(Path.Combine(_contentRoot, "keys.pfx"), certificate.Export(X509ContentType.Pfx, password));
        }

        Dictionary<string, string?> settings = new()
        {
            ["DataProtection:KeysDirectory"] = "secrets/ring",
            ["DataProtection:CertificatePath"] = "keys.pfx",
            ["DataProtection:CertificatePassword"] = password,
        };
        var logs = new CollectingLoggerProvider();
        var key = "webchat/users/" + Guid.NewGuid().ToString("N");
        using (var host = BuildHost(settings, logs: logs, contentRootInConfiguration: true))
        {
            await host.StartAsync();
            await host.Services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["child"] = "Quetzalina" } });
            await host.StopAsync();
        }

        var keyXml = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot, "secrets", "ring"), "key-*.xml")));
        Assert.Contains("EncryptedData", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, entry => entry.Message.Contains("not encrypted at rest", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, entry => entry.Message.Contains(password, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_contentRoot, "data", "keys")));

        using var restarted = BuildHost(settings, contentRootInConfiguration: true);
        await restarted.StartAsync();
        var read = await restarted.Services.GetRequiredService<IStorage>().ReadAsync([key]);
        Assert.Equal("Quetzalina", Assert.IsType<JObject>(read[key]).Value<string>("child"));
        await restarted.StopAsync();
    }

    [Fact]
    public void KeyRing_WithAWrongCertificatePassword_FailsNamingTheSettingNotThePassword()
    {
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=IepNavigator key encryption (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(Path.Combine(_contentRoot, "keys.pfx"), certificate.Export(X509ContentType.Pfx, "right"));
        }

        var error = Assert.Throws<InvalidOperationException>(() => BuildHost(
            new() { ["DataProtection:CertificatePath"] = "keys.pfx", ["DataProtection:CertificatePassword"] = "wrong-secret" },
            contentRootInConfiguration: true));

        Assert.Contains("DataProtection:CertificatePassword", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error.ToString(), StringComparison.Ordinal);
    }

    private IHost BuildHost(
        Dictionary<string, string?> settings,
        Action<IConfigurationBuilder>? configure = null,
        CollectingLoggerProvider? logs = null,
        bool contentRootInConfiguration = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot });
        if (contentRootInConfiguration)
        {
            builder.Configuration[HostDefaults.ContentRootKey] = _contentRoot; // as WebApplication.CreateBuilder sets it
        }

        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder.Configuration);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddNavigatorStorage(builder.Configuration);
        return builder.Build();
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        private readonly List<(LogLevel Level, string Message)> _entries = [];

        public IReadOnlyList<(LogLevel Level, string Message)> Entries
        {
            get
            {
                lock (_entries)
                {
                    return [.. _entries];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Collector(this);

        public void Dispose()
        {
        }

        private sealed class Collector(CollectingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner._entries)
                {
                    owner._entries.Add((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
