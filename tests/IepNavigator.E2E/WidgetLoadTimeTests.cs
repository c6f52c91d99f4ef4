using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// How fast a parent on a phone network sees the welcome, on a site that embeds the widget with the README tag:
/// Chrome DevTools' "Fast 4G" preset through the DevTools protocol, a first visit (empty cache) and a second (same
/// browser). Prints the numbers (targets: 2.5 s and 1 s): the welcome readable (the widget's preview of the text the
/// token call returned, while Web Chat compiles) and Web Chat's transcript showing it (the chat usable). Asserts what
/// makes them, not the clock of a shared machine: the bundle arrives brotli-compressed, the second visit takes it and
/// widget.js from the cache, and the preview is the host's own welcome, which Web Chat's transcript then shows.
/// </summary>
public sealed class WidgetLoadTimeTests(ITestOutputHelper output)
{
    /// <summary>devtools-frontend core/sdk/NetworkManager.ts, Fast4GConditions: 9 Mbit/s and 1.5 Mbit/s at 90 %, 60 ms × 2.75.</summary>
    public static readonly Dictionary<string, object> Fast4G = new()
    {
        ["offline"] = false,
        ["latency"] = 60 * 2.75,
        ["downloadThroughput"] = 9 * 1000 * 1000 / 8 * 0.9,
        ["uploadThroughput"] = 1.5 * 1000 * 1000 / 8 * 0.9,
    };

    private const int Runs = 3;

    // Set before the page's own scripts: the moment the first bot message is readable, in page time: the widget's
    // preview (the text the token call returned, shown while Web Chat compiles) or Web Chat's own bubble, whichever is
    // first; and, apart, when Web Chat's transcript has it (the chat usable).
    private const string WelcomeProbe = """
        new MutationObserver((_, observer) => {
          const preview = document.querySelector('.iepn-preview .iepn-preview__bot');
          if (preview && window.__welcomeAt === undefined) {
            window.__welcomeAt = performance.now();
            window.__marks.preview = window.__welcomeAt;
            window.__previewText = preview.textContent;
          }
          if (document.querySelector('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content')) {
            window.__welcomeAt ??= performance.now();
            window.__marks.webChatWelcome = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
        // Where the time goes (printed beside the total): the bundle evaluated, the stream opened, its first frame.
        window.__marks = {};
        let webChat;
        Object.defineProperty(window, 'WebChat', {
          configurable: true,
          get: () => webChat,
          set: value => { webChat = value; window.__marks.bundleEvaluated ??= performance.now(); }
        });
        const NativeSocket = window.WebSocket;
        window.WebSocket = function (url, protocols) {
          window.__marks.streamRequested ??= performance.now();
          const socket = protocols === undefined ? new NativeSocket(url) : new NativeSocket(url, protocols);
          socket.addEventListener('open', () => { window.__marks.streamOpen ??= performance.now(); });
          socket.addEventListener('message', () => { window.__marks.firstFrame ??= performance.now(); });
          return socket;
        };
        window.WebSocket.prototype = NativeSocket.prototype;
        Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
        """;

    [Fact]
    public async Task WelcomeOnFast4G_FirstAndSecondVisit_ArePrinted_AndTheSecondComesFromTheCache()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        // One untimed visit first: the host's first turn pays its JIT, which no parent after the first one sees.
        await using (var warm = await EmbeddedWidget.OpenAsync(host, browser, CrossOriginEmbedTests.ReadmeTag))
        {
            await warm.Chat.WaitForWelcomeAsync();
        }

        var first = new List<double>();
        var second = new List<double>();
        var firstChat = new List<double>();
        var secondChat = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            await using var embedded = await EmbeddedWidget.OpenAsync(host, browser, CrossOriginEmbedTests.ReadmeTag, navigate: false,
                beforeOpen: context => context.AddInitScriptAsync(WelcomeProbe));
            var firstVisit = await VisitAsync(embedded.Chat.Page, embedded.Site.Address);
            first.Add(firstVisit.WelcomeMs);
            firstChat.Add(firstVisit.WebChatMs);

            // The same browser comes back later: the first tab closed, a new one on the same site.
            await embedded.Chat.Page.CloseAsync();
            var again = await embedded.Context.NewPageAsync();
            var secondVisit = await VisitAsync(again, embedded.Site.Address);
            second.Add(secondVisit.WelcomeMs);
            secondChat.Add(secondVisit.WebChatMs);

