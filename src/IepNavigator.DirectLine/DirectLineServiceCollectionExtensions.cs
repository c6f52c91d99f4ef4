using IepNavigator.DirectLine.Bot;
using IepNavigator.DirectLine.Conversations;
using IepNavigator.DirectLine.Conversations.Postgres;
using IepNavigator.DirectLine.Http;
using IepNavigator.DirectLine.Tokens;
using IepNavigator.DirectLine.Widget;
using IepNavigator.Storage.Access;
using IepNavigator.Storage.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>CORS policy applied to /v3/directline and /api/widget/token.</summary>
    public const string CorsPolicyName = "DirectLine";

    /// <summary>
    /// Registers the embedded Direct Line channel (settings from the <c>DirectLine</c> section). The bot it runs
    /// is whatever <c>IBot</c> the host registers; the conversation log is in memory unless the host registers
    /// its own <see cref="IConversationLog"/> first.
    /// </summary>
    public static IServiceCollection AddEmbeddedDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            // Web Chat refreshes every 15 minutes whatever expires_in says, so a shorter token would lapse.
            .Validate(o => o.TokenLifetime > TimeSpan.FromMinutes(15), "DirectLine:TokenLifetime must be longer than 15 minutes.")
            .Validate(o => o.Mode != DirectLineMode.Azure || !string.IsNullOrEmpty(o.Secret), "DirectLine:Secret is required when DirectLine:Mode is Azure.")
            .Validate(o => o.MaxActivityBytes >= 1024 && o.MaxUploadBytes >= 1024, "DirectLine:MaxActivityBytes and MaxUploadBytes must be at least 1024.")
            .Validate(o => o.UserKeyReuseGrace >= TimeSpan.Zero && o.UserKeyReuseGrace < o.UserKeyLifetime, "DirectLine:UserKeyReuseGrace must be between zero and UserKeyLifetime.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        AddPostgresLogWhenConfigured(services, configuration);
        services.TryAddSingleton<IConversationLog, InMemoryConversationLog>();
        services.TryAddSingleton<ConversationFeed>();
        services.TryAddSingleton<ConversationHub>();
        // User keys and data generations: beside the state, so "delete my data" revokes them on every instance.
        services.AddUserAccessStore(configuration);
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<WidgetUserKeys>();
        services.TryAddSingleton<Attachments.AttachmentStore>();
        services.TryAddSingleton<ChannelAccounts>();
        services.TryAddSingleton(_ => ChannelMessages.Load());
        services.TryAddSingleton<EmbeddedConnectorHandler>();
        services.TryAddSingleton<EmbeddedConnectorFactory>();
        services.TryAddSingleton<EmbeddedBotFrameworkAuthentication>();
        services.TryAddSingleton<EmbeddedChannelAdapter>();
        services.TryAddSingleton<BotTurnRunner>();
        services.TryAddSingleton<DirectLineChannel>();
        services.TryAddSingleton<DirectLineAuthenticator>();
        services.AddHttpClient<AzureDirectLineClient>(AzureDirectLineClient.HttpClientName);

        services.AddCors(cors => cors.AddPolicy(CorsPolicyName, policy =>
        {
            // Headers Web Chat sends (x-ms-bot-agent must be allowed or every call fails the preflight).
            policy.WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent").WithMethods("GET", "POST", "OPTIONS");
        }));
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>, DirectLineCorsOrigins>();
        return services;
    }

    /// <summary>
    /// With Storage:Provider=Postgres (several instances on one database) the log lives in the state schema
    /// (Storage:PostgresSchema, ConnectionStrings:Postgres), encrypted with the host's Data Protection keys;
    /// with SQLite (one instance) it stays in memory.
    /// </summary>
    private static void AddPostgresLogWhenConfigured(IServiceCollection services, IConfiguration configuration)
    {
        var storage = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(storage);
        if (!storage.UsesPostgres)
        {
            return;
        }

        var connectionString = string.IsNullOrWhiteSpace(storage.PostgresConnectionString)
            ? configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName)
            : storage.PostgresConnectionString;
        services.TryAddSingleton<IConversationLog>(provider => new PostgresConversationLog(
            connectionString ?? "",
            storage.PostgresSchema,
            provider.GetRequiredService<IDataProtectionProvider>(),
            provider.GetRequiredService<IOptions<DirectLineOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ConversationLogInitializer>();
    }
}

/// <summary>Creates the log's tables at host start, so a bad database fails the start rather than the first chat.</summary>
internal sealed class ConversationLogInitializer(IConversationLog log) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        log is PostgresConversationLog postgres ? postgres.InitializeAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
