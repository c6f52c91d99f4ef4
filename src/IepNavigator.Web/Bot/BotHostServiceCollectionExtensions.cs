using IepNavigator.Knowledge;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Web.Bot;

public static class BotHostServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework side of the host: authentication from MicrosoftAppId / MicrosoftAppPassword /
    /// MicrosoftAppType / MicrosoftAppTenantId, who else may post (<see cref="BotCallerPolicy"/>: without an app id,
    /// unsigned activities in Development or with Bot:AllowAnonymous only) and the adapter behind /api/messages.
    /// </summary>
    public static IServiceCollection AddBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotHostOptions>().Bind(configuration.GetSection(BotHostOptions.Section))
            .Validate(o => o.MaxMessageBytes is >= 4096 and <= 4 * 1024 * 1024, "Bot:MaxMessageBytes must be between 4 KB and 4 MB.")
            .ValidateOnStart();
        // Every token the Bot Framework cannot accept is a 401 (CloudAdapter alone turns most of them into 500s).
        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.TryAddSingleton<BotCallerPolicy>();
        services.AddKnowledge();
        services.AddHostedService<BotHostStartupCheck>();
        // A typed first message is read and most turns advise, so from process start, in the background, the reader's
        // models and vocabulary are built and the rule set compiled, and each runs once on a built-in sample (never a
        // parent's data) so its code is loaded and compiled too (StartWarmUpSamples). /readyz waits for both.
        services.AddStartWarmUp("the message reader", StartWarmUpSamples.ReadOneMessage);
        services.AddStartWarmUp("the rule set", StartWarmUpSamples.AdviseOneCase);
        services.AddSingleton<NavigatorAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<NavigatorAdapter>());
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
