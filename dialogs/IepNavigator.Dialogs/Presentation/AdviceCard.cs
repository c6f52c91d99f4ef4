using System.Globalization;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Advising;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Presentation;

/// <summary>
/// The steps as an Adaptive Card (JSON): one row per step, its number in a column of its own beside the title, reason,
/// due date and rule; the disclaimer at the foot. The number is a bare "2", never "2. Title" in one TextBlock: Web
/// Chat and Teams read that as a one-item Markdown ordered list, which restarts at 1. The card has no buttons: the
/// reply's suggested actions are its only buttons (Teams moves them onto this card where it cannot show them).
/// </summary>
public static class AdviceCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The <c>id</c> of a step's row: "step-2" for the second step of the advice.</summary>
    public const string StepRowPrefix = "step-";

    public static Attachment Build(IReadOnlyList<NextStep> steps, int firstNumber, string? disclaimer, MessageCatalog messages, bool schoolBreaksKnown = false)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(messages);
        var body = new JArray
        {
            new JObject { ["type"] = "TextBlock", ["text"] = messages["card.title"], ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        for (var i = 0; i < steps.Count; i++)
        {
            body.Add(StepRow(steps[i], firstNumber + i, messages, schoolBreaksKnown));
        }
        if (!string.IsNullOrWhiteSpace(disclaimer))
        {
            var note = Text(disclaimer, subtle: true);
            note["size"] = "Small";
            note["spacing"] = "Medium";
            body.Add(note);
        }
        var card = new JObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = body,
        };
        return new Attachment { ContentType = ContentType, Content = card };
    }

    private static JObject StepRow(NextStep step, int number, MessageCatalog messages, bool schoolBreaksKnown)
    {
        var facts = new JArray();
        if (step.DueBy is { } due)
        {
            facts.Add(Fact(messages["card.due"], AdviceMessage.DueText(step, due, schoolBreaksKnown, messages)));
        }
        if (step.CitationLinks.Count > 0)
        {
            // Fact values take Markdown: each rule links to its official text.
            facts.Add(Fact(messages["card.rule"], AdviceMessage.CitationLinks(step)));
        }
        else if (step.Citations.Count > 0)
        {
            facts.Add(Fact(messages["card.rule"], string.Join("; ", step.Citations)));
        }
        var details = new JArray
        {
            Text(step.Title, bold: true),
            Text(step.Why, subtle: true),
        };
        if (facts.Count > 0)
        {
            details.Add(new JObject { ["type"] = "FactSet", ["facts"] = facts });
        }
        var numberBlock = Text(number.ToString(CultureInfo.InvariantCulture), bold: true);
        numberBlock["color"] = "Accent";
        return new JObject
        {
            ["type"] = "ColumnSet",
            ["id"] = StepRowPrefix + number.ToString(CultureInfo.InvariantCulture),
            ["separator"] = true,
            ["spacing"] = "Medium",
            ["columns"] = new JArray
            {
                new JObject { ["type"] = "Column", ["width"] = "auto", ["items"] = new JArray(numberBlock) },
                new JObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = details },
            },
        };
    }

    private static JObject Text(string text, bool bold = false, bool subtle = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }
        if (subtle)
        {
            block["isSubtle"] = true;
        }
        return block;
    }

    private static JObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
