using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Webhook;

namespace IepNavigator.Triage;

/// <summary>Builds packets from the chat's facts (advice, urgency, free help) and stores them only with consent.</summary>
public sealed class TriageDesk(IAdvisor advisor, FreeHelpRule freeHelp, TriagePacketStore store, OutboxSignal signal, TimeProvider clock) : ITriageDesk
{
    public Task<TriagePacket> PreviewAsync(TriageRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(Build(request));

    public async Task<TriageSubmission> SubmitAsync(TriageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.ConsentToShare)
        {
            return new TriageSubmission(TriageOutcome.ConsentRefused, null);
        }

        var packet = Build(request);
        await store.InsertAsync(packet, cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return new TriageSubmission(TriageOutcome.Submitted, packet);
    }

    public async Task<bool> WithdrawAsync(string ownerUserId, Guid packetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerUserId);
        var deleted = await store.DeleteAsync(ownerUserId, packetId, cancellationToken).ConfigureAwait(false) > 0;
        signal.Notify();
        return deleted;
    }

    public async Task<int> WithdrawAllAsync(string ownerUserId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerUserId);
        var deleted = await store.DeleteAsync(ownerUserId, null, cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return deleted;
    }

    public Task<IReadOnlyList<PacketReceipt>> ListAsync(string ownerUserId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerUserId);
        return store.ListForOwnerAsync(ownerUserId, cancellationToken);
    }

    public FreeHelpReferral FreeHelp(CaseFacts facts, IReadOnlyList<NextStep> steps, bool? canPayForAdvocate = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var today = facts.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var urgency = UrgencyAssessor.Assess(facts, new Advice { Steps = steps, Disclaimer = string.Empty }, today);
        return freeHelp.Refer(facts, steps, urgency.Level, canPayForAdvocate);
    }

    private TriagePacket Build(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OwnerUserId);
        ArgumentNullException.ThrowIfNull(request.Facts);
        ArgumentNullException.ThrowIfNull(request.Contact);
        var now = clock.GetUtcNow();
        var today = request.Facts.Today ?? DateOnly.FromDateTime(now.UtcDateTime);
        var advice = advisor.Advise(request.Facts, today);
        var urgency = UrgencyAssessor.Assess(request.Facts, advice, today, request.DueProcessFiledOn);
        return new TriagePacket
        {
            Id = Guid.CreateVersion7(now),
            OwnerUserId = request.OwnerUserId,
            CaseId = request.CaseId,
            CreatedAt = now,
            Today = today,
            State = request.Facts.State,
            Stage = request.Facts.Stage,
            Facts = request.Facts,
            Steps = advice.Steps,
            Warnings = advice.Warnings,
            Ledger = request.Ledger,
            // The parent's own words travel only with their explicit consent.
            ParentWords = request.ConsentToShareOwnWords && !string.IsNullOrWhiteSpace(request.ParentWords) ? request.ParentWords.Trim() : null,
            Contact = request.Contact,
            Availability = request.Availability,
            DueProcessFiledOn = request.DueProcessFiledOn,
            Urgency = urgency,
            FreeHelp = freeHelp.Refer(request.Facts, advice.Steps, urgency.Level, request.CanPayForAdvocate),
            Disclaimer = advice.Disclaimer,
        };
    }
}
