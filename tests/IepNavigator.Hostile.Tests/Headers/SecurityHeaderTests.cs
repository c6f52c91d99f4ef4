using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Web.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Hostile.Tests.Headers;

/// <summary>
/// The headers on every response (issue 21, item 8): a CSP (pages framed only by Widget:AllowedOrigins, the console
/// never, everything else nothing), nosniff, Referrer-Policy, no Server header, no-store where case data travels,
/// Secure cookies outside Development; and (item 9) the Host names the host answers to.
/// </summary>
public sealed class SecurityHeaderTests
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/" },
        { "GET", "/widget.js" },
        { "GET", "/api/v1/steps" },
        { "GET", "/healthz" },
        { "GET", "/no-such-page" },
        { "POST", "/api/messages" },
        { "POST", "/api/v1/next-steps" },
        { "POST", "/api/widget/token" },
        { "GET", "/advocates/sign-in" },
        { "GET", "/advocates" },
        { "GET", "/openapi/v1.json" },
        { "GET", "/scalar/v1" },
        { "GET", "/api/v1/letters/download/not-a-token" },
        { "GET", "/v3/directline/conversations/none/activities" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryResponse_CarriesACsp_Nosniff_AndNoReferrer(string method, string path)
    {
        using var host = new HostileHost(HostileHost.Unthrottled());
        var http = host.CreateBoundedClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{", Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"{method} {path} answered {(int)response.StatusCode}");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.NotNull(csp);
        Assert.Contains("frame-ancestors", csp, StringComparison.Ordinal);
        if (!path.StartsWith("/scalar", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal); // only the API reference's bundle needs it
        }
    }

    [Fact]
    public async Task Pages_MayBeFramedOnlyByTheWidgetsAllowedOrigins_AndByAnySiteWhenNoneAreSet()
    {
        using var strict = new HostileHost(new(HostileHost.Unthrottled())
        {
            ["Widget:AllowedOrigins:0"] = "https://parents.example.org",
            ["Widget:AllowedOrigins:1"] = "https://school.example:8443/",
        });
        using var open = new HostileHost(HostileHost.Unthrottled());

        var limited = await CspAsync(strict.CreateBoundedClient(), "/");
        var any = await CspAsync(open.CreateBoundedClient(), "/");

        Assert.Contains("frame-ancestors 'self' https://parents.example.org https://school.example:8443", limited, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", any, StringComparison.Ordinal);
        // Web Chat runs under it: same-origin scripts only, its inline styles, blob: and data: images.
        Assert.Contains("script-src 'self';", any, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob:", any, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConsole_AndTheApis_AreNeverFramed_AndLoadNothing()
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled()) { ["Widget:AllowedOrigins:0"] = "https://parents.example.org" });
        var http = host.CreateBoundedClient();

        var console = await CspAsync(http, "/advocates/sign-in");
        var api = await CspAsync(http, "/api/v1/steps");

        Assert.Contains("frame-ancestors 'none'", console, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", console, StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", api);
    }

    [Theory]
    [InlineData("https://parents.example.org; script-src *")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://parents.example.org/path")]
    public void AnAllowedOriginThatIsNotAnOrigin_StopsTheStart_NamingTheSetting(string origin)
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled()) { ["Widget:AllowedOrigins:0"] = origin });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Widget:AllowedOrigins", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetterDownloads_RendersAndDirectLineReads_AreNeverStored()
    {
        using var host = new HostileHost(HostileHost.Unthrottled());
        var http = host.CreateBoundedClient();
        var link = host.Services.GetRequiredService<LetterLinks>().IssuePath(new LetterOrder("records-request", LetterFormat.Txt,
            new Dictionary<string, string?>
            {
                ["childName"] = "Sam", ["childDateOfBirth"] = "2016-07-19", ["school"] = "Lincoln Elementary", ["grade"] = "3rd",
                ["district"] = "Springfield Public Schools", ["parentName"] = "Ana", ["parentEmail"] = "ana@example.org", ["parentPhone"] = "555-0100",
                ["parentAddress"] = "1 Main St", ["recipientName"] = "Dr. Lee", ["recipientTitle"] = "Director", ["principalName"] = "Ms. Park",
            },
            new CaseFacts(), new DateOnly(2026, 11, 26)));
        var session = await DirectLineSession.TryStartAsync(http);
        Assert.NotNull(session);

        using var download = await http.GetAsync(new Uri(link, UriKind.Relative));
        using var render = await ChatClient.PostRawAsync(http, "/api/v1/letters/records-request/render?format=txt",
            """{"fields":{"childName":"Sam"},"facts":{"today":"2026-11-26"}}"""u8.ToArray(), "application/json");
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"/v3/directline/conversations/{session.ConversationId}/activities", UriKind.Relative));
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var activities = await http.SendAsync(read);
        using var token = await ChatClient.PostRawAsync(http, "/api/widget/token", "{}"u8.ToArray(), "application/json");

        foreach (var response in new[] { download, render, activities, token })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri} is cacheable: {response.Headers.CacheControl}");
        }
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(HttpStatusCode.OK, activities.StatusCode);
    }

    [Fact]
    public async Task OverARealConnection_ThereIsNoServerHeader()
    {
        using var host = new HostileHost(HostileHost.Unthrottled());
        using var http = host.StartOnKestrel();

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        using var api = await http.GetAsync(new Uri("/api/v1/steps", UriKind.Relative));

        Assert.True(page.IsSuccessStatusCode);
        Assert.False(page.Headers.Contains("Server"));
        Assert.False(api.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Testing", true)]
    [InlineData("Development", false)]
    public async Task ConsoleCookies_AreSecureOutsideDevelopment_EvenOverPlainHttp(string environment, bool secure)
    {
        using var host = new HostileHost(HostileHost.Unthrottled(), environment: environment);

        using var response = await host.CreateBoundedClient().GetAsync(new Uri("/advocates/sign-in", UriKind.Relative));

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Equal(secure, c.Contains("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task AHostNameNotInAllowedHosts_Is400_AndIsNeverEchoedIntoTheWidgetsUrls()
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled()) { ["AllowedHosts"] = "navigator.example.org;localhost" });
        var http = host.CreateBoundedClient();
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/widget/token", UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        forged.Headers.Host = "attacker.example";

        using var response = await http.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("attacker.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task TheRepositorysDefaultAllowedHosts_AreTheLocalNames()
    {
        using var host = new HostileHost(HostileHost.Unthrottled());
        var http = host.CreateBoundedClient();
        using var forged = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        forged.Headers.Host = "attacker.example";

        using var refused = await http.SendAsync(forged);
        using var local = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Theory]
    [InlineData("Production", "*", true)]
    [InlineData("Production", "navigator.example.org", false)]
    [InlineData("Development", "*", false)]
    public async Task AnyHostAllowed_OutsideDevelopment_IsOneWarningAtStart(string environment, string allowedHosts, bool warned)
    {
        using var host = new HostileHost(new(HostileHost.Unthrottled()) { ["AllowedHosts"] = allowedHosts }, environment: environment);

        using var started = await host.CreateBoundedClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(warned ? 1 : 0, host.Logs.Warnings.Count(e => e.EventId == 7401));
    }

    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Production", "https://parents.example.org", false)]
    [InlineData("Development", null, false)]
    public async Task AnySiteMayFrame_OutsideDevelopment_IsOneWarningAtStart(string environment, string? allowedOrigin, bool warned)
    {
        var settings = new Dictionary<string, string?>(HostileHost.Unthrottled());
        if (allowedOrigin is not null)
        {
            settings["Widget:AllowedOrigins:0"] = allowedOrigin;
        }
        using var host = new HostileHost(settings, environment: environment);

        using var started = await host.CreateBoundedClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        var warnings = host.Logs.Warnings.Where(e => e.EventId == 7402).ToList();
        Assert.Equal(warned ? 1 : 0, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("Widget:AllowedOrigins", w.Message, StringComparison.Ordinal));
    }

    private static async Task<string> CspAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return Header(response, "Content-Security-Policy") ?? throw new InvalidOperationException($"{path} has no CSP.");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
