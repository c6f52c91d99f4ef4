using System.Text;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Advising;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Presentation;

/// <summary>
/// One advice message, shown once in the channel's <see cref="AdviceView"/>: where cards render, a one-line intro (and
/// any warning) over one Adaptive Card with the numbered steps; elsewhere the steps as numbered Markdown text. The
/// buttons ("Why?", "Draft the letter", "What else?") are suggested actions in both views, and only there; the step ids
/// are in channelData.iepNavigator.stepIds and the view in channelData.iepNavigator.view.
/// </summary>
public sealed class AdviceMessage(MessageCatalog messages)
{
    /// <summary>Steps per message: Teams shows three suggested actions and parents read three steps.</summary>
    public const int StepsPerMessage = 3;

    /// <param name="schoolBreaksKnown">
    /// The case has its school's breaks: school-day dates are then counted with them. Otherwise each such date says it is
    /// an estimate and the reply asks for the breaks.
    /// </param>
    public IMessageActivity Build(Advice advice, int skip, string? childLabel, AdviceView view = AdviceView.Text, bool schoolBreaksKnown = false)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var steps = advice.Steps.Skip(skip).Take(StepsPerMessage).ToList();
        var text = new StringBuilder();
        if (skip == 0)
        {
            foreach (var warning in advice.Warnings)
            {
                text.Append("⚠️ ").Append(warning.Message).Append("\n\n");
            }
            text.Append(childLabel is null ? messages["advice.intro"] : messages.Format("advice.introFor", childLabel));
        }
        else
        {
            text.Append(messages["advice.more"]);
        }
        var estimates = !schoolBreaksKnown && steps.Any(s => s.DueBy is not null && s.DueByEstimated);
        if (estimates)
        {
            text.Append("\n\n").Append(messages["advice.breaksInvite"]);
        }
        if (view == AdviceView.Text)
        {
            text.Append("\n\n");
            AppendSteps(text, steps, skip + 1, schoolBreaksKnown);
            text.Append('_').Append(advice.Disclaimer).Append('_');
        }

        var buttons = Buttons(steps);
        var reply = ButtonReply.Create(text.ToString(), buttons, InputHints.AcceptingInput);
        reply.TextFormat = TextFormatTypes.Markdown;
        if (view == AdviceView.Card)
        {
            reply.Attachments = [AdviceCard.Build(steps, skip + 1, advice.Disclaimer, messages, schoolBreaksKnown)];
        }
        reply.ChannelData = StepIdsData(steps.Select(s => s.Id));
        ((JObject)reply.ChannelData)["iepNavigator"]!["view"] = view.Name();
        return reply;
    }

    /// <summary>The text view: "2. **Title** — by date", the reason and the rule, a blank line between steps.</summary>
    private void AppendSteps(StringBuilder text, IReadOnlyList<NextStep> steps, int firstNumber, bool schoolBreaksKnown)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            text.Append(firstNumber + i).Append(". **").Append(step.Title).Append("**");
            if (step.DueBy is { } due)
            {
                text.Append(" — ").Append(messages.Format("advice.dueBy", DueText(step, due, schoolBreaksKnown, messages)));
            }
            text.Append("\n   ").Append(step.Why);
            if (step.CitationLinks.Count > 0)
            {
                text.Append("\n   ").Append(messages["card.rule"]).Append(": ").Append(CitationLinks(step));
            }
            text.Append("\n\n");
        }
    }

    /// <summary>A step's date, "(an estimate)" beside it when it is counted in school days without the school's own breaks.</summary>
    public static string DueText(NextStep step, DateOnly due, bool schoolBreaksKnown, MessageCatalog messages)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(messages);
        return step.DueByEstimated && !schoolBreaksKnown ? messages.Format("advice.estimated", DateText.Long(due)) : DateText.Long(due);
    }

    /// <summary>The buttons that fit these steps, most important first (Teams shows only three).</summary>
    public IReadOnlyList<string> Buttons(IReadOnlyList<NextStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var buttons = new List<string> { messages["button.why"] };
        if (steps.Any(s => s.Letter is not null))
        {
            buttons.Add(messages["button.letter"]);
        }
        buttons.Add(messages["button.whatElse"]);
        return buttons;
    }

    /// <summary>Each cited rule as a Markdown link to its official text ("[34 CFR 300.301](https://www.ecfr.gov/...)").</summary>
    public static string CitationLinks(NextStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return string.Join("; ", step.CitationLinks.Select(l => $"[{l.Citation}]({l.Url})"));
    }

    public static JObject StepIdsData(IEnumerable<string> stepIds) =>
        new() { ["iepNavigator"] = new JObject { ["stepIds"] = new JArray(stepIds) } };
}
