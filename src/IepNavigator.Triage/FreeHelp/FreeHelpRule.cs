using System.Text.Json;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.FreeHelp;

/// <summary>
/// Decides when free help is the better first call: the parent cannot pay, the case is at an early stage, or
/// every pressing step is a simple written request. An urgent case is never told to wait for free help
/// unless the parent cannot pay, and then the P&amp;A agency (legal advocacy) is named first.
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
                reasons.Add(policy.Reasons["urgent-and-cannot-pay"]);
            }
        }
        else
        {
            if (cannotPay)
            {
                reasons.Add(policy.Reasons["cannot-pay"]);
            }

            if (facts.Stage is Stage stage && policy.EarlyStages.Contains(KnowledgeJson.EnumName(stage)))
            {
                reasons.Add(policy.Reasons["early-stage"]);
            }

            var pressing = steps.Where(step => step.Urgency == Knowledge.Advising.Urgency.Now).ToList();
            if (pressing.Count > 0 && pressing.All(step => policy.SimpleSteps.Contains(step.Id)))
            {
                reasons.Add(policy.Reasons["simple-requests"]);
            }
        }

        return new FreeHelpReferral
        {
            Help = directory.Find(facts.State),
            FreeHelpFirst = reasons.Count > 0,
            Reasons = reasons,
            DirectoryUrls = directory.DirectoryUrls,
        };
    }

    private static Policy LoadPolicy()
    {
        using var stream = TriageContent.Open("free-help.json");
        return JsonSerializer.Deserialize<Policy>(stream, TriageContent.JsonOptions)
            ?? throw new InvalidDataException("content/free-help.json is empty.");
    }

    /// <summary>content/free-help.json.</summary>
    public sealed record Policy(HashSet<string> EarlyStages, HashSet<string> SimpleSteps, IReadOnlyDictionary<string, string> Reasons);
}
