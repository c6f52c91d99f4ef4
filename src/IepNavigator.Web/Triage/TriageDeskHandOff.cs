using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Web.Triage;

/// <summary>The chat's <see cref="IAdvocateHandOff"/> over the triage desk: maps the chat's plain types to packets and back.</summary>
public sealed class TriageDeskHandOff(ITriageDesk desk) : IAdvocateHandOff
{
    public async Task<HandOffPreview> PreviewAsync(HandOffRequest request, CancellationToken cancellationToken)
    {
        var packet = await desk.PreviewAsync(ToTriage(request), cancellationToken).ConfigureAwait(false);
        return new HandOffPreview
        {
            Steps = packet.Steps,
            Letters = request.Letters,
            Urgency = ToUrgency(packet.Urgency),
            FreeHelp = ToNote(packet.FreeHelp),
            Disclaimer = packet.Disclaimer,
        };
    }

    public async Task<HandOffResult> SubmitAsync(HandOffRequest request, CancellationToken cancellationToken)
    {
        var submission = await desk.SubmitAsync(ToTriage(request), cancellationToken).ConfigureAwait(false);
        return new HandOffResult(submission.Stored, submission.Packet?.Id, submission.Packet is { } packet ? ToUrgency(packet.Urgency) : null);
    }

    public async Task<IReadOnlyList<SentRequest>> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        var receipts = await desk.ListAsync(ownerId, cancellationToken).ConfigureAwait(false);
        return [.. receipts.OrderBy(r => r.CreatedAt).Select(r => new SentRequest(r.PacketId, r.CaseId, r.CreatedAt))];
    }

    public Task<bool> WithdrawAsync(string ownerId, Guid requestId, CancellationToken cancellationToken) =>
        desk.WithdrawAsync(ownerId, requestId, cancellationToken);

    public Task<int> WithdrawAllAsync(string ownerId, CancellationToken cancellationToken) =>
        desk.WithdrawAllAsync(ownerId, cancellationToken);

    public FreeHelpNote FreeHelp(CaseFacts facts, IReadOnlyList<NextStep> steps) => ToNote(desk.FreeHelp(facts, steps));

    internal static TriageRequest ToTriage(HandOffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new TriageRequest
        {
            OwnerUserId = request.OwnerId,
            CaseId = request.CaseId,
            Facts = request.Facts,
            ConsentToShare = request.ConsentToShare,
            ConsentToShareOwnWords = request.ConsentToShareOwnWords,
            ParentWords = request.ParentWords,
            Contact = new ContactPreference
            {
                Method = request.ContactChannel switch
                {
                    ContactChannel.Phone => ContactMethod.Phone,
                    ContactChannel.Text => ContactMethod.Text,
                    _ => ContactMethod.Email,
                },
                Address = request.ContactAddress,
            },
            Availability = request.Availability,
            Ledger = [.. request.Letters.Select(l => new LedgerEntry { LetterId = l.LetterId, Title = l.Title, DraftedOn = l.DraftedOn, SentOn = l.SentOn })],
            DueProcessFiledOn = request.DueProcessFiledOn,
            CanPayForAdvocate = request.CanPayForAdvocate,
        };
    }

    private static HandOffUrgency ToUrgency(UrgencyAssessment urgency) => new(
        urgency.Level switch
        {
            UrgencyLevel.Urgent => UrgencyBand.Urgent,
            UrgencyLevel.Priority => UrgencyBand.Priority,
            _ => UrgencyBand.Routine,
        },
        [.. urgency.Reasons.Select(r => r.Text)]);

    private static FreeHelpNote ToNote(FreeHelpReferral referral) => new()
    {
        StateName = referral.Help?.Name,
        ParentCenters = [.. (referral.Help?.ParentCenters ?? []).Select(c => new FreeHelpContact(c.Name, c.Website, c.Serves, c.Verified))],
        ProtectionAndAdvocacy = referral.Help?.ProtectionAndAdvocacy is { } pa ? new FreeHelpContact(pa.Name, pa.Website, Verified: pa.Verified) : null,
        FreeHelpFirst = referral.FreeHelpFirst,
        Reasons = referral.Reasons,
        DirectoryUrls = referral.DirectoryUrls,
    };
}
