using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Web.Tests;

/// <summary>A child's name, birth date and the parent's words never reach the logs, at any level.</summary>
public sealed class PrivacyTests : IDisposable
{
    private const string CanaryName = "Quillonia Vexbrook";
    private const string CanaryBirthDate = "2016-07-19";
    private readonly CapturingLoggerProvider logs = new();
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Conversation_WithCanaryDetails_LeavesNoTraceInLogsAtAnyLevel()
    {
        using var factory = host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))));
        var client = new BotClient(factory.CreateClient(), "privacy-canary");

        await client.JoinAsync();
        await client.SendAsync($"My daughter {CanaryName} was born {CanaryBirthDate} and she can't read yet");
        await client.SendAsync(CanaryName);
        await client.SendAsync(CanaryBirthDate);
        await client.SendAsync(new string('z', 5000) + CanaryName);

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Quillonia", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Vexbrook", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(CanaryBirthDate, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("can't read yet", StringComparison.Ordinal));
    }
}
