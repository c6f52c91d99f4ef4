using IepNavigator.Triage.Tests.Infrastructure;
using IepNavigator.Triage.Webhook;

namespace IepNavigator.Triage.Tests.Webhook;

/// <summary>Outbox delivery to a real loopback receiver; run for SQLite and PostgreSQL.</summary>
public abstract class WebhookDeliveryContract
{
    private static readonly Dictionary<string, string?> QuickRetriesInOneAttempt = new()
    {
        ["Triage:Webhook:QuickRetries"] = "3",
        ["Triage:Webhook:QuickRetryDelay"] = "00:00:00", // the clock is fake: a real delay would never elapse
    };

    private protected abstract TriageDatabaseKind Kind { get; }

    [Fact]
    public async Task Deliver_ReceiverFailsThreeTimesThenSucceeds_QuickRetries_PacketProcessedExactlyOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failures: 3);
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url, overrides: QuickRetriesInOneAttempt);
        var packet = (await triage.Desk.SubmitAsync(Cases.Suspended())).Packet!;

        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));

        Assert.Equal(4, receiver.Requests.Count);
        Assert.All(receiver.Requests, request => Assert.True(request.SignatureValid));
        Assert.Single(receiver.Requests.Select(request => request.DeliveryId).Distinct());
        var body = Assert.Single(receiver.Processed).Value;
        Assert.Equal("packet.created", body.GetProperty("event").GetString());
        Assert.Equal(packet.Id.ToString(), body.GetProperty("packet").GetProperty("id").GetString());
        Assert.Equal("urgent", body.GetProperty("packet").GetProperty("urgency").GetProperty("level").GetString());
        Assert.Equal(0, await triage.Outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Deliver_ReceiverDownThreeTimes_WaitsWithDoublingBackoffAndDeliversOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failures: 3);
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        await triage.Desk.SubmitAsync(Cases.Suspended());

        // FirstBackoff is 30 s: the waits are 30 s, 60 s, 120 s.
        foreach (var wait in new[] { 30, 60, 120 })
        {
            var before = receiver.Requests.Count;
            Assert.Equal(0, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));
            Assert.Equal(before + 1, receiver.Requests.Count);
            Assert.Equal(1, await triage.Outbox.CountPendingAsync(CancellationToken.None));

            triage.Clock.Advance(TimeSpan.FromSeconds(wait - 1));
            Assert.Equal(0, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));
            Assert.Equal(before + 1, receiver.Requests.Count); // not due yet: nothing sent
            triage.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(4, receiver.Requests.Count);
        Assert.Single(receiver.Processed);
        Assert.Equal(0, await triage.Outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Deliver_ResponseLostAfterProcessing_RedeliveryCarriesTheSameIdAndIsProcessedOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failures: 1, loseFirstResponse: true);
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        await triage.Desk.SubmitAsync(Cases.Suspended());

        Assert.Equal(0, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));
        triage.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Single(receiver.Requests.Select(request => request.DeliveryId).Distinct());
        Assert.Single(receiver.Processed);
    }

    [Fact]
    public async Task Restart_AfterDelivery_DoesNotDeliverAgain()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        string dataDirectory;
        Dictionary<string, string?> sameDatabase;
        await using (var first = await TriageServices.CreateAsync(Kind, receiver.Url))
        {
            await first.Desk.SubmitAsync(Cases.Suspended());
            Assert.Equal(1, await first.Dispatcher.DeliverDueAsync(CancellationToken.None));
            dataDirectory = first.DataDirectory;
            sameDatabase = new() { ["Triage:PostgresSchema"] = first.PostgresSchema };
        }

        await using var restarted = await TriageServices.CreateAsync(Kind, receiver.Url, dataDirectory, Kind == TriageDatabaseKind.Postgres ? sameDatabase : null);
        restarted.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, await restarted.Dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Single(receiver.Requests);
        Assert.Equal(0, await restarted.Outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Withdraw_AfterDelivery_SendsAWithdrawnMessageWithIdsOnly()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        var packet = (await triage.Desk.SubmitAsync(Cases.Suspended("parent"))).Packet!;
        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));

        Assert.True(await triage.Desk.WithdrawAsync("parent", packet.Id));
        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));

        var withdrawn = receiver.Processed.Values.Single(body => body.GetProperty("event").GetString() == WebhookPayload.WithdrawnEvent);
        Assert.Equal(packet.Id.ToString(), withdrawn.GetProperty("packetId").GetString());
        Assert.False(withdrawn.TryGetProperty("packet", out _));
        // "Withdrawing deletes it" holds for the outbox too: the delivered packet.created row is gone, only the ids-only message stays.
        Assert.Equal([WebhookPayload.WithdrawnEvent], await OutboxEventsAsync(triage, packet.Id));
    }

    [Fact]
    public async Task Withdraw_BeforeDelivery_LeavesNoRowAndSendsNothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        var packet = (await triage.Desk.SubmitAsync(Cases.Suspended("parent"))).Packet!;

        Assert.True(await triage.Desk.WithdrawAsync("parent", packet.Id));

        Assert.Empty(await OutboxEventsAsync(triage, packet.Id));
        Assert.Equal(0, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Deliver_PacketCreated_CarriesLanguageAndContactPreference_AndNeverThePaymentAnswer()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        var packet = (await triage.Desk.SubmitAsync(Families.FloridaSpanish() with { CanPayForAdvocate = false })).Packet!;

        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));

        var body = Assert.Single(receiver.Processed).Value;
        var sent = body.GetProperty("packet");
        Assert.Equal(packet.Id.ToString(), sent.GetProperty("id").GetString());
        Assert.Equal("es", sent.GetProperty("language").GetString());
        var contact = sent.GetProperty("contact");
        Assert.Equal(("Lucía Gómez", "text", "3055550199", "por la mañana", "es"),
            (contact.GetProperty("name").GetString(), contact.GetProperty("method").GetString(), contact.GetProperty("address").GetString(),
             contact.GetProperty("bestTime").GetString(), contact.GetProperty("preferredLanguage").GetString()));
        Assert.Equal("Sofía", sent.GetProperty("child").GetProperty("firstName").GetString());
        Assert.Equal(("routine", "Routine"), (sent.GetProperty("urgency").GetProperty("level").GetString(), sent.GetProperty("urgency").GetProperty("label").GetString()));
        Assert.Equal("2026-11-05", sent.GetProperty("expectContactBy").GetString());
        Assert.Equal(("es", Families.FloridaSpanish().ParentWords), (sent.GetProperty("parentWords").GetProperty("language").GetString(), sent.GetProperty("parentWords").GetProperty("text").GetString()));
        // The chat promised the payment answer only picks the family's first call.
        var raw = receiver.Requests.Single().Body;
        Assert.DoesNotContain("cannot-pay", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("canPay", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("paying", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ownerUserId", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_OverdueSchoolAnswer_NamesWhoseClockAndItsRule()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        await triage.Desk.SubmitAsync(Families.TexasIgnored());
        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));

        var deadlines = Assert.Single(receiver.Processed).Value.GetProperty("packet").GetProperty("deadlines").EnumerateArray().ToList();

        // A booking system shows the label; the codes let it sort and filter without reading it.
        var overdue = Assert.Single(deadlines, d => d.TryGetProperty("what", out var what) && what.GetString() == "evaluation-response");
        Assert.Equal("Tex. Educ. Code 29.004(c)", overdue.GetProperty("citation").GetString());
        Assert.StartsWith("The school's answer to the evaluation request (Tex. Educ. Code 29.004(c)) — next step: ", overdue.GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payload_EveryFieldIsNamedInTheReadme()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var triage = await TriageServices.CreateAsync(Kind, receiver.Url);
        await triage.Desk.SubmitAsync(Families.TexasIgnored() with { ConsentToShareOwnWords = true, ParentWords = "Nothing since July." });
        Assert.Equal(1, await triage.Dispatcher.DeliverDueAsync(CancellationToken.None));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "IepNavigator.Triage", "README.md"));
        var contract = readme[readme.IndexOf("## Webhook contract", StringComparison.Ordinal)..];

        var missing = FieldNames(Assert.Single(receiver.Processed).Value).Where(name => !contract.Contains($"`{name}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "Not named in the README's webhook contract: " + string.Join(", ", missing));
    }

    /// <summary>Every property name in the message, except the contract facts (named in knowledge-contract.md).</summary>
    private static IEnumerable<string> FieldNames(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject()
            .SelectMany(p => p.Name == "facts" ? [p.Name] : FieldNames(p.Value).Prepend(p.Name)).Distinct(),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(FieldNames).Distinct(),
        _ => [],
    };

    private static async Task<List<string>> OutboxEventsAsync(TriageServices triage, Guid packetId)
    {
        var connection = await triage.Database.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The table name comes from the provider.
            command.CommandText = $"SELECT event FROM {triage.Database.Table("outbox")} WHERE packet_id = @id";
#pragma warning restore CA2100
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = packetId.ToString("N");
            command.Parameters.Add(parameter);
            var events = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                events.Add(reader.GetString(0));
            }
            return events;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IepNavigator.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (IepNavigator.sln) is not above the test folder.");
    }
}

public sealed class SqliteWebhookDeliveryTests : WebhookDeliveryContract
{
    private protected override TriageDatabaseKind Kind => TriageDatabaseKind.Sqlite;
}

public sealed class PostgresWebhookDeliveryTests : WebhookDeliveryContract
{
    private protected override TriageDatabaseKind Kind => TriageDatabaseKind.Postgres;
}
