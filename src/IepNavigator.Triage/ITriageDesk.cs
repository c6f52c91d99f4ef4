using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage;

/// <summary>
/// What the chat calls for "talk to an advocate": preview the packet (nothing stored), submit it (stored and
/// queued for the booking system only with consent), list and withdraw (withdrawal deletes).
/// </summary>
public interface ITriageDesk
{
    /// <summary>Builds the packet the parent will see before sending; stores nothing.</summary>
    Task<TriagePacket> PreviewAsync(TriageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stores the packet and queues it for the booking webhook; without consent stores nothing.</summary>
    Task<TriageSubmission> SubmitAsync(TriageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes one of the owner's packets; false when there is none with that id for that owner.</summary>
    Task<bool> WithdrawAsync(string ownerUserId, Guid packetId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every packet of the owner ("delete my data"); returns how many.</summary>
    Task<int> WithdrawAllAsync(string ownerUserId, CancellationToken cancellationToken = default);

    /// <summary>The owner's packets, so the chat can offer to withdraw one.</summary>
    Task<IReadOnlyList<PacketReceipt>> ListAsync(string ownerUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The state's free help and whether it is the better first call, for what the parent reads (the payment answer
    /// counts here, and only here).
    /// </summary>
    FreeHelpReferral FreeHelp(CaseFacts facts, IReadOnlyList<NextStep> steps, bool? canPayForAdvocate = null);

    /// <summary>The day a family sending now with this urgency should hear from an advocate (Triage:ContactWithinBusinessDays).</summary>
    DateOnly ExpectContactBy(UrgencyLevel level);
}
