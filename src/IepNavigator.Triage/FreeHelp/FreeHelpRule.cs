using System.Text.Json;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.FreeHelp;

/// <summary>
/// Decides when free help is the better first call: the parent cannot pay, the case is at an early stage, or
/// every pressing step is a simple written request. An urgent case is never told to wait for free help
/// unless the parent cannot pay, and then the P&amp;A agency (legal advocacy) is named first. The reasons are codes
/// (<see cref="FreeHelpReasons"/>): the parent reads them in their words, the advocate in theirs, and the payment
/// ones never reach a packet (the desk refers without the payment answer).
/// </summary>
public sealed class FreeHelpRule(ParentCenterDirectory directory, FreeHelpRule.Policy policy)
{
    public static FreeHelpRule Default { get; } = new(ParentCenterDirectory.Default, LoadPolicy());

    public FreeHelpReferral Refer(CaseFacts facts, IReadOnlyList<NextStep> steps, UrgencyLevel urgency, bool? canPayForAdvocate)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(steps);
        var reasons = new List<string>();
        var cannotPay = canPayForAdvocate == false;
        if (urgency == UrgencyLevel.Urgent)
        {
            if (cannotPay)
            {
                reasons.Add(FreeHelpReasons.UrgentAndCannotPay);
            }
        }
        else
        {
            if (cannotPay)
            {
                reasons.Add(FreeHelpReasons.CannotPay);
            }

            if (facts.Stage is Stage stage && policy.EarlyStages.Contains(KnowledgeJson.EnumName(stage)))
            {
                reasons.Add(FreeHelpReasons.EarlyStage);
            }

            var pressing = steps.Where(step => step.Urgency == Knowledge.Advising.Urgency.Now).ToList();
            if (pressing.Count > 0 && pressing.All(step => policy.SimpleSteps.Contains(step.Id)))
            {
                reasons.Add(FreeHelpReasons.SimpleRequests);
            }
        }

        return new FreeHelpReferral
        {
            Help = directory.Find(facts.State),
            FreeHelpFirst = reasons.Count > 0,
            ReasonCodes = reasons,
            DirectoryUrls = directory.DirectoryUrls,
        };
    }

    private static Policy LoadPolicy()
    {
        return TriageContent.Files.Read<Policy>("free-help.json");
    }

    /// <summary>content/free-help.json (the sentences are in packet-text.json).</summary>
    public sealed record Policy(HashSet<string> EarlyStages, HashSet<string> SimpleSteps);
}
