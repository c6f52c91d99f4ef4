using IepNavigator.DirectLine.Conversations;
using IepNavigator.Storage;
using IepNavigator.Storage.Reminders;
using IepNavigator.Web.Hosting.Retention;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Web.Tests.Retention;

/// <summary>The hosted retention sweep on the real host (SQLite, in-memory Direct Line log), with time advanced by hand.</summary>
public sealed class RetentionTests : IDisposable
{
    private const string Secret = "retention-tests-secret-0123456789";
    private readonly NavigatorHostFactory _host = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 9, 1, 15, 0, 0, TimeSpan.Zero));

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Defaults_KeepCasesFor400Days_AndSweepEverySixHours()
    {
        using var factory = _host.WithWebHostBuilder(_ => { });

        var options = factory.Services.GetRequiredService<IOptions<RetentionOptions>>().Value;

        Assert.True(options.Enabled);
        Assert.Equal(400, options.IdleDays);
        Assert.Equal(TimeSpan.FromHours(6), options.SweepInterval);
    }

    [Fact]
    public async Task Sweep_RemovesWhatWasIdleLongerThanIdleDays_AndKeepsTheRest()
    {
        using var factory = Host(enabled: true);
        var state = factory.Services.GetRequiredService<IStateStoreAdmin>();
        var log = factory.Services.GetRequiredService<IConversationLog>();
        var reminders = factory.Services.GetRequiredService<IReminderStore>();

        var old = new DirectLineParent(factory.CreateClient(), Secret, "dl-old");
        await old.StartAsync();
        await old.SayAsync("my son needs help with reading");
        await reminders.ScheduleAsync(new Reminder("directline/users/dl-old/letters/e1", _clock.GetUtcNow(), "{}"));
        Assert.True(await reminders.TryClaimAsync("directline/users/dl-old/letters/e1", _clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromDays(300));
        var recent = new DirectLineParent(factory.CreateClient(), Secret, "dl-recent");
        await recent.StartAsync();
        await recent.SayAsync("my daughter was suspended");
        Assert.True(await state.CountKeysAsync("directline/users/dl-old") > 0);

        // 401 days after the old parent's last word, 101 after the recent one's: the hourly timer fires and sweeps.
        _clock.Advance(TimeSpan.FromDays(101));
        await WaitUntilAsync(async () => await state.CountKeysAsync("directline/users/dl-old") == 0
            && await log.FindAsync(old.ConversationId, default) is null
            && await reminders.FindAsync("directline/users/dl-old/letters/e1") is null);

        Assert.Equal(0, await state.CountKeysAsync("directline/conversations/" + old.ConversationId));
        Assert.Equal(1, await state.CountKeysAsync("directline/users/dl-recent"));
        Assert.Equal(1, await state.CountKeysAsync("directline/conversations/" + recent.ConversationId));
        Assert.NotNull(await log.FindAsync(recent.ConversationId, default));
        Assert.NotEmpty(await recent.HistoryAsync());
    }

    [Fact]
    public async Task Disabled_NothingIsSwept()
    {
        using var factory = Host(enabled: false);
        var state = factory.Services.GetRequiredService<IStateStoreAdmin>();
        var parent = new DirectLineParent(factory.CreateClient(), Secret, "dl-kept");
        await parent.StartAsync();
        await parent.SayAsync("my son needs help with reading");

        _clock.Advance(TimeSpan.FromDays(500));
        // The sweeper itself still works when called; only the hosted loop is off. Give a (wrongly) running loop time to act.
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.Equal(1, await state.CountKeysAsync("directline/users/dl-kept"));
        var counts = await factory.Services.GetRequiredService<RetentionSweeper>().SweepAsync(default);
        Assert.Equal(0, await state.CountKeysAsync("directline/users/dl-kept"));
        Assert.True(counts.StateItems >= 2);
        Assert.Equal(1, counts.DirectLineConversations);
    }

    private WebApplicationFactory<Program> Host(bool enabled) => _host.WithWebHostBuilder(builder => builder
        .UseSetting("DirectLine:Secret", Secret)
        .UseSetting("Retention:Enabled", enabled ? "true" : "false")
        .UseSetting("Retention:SweepInterval", "01:00:00")
        .ConfigureServices(services => services.AddSingleton<TimeProvider>(_clock)));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The retention sweep did not run within 15 seconds.");
            await Task.Delay(50);
        }
    }
}
