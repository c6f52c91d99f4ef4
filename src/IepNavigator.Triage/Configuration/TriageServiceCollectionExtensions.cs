using IepNavigator.Knowledge;
using IepNavigator.Storage.Configuration;
using IepNavigator.Triage;
using IepNavigator.Triage.AdvocateConsole;
using IepNavigator.Triage.Configuration;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Webhook;
using IepNavigator.Triage.Wording;
using IepNavigator.Knowledge.Content;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Polly;

#pragma warning disable IDE0130 // In the DI namespace so the host's Program.cs needs no using for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

public static class TriageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITriageDesk"/>, the packet store (on the Storage provider), the advocate console's
    /// cookie sign-in, and the webhook sender (outbox + background service). Packets, notes and webhook payloads
    /// are encrypted at rest with the host's Data Protection key ring (<c>AddNavigatorDataProtection</c>, called
    /// here too; idempotent). Needs <c>AddKnowledge()</c>.
    /// </summary>
    public static IServiceCollection AddTriage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TriageOptions>().Bind(configuration.GetSection(TriageOptions.SectionName))
            .Validate(options => ContentLanguage.IsSupported(options.Console.Language), "Triage:Console:Language must be a language the content has (en, es).")
            .Validate(options => AdvocateTime.IsKnownZone(options.Console.TimeZone), "Triage:Console:TimeZone must be an IANA time zone this machine knows (for example America/Chicago).")
            .Validate(options => options.ContactWithinBusinessDays is { Urgent: >= 0, Priority: >= 0, Routine: >= 0 }, "Triage:ContactWithinBusinessDays values cannot be negative.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        // The same settings as the bot state, read here so the triage tables follow Storage:Provider.
        var storage = StorageOptions.Read(configuration);

        services.TryAddSingleton(provider => TriageDatabaseFactory.Create(
            storage, provider.GetRequiredService<IOptions<TriageOptions>>().Value, provider.GetService<IHostEnvironment>()));
        // Packets, notes and webhook payloads are encrypted at rest with the host's one key ring.
        services.AddNavigatorDataProtection(configuration);
        services.TryAddSingleton<IPacketProtector, DataProtectionPacketProtector>();
        services.TryAddSingleton<TriagePacketStore>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<WebhookOutbox>();
        services.TryAddSingleton(_ => FreeHelpRule.Default);
        services.TryAddSingleton(_ => ParentCenterDirectory.Default);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(_ => TriageText.Default);
        services.TryAddSingleton<AdvocateTime>();
        services.TryAddSingleton<PacketBrief>();
        services.TryAddSingleton<ITriageDesk, TriageDesk>();
        services.AddHostedService<TriageSchemaInitializer>();

        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .AddResilienceHandler("webhook", (pipeline, context) =>
            {
                var webhook = context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value;
                if (webhook.QuickRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = webhook.QuickRetries,
                        Delay = webhook.QuickRetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                pipeline.AddTimeout(webhook.RequestTimeout);
            });
        services.TryAddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDeliveryService>();

        services.AddAdvocateConsole();
        return services;
    }
}
