using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Tests.Infrastructure;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.Tests.Store;

/// <summary>The desk and packet store on one provider; run for SQLite and PostgreSQL by the derived classes.</summary>
public abstract class TriageDeskContract
{
    private protected abstract TriageDatabaseKind Kind { get; }

    [Fact]
    public async Task Submit_SuspendedChildWithMeetingSoon_StoresAnUrgentPacketWithItsReasonsAndQueuesIt()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);

        var submission = await triage.Desk.SubmitAsync(Cases.Suspended());

        Assert.True(submission.Stored);
        var stored = await triage.Store.GetAsync(submission.Packet!.Id, CancellationToken.None);
        Assert.NotNull(stored);
        var packet = stored.Packet;
        Assert.Equal(UrgencyLevel.Urgent, packet.Urgency.Level);
        Assert.Contains(packet.Urgency.Reasons, reason => reason.Code == "discipline-over-ten-days");
        Assert.Contains(packet.Urgency.Reasons, reason => reason.Code == "meeting-within-days");
        Assert.Contains(packet.Steps, step => step.Id == "manifestation-determination");
        Assert.Equal(Stage.Discipline, packet.Stage);
        Assert.Equal("records-request", Assert.Single(packet.Ledger).LetterId);
        Assert.Equal(Cases.Suspended().ParentWords, packet.ParentWords);
        Assert.Equal("WA", packet.FreeHelp.Help?.State);
        Assert.Equal(PacketStatus.New, stored.Status);
        Assert.Equal(1, await triage.Outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Preview_EvaluationOverdue_IsPriorityForThePassedDeadlineOnly()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);

        var packet = await triage.Desk.PreviewAsync(Cases.OverdueEvaluation());

        Assert.Equal(UrgencyLevel.Priority, packet.Urgency.Level);
        Assert.Contains("deadline-passed", packet.Urgency.Reasons.Select(reason => reason.Code));
        Assert.DoesNotContain(packet.Urgency.Reasons, reason => reason.Level == UrgencyLevel.Urgent);
    }

    [Fact]
    public async Task Submit_ConsentRefused_StoresAndQueuesNothing()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);

        var submission = await triage.Desk.SubmitAsync(Cases.Suspended("refuser") with { ConsentToShare = false });

        Assert.Equal(TriageOutcome.ConsentRefused, submission.Outcome);
        Assert.Null(submission.Packet);
        Assert.Empty(await triage.Desk.ListAsync("refuser"));
        Assert.Empty(await triage.Store.QueueAsync(10, CancellationToken.None));
        Assert.Equal(0, await triage.Outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Submit_WithoutConsentForOwnWords_DropsTheParentsWords()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);

        var submission = await triage.Desk.SubmitAsync(Cases.EarlyConcern() with { ConsentToShareOwnWords = false });

        var stored = await triage.Store.GetAsync(submission.Packet!.Id, CancellationToken.None);
        Assert.Null(stored!.Packet.ParentWords);
    }

    [Fact]
    public async Task Withdraw_DeletesThePacketAndItsUndeliveredMessage_OnlyForItsOwner()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var kept = (await triage.Desk.SubmitAsync(Cases.EarlyConcern("other-parent"))).Packet!;
        var packet = (await triage.Desk.SubmitAsync(Cases.Suspended("parent"))).Packet!;

        Assert.False(await triage.Desk.WithdrawAsync("other-parent", packet.Id));
        Assert.True(await triage.Desk.WithdrawAsync("parent", packet.Id));

        Assert.Null(await triage.Store.GetAsync(packet.Id, CancellationToken.None));
        Assert.Empty(await triage.Desk.ListAsync("parent"));
        Assert.NotNull(await triage.Store.GetAsync(kept.Id, CancellationToken.None));
        Assert.Equal(1, await triage.Outbox.CountPendingAsync(CancellationToken.None));
        Assert.False(await triage.Desk.WithdrawAsync("parent", packet.Id));
    }

    [Fact]
    public async Task Queue_SortsByUrgencyThenOldestFirst_ClosedLast()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var olderRoutine = (await triage.Desk.SubmitAsync(Cases.EarlyConcern("a") with { Facts = Cases.EarlyConcern().Facts with { State = "NY" } })).Packet!;
        triage.Clock.Advance(TimeSpan.FromMinutes(5));
        var olderUrgent = (await triage.Desk.SubmitAsync(Cases.Suspended("b"))).Packet!;
        triage.Clock.Advance(TimeSpan.FromMinutes(5));
        var newerUrgent = (await triage.Desk.SubmitAsync(Cases.Suspended("c"))).Packet!;
        var closed = (await triage.Desk.SubmitAsync(Cases.Suspended("d"))).Packet!;
        Assert.True(await triage.Store.SetStatusAsync(closed.Id, PacketStatus.Closed, "Referred to the P&A.", "maria", CancellationToken.None));

        var queue = await triage.Store.QueueAsync(10, CancellationToken.None);

        Assert.Equal([olderUrgent.Id, newerUrgent.Id, olderRoutine.Id, closed.Id], queue.Select(entry => entry.Packet.Id));
        var note = Assert.Single((await triage.Store.GetAsync(closed.Id, CancellationToken.None))!.Notes);
        Assert.Equal(("maria", PacketStatus.Closed, "Referred to the P&A."), (note.Author, note.Status, note.Text));
    }

    [Fact]
    public async Task Audit_RecordsWhoWhatWhenAndWhichPacket_NewestFirst()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);
        var packet = (await triage.Desk.SubmitAsync(Cases.Suspended())).Packet!;

        await triage.Audit.RecordAsync("maria", "view-queue", null, CancellationToken.None);
        triage.Clock.Advance(TimeSpan.FromSeconds(1));
        await triage.Audit.RecordAsync("maria", "view-packet", packet.Id, CancellationToken.None);

        var all = await triage.Audit.ListAsync(null, 10, CancellationToken.None);
        Assert.Equal([("view-packet", (Guid?)packet.Id), ("view-queue", null)], all.Select(entry => (entry.Action, entry.PacketId)));
        Assert.Equal(TriageServices.Start.AddSeconds(1), all[0].At);
        Assert.Equal("view-packet", Assert.Single(await triage.Audit.ListAsync(packet.Id, 10, CancellationToken.None)).Action);
    }

    [Fact]
    public async Task Preview_StoresNothingAndMatchesWhatSubmitStores()
    {
        await using var triage = await TriageServices.CreateAsync(Kind);

        var preview = await triage.Desk.PreviewAsync(Cases.Suspended());

        Assert.Empty(await triage.Desk.ListAsync(Cases.Suspended().OwnerUserId));
        var stored = (await triage.Desk.SubmitAsync(Cases.Suspended())).Packet!;
        Assert.Equal(preview.Urgency.Reasons.Select(reason => reason.Code), stored.Urgency.Reasons.Select(reason => reason.Code));
        Assert.Equal(preview.Steps.Select(step => step.Id), stored.Steps.Select(step => step.Id));
    }
}

public sealed class SqliteTriageDeskTests : TriageDeskContract
{
    private protected override TriageDatabaseKind Kind => TriageDatabaseKind.Sqlite;
}

public sealed class PostgresTriageDeskTests : TriageDeskContract
{
    private protected override TriageDatabaseKind Kind => TriageDatabaseKind.Postgres;
}
