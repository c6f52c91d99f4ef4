using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using IepNavigator.Letters.Rendering;
using IepNavigator.Web.Letters;
using IepNavigator.Knowledge.Facts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests;

public sealed class LetterApiTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    private static readonly JObject CompleteFields = new()
    {
        ["childName"] = "Maya O'Brien",
        ["childDateOfBirth"] = "2017-04-02",
        ["school"] = "Lincoln Elementary",
        ["grade"] = "3rd",
        ["district"] = "Springfield Public Schools",
        ["parentName"] = "Ana O'Brien",
        ["parentEmail"] = "ana@example.org",
        ["parentPhone"] = "555-0100",
        ["parentAddress"] = "1 Main St, Springfield",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
        ["principalName"] = "Ms. Park",
    };

    private async Task<HttpResponseMessage> RenderAsync(string id, string format, JObject fields, JObject? facts = null)
    {
        var body = new JObject { ["fields"] = fields, ["facts"] = facts ?? new JObject { ["today"] = "2026-11-26", ["stage"] = "concerned", ["concerns"] = new JArray("reading", "attention") } };
        using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        return await host.CreateClient().PostAsync(new Uri($"/api/v1/letters/{id}/render?format={format}", UriKind.Relative), content);
    }

    [Fact]
    public async Task Letters_ListsEveryTemplateWithItsFields()
    {
        var list = JArray.Parse(await host.CreateClient().GetStringAsync(new Uri("/api/v1/letters", UriKind.Relative)));
        Assert.True(list.Count >= 16);
        var evaluation = list.Single(l => (string?)l["id"] == "evaluation-request");
        Assert.Contains(evaluation["fields"]!, f => (string?)f["name"] == "childDateOfBirth");
    }

    [Fact]
    public async Task Render_Docx_WithAllFields_IsAWordDocumentNamingTheChild()
    {
        using var response = await RenderAsync("evaluation-request", "docx", CompleteFields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Maya O'Brien", text, StringComparison.Ordinal);
        Assert.Contains("300.301", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MissingFields_Is422ListingThem()
    {
        var fields = (JObject)CompleteFields.DeepClone();
        fields.Remove("childDateOfBirth");
        fields.Remove("school");
        using var response = await RenderAsync("records-request", "txt", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        var missing = problem["missingFields"]!.Select(t => (string)t!).ToList();
        Assert.Contains("childDateOfBirth", missing);
        Assert.Contains("school", missing);
    }

    [Fact]
    public async Task Render_HostileFieldText_ComesOutLiterally()
    {
        var fields = (JObject)CompleteFields.DeepClone();
        fields["childName"] = "{{ 7 | times: 7 }} <script>alert(1)</script> {% for x in y %} مريم";
        using var response = await RenderAsync("records-request", "txt", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("{{ 7 | times: 7 }} <script>alert(1)</script> {% for x in y %} مريم", text, StringComparison.Ordinal);
        Assert.DoesNotContain("49", text.Replace("2026", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-letter", "txt", HttpStatusCode.NotFound)]
    [InlineData("records-request", "pdf", HttpStatusCode.BadRequest)]
    public async Task Render_UnknownLetterOrFormat_IsAClearError(string id, string format, HttpStatusCode expected)
    {
        using var response = await RenderAsync(id, format, CompleteFields);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Render_InvalidFacts_Is400NamingTheFact()
    {
        using var response = await RenderAsync("records-request", "txt", CompleteFields, new JObject { ["state"] = "XX" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("facts.state", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The host's clock alone decides a link's life: far in the past or the future of the machine's clock.</summary>
    [Theory]
    [InlineData("2020-03-02T12:00:00Z")]
    [InlineData("2026-11-26T15:00:00Z")]
    [InlineData("2041-06-03T08:00:00Z")]
    public async Task DownloadLink_Works_ThenExpires_AndCannotBeForged(string hostNow)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(hostNow, System.Globalization.CultureInfo.InvariantCulture));
        using var factory = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        var links = factory.Services.GetRequiredService<LetterLinks>();
        var fields = CompleteFields.Properties().ToDictionary(p => p.Name, p => (string?)p.Value);
        var path = links.IssuePath(new LetterOrder("records-request", LetterFormat.Txt, fields, new CaseFacts(), new DateOnly(2026, 11, 26)));
        var client = factory.CreateClient();

        using (var ok = await client.GetAsync(new Uri(path, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Contains("Maya O'Brien", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var forged = path[..^6] + (path[^6] == 'A' ? 'B' : 'A') + path[^5..];
        using (var tampered = await client.GetAsync(new Uri(forged, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        }

        clock.Advance(LetterLinks.DefaultLifetime + TimeSpan.FromMinutes(1));
        using var expired = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }
}
