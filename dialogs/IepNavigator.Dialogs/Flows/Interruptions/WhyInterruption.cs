using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Help;
using IepNavigator.Knowledge.Steps;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// "why?": during a question, why that fact matters; after advice, what the step's line does not say ("why 2" for the
/// second): why it applies to this family (the facts its reasons were written from), what the school must do and by
/// when (step-duties.json, the computed date and its rule, the rules cited), and what the parent can do if the school
/// does not (step-duties.json and the state's Parent Center). Then the parent is back where they were.
/// </summary>
public sealed partial class WhyInterruption(
    InterruptionPhrases phrases, FactQuestionCatalog questions, CaseStore cases, CaseAdvisor advisor, MessageCatalog messages,
    IStepCatalog steps, FactAnswers answers)
    : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.Why;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var numbered = WhyNumber().Match(text);
        if (!phrases.Matches("why", text) && !numbered.Success && !TurnMeaning.Means(dc, Intent.Why))
        {
            return InterruptionOutcome.NotHandled;
        }
        if (!numbered.Success && dc.Awaiting is { } field && IepNavigator.Understanding.Reading.LetterFields.All.Contains(field)
            && AwaitedReplies.For(dc, field) is { Kind: AnswerKind.Question })
        {
            // "why do you need his birthday?" while a letter detail is asked: a question about the detail, which the
            // letter dialog answers (why the letter needs it) before asking again. A bare "why?" still explains the step.
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
        var advised = record.LastStepIds.Count > 0 ? advisor.Advise(record).Steps : [];
        if (index < 0 || index >= advised.Count)
        {
            await dc.Context.SendActivityAsync(messages["why.nothing"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var step = advised[index];
        var reply = Explain(step, record);
        var activity = MessageFactory.Text(reply);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.ChannelData = AdviceMessage.StepIdsData([step.Id]);
        await dc.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }

    /// <summary>The three parts of the answer, each under its own bold lead, in the turn's language.</summary>
    private string Explain(NextStep step, CaseRecord record)
    {
        var reply = new StringBuilder().Append("**").Append(step.Title).Append("**\n\n");

        // Why it applies: the stage, then the facts the reasons name, as the parent gave them.
        var said = answers.Describe(record)
            .Where(l => l.Fact == FactNames.Stage || step.Because.Contains(l.Fact, StringComparer.Ordinal))
            .OrderBy(l => l.Fact == FactNames.Stage ? -1 : step.Because.ToList().IndexOf(l.Fact))
            .Select(l => $"{l.Label}: {l.Value}")
            .ToList();
        reply.Append(said.Count > 0 ? messages.Format("why.forYou", string.Join("; ", said)) : messages["why.forEveryone"]);

        var definition = steps.Find(step.Id);
        reply.Append("\n\n").Append(messages.Format("why.schoolMust", definition?.SchoolDuty ?? ""));
        if (step.DueBy is { } due && step.DeadlineRule is { } counted)
        {
            reply.Append(' ').Append(messages.Format("why.dueBy", DateText.Long(due), counted));
        }
        else if (step.DeadlineRule is { } rule)
        {
            reply.Append(' ').Append(messages.Format("why.deadline", rule));
        }
        if (step.Citations.Count > 0)
        {
            // Each rule links to its official text when the knowledge base has the link.
            var rules = step.CitationLinks.Count > 0 ? AdviceMessage.CitationLinks(step) : string.Join("; ", step.Citations);
            reply.Append(' ').Append(messages.Format("why.rule", rules));
        }

        reply.Append("\n\n").Append(messages.Format("why.ifNot", definition?.IfSchoolDoesNot ?? ""));
        reply.Append(' ').Append(FreeHelp(record.Facts.State));
        return reply.ToString();
    }

    /// <summary>The state's Parent Center when the state is known and listed, else the national directory.</summary>
    private string FreeHelp(string? state) =>
        FreeHelpDirectory.Find(state) is { ParentCenters.Count: > 0 } help
            ? messages.Format("why.parentCenter", help.Name, help.ParentCenters[0].Name, help.ParentCenters[0].Website)
            : messages.Format("why.parentCenterDirectory", FreeHelpDirectory.ParentCenterDirectoryUrl);

    [GeneratedRegex(@"^why (step |number |no |#)?(?<n>\d{1,2})$")]
    private static partial Regex WhyNumber();
}
