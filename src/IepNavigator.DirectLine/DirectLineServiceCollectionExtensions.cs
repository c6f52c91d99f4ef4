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

    /// <summary>The request headers a page embedding the widget sends to this host (beyond the CORS-safelisted ones).</summary>
    public static readonly string[] WebChatRequestHeaders = ["Authorization", "Content-Type", "Accept", "X-Requested-With", "x-ms-bot-agent"];

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
        services.AddOptions<WidgetOptions>().Bind(configuration.GetSection(WidgetOptions.SectionName))
            .Validate(o => o.AllowedOrigins.All(origin => WidgetOptions.Normalize(origin) is not null),
                "Widget:AllowedOrigins must be origins such as https://advocacy.example (scheme, host, optional port; no path).")
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
            // What Web Chat 4.18's bundle sends (read from webchat.js, not guessed): DirectLineJS adds Authorization,
            // x-ms-bot-agent, Accept and Content-Type, and RxJS's ajax adds X-Requested-With to every call it does not
            // mark cross-domain (none); the widget's own token call adds Content-Type. A header missing here fails the
            // preflight and the widget never connects (issue 20).
            policy.WithHeaders(WebChatRequestHeaders).WithMethods("GET", "POST")
                // DirectLineJS reads Retry-After on a 429; a cross-origin page sees only exposed headers.
                .WithExposedHeaders("Retry-After")
                // A page asks once per URL, then reuses the answer (Chromium caps this at 2 h): one round trip saved.
                .SetPreflightMaxAge(TimeSpan.FromHours(2));
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
        var storage = StorageOptions.Read(configuration);
        if (!storage.UsesPostgres)
        {
            return;
        }

        services.TryAddSingleton(provider => new PostgresConversationLog(
            storage.PostgresConnectionString ?? "",
            storage.PostgresSchema,
            provider.GetRequiredService<IDataProtectionProvider>(),
            provider.GetRequiredService<IOptions<DirectLineOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IConversationLog>(provider => provider.GetRequiredService<PostgresConversationLog>());
        services.AddHostedService<ConversationLogInitializer>();
        // Live push across instances: what another instance appends reaches the sockets open here (LISTEN/NOTIFY).
        services.TryAddSingleton<ConversationFeedListener>();
        services.AddHostedService(provider => provider.GetRequiredService<ConversationFeedListener>());
    }
}

/// <summary>Creates the log's tables at host start, so a bad database fails the start rather than the first chat.</summary>
internal sealed class ConversationLogInitializer(IConversationLog log) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        log is PostgresConversationLog postgres ? postgres.InitializeAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
