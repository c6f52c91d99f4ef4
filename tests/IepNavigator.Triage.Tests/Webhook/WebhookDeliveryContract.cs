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
