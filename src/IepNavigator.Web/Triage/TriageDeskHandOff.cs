using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Wording;

namespace IepNavigator.Web.Triage;

/// <summary>
/// The chat's <see cref="IAdvocateHandOff"/> over the triage desk: the chat's <see cref="TriageRequest"/> goes to the desk as it is; the packet comes back as the parent's preview.
/// What the parent reads comes back in the chat's language (the turn's <see cref="ContentLanguage"/>): the advice's
/// steps, the urgency in the advocates' own vocabulary, the free help with the payment answer taken into account (the
/// packet itself is made without it).
/// </summary>
public sealed class TriageDeskHandOff(ITriageDesk desk, IAdvisor advisor, TriageText text) : IAdvocateHandOff
{
    public async Task<HandOffPreview> PreviewAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        var packet = await desk.PreviewAsync(request, cancellationToken).ConfigureAwait(false);
        var today = packet.Today;
        // The packet's advice is in the advocates' language; the parent reads the same advice in theirs.
        var steps = advisor.Advise(packet.Facts, today).Steps;
        return new HandOffPreview
        {
            Steps = steps,
            Letters = request.Ledger,
            Urgency = ToUrgency(packet.Urgency),
            FreeHelp = ToNote(desk.FreeHelp(packet.Facts, steps, request.CanPayForAdvocate)),
            ExpectContactBy = packet.ExpectContactBy,
            Disclaimer = packet.Disclaimer,
        };
    }

    public async Task<HandOffResult> SubmitAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        var submission = await desk.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        return new HandOffResult(submission.Stored, submission.Packet?.Id, submission.Packet is { } packet ? ToUrgency(packet.Urgency) : null)
        {
            ExpectContactBy = submission.Packet?.ExpectContactBy,
        };
    }

    public async Task<IReadOnlyList<SentRequest>> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        var receipts = await desk.ListAsync(ownerId, cancellationToken).ConfigureAwait(false);
        return [.. receipts.OrderBy(r => r.CreatedAt).Select(r => new SentRequest(r.PacketId, r.CaseId, r.CreatedAt)
        {
            Status = r.Status switch
            {
                PacketStatus.Contacted => RequestStatus.Contacted,
                PacketStatus.Booked => RequestStatus.Booked,
                PacketStatus.Closed => RequestStatus.Closed,
                _ => RequestStatus.Received,
            },
            ContactMethod = r.ContactMethod,
            ExpectContactBy = r.ExpectContactBy,
        })];
    }

    public Task<bool> WithdrawAsync(string ownerId, Guid requestId, CancellationToken cancellationToken) =>
        desk.WithdrawAsync(ownerId, requestId, cancellationToken);

    public Task<int> WithdrawAllAsync(string ownerId, CancellationToken cancellationToken) =>
        desk.WithdrawAllAsync(ownerId, cancellationToken);

    public FreeHelpNote FreeHelp(CaseFacts facts, IReadOnlyList<NextStep> steps) => ToNote(desk.FreeHelp(facts, steps));

    /// <summary>The urgency in the parent's language, with the level named as the advocates' console names it.</summary>
    private HandOffUrgency ToUrgency(UrgencyAssessment urgency)
    {
        var language = ContentLanguage.Current;
        return new HandOffUrgency(
            urgency.Level,
            [.. urgency.Reasons.Select(r => UrgencyWording.Sentence(r, language, text))])
        {
            Label = UrgencyWording.Label(urgency.Level, language, text),
        };
    }

    private FreeHelpNote ToNote(FreeHelpReferral referral)
    {
        var words = text.Packet(ContentLanguage.Current);
        return new FreeHelpNote
        {
            StateName = referral.Help?.Name,
            ParentCenters = [.. (referral.Help?.ParentCenters ?? []).Select(c => new FreeHelpContact(c.Name, c.Website, c.Serves, c.Verified))],
            ProtectionAndAdvocacy = referral.Help?.ProtectionAndAdvocacy is { } pa ? new FreeHelpContact(pa.Name, pa.Website, Verified: pa.Verified) : null,
            FreeHelpFirst = referral.FreeHelpFirst,
            Reasons = [.. referral.ReasonCodes.Select(code => words.Get("freeHelpForParent." + code))],
            DirectoryUrls = referral.DirectoryUrls,
        };
    }
}
