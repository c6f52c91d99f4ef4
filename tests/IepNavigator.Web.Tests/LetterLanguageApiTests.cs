using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Web.Letters;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests;

/// <summary>Letters in Spanish and side by side over HTTP: ?lang=en|es|es-en, sealed in the signed download link.</summary>
public sealed class LetterLanguageApiTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    private static Dictionary<string, string?> Fields() => new()
    {
        ["childName"] = "Maya O'Brien",
        ["childDateOfBirth"] = "2 de abril de 2017",
        ["school"] = "Lincoln Elementary",
        ["grade"] = "3rd",
        ["parentName"] = "Ana O'Brien",
        ["parentEmail"] = "ana@example.org",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
    };

    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task SignedLink_EsEn_DownloadsASideBySideDocx()
    {
        var links = host.Services.GetRequiredService<LetterLinks>();
        var path = links.IssuePath(new LetterOrder("records-request", LetterFormat.Docx, Fields(), new CaseFacts(), Today, "es-en"));

        Assert.EndsWith("?lang=es-en", path, StringComparison.Ordinal);
        using var response = await host.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("records-request-2026-11-26-es-en.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<Table>());
        var header = table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["English — for the school", "Español — su copia"], header);
        var dates = table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["November 26, 2026", "26 de noviembre de 2026"], dates);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("ES-EN")]
    public async Task SignedLink_LangChanged_IsRefused(string otherLang)
    {
        var links = host.Services.GetRequiredService<LetterLinks>();
        var path = links.IssuePath(new LetterOrder("records-request", LetterFormat.Docx, Fields(), new CaseFacts(), Today, "es-en"));
        var tampered = path[..path.IndexOf('?', StringComparison.Ordinal)] + "?lang=" + otherLang;

        using var response = await host.CreateClient().GetAsync(new Uri(tampered, UriKind.Relative));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.StatusCode}");
    }

    [Fact]
    public async Task SignedLink_Spanish_IsTheSpanishLetter_AndWithoutLangItIsEnglish()
    {
        var links = host.Services.GetRequiredService<LetterLinks>();
        var client = host.CreateClient();
        var spanish = links.IssuePath(new LetterOrder("records-request", LetterFormat.Txt, Fields(), new CaseFacts(), Today, "es"));
        var english = links.IssuePath(new LetterOrder("records-request", LetterFormat.Txt, Fields(), new CaseFacts(), Today));

        var es = await client.GetStringAsync(new Uri(spanish, UriKind.Relative));
        var en = await client.GetStringAsync(new Uri(english, UriKind.Relative));

        Assert.StartsWith("26 de noviembre de 2026", es, StringComparison.Ordinal);
        Assert.Contains("2 de abril de 2017", es, StringComparison.Ordinal);
        Assert.StartsWith("November 26, 2026", en, StringComparison.Ordinal);
        Assert.DoesNotContain("?lang", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx", "es-en", HttpStatusCode.OK)]
    [InlineData("txt", "es", HttpStatusCode.OK)]
    [InlineData("txt", "es-en", HttpStatusCode.BadRequest)]
    [InlineData("docx", "fr", HttpStatusCode.BadRequest)]
    public async Task Render_TakesLang(string format, string lang, HttpStatusCode expected)
    {
        var body = new JObject
        {
            ["fields"] = JObject.FromObject(Fields()),
            ["facts"] = new JObject { ["today"] = "2026-11-26" },
        };
        using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");

        using var response = await host.CreateClient().PostAsync(
            new Uri($"/api/v1/letters/records-request/render?format={format}&lang={lang}", UriKind.Relative), content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Letters_ListsSpanishTitles_WithLangEs()
    {
        var list = JArray.Parse(await host.CreateClient().GetStringAsync(new Uri("/api/v1/letters?lang=es", UriKind.Relative)));

        Assert.Equal("Solicitud de una reevaluación", (string?)list.Single(l => (string?)l["id"] == "reevaluation-request")["title"]);
    }

    [Fact]
    public void IssuePath_RefusesSideBySideForAnythingButDocx()
    {
        var links = host.Services.GetRequiredService<LetterLinks>();

        Assert.Throws<ArgumentException>(() =>
            links.IssuePath(new LetterOrder("records-request", LetterFormat.Txt, Fields(), new CaseFacts(), Today, "es-en")));
    }
}
