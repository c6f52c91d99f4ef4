using System.Globalization;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Webhook;
using IepNavigator.Triage.Wording;

namespace IepNavigator.Triage;

/// <summary>
/// Builds packets from the chat's facts (advice, urgency, deadlines, free help) in the advocates' language, and stores
/// them only with consent. The parent's answer to the payment question shapes only <see cref="FreeHelp"/> (the parent's
/// preview); a packet is referred without it, so it is never stored nor sent.
/// </summary>
public sealed class TriageDesk(IAdvisor advisor, FreeHelpRule freeHelp, TriagePacketStore store, OutboxSignal signal, TimeProvider clock, AdvocateTime time) : ITriageDesk
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

    public DateOnly ExpectContactBy(UrgencyLevel level) => time.ContactBy(clock.GetUtcNow(), level);

    private TriagePacket Build(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OwnerUserId);
        ArgumentNullException.ThrowIfNull(request.Facts);
        ArgumentNullException.ThrowIfNull(request.Contact);
        var now = clock.GetUtcNow();
        var today = request.Facts.Today ?? DateOnly.FromDateTime(now.UtcDateTime);
        var facts = request.Facts;
        if (facts.DueProcessFiledOn is null && request.DueProcessFiledOn is { } filed)
        {
            facts = facts with { DueProcessFiledOn = filed };
        }
        if (facts.ChildAge is null && AgeOn(request.Child.DateOfBirth, today) is { } age)
        {
            facts = facts with { ChildAge = age };
        }

        // The packet is for the advocates: its advice and sentences in their language, whatever the chat's.
        Advice advice;
        using (ContentLanguage.Begin(time.Language))
        {
            advice = advisor.Advise(facts, today);
        }
        var urgency = UrgencyAssessor.Assess(facts, advice, today, request.DueProcessFiledOn, language: time.Language);
        return new TriagePacket
        {
            Id = Guid.CreateVersion7(now),
            OwnerUserId = request.OwnerUserId,
            CaseId = request.CaseId,
            CreatedAt = now,
            Today = today,
            Language = ContentLanguage.Normalize(request.Language),
            TextLanguage = time.Language,
            State = facts.State,
            Stage = facts.Stage,
            Child = request.Child,
            Facts = facts,
            Steps = advice.Steps,
            Warnings = advice.Warnings,
            Ledger = request.Ledger,
            Deadlines = Deadlines(facts, advice.Steps, request.Ledger, today),
            // The parent's own words travel only with their explicit consent.
            ParentWords = request.ConsentToShareOwnWords && !string.IsNullOrWhiteSpace(request.ParentWords) ? request.ParentWords.Trim() : null,
            Contact = request.Contact,
            Availability = string.IsNullOrWhiteSpace(request.Availability) ? null : request.Availability.Trim(),
            DueProcessFiledOn = facts.DueProcessFiledOn,
            Urgency = urgency,
            ExpectContactBy = time.ContactBy(now, urgency.Level),
            // Without the payment answer: the parent was told it only picks their first call.
            FreeHelp = freeHelp.Refer(facts, advice.Steps, urgency.Level, canPayForAdvocate: null),
            Disclaimer = advice.Disclaimer,
        };
    }

    /// <summary>
    /// Every dated thing to watch, earliest first: each step's due date, the school's answer to each letter sent and
    /// not yet answered, the next IEP meeting.
    /// </summary>
    internal static IReadOnlyList<PacketDeadline> Deadlines(CaseFacts facts, IReadOnlyList<NextStep> steps, IReadOnlyList<LedgerEntry> ledger, DateOnly today)
    {
        var deadlines = new List<PacketDeadline>();
        foreach (var step in steps.Where(step => step.DueBy is not null))
        {
            deadlines.Add(new PacketDeadline
            {
                Date = step.DueBy!.Value, Kind = DeadlineKind.Step, StepId = step.Id, Estimated = step.DueByEstimated,
                What = step.DeadlineKind, Citation = step.DeadlineCitation,
            });
        }
        foreach (var entry in ledger.Where(entry => entry is { SentOn: not null, AnsweredOn: null, AnswerDueOn: not null }))
        {
            deadlines.Add(new PacketDeadline { Date = entry.AnswerDueOn!.Value, Kind = DeadlineKind.SchoolAnswer, LetterId = entry.LetterId, StepId = entry.StepId });
        }
        if (facts.IepMeetingOn is { } meeting && meeting >= today)
        {
            deadlines.Add(new PacketDeadline { Date = meeting, Kind = DeadlineKind.IepMeeting });
        }
        return [.. deadlines.OrderBy(deadline => deadline.Date).ThenBy(deadline => deadline.Kind)];
    }

    private static int? AgeOn(string? dateOfBirth, DateOnly today)
    {
        if (!DateOnly.TryParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) || born > today)
        {
            return null;
        }
        var age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
        return age is >= 0 and <= 22 ? age : null;
    }
}
