using IepNavigator.Understanding;
using IepNavigator.Web.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Web.Tests.Bot;

/// <summary>
/// Nothing heavy stands between process start and the first answer: the message reader (models, vocabulary) is not
/// built at start, and is built in the background once the first turn has been answered.
/// </summary>
public sealed class FirstTurnWarmUpTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Start_BeforeAnyTurn_BuildsNoMessageReader()
    {
        using var client = host.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await Task.Delay(TimeSpan.FromMilliseconds(200));

        Assert.False(host.Services.GetRequiredService<Lazy<MessageReader>>().IsValueCreated);
        Assert.Null(host.Services.GetRequiredService<FirstTurnWarmUp>().Completion);
    }

    [Fact]
    public async Task FirstTurn_Answered_BuildsTheMessageReaderInTheBackground()
    {
        var bot = new BotClient(host.CreateClient(), "warm-up-1");

        var replies = await bot.JoinAsync();

        Assert.NotEmpty(replies);
        var warmUp = host.Services.GetRequiredService<FirstTurnWarmUp>().Completion;
        Assert.NotNull(warmUp);
        await warmUp.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(host.Services.GetRequiredService<Lazy<MessageReader>>().IsValueCreated);
    }
}
