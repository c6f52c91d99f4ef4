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
        services.AddHostedService<BotHostStartupCheck>();
        // A typed first message is read, so the reader's models and vocabulary are built in the background from process
        // start (a turn refused before the bot runs never waits for them; the first one read waits for the same build).
        services.AddStartWarmUp("the message reader", sp => _ = sp.GetRequiredService<Lazy<IepNavigator.Understanding.MessageReader>>().Value);
        services.AddSingleton<NavigatorAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<NavigatorAdapter>());
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
