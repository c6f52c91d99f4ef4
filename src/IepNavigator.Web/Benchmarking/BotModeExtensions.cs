using Microsoft.Bot.Builder;

namespace IepNavigator.Web.Benchmarking;

/// <summary>Bot:Mode = Navigator (default) | Echo. Echo exists for the load benchmark's baseline only.</summary>
public static class BotModeExtensions
{
    public const string SettingName = "Bot:Mode";
    public const string Navigator = "Navigator";
    public const string Echo = "Echo";

    /// <summary>In Echo mode, makes <see cref="EchoBot"/> the IBot, whether called before or after AddDialogs.</summary>
    public static IServiceCollection AddBotMode(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mode = configuration[SettingName];
        if (string.IsNullOrEmpty(mode) || string.Equals(mode, Navigator, StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }
        if (!string.Equals(mode, Echo, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{SettingName} must be {Navigator} or {Echo}.");
        }
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IBot))
            {
                services.RemoveAt(i);
            }
        }
        services.AddSingleton<EchoBot>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<EchoBot>());
        return services;
    }
}
