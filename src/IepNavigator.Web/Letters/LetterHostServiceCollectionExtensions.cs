using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.DirectLine.Bot;
using IepNavigator.Letters;
using IepNavigator.Letters.Templates;
using IepNavigator.Storage.Reminders;
using IepNavigator.Web.Bot;
using IepNavigator.Web.Links;

namespace IepNavigator.Web.Letters;

public static class LetterHostServiceCollectionExtensions
{
    /// <summary>
    /// Letters in this host: the renderer and signed download links, the chat's drafting flow and paper trail
    /// (<see cref="LetterConversationServiceCollectionExtensions.AddLetterConversation"/>), the reminder table, and the
    /// two ways a reminder reaches a parent proactively — the Bot Framework adapter (Teams, Emulator) and the embedded
    /// Direct Line (the widget). The links are signed with the host's one Data Protection key ring
    /// (<c>AddNavigatorDataProtection</c>: the data folder, or PostgreSQL shared by every instance), so they survive a
    /// restart and open on any instance.
    /// </summary>
    public static IServiceCollection AddLetterHost(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment); // the key ring resolves its folder against the content root itself
        services.AddLetters();
        // The catalog compiles its templates on first use; no first answer needs a letter, so the compile runs once the
        // first turn is answered instead of on the host's start (a letter asked for sooner compiles them itself, once).
        services.AddFirstTurnWarmUp("the letter templates", sp => sp.GetRequiredService<LetterTemplateCatalog>().Compile());
        services.AddNavigatorDataProtection(configuration);
        services.AddOwnedLinks(configuration); // chat links name their parent and die with "delete my data"
        services.AddSingleton<LetterLinks>();

        services.AddLetterConversation();
        services.AddSingleton<ILetterLinkIssuer, HostLetterLinkIssuer>();
        services.AddReminderStore(configuration);
        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        services.AddSingleton<IProactiveChannel>(sp =>
            new BotAdapterProactiveChannel(sp.GetRequiredService<NavigatorAdapter>(), appId, ["msteams", "emulator"]));
        services.AddSingleton<IProactiveChannel>(sp =>
            new BotAdapterProactiveChannel(sp.GetRequiredService<EmbeddedChannelAdapter>(), string.Empty, ["directline"]));
        return services;
    }
}
