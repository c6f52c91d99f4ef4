using System.Net;
using IepNavigator.Web.Letters;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests.Letters;

/// <summary>
/// Every dated step of the advice comes with its calendar reminder, downloaded like a letter's attachments: the due
/// process resolution clocks (34 CFR 300.510: the resolution meeting within 15 days of the filing, the resolution period
/// of 30 days) land on their days in the .ics, in the parent's language.
/// </summary>
public sealed class StepCalendarDownloadTests : IDisposable
{
    private static readonly DateTimeOffset HostNow = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData("en-US", "We filed a due process complaint on November 16, 2026 about his placement", "Calendar reminder")]
    [InlineData("es-US", "Presentamos una queja de debido proceso el 16 de noviembre de 2026 por su ubicación", "Recordatorio de calendario")]
    public async Task DueProcessFiled_AdviceCarriesEachDatedStepsCalendar_DownloadedOnItsDay(string locale, string opening, string label)
    {
        var clock = new FakeTimeProvider(HostNow);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        using var factory = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        var http = factory.CreateClient();
        var client = new BotClient(http, "calendar-" + locale);

        var replies = await client.PostAsync(client.Activity("message", a => { a["text"] = opening; a["locale"] = locale; }));
        for (var turn = 0; turn < 8 && !replies.Any(HasStepCalendar); turn++)
        {
            replies = await client.PostAsync(client.Activity("message", a => { a["text"] = locale == "es-US" ? "No sé" : "I don't know"; a["locale"] = locale; }));
            if (!replies.Any(HasStepCalendar) && BotClient.StepIds(replies).Count > 0)
            {
                replies = await client.PostAsync(client.Activity("message", a => { a["text"] = locale == "es-US" ? "¿Qué más?" : "What else?"; a["locale"] = locale; }));
            }
        }

        var calendars = replies.SelectMany(r => r["attachments"] as JArray ?? []).OfType<JObject>()
            .Where(a => (string?)a["contentType"] == "text/calendar").ToList();
        Assert.NotEmpty(calendars);
        // The resolution meeting: 15 days after the filing (300.510(a)(1)) — December 1, 2026.
        var meeting = Assert.Single(calendars, a => ((string)a["name"]!).StartsWith("prepare-resolution-meeting-", StringComparison.Ordinal));
        Assert.Equal("prepare-resolution-meeting-2026-12-01.ics", (string?)meeting["name"]);
        Assert.StartsWith(label, (string?)meeting["label"], StringComparison.Ordinal);
        var url = (string)meeting["contentUrl"]!;
        Assert.StartsWith(LetterLinks.StepCalendarPrefix, url, StringComparison.Ordinal);

        using var download = await http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType?.MediaType);
        var ics = await download.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART;VALUE=DATE:20261201", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VALARM", ics, StringComparison.Ordinal);

        // Like a letter's link: tampered with or expired, it is a 404.
        using (var forged = await http.GetAsync(new Uri(url[..^4] + (url[^4] == 'A' ? 'B' : 'A') + url[^3..], UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }
        clock.Advance(LetterLinks.DefaultLifetime + TimeSpan.FromMinutes(1));
        using var expired = await http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    private static bool HasStepCalendar(JObject reply) =>
        (reply["attachments"] as JArray ?? []).OfType<JObject>().Any(a => (string?)a["contentType"] == "text/calendar");
}
