using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IepNavigator.Dialogs.IepUploads;
using IepNavigator.DirectLine.Attachments;
using IepNavigator.IepReading.Corpus;
using IepNavigator.Web.IepReading;
using IepNavigator.Web.Tests.Retention;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests.IepReading;

/// <summary>
/// The IEP sent in the widget, on the real host: Web Chat's paper-clip posts a multipart upload to the embedded Direct
/// Line, the bot reads the file from the upload store, explains it, and the file is gone from the store afterwards;
/// nothing of it reaches the logs. Teams files come from their download link, capped at the reading limit.
/// </summary>
public sealed class ChatUploadTests : IDisposable
{
    private const string Secret = "chat-upload-tests-secret-0123456789";
    private const string UserId = "dl-parent-upload";
    private readonly NavigatorHostFactory _host = new();
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _host.Dispose();

    private WebApplicationFactoryClient Start()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var factory = _host.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DirectLine:Secret", Secret);
            builder.ConfigureTestServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
            });
        });
        return new WebApplicationFactoryClient(factory.CreateClient(), factory.Services);
    }

    private sealed record WebApplicationFactoryClient(HttpClient Http, IServiceProvider Services);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string conversationId, string document)
    {
        var file = CorpusDocuments.Get(document);
        using var form = new MultipartFormDataContent();
        // As DirectLineJS sends it: the activity as a JSON blob, then the file.
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes(new JObject
        {
            ["type"] = "message",
            ["from"] = new JObject { ["id"] = UserId },
            ["channelData"] = new JObject { ["clientActivityID"] = "upload-1" },
        }.ToString()));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var part = new ByteArrayContent(file.File);
        part.Headers.ContentType = new MediaTypeHeaderValue(file.FileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(part, "file", file.FileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversationId}/upload", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task An_iep_uploaded_in_the_widget_is_explained_and_gone_from_the_upload_store()
    {
        var host = Start();
        var parent = new DirectLineParent(host.Http, Secret, UserId);
        await parent.StartAsync();

        using var response = await UploadAsync(host.Http, parent.ConversationId, "01-lincoln-table");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var history = await parent.HistoryAsync();
        var said = DirectLineParent.Texts(history);
        Assert.Contains("I read Eli's IEP (2 pages)", said, StringComparison.Ordinal);
        Assert.Contains("**Annual goals**", said, StringComparison.Ordinal);
        var last = history[^1];
        Assert.Equal("2026-10-14", (string?)last["channelData"]?["iepNavigator"]?["facts"]?["lastIepReviewOn"]);
        Assert.Contains("Do you get these reports?", (string?)last["text"], StringComparison.Ordinal);

        // The file was read once and dropped: its link no longer answers, and the store no longer has it.
        var upload = history.Single(a => (string?)a["from"]?["id"] == UserId && a["attachments"] is JArray);
        var link = (string)upload["attachments"]![0]!["contentUrl"]!;
        using var download = await host.Http.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Null(host.Services.GetRequiredService<AttachmentStore>().Find(link[(link.LastIndexOf('/') + 1)..]));

        // Nothing of the file in the logs: not the child's name, not the file's name, not a goal.
        var logged = string.Join("\n", _logs.Lines);
        Assert.DoesNotMatch(@"\bEli\b", logged);
        Assert.DoesNotContain(CorpusDocuments.Get("01-lincoln-table").FileName, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("words correct per minute", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_iep_uploaded_in_the_widget_gets_the_plain_sentence_and_is_gone_too()
    {
        var host = Start();
        var parent = new DirectLineParent(host.Http, Secret, UserId);
        await parent.StartAsync();
        using var response = await UploadAsync(host.Http, parent.ConversationId, "09-oak-scanned");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await parent.HistoryAsync();
        Assert.Contains("This looks like a scan", DirectLineParent.Texts(history), StringComparison.Ordinal);
        var link = (string)history.Single(a => a["attachments"] is JArray && (string?)a["from"]?["id"] == UserId)["attachments"]![0]!["contentUrl"]!;
        using var download = await host.Http.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Theory]
    [InlineData(4, 4, AttachmentFetchStatus.Fetched)]
    [InlineData(5, 4, AttachmentFetchStatus.TooLarge)]
    public async Task A_teams_file_is_downloaded_from_its_link_up_to_the_limit(int size, int limit, AttachmentFetchStatus expected)
    {
        var handler = new FileHandler(new byte[size]);
        var source = new ChatAttachmentSource(new HandlerFactory(handler));
        var attachment = new Attachment(ChatFiles.TeamsFileDownloadInfo, name: "iep.pdf",
            content: new JObject { ["downloadUrl"] = "https://contoso.sharepoint.com/download/abc", ["fileType"] = "pdf" });
        var fetched = await source.FetchAsync(attachment, limit, CancellationToken.None);
        Assert.Equal(expected, fetched.Status);
        Assert.Equal(new Uri("https://contoso.sharepoint.com/download/abc"), handler.Asked);

        // Only an https link is followed.
        var plain = new Attachment(ChatFiles.TeamsFileDownloadInfo, content: new JObject { ["downloadUrl"] = "http://169.254.169.254/latest" });
        Assert.Equal(AttachmentFetchStatus.Unavailable, (await source.FetchAsync(plain, limit, CancellationToken.None)).Status);
    }

    private sealed class FileHandler(byte[] body) : HttpMessageHandler
    {
        public Uri? Asked { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked ??= request.RequestUri;
            // No Content-Length: the cap must hold while reading, not only on the header.
            var content = new StreamContent(new MemoryStream(body));
            content.Headers.ContentLength = null;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    private sealed class HandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
