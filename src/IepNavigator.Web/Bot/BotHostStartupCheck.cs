namespace IepNavigator.Web.Bot;

/// <summary>Says once, at start, when /api/messages takes unsigned activities outside Development.</summary>
public sealed partial class BotHostStartupCheck(BotCallerPolicy callers, ILogger<BotHostStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (callers.AllowsAnonymous && !callers.IsDevelopment)
        {
            LogAnonymousAllowed(logger);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7204, Level = LogLevel.Warning,
        Message = "Bot:AllowAnonymous is on outside Development: /api/messages takes unsigned activities, and any caller that reaches it can act as any parent there. Set MicrosoftAppId, or keep the endpoint on a trusted network.")]
    private static partial void LogAnonymousAllowed(ILogger logger);
}
