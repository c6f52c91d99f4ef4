using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Urgency;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests.Triage;

/// <summary>From the chat to a stored packet through the real host, triage desk and SQLite packet store.</summary>
public sealed class TriageHostConversationTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const string Owner = "test/parent-1";
    private const string Words = "He has been sent home almost every week since October.";
    private readonly TriageHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task DisciplinePastTenDays_EndsInAStoredUrgentPacket_SeenBeforeSending()
    {
        var client = host.Client("triage-urgent");
        await ToDisciplineAdviceAsync(client);

        var preview = await ToPreviewAsync(client);
        output.WriteLine(BotClient.Texts(preview));
        Assert.Empty(await host.Desk.ListAsync(Owner));
        // One urgency vocabulary: the parent's preview names the level as the console does.
        Assert.Contains(host.Content.Format("preview.urgency", UrgencyWording.Label(UrgencyLevel.Urgent, "en")), BotClient.Texts(preview));
        Assert.Contains("Partners Resource Network", BotClient.Texts(preview));
        Assert.Contains("Disability Rights Texas", BotClient.Texts(preview));

        var sent = await client.SendAsync(host.Content["button.send"]);

        Assert.Contains("withdraw my request", BotClient.Texts(sent));
        var receipt = Assert.Single(await host.Desk.ListAsync(Owner));
        var packet = (await host.Packets.GetAsync(receipt.PacketId, CancellationToken.None))!.Packet;
        Assert.Equal(UrgencyLevel.Urgent, packet.Urgency.Level);
        Assert.Contains(packet.Urgency.Reasons, r => r.Code == "discipline-over-ten-days");
        Assert.Equal(Stage.Discipline, packet.Stage);
        Assert.Equal(12, packet.Facts.DaysRemovedThisYear);
        Assert.Contains(packet.Steps, s => s.Id == "manifestation-determination");
        Assert.Equal(Words, packet.ParentWords);
        Assert.Equal("sam@example.com", packet.Contact.Address);
        Assert.Equal("TX", packet.State);
        Assert.Equal("Disability Rights Texas", packet.FreeHelp.Help?.ProtectionAndAdvocacy?.Name);
    }

    [Fact]
    public async Task ConsentRefused_StoresNothing_AndNamesFreeHelp()
    {
        var client = host.Client("triage-refused");
        await ToDisciplineAdviceAsync(client);
        await client.SendAsync("talk to an advocate");

        var refused = await client.SendAsync(host.Content["button.consentNo"]);

        Assert.Empty(await host.Desk.ListAsync(Owner));
        var text = BotClient.Texts(refused);
        Assert.Contains(host.Content["consent.refused"], text);
        Assert.Contains("parentcenterhub.org", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithdrawMyRequest_DeletesTheStoredPacket()
    {
        var client = host.Client("triage-withdraw");
        await ToDisciplineAdviceAsync(client);
        await ToPreviewAsync(client);
        await client.SendAsync(host.Content["button.send"]);
        var receipt = Assert.Single(await host.Desk.ListAsync(Owner));

        await client.SendAsync("withdraw my request");
        var done = await client.SendAsync("yes");

        Assert.Contains(host.Content["withdraw.done"], BotClient.Texts(done));
        Assert.Empty(await host.Desk.ListAsync(Owner));
        Assert.Null(await host.Packets.GetAsync(receipt.PacketId, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteMyData_DeletesThePacketToo()
    {
        var client = host.Client("triage-delete");
        await ToDisciplineAdviceAsync(client);
        await ToPreviewAsync(client);
        await client.SendAsync(host.Content["button.send"]);

        await client.SendAsync("delete my data");
        await client.SendAsync("yes");

        Assert.Empty(await host.Desk.ListAsync(Owner));
    }

    [Fact]
    public async Task Disagreement_WithADueProcessComplaintFiled_IsUrgentBecauseTheClockRuns()
    {
        var client = host.Client("triage-due-process");
        await client.SendAsync("I disagree with the school and they won't listen");
        await client.SendAsync("no");
        await client.SendAsync("no");
        await client.SendAsync("no");
        await client.SendAsync("talk to an advocate");
        await client.SendAsync(host.Content["button.consentYes"]);
        await client.SendAsync("WA");
        await client.SendAsync(host.Content["button.skip"]);
        await client.SendAsync(host.Content["button.english"]);
        await client.SendAsync(host.Content["button.phone"]);
        await client.SendAsync("555-123-4567");
        await client.SendAsync(host.Content["button.anyTime"]);
        await client.SendAsync(host.Content["button.skip"]);
        var dueProcess = await client.SendAsync(host.Content["button.wordsNo"]);
        Assert.Contains(host.Content["dueProcess.question"], BotClient.Texts(dueProcess));
        var filedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5);
        await client.SendAsync(filedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var preview = await client.SendAsync(host.Content["button.canPay"]);
        Assert.Contains(host.Content["preview.title"], BotClient.Texts(preview));

        await client.SendAsync(host.Content["button.send"]);

        var receipt = Assert.Single(await host.Desk.ListAsync(Owner));
        var packet = (await host.Packets.GetAsync(receipt.PacketId, CancellationToken.None))!.Packet;
        Assert.Equal(filedOn, packet.DueProcessFiledOn);
        Assert.Equal(UrgencyLevel.Urgent, packet.Urgency.Level);
        Assert.Contains(packet.Urgency.Reasons, r => r.Code == "due-process-clock-running");
        Assert.Null(packet.ParentWords);
        Assert.Equal("5551234567", packet.Contact.Address);
    }

    private static async Task ToDisciplineAdviceAsync(BotClient client)
    {
        await client.SendAsync("he got suspended again");
        await client.SendAsync("yes"); // has an IEP: the full discipline protections
        await client.SendAsync("12");
        var advice = await client.SendAsync("last Monday");
        Assert.Contains("manifestation-determination", BotClient.StepIds(advice));
    }

    /// <summary>
    /// The hand-off's questions in their order for a case without a state: consent, the state, the parent's name
    /// (skipped), the language, e-mail, when, the child's first name (skipped), own words, the payment question.
    /// </summary>
    private async Task<IReadOnlyList<JObject>> ToPreviewAsync(BotClient client)
    {
        foreach (var text in new[]
        {
            "talk to an advocate", host.Content["button.consentYes"], "Texas", host.Content["button.skip"], host.Content["button.english"],
            host.Content["button.email"], "sam@example.com", "weekday evenings", host.Content["button.skip"], host.Content["button.wordsYes"], Words,
        })
        {
            await client.SendAsync(text);
        }
        var preview = await client.SendAsync(host.Content["button.cannotPay"]);
        Assert.Contains(host.Content["preview.title"], BotClient.Texts(preview));
        return preview;
    }
}
