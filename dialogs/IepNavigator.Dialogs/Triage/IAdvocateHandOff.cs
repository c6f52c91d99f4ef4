using IepNavigator.Knowledge.Advising;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// The seam between the chat and the advocacy practice's back end (the host implements it over the triage
/// desk). Preview stores nothing; submit stores only with consent; withdrawal deletes.
/// </summary>
public interface IAdvocateHandOff
{
    /// <summary>The packet as the advocate would receive it, so the parent sees it before sending. Stores nothing.</summary>
    Task<HandOffPreview> PreviewAsync(TriageRequest request, CancellationToken cancellationToken);

    /// <summary>Sends the packet to the practice; without <see cref="TriageRequest.ConsentToShare"/> nothing is stored.</summary>
    Task<HandOffResult> SubmitAsync(TriageRequest request, CancellationToken cancellationToken);

    /// <summary>The requests this parent has sent, oldest first.</summary>
    Task<IReadOnlyList<SentRequest>> ListAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>Deletes one of the parent's requests; false when it was not there.</summary>
    Task<bool> WithdrawAsync(string ownerId, Guid requestId, CancellationToken cancellationToken);

    /// <summary>Deletes every request of the parent ("delete my data"); returns how many.</summary>
    Task<int> WithdrawAllAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>The state's free help and whether it is the better first call (for a parent who does not share).</summary>
    FreeHelpNote FreeHelp(CaseFacts facts, IReadOnlyList<NextStep> steps);
}