            var bundle = firstVisit.Resource("/lib/webchat/webchat.");
            output.WriteLine($"run {run + 1}: first visit {firstVisit.WelcomeMs:F0} ms, second visit {secondVisit.WelcomeMs:F0} ms; "
                + $"bundle {bundle.Transfer:N0} bytes on the wire\nfirst:\n{firstVisit.Requests[^1]}\nsecond:\n{secondVisit.Requests[^1]}");
            Assert.True(bundle.Transfer is > 0 and < 700_000, $"first visit: bundle transferred {bundle.Transfer:N0} bytes (brotli is ~640 KB)");
            Assert.True(secondVisit.Resource("/lib/webchat/webchat.").FromCache); // from the cache, not the network
            Assert.True(secondVisit.Resource("/widget.js").FromCache);
            // What the preview showed is the host's own text: the welcome Web Chat then shows in its transcript.
            foreach (var visit in new[] { firstVisit, secondVisit })
            {
                Assert.False(string.IsNullOrWhiteSpace(visit.PreviewText), "the widget showed no preview while Web Chat loaded");
                Assert.Contains(Words(visit.PreviewText!), Words(visit.TranscriptText), StringComparison.Ordinal);
            }
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"Fast 4G welcome: first visit median {Median(first):F0} ms (target 2500), second visit median {Median(second):F0} ms (target 1000); runs: first [{Joined(first)}], second [{Joined(second)}]; Web Chat's transcript (chat usable): first visit median {Median(firstChat):F0} ms [{Joined(firstChat)}], second visit median {Median(secondChat):F0} ms [{Joined(secondChat)}]");
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static async Task<Visit> VisitAsync(IPage page, Uri site)
    {
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add($"{request.Method} {request.Url}");
        // What crossed the (emulated) network, per request, from the DevTools protocol itself.
        var urls = new Dictionary<string, string>();
        var cached = new HashSet<string>();
        var wire = new Dictionary<string, double>();
        var started = new Dictionary<string, double>();
        var finished = new Dictionary<string, double>();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                var id = json.GetProperty("requestId").GetString()!;
                urls[id] = json.GetProperty("request").GetProperty("method").GetString() + " " + json.GetProperty("request").GetProperty("url").GetString()!;
                started.TryAdd(id, json.GetProperty("timestamp").GetDouble());
            }
        };
        cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => cached.Add(e!.Value.GetProperty("requestId").GetString()!);
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var response = e!.Value.GetProperty("response");
            if (response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean())
            {
                cached.Add(e.Value.GetProperty("requestId").GetString()!);
            }
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            var id = e!.Value.GetProperty("requestId").GetString()!;
            wire[id] = e.Value.GetProperty("encodedDataLength").GetDouble();
            finished[id] = e.Value.GetProperty("timestamp").GetDouble();
        };
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", Fast4G);
        await page.GotoAsync(site.ToString());
        await Expect(page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content").First)
            .ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        var welcomeMs = await page.EvaluateAsync<double>("() => window.__welcomeAt");
        var webChatMs = await page.EvaluateAsync<double>("() => window.__marks.webChatWelcome");
        var previewText = await page.EvaluateAsync<string?>("() => window.__previewText ?? null");
        var transcriptText = await page.Locator(".webchat__basic-transcript").InnerTextAsync();
        var marks = await page.EvaluateAsync<string>("() => Object.entries(window.__marks || {}).map(([k, v]) => k + ' ' + v.toFixed(0)).join(', ')");
        var entries = urls.Select(u => new ResourceEntry(u.Value.Split(' ', 2)[1], cached.Contains(u.Key) ? 0 : wire.GetValueOrDefault(u.Key), cached.Contains(u.Key))).ToList();
        var zero = started.Values.DefaultIfEmpty(0).Min();
        var timeline = string.Join("\n", urls.OrderBy(u => started.GetValueOrDefault(u.Key)).Select(u =>
            $"  {(started.GetValueOrDefault(u.Key) - zero) * 1000,6:F0} → {(finished.TryGetValue(u.Key, out var end) ? ((end - zero) * 1000).ToString("F0", CultureInfo.InvariantCulture) : "…"),6} ms {u.Value}"));
        requests.Add(timeline + "\n  marks (ms): " + marks + ", welcome " + welcomeMs.ToString("F0", CultureInfo.InvariantCulture));
        await cdp.DetachAsync();
        return new Visit(welcomeMs, webChatMs, previewText, transcriptText, entries, requests);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed record ResourceEntry(string Name, double Transfer, bool FromCache);

    private static string Joined(List<double> values) => string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));

    /// <summary>Text compared as words: Web Chat's Markdown curls quotes and joins paragraphs differently.</summary>
    private static string Words(string text) =>
        string.Join(' ', text.Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2018', '\'').Replace('\u2019', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Visit(double WelcomeMs, double WebChatMs, string? PreviewText, string TranscriptText, List<ResourceEntry> Resources, List<string> Requests)
    {
        public ResourceEntry Resource(string path) =>
            Resources.FirstOrDefault(r => new Uri(r.Name).AbsolutePath.StartsWith(path, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No request for {path}: " + string.Join(", ", Resources.Select(r => r.Name)));
    }
}
