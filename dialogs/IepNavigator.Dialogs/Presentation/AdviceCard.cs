using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Advising;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Presentation;

/// <summary>The steps as an Adaptive Card (JSON): one block per step with its due date and rule, and the chat's buttons.</summary>
public static class AdviceCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment Build(IReadOnlyList<NextStep> steps, int firstNumber, string? disclaimer, MessageCatalog messages, IEnumerable<string> buttons)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(messages);
        var body = new JArray
        {
            new JObject { ["type"] = "TextBlock", ["text"] = messages["card.title"], ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var facts = new JArray();
            if (step.DueBy is { } due)
            {
                facts.Add(Fact(messages["card.due"], DateText.Long(due)));
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
            var items = new JArray
            {
                Text($"{firstNumber + i}. {step.Title}", bold: true),
                Text(step.Why, subtle: true),
            };
            if (facts.Count > 0)
            {
                items.Add(new JObject { ["type"] = "FactSet", ["facts"] = facts });
            }
            body.Add(new JObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items });
        }
        if (!string.IsNullOrWhiteSpace(disclaimer))
        {
            var note = Text(disclaimer, subtle: true);
            note["size"] = "Small";
            body.Add(note);
        }
        var card = new JObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JArray(buttons.Select(Submit)),
        };
        return new Attachment { ContentType = ContentType, Content = card };
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

    /// <summary>Submits the button title as if typed; the msteams part makes Teams post it as a message too.</summary>
    private static JObject Submit(string title) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JObject
        {
            ["text"] = title,
            ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = title },
        },
    };
}
