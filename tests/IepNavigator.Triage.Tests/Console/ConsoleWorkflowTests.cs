using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Triage.AdvocateConsole;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Tests.Infrastructure;
using IepNavigator.Triage.Wording;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Triage.Tests.Console;

/// <summary>
/// The console as advocates work in it (a real Kestrel host, a browser-like client): the queue one row per family with
/// filters, status, assignment and notes at the top of a request, each audited as what it is, withdrawn requests, the
/// .docx brief.
/// </summary>
public sealed partial class ConsoleWorkflowTests
{
    [Fact]
    public async Task Queue_OneRowPerFamily_WithChildStateNextDeadlineUrgencyStatusAndAdvocate()
    {
        await using var host = await ConsoleHost.StartAsync();
        var tyler = await SubmitAsync(host, Families.CaliforniaDiscipline("webchat/carter"));
        // The same family's second child: one row, both requests reachable from it.
        var ana = await SubmitAsync(host, Families.CaliforniaDiscipline("webchat/carter") with { CaseId = "case-ana", Child = new ChildSummary { Name = "Ana Carter" } });
        await SubmitAsync(host, Families.TexasIgnored());
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);

        var html = await host.Client.GetStringAsync(new Uri("/advocates", UriKind.Relative));

        var rows = Rows(html);
        Assert.Equal(2, rows.Count);
        Assert.Contains("Tyler", rows[0], StringComparison.Ordinal);
        Assert.Contains(ana.Id.ToString(), rows[0], StringComparison.Ordinal);
        Assert.Contains(tyler.Id.ToString(), rows[0], StringComparison.Ordinal);
        Assert.Contains("2 requests from this family", rows[0], StringComparison.Ordinal);
        Assert.Contains("California (CA)", rows[0], StringComparison.Ordinal);
        Assert.Contains("November 12, 2026", rows[0], StringComparison.Ordinal);
        Assert.True(rows[0].Contains(">Urgent<", StringComparison.Ordinal), rows[0]);
        Assert.Contains(">New<", rows[0], StringComparison.Ordinal);
        Assert.Contains(">Unassigned<", rows[0], StringComparison.Ordinal);
        Assert.True(rows[1].Contains("Maya", StringComparison.Ordinal), rows[1]);
        Assert.Contains("overdue by 74 days", rows[1], StringComparison.Ordinal);
        Assert.Contains(">Soon<", rows[1], StringComparison.Ordinal);
        // Reason codes are for machines: the queue says when, not "discipline-over-ten-days".
        Assert.DoesNotContain("discipline-over-ten-days", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_ClosedRequestsLeave_AndTheFiltersFindThemAndEachAdvocatesOwn()
    {
        await using var host = await ConsoleHost.StartAsync();
        var closed = await SubmitAsync(host, Families.TexasIgnored());
        var mine = await SubmitAsync(host, Families.CaliforniaDiscipline());
        var store = host.Services.GetRequiredService<TriagePacketStore>();
        Assert.True(await store.SetStatusAsync(closed.Id, PacketStatus.Closed, null, "maria", CancellationToken.None));
        Assert.True(await store.AssignAsync(mine.Id, TriageConfiguration.AdvocateName, CancellationToken.None));
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);

        var open = await host.Client.GetStringAsync(new Uri("/advocates", UriKind.Relative));
        var closedOnly = await host.Client.GetStringAsync(new Uri("/advocates?status=closed", UriKind.Relative));
        var maria = await host.Client.GetStringAsync(new Uri("/advocates?advocate=maria", UriKind.Relative));
        var unassigned = await host.Client.GetStringAsync(new Uri("/advocates?advocate=none", UriKind.Relative));
        var nonsense = await host.Client.GetAsync(new Uri("/advocates?status=%3Cscript%3E&advocate=nobody", UriKind.Relative));

        Assert.DoesNotContain(closed.Id.ToString(), open, StringComparison.Ordinal);
        Assert.Contains(mine.Id.ToString(), open, StringComparison.Ordinal);
        Assert.Contains(closed.Id.ToString(), closedOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.Id.ToString(), closedOnly, StringComparison.Ordinal);
        Assert.Contains(mine.Id.ToString(), maria, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.Id.ToString(), unassigned, StringComparison.Ordinal);
        // An unknown filter value is the default view, never an error page.
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Contains(mine.Id.ToString(), await nonsense.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packet_StatusAssignmentAndNotesComeFirst_EachAuditedAsWhatItIs_AndShownOnTheRequest()
    {
        await using var host = await ConsoleHost.StartAsync();
        var packet = await SubmitAsync(host, Families.CaliforniaDiscipline());
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        var path = $"/advocates/packets/{packet.Id}";

        using var note = await PostAsync(host, path, "/notes", new() { ["note"] = "Left a voicemail; call back Thursday." });
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var sameStatus = await PostAsync(host, path, "/status", new() { ["status"] = "new", ["note"] = "Still new: waiting for her call." });
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var assign = await PostAsync(host, path, "/assign", new() { ["advocate"] = TriageConfiguration.AdvocateName });
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var status = await PostAsync(host, path, "/status", new() { ["status"] = "contacted" });
        using var stranger = await PostAsync(host, path, "/assign", new() { ["advocate"] = "someone-else" });
        var page = await host.Client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        var audit = (await host.Services.GetRequiredService<AuditTrail>().ListAsync(packet.Id, 50, CancellationToken.None))
            .Where(entry => !entry.Action.StartsWith("view", StringComparison.Ordinal)).Select(entry => entry.Action).Reverse().ToList();
        // A note is a note; saving the same status with a note is not a status change.
        Assert.Equal(["add-note", "add-note", "assign:maria", "set-status:contacted"], audit);
        var work = page.IndexOf("Status, assignment and notes", StringComparison.Ordinal);
        Assert.True(work > 0 && work < page.IndexOf(">Who<", StringComparison.Ordinal) && work < page.IndexOf(">Next steps<", StringComparison.Ordinal),
            "The status, assignment and notes come before the brief's sections.");
        Assert.Contains("Status: Contacted since", page, StringComparison.Ordinal);
        Assert.Contains("Assigned to: maria", page, StringComparison.Ordinal);
        Assert.Contains("Left a voicemail; call back Thursday.", page, StringComparison.Ordinal);
        Assert.Contains("maria: set the status to Contacted", page, StringComparison.Ordinal);
        Assert.Contains("maria: assigned it to maria", page, StringComparison.Ordinal);
        Assert.Contains("maria: added a note", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_OpenLinkShowsAClearPage_TheWithdrawalIsAudited_AndNothingOfItRemains()
    {
        await using var host = await ConsoleHost.StartAsync();
        var packet = await SubmitAsync(host, Families.CaliforniaDiscipline("webchat/withdrawing"));
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        var path = $"/advocates/packets/{packet.Id}";
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);

        Assert.True(await host.Services.GetRequiredService<ITriageDesk>().WithdrawAsync("webchat/withdrawing", packet.Id));
        using var page = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var export = await host.Client.GetAsync(new Uri(path + "/export.docx", UriKind.Relative));
        using var never = await host.Client.GetAsync(new Uri($"/advocates/packets/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This request was withdrawn", html, StringComparison.Ordinal);
        Assert.Contains("The family withdrew this request on November 2, 2026", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, export.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        Assert.Equal("text/html", never.Content.Headers.ContentType?.MediaType);
        var withdrawal = Assert.Single(await host.Services.GetRequiredService<AuditTrail>().ListAsync(packet.Id, 50, CancellationToken.None), e => e.Action == AuditTrail.WithdrawnAction);
        Assert.Equal(AuditTrail.FamilyActor, withdrawal.Actor);
        var queue = await host.Client.GetStringAsync(new Uri("/advocates?status=all", UriKind.Relative));
        Assert.DoesNotContain(packet.Id.ToString(), queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsAStyledBriefNobodyCaches()
    {
        await using var host = await ConsoleHost.StartAsync();
        var packet = await SubmitAsync(host, Families.FloridaSpanish());
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);

        using var response = await host.Client.GetAsync(new Uri($"/advocates/packets/{packet.Id}/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "The .docx holds a child's disability information: Cache-Control: no-store.");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles;
        Assert.NotNull(styles);
        var defined = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet();
        var paragraphs = document.MainDocumentPart.Document.Body!.Elements<Paragraph>().ToList();
        var used = paragraphs.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).OfType<string>().ToHashSet();
        Assert.Subset(defined, used);
        Assert.Equal("Sofía, Florida", paragraphs[0].InnerText);
        Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var headings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Who", "What's urgent", "Deadlines", "What the parent already sent", "What the school has answered", "Next steps", "In the parent's own words", "Documents", "Case facts", "Free help", "Notes from the knowledge base"], headings);
        Assert.Equal(0, styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        // The parent's Spanish words keep their language in the document.
        var words = document.MainDocumentPart.Document.Body.Descendants<Run>().Single(r => r.InnerText.StartsWith("Mi hija casi no habla", StringComparison.Ordinal));
        Assert.Equal("es-US", words.RunProperties!.Languages!.Val!.Value);
    }

    private static async Task<HttpResponseMessage> PostAsync(ConsoleHost host, string path, string action, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await host.FormTokenAsync(path);
        return await host.Client.PostAsync(new Uri(path + action, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    private static async Task<TriagePacket> SubmitAsync(ConsoleHost host, TriageRequest request) =>
        (await host.Services.GetRequiredService<ITriageDesk>().SubmitAsync(request)).Packet!;

    [Fact]
    public async Task SpanishSpeakingAdvocates_SignInAndItsBackOff_SpeakSpanishToo()
    {
        await using var host = await ConsoleHost.StartAsync(overrides: new Dictionary<string, string?> { ["Triage:Console:Language"] = "es" });

        var form = WebUtility.HtmlDecode(await host.Client.GetStringAsync(new Uri("/advocates/sign-in", UriKind.Relative)));
        using var wrong = await host.SignInAsync(TriageConfiguration.AdvocateName, "not it");
        var retry = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());

        Assert.Contains("<html lang=\"es\"", form, StringComparison.Ordinal);
        Assert.Contains(">Contraseña</label>", form, StringComparison.Ordinal);
        Assert.DoesNotContain(">Password<", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("no corresponden a una cuenta de defensor", retry, StringComparison.Ordinal);
        Assert.Equal("30 segundos", ConsoleHtml.Wait(TimeSpan.FromSeconds(30), host.Services.GetRequiredService<TriageText>().Console("es")));
    }

    private static List<string> Rows(string html) => [.. RowPattern().Matches(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]).Select(m => m.Value)];

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
