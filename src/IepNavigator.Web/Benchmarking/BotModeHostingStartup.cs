using IepNavigator.Web.Benchmarking;

[assembly: HostingStartup(typeof(BotModeHostingStartup))]

namespace IepNavigator.Web.Benchmarking;

/// <summary>
/// Lets the load benchmark select Bot:Mode on a build whose Program.cs does not call AddBotMode: it runs only when
/// the benchmark sets ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=IepNavigator.Web, and registers before AddDialogs,
/// whose TryAdd then keeps the echo bot.
/// </summary>
public sealed class BotModeHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices((context, services) => services.AddBotMode(context.Configuration));
}
