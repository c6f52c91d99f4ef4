using System.Net;
using IepNavigator.Letters.Templates;
using IepNavigator.Understanding;
using IepNavigator.Web.Bot;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace IepNavigator.Web.Tests.Bot;

/// <summary>
/// The first answer waits for as little as possible: the message reader (models, vocabulary), which a typed first message
/// needs, is built in the background from process start; the IEP reader's vocabulary and the letter templates, which no
/// first turn needs, only once the first turn has been answered. /readyz says ready only when the start-up work is done.
/// </summary>
public sealed class FirstTurnWarmUpTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Start_BeforeAnyTurn_BuildsTheMessageReaderInTheBackground_AndNothingAfterFirstTurnYet()
    {
        using var client = host.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var atStart = host.Services.GetServices<IHostedService>().OfType<StartWarmUp>().Single().Completion;
        Assert.NotNull(atStart);
        await atStart.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(host.Services.GetRequiredService<Lazy<MessageReader>>().IsValueCreated);
        Assert.Null(host.Services.GetRequiredService<FirstTurnWarmUp>().Completion);
        // Built by the hosted services' dependencies, but its templates are not compiled before a first turn needs them.
        Assert.False(host.Services.GetRequiredService<LetterTemplateCatalog>().IsCompiled);
    }

    [Fact]
    public async Task Program_BeginsLoadingTheModels_BeforeTheHostComposesItsServices()
    {
        // The models need nothing from the host: they load on another core while the host composes itself, instead of
        // waiting for the hosted services to start (the first answer's path had the host's start, then the models).
        var begunWhenComposing = false;
        using var probed = host.WithWebHostBuilder(builder => builder.ConfigureServices(_ => begunWhenComposing = ProcessStartWarmUp.Begun));

        _ = probed.Services;

        Assert.True(begunWhenComposing);
        await ProcessStartWarmUp.Begin().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Same(ProcessStartWarmUp.Begin(), ProcessStartWarmUp.Begin());
    }

    [Fact]
    public async Task FirstTurn_Answered_StartsTheAfterFirstTurnWork()
    {
        var bot = new BotClient(host.CreateClient(), "warm-up-1");

        var replies = await bot.JoinAsync();

        Assert.NotEmpty(replies);
        var warmUp = host.Services.GetRequiredService<FirstTurnWarmUp>().Completion;
        Assert.NotNull(warmUp);
        await warmUp.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(host.Services.GetRequiredService<LetterTemplateCatalog>().IsCompiled);
        // The reader is start work, not after-first-turn work: a join reads no message, so on a loaded machine the
        // start warm-up may still be building it when the join is answered (seen at load 90); wait for it, then check.
        await host.Services.GetServices<IHostedService>().OfType<StartWarmUp>().Single().Completion!.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(host.Services.GetRequiredService<Lazy<MessageReader>>().IsValueCreated);
    }

    [Fact]
    public void Registrations_PutTheMessageReaderAtStart_AndTheIepReaderAfterTheFirstTurn()
    {
        var work = host.Services.GetServices<FirstTurnWarmUp.Work>().ToList();

        Assert.Equal(WarmUpTime.AtStart, Assert.Single(work, w => w.Name == "the message reader").When);
        Assert.Equal(WarmUpTime.AtStart, Assert.Single(work, w => w.Name == "the rule set").When);
        Assert.Equal(WarmUpTime.AfterFirstTurn, Assert.Single(work, w => w.Name == "the IEP reader's vocabulary").When);
        Assert.Equal(WarmUpTime.AfterFirstTurn, Assert.Single(work, w => w.Name == "the letter templates").When);
    }

    [Fact]
    public void StartSamples_RunOnTheHostsOwnServices_WithoutThrowing()
    {
        // The warm-up swallows a failure (the first turn then does the work): prove the samples themselves run, so a
        // broken sample cannot silently leave the first parent to pay for the build.
        StartWarmUpSamples.ReadOneMessage(host.Services);
        StartWarmUpSamples.AdviseOneCase(host.Services);

        Assert.True(host.Services.GetRequiredService<Lazy<MessageReader>>().IsValueCreated);
    }

    [Fact]
    public async Task Readyz_WhileTheStartWarmUpRuns_IsNotReady_AndReadyOnceItIsDone()
    {
        using var gate = new ManualResetEventSlim();
        using var blocked = host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddStartWarmUp("a piece still running", _ => gate.Wait(TimeSpan.FromMinutes(2)))));
        using var client = blocked.CreateClient();

        using (var warming = await client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, warming.StatusCode);
        }
        // Not ready yet is a normal start, not a failure: Degraded (a warning in the log), never Unhealthy (an error).
        var report = await blocked.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Tags.Contains(Hosting.HealthEndpoints.ReadyTag));
        Assert.Equal(HealthStatus.Degraded, report.Entries["warm-up"].Status);
        using (var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }

        gate.Set();
        await blocked.Services.GetServices<IHostedService>().OfType<StartWarmUp>().Single().Completion!.WaitAsync(TimeSpan.FromMinutes(2));
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
