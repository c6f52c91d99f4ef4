using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.DirectLine.Bot;
using IepNavigator.Storage.Reminders;
using IepNavigator.Web.Bot;

namespace IepNavigator.Web.Letters;

public static class LetterConversationHostExtensions
{
    /// <summary>
    /// Letters in the chat for this host: the drafting flow and paper trail, download links signed by the host,
    /// the reminder table, and the two ways a reminder reaches a parent proactively — the Bot Framework adapter
    /// (Teams, Emulator) and the embedded Direct Line (the widget).
    /// </summary>
    public static IServiceCollection AddLetterConversationHost(this IServiceCollection services, IConfiguration configuration)
    {
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
