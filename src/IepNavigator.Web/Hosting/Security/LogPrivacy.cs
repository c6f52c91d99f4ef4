using IepNavigator.DirectLine.Bot;
using IepNavigator.Web.Bot;

namespace IepNavigator.Web.Hosting.Security;

/// <summary>
/// Log categories that write what an operator's log must not hold, capped at Warning whatever the configuration says
/// for their parents. Bot Framework's adapter base classes log conversation and activity ids at Information ("Sending
/// activity. ReplyToId: {conversation}|0000001" — the key to a parent's chat history) under the adapters' own
/// categories; ASP.NET Core's request lines carry paths with conversation ids and the stream URL's token (?t=).
/// </summary>
public static class LogPrivacy
{
    public static readonly IReadOnlyList<string> CappedCategories =
    [
        typeof(NavigatorAdapter).FullName!,
        typeof(EmbeddedChannelAdapter).FullName!,
        "Microsoft.AspNetCore.Hosting.Diagnostics",
    ];

    public static IServiceCollection AddLogPrivacy(this IServiceCollection services) =>
        // Added after the configuration's rules, so for these exact categories they win over the file's.
        services.Configure<LoggerFilterOptions>(options =>
        {
            foreach (var category in CappedCategories)
            {
                options.AddFilter(category, LogLevel.Warning);
            }
        });
}
