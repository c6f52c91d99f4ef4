using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Conversation;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// "why?": during a question, why that fact matters; after advice, the reason and the rule behind a
/// step ("why 2" for the second). Then the parent is back where they were.
/// </summary>
public sealed partial class WhyInterruption(InterruptionPhrases phrases, FactQuestionCatalog questions, CaseStore cases, CaseAdvisor advisor, MessageCatalog messages)
    : IInterruption
{
    public int Order => 40;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var numbered = WhyNumber().Match(text);
        if (!phrases.Matches("why", text) && !numbered.Success && !TurnMeaning.Means(dc.Context, Intent.Why))
        {
            return InterruptionOutcome.NotHandled;
        }
        var frame = dc.ActiveFrame;
        if (!numbered.Success && frame is not null && frame.Id.StartsWith("prompt.", StringComparison.Ordinal)
            && Prompt<object>.ReadOptions(frame.State).Tag is { } fact && questions.Find(fact) is { } question)
        {
            await dc.Context.SendActivityAsync(question.Why, cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var index = numbered.Success ? int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) - 1 : 0;
        var steps = record.LastStepIds.Count > 0 ? advisor.Advise(record).Steps : [];
        if (index < 0 || index >= steps.Count)
        {
            await dc.Context.SendActivityAsync(messages["why.nothing"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var step = steps[index];
        var reply = new StringBuilder().Append("**").Append(step.Title).Append("**\n\n").Append(step.Why);
        if (step.Citations.Count > 0)
        {
            // Each rule links to its official text when the knowledge base has the link.
            var rules = step.CitationLinks.Count > 0 ? AdviceMessage.CitationLinks(step) : string.Join("; ", step.Citations);
            reply.Append("\n\n").Append(messages.Format("why.rule", rules));
        }
        if (step.DeadlineRule is { } rule)
        {
            reply.Append("\n\n").Append(messages.Format("why.deadline", rule));
        }
        var activity = MessageFactory.Text(reply.ToString());
        activity.ChannelData = AdviceMessage.StepIdsData([step.Id]);
        await dc.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }

    [GeneratedRegex(@"^why (step |number |no |#)?(?<n>\d{1,2})$")]
    private static partial Regex WhyNumber();
}
