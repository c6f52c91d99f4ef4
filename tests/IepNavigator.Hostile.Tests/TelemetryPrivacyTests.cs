using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace IepNavigator.Hostile.Tests;

/// <summary>Spans and metrics describe what happened (a turn, a letter, a route), never what a family said.</summary>
public sealed class TelemetryPrivacyTests : IDisposable
{
    private const string CanaryName = "Zorvalind Quessiby";
    private const string CanaryBirthDate = "2015-03-27";
    private const string CanaryToken = "CANARYTOKEN8842";
    private readonly TelemetryCapture capture = new();
    private readonly HostileHost host;

    public TelemetryPrivacyTests()
    {
        host = new HostileHost(HostileHost.Unthrottled(), services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(capture))));
        capture.ListenTo(host.Services.GetRequiredService<IMeterFactory>());
    }

    public void Dispose()
    {
        host.Dispose();
        capture.Dispose();
    }

    [Fact]
    public async Task ChatLetterAndDownload_WithCanaryDetails_LeaveNoTraceInSpansOrMetricTags()
    {
        var client = host.CreateBoundedClient();
        var chat = new ChatClient(client, "telemetry-canary", "parent-" + CanaryName.Replace(' ', '-'));
        await chat.SayAsync("hi");
        await chat.SayAsync($"My son {CanaryName} was born {CanaryBirthDate} and can't read yet");
        await chat.SayAsync(CanaryName);

        var letter = new JObject
        {
            ["fields"] = new JObject { ["childName"] = CanaryName, ["childDateOfBirth"] = CanaryBirthDate },
            ["facts"] = new JObject { ["today"] = "2026-11-26", ["stage"] = "concerned", ["concerns"] = new JArray("reading") },
        };
        using (await ChatClient.PostRawAsync(client, "/api/v1/letters/evaluation-request/render?format=txt&note=" + CanaryToken,
            Encoding.UTF8.GetBytes(letter.ToString()), "application/json")) { }
        using (await client.GetAsync(new Uri("/api/v1/letters/download/" + CanaryToken, UriKind.Relative))) { }

        // The download's span ends just after its response reaches the client: wait for it before the host goes.
        Assert.True(await capture.WaitForSpanAsync(s => s.GetTagItem("url.path") as string == "/api/v1/letters/download/{token}"),
            "the download request's span was never exported");
        await host.DisposeAsync(); // flushes the tracer provider: every span is exported by now
        var texts = capture.AllTexts().ToList();

        Assert.Contains(capture.Spans, s => s.DisplayName == "bot.turn");
        Assert.Contains(capture.Measurements, m => m.Instrument == "iepnav.turns");
        Assert.Contains(capture.Measurements, m => m.Instrument == "iepnav.turn.duration");
        foreach (var secret in new[] { "Zorvalind", "Quessiby", CanaryBirthDate, "can't read", CanaryToken })
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task RenderedLetters_AreCountedByFormat()
    {
        var client = host.CreateBoundedClient();
        var letter = new JObject
        {
            ["fields"] = new JObject
            {
                ["childName"] = "Sam", ["childDateOfBirth"] = "2017-04-02", ["school"] = "Lincoln Elementary", ["grade"] = "3rd",
                ["district"] = "Springfield", ["parentName"] = "Ana", ["parentEmail"] = "ana@example.org", ["parentPhone"] = "555-0100",
                ["parentAddress"] = "1 Main St", ["recipientName"] = "Dr. Lee", ["recipientTitle"] = "Director", ["principalName"] = "Ms. Park",
            },
            ["facts"] = new JObject { ["today"] = "2026-11-26", ["stage"] = "concerned", ["concerns"] = new JArray("reading") },
        };
        using var rendered = await ChatClient.PostRawAsync(client, "/api/v1/letters/evaluation-request/render?format=docx",
            Encoding.UTF8.GetBytes(letter.ToString()), "application/json");
        Assert.Equal(System.Net.HttpStatusCode.OK, rendered.StatusCode);
        using var refused = await ChatClient.PostRawAsync(client, "/api/v1/letters/evaluation-request/render?format=txt",
            Encoding.UTF8.GetBytes("{}"), "application/json");

        var letters = capture.Measurements.Where(m => m.Instrument == "iepnav.letters.rendered").ToList();
        Assert.Single(letters);
        Assert.Equal("format=docx", letters[0].Tags);
    }
}
