using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Dialogs.Tests.Triage;

/// <summary>
/// An in-memory back end for the hand-off seam: previews advise with the real knowledge base, submits keep the
/// request only with consent (as the real desk does), and withdrawals delete by owner.
/// </summary>
internal sealed class FakeHandOff(IAdvisor advisor, TimeProvider clock) : IAdvocateHandOff
{
    public const string StateName = "Testland";
    public const string CenterName = "Testland Parent Center";
    public const string AgencyName = "Testland Disability Rights";
    public const string UrgencyReason = "fake reason: the test said so";
    public const string UrgencyLabel = "Urgent (fake label)";

    /// <summary>The contact date the fake practice promises: three days after its clock's today.</summary>
    public DateOnly ExpectContactBy => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(3);

    public List<TriageRequest> Previewed { get; } = [];
    public Dictionary<Guid, TriageRequest> Stored { get; } = [];
    public List<TriageRequest> Refused { get; } = [];
    public int WithdrawAllCalls { get; private set; }

    public Task<HandOffPreview> PreviewAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        Previewed.Add(request);
        var steps = advisor.Advise(request.Facts, request.Facts.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Steps;
        return Task.FromResult(new HandOffPreview
        {
            Steps = steps,
            Letters = request.Ledger,
            Urgency = new HandOffUrgency(UrgencyLevel.Urgent, [UrgencyReason]) { Label = UrgencyLabel },
            FreeHelp = FreeHelp(request.Facts, steps),
            ExpectContactBy = ExpectContactBy,
        });
    }

    public Task<HandOffResult> SubmitAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        if (!request.ConsentToShare)
        {
            Refused.Add(request);
            return Task.FromResult(new HandOffResult(false, null, null));
        }
        var id = Guid.NewGuid();
        Stored[id] = request;
        return Task.FromResult(new HandOffResult(true, id, new HandOffUrgency(UrgencyLevel.Urgent, [UrgencyReason]) { Label = UrgencyLabel }) { ExpectContactBy = ExpectContactBy });
    }

    public Task<IReadOnlyList<SentRequest>> ListAsync(string ownerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SentRequest>>([.. Stored.Where(s => s.Value.OwnerUserId == ownerId).Select(s => new SentRequest(s.Key, s.Value.CaseId, clock.GetUtcNow())
        {
            Status = Statuses.GetValueOrDefault(s.Key, RequestStatus.Received),
            ContactMethod = s.Value.Contact.Method,
            ExpectContactBy = ExpectContactBy,
        })]);

    /// <summary>Where the fake practice is with each stored request (Received unless a test says otherwise).</summary>
    public Dictionary<Guid, RequestStatus> Statuses { get; } = [];

    public Task<bool> WithdrawAsync(string ownerId, Guid requestId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.TryGetValue(requestId, out var request) && request.OwnerUserId == ownerId && Stored.Remove(requestId));

    public Task<int> WithdrawAllAsync(string ownerId, CancellationToken cancellationToken)
    {
        WithdrawAllCalls++;
        var mine = Stored.Where(s => s.Value.OwnerUserId == ownerId).Select(s => s.Key).ToList();
        mine.ForEach(id => Stored.Remove(id));
        return Task.FromResult(mine.Count);
    }

    public FreeHelpNote FreeHelp(CaseFacts facts, IReadOnlyList<NextStep> steps) => new()
    {
        StateName = StateName,
        ParentCenters = [new FreeHelpContact(CenterName, new Uri("https://center.test/"))],
        ProtectionAndAdvocacy = new FreeHelpContact(AgencyName, new Uri("https://rights.test/")),
        FreeHelpFirst = true,
        Reasons = ["free first: the test said so"],
    };
}
