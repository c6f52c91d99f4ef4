using System.Net;
using DocumentFormat.OpenXml.Packaging;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Triage.Tests.Console;

public sealed class AdvocateConsoleTests
{
    [Theory]
    [InlineData("/advocates")]
    [InlineData("/advocates/audit")]
    [InlineData("/advocates/packets/0193a9b0-0000-7000-8000-000000000000")]
    public async Task Get_Anonymous_RedirectsToSignIn(string path)
    {
        await using var host = await ConsoleHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/advocates/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostStatus_WithoutSigningIn_Is401AndChangesNothing()
    {
        await using var host = await ConsoleHost.StartAsync();
        var packet = await SubmitAsync(host);

        using var response = await host.Client.PostAsync(new Uri($"/advocates/packets/{packet.Id}/status", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "closed" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var stored = await host.Services.GetRequiredService<TriagePacketStore>().GetAsync(packet.Id, CancellationToken.None);
        Assert.Equal(PacketStatus.New, stored!.Status);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is401AndTheQueueStaysClosed()
    {
        await using var host = await ConsoleHost.StartAsync();

        using var signIn = await host.SignInAsync(TriageConfiguration.AdvocateName, "wrong password");
        using var queue = await host.Client.GetAsync(new Uri("/advocates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        var audit = await host.Services.GetRequiredService<AuditTrail>().ListAsync(null, 10, CancellationToken.None);
        Assert.Equal("sign-in-failed", Assert.Single(audit).Action);
    }

    [Fact]
    public async Task SignIn_ConfiguredHash_OpensTheQueueWithTheUrgentPacketFirst()
    {
        await using var host = await ConsoleHost.StartAsync();
        var routine = await SubmitAsync(host, Cases.EarlyConcern());
        var urgent = await SubmitAsync(host);

        using var signIn = await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        var html = await host.Client.GetStringAsync(new Uri("/advocates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/advocates", signIn.Headers.Location!.OriginalString);
        var urgentAt = html.IndexOf(urgent.Id.ToString(), StringComparison.Ordinal);
        var routineAt = html.IndexOf(routine.Id.ToString(), StringComparison.Ordinal);
        Assert.True(urgentAt >= 0 && routineAt > urgentAt, "The urgent packet is listed before the routine one.");
    }

    [Fact]
    public async Task SignedIn_ViewSetStatusAndExport_AreDoneAndAudited()
    {
        await using var host = await ConsoleHost.StartAsync();
        var packet = await SubmitAsync(host);
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        var path = $"/advocates/packets/{packet.Id}";

        var token = await host.FormTokenAsync(path);
        using var update = await host.Client.PostAsync(new Uri(path + "/status", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["status"] = "contacted",
            ["note"] = "Left a voicemail; call back Thursday.",
        }));
        var page = await host.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        var docx = await host.Client.GetByteArrayAsync(new Uri(path + "/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        Assert.Contains("Left a voicemail; call back Thursday.", page, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Urgency", text, StringComparison.Ordinal);
            Assert.Contains("manifestation determination", text, StringComparison.OrdinalIgnoreCase);
        }

        var audit = await host.Services.GetRequiredService<AuditTrail>().ListAsync(packet.Id, 20, CancellationToken.None);
        Assert.All(audit, entry => Assert.Equal(TriageConfiguration.AdvocateName, entry.Actor));
        Assert.Equal(
            ["add-note", "export-docx", "set-status:contacted", "view-packet", "view-packet"],
            audit.Select(entry => entry.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostStatus_SignedInWithoutAntiforgeryToken_IsRefused()
    {
        await using var host = await ConsoleHost.StartAsync();
        var packet = await SubmitAsync(host);
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);

        using var response = await host.Client.PostAsync(new Uri($"/advocates/packets/{packet.Id}/status", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "closed" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BackgroundService_DeliversANewPacketWithoutBeingAsked()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await ConsoleHost.StartAsync(receiver.Url);

        var packet = await SubmitAsync(host);

        var body = await receiver.FirstProcessed.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(packet.Id.ToString(), body.GetProperty("packet").GetProperty("id").GetString());
    }

    private static async Task<TriagePacket> SubmitAsync(ConsoleHost host, TriageRequest? request = null) =>
        (await host.Services.GetRequiredService<ITriageDesk>().SubmitAsync(request ?? Cases.Suspended())).Packet!;
}
