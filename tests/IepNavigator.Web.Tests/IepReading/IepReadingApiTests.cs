using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IepNavigator.IepReading.Corpus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Web.Tests.IepReading;

/// <summary>
/// POST /api/v1/iep/read on the real host: a parent's IEP file in, its reading, facts and explanation out; every bad
/// upload a clear problem+json; nothing of the file in the logs.
/// </summary>
public sealed class IepReadingApiTests : IDisposable
{
    private static readonly Uri Endpoint = new("/api/v1/iep/read", UriKind.Relative);
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private readonly NavigatorHostFactory host = new();
    private readonly CapturingLoggerProvider logs = new();

    public void Dispose() => host.Dispose();

    private HttpClient Client(DateTimeOffset? now = null, Action<IWebHostBuilder>? configure = null)
    {
        var clock = new FakeTimeProvider(now ?? Now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return host.WithWebHostBuilder(builder =>
        {
            configure?.Invoke(builder);
            builder.ConfigureTestServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            });
        }).CreateClient();
    }

    private static MultipartFormDataContent Form(byte[] file, string fileName, string? lang = null)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(content, "file", fileName);
        if (lang is not null)
        {
            form.Add(new StringContent(lang), "lang");
        }
        return form;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<HttpResponseMessage> Post(HttpClient client, string name, string? lang = null)
    {
        var document = CorpusDocuments.Get(name);
        using var form = Form(document.File, document.FileName, lang);
        return await client.PostAsync(Endpoint, form);
    }

    [Fact]
    public async Task Read_PdfIep_GoalsServicesDatesFactsAndExplanation()
    {
        using var response = await Post(Client(), "01-lincoln-table");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("read", body.GetProperty("outcome").GetString());
        Assert.Equal("pdf", body.GetProperty("file").GetProperty("format").GetString());
        var goals = body.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(3, goals.Count);
        Assert.False(goals[2].GetProperty("hasBaseline").GetBoolean());
        Assert.Equal(1, goals[0].GetProperty("at").GetProperty("page").GetInt32());
        var service = body.GetProperty("services")[0];
        Assert.Equal(45, service.GetProperty("minutes").GetInt32());
        Assert.Equal("week", service.GetProperty("frequency").GetProperty("per").GetString());
        Assert.Equal("2027-10-13", body.GetProperty("dates").GetProperty("annualReviewDue").GetProperty("date").GetString());
        Assert.Equal("2026-10-14", body.GetProperty("caseFacts").GetProperty("lastIepReviewOn").GetString());
        Assert.Contains(body.GetProperty("facts").EnumerateArray(), f => f.GetProperty("name").GetString() == "hasProgressReports" && f.GetProperty("needsConfirmation").GetBoolean());
        Assert.False(body.GetProperty("caseFacts").TryGetProperty("hasProgressReports", out _));
        var explanation = body.GetProperty("explanation");
        Assert.Equal("en", explanation.GetProperty("language").GetString());
        Assert.StartsWith("I read Eli's IEP", explanation.GetProperty("overview").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(explanation.GetProperty("confirm").EnumerateArray());
    }

    [Fact]
    public async Task Read_LangFieldOrAcceptLanguage_ExplanationInSpanish()
    {
        var client = Client();
        using var byField = await Post(client, "01-lincoln-table", lang: "es");
        Assert.Equal("es", (await Json(byField)).GetProperty("explanation").GetProperty("language").GetString());

        var document = CorpusDocuments.Get("06-harbor-transition");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = Form(document.File, document.FileName) };
        request.Headers.AcceptLanguage.ParseAdd("es-MX, en;q=0.5");
        using var byHeader = await client.SendAsync(request);
        var body = await Json(byHeader);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.StartsWith("Leí el IEP", body.GetProperty("explanation").GetProperty("overview").GetString(), StringComparison.Ordinal);
        Assert.Equal("present", body.GetProperty("transition").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Read_Scan_SaysItLooksLikeAScan()
    {
        using var response = await Post(Client(), "09-oak-scanned");
        var body = await Json(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("looksScanned", body.GetProperty("outcome").GetString());
        Assert.StartsWith("This looks like a scan", body.GetProperty("explanation").GetProperty("overview").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TodayFromTheHostClock_AnnualReviewOverdueOnceItPasses()
    {
        static async Task<IEnumerable<string?>> Codes(HttpResponseMessage response) =>
            (await Json(response)).GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString());
        using var before = await Post(Client(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)), "01-lincoln-table");
        using var after = await Post(Client(new DateTimeOffset(2027, 11, 1, 12, 0, 0, TimeSpan.Zero)), "01-lincoln-table");
        Assert.DoesNotContain("annual-review-overdue", await Codes(before));
        Assert.Contains("annual-review-overdue", await Codes(after));
    }

    [Fact]
    public async Task Read_NotMultipart_415Problem()
    {
        // Routing itself refuses a body the endpoint does not accept (its OpenAPI says multipart/form-data).
        using var response = await Client().PostAsync(Endpoint, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Read_FormWithoutAFile_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("en"), "lang" } };
        using var response = await Client().PostAsync(Endpoint, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field named 'file'", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TwoFiles_400OneAtATime()
    {
        var document = CorpusDocuments.Get("01-lincoln-table");
        using var form = Form(document.File, document.FileName);
        form.Add(new ByteArrayContent(document.File), "file", "second.pdf");
        using var response = await Client().PostAsync(Endpoint, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("empty.pdf", new byte[0], HttpStatusCode.BadRequest, "empty")]
    [InlineData("picture.pdf", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0 }, HttpStatusCode.UnsupportedMediaType, "notSupported")]
    [InlineData("old.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, HttpStatusCode.UnsupportedMediaType, "oldWordFormat")]
    [InlineData("broken.pdf", new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1', (byte)'.', (byte)'7', 10, (byte)'x' }, HttpStatusCode.UnprocessableEntity, "damaged")]
    public async Task Read_FileItCannotRead_ClearStatusReasonAndPlainMessage(string name, byte[] file, HttpStatusCode status, string reason)
    {
        using var form = Form(file, name, lang: "es");
        using var response = await Client().PostAsync(Endpoint, form);
        Assert.Equal(status, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(reason, body.GetProperty("reason").GetString());
        Assert.Equal("es", body.GetProperty("language").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Read_DecompressionBomb_422Unsafe()
    {
        using var zeros = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(zeros, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            for (int i = 0; i < 120; i++)
            {
                zlib.Write(chunk);
            }
        }
        var data = zeros.ToArray();
        var head = System.Text.Encoding.Latin1.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        var tail = System.Text.Encoding.Latin1.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        using var form = Form([.. head, .. data, .. tail], "bomb.pdf");
        using var response = await Client().PostAsync(Endpoint, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("unsafe", (await Json(response)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Read_FileOverTheConfiguredLimit_413BeforeReading()
    {
        var client = Client(configure: builder => builder.UseSetting("IepReading:MaxFileBytes", "65536"));
        using var form = Form(new byte[200_000], "big.pdf");
        using var response = await client.PostAsync(Endpoint, form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Read_BodyOverTheHostLimit_413()
    {
        using var form = Form(new byte[6 * 1024 * 1024], "huge.pdf");
        using var response = await Client().PostAsync(Endpoint, form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Read_IepWithCanaryDetails_NothingOfItInTheLogs()
    {
        var source = CorpusSource.Parse("canary", """
            @format docx
            Student: Quillonia Vexbrook
            Date of Birth: 07/19/2016
            IEP Meeting Date: 10/01/2026
            # Annual Goals
            Goal 1: By October 2027, Quillonia will read 90 words correct per minute on zebracorn passages, as measured by weekly probes.
            """);
        using var form = Form(CorpusDocuments.RenderFile(source), "canary.docx");
        using var response = await Client().PostAsync(Endpoint, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Quillonia", (await Json(response)).GetProperty("child").GetProperty("name").GetString());
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Quillonia", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("zebracorn", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("07/19/2016", StringComparison.Ordinal));
        // The birth date is read for the age and never handed back.
        Assert.DoesNotContain("2016-07-19", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheUploadAsMultipart()
    {
        var document = JsonDocument.Parse(await Client().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;
        var post = document.GetProperty("paths").GetProperty("/api/v1/iep/read").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("422", out _));
    }
}
