using System.Text;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// The packet in the parent's words, before sending: stage, facts, the advice with its deadlines, letters,
/// urgency with reasons, contact, the parent's own words, and the state's free help.
/// </summary>
public sealed class PacketPreviewText(TriageChatContent content, FactAnswers facts)
{
    public string Build(CaseRecord record, HandOffRequest request, HandOffPreview preview)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(preview);
        var text = new StringBuilder(content["preview.title"]).Append("\n\n");
        var lines = facts.Describe(record);
        var stage = lines.FirstOrDefault(l => l.Fact == FactNames.Stage).Value ?? content["preview.stageUnknown"];
        text.Append(content.Format("preview.stage", stage)).Append("\n\n");

        var known = lines.Where(l => l.Fact != FactNames.Stage).ToList();
        if (known.Count == 0)
        {
            text.Append(content["preview.noFacts"]).Append("\n\n");
        }
        else
        {
            Section(text, content["preview.facts"], known.Select(l => $"{l.Label}: {l.Value}"));
        }

        if (preview.Steps.Count > 0)
        {
            Section(text, content["preview.steps"], preview.Steps.Select(s =>
                s.DueBy is { } due ? content.Format("preview.stepDue", s.Title, DateText.Long(due)) : s.Title), numbered: true);
        }

        if (preview.Letters.Count > 0)
        {
            Section(text, content["preview.ledger"], preview.Letters.Select(Letter));
        }

        text.Append(content.Format("preview.urgency", content["urgency." + preview.Urgency.Band.ToString().ToLowerInvariant()])).Append('\n');
        foreach (var reason in preview.Urgency.Reasons)
        {
            text.Append("- ").Append(reason).Append('\n');
        }
        text.Append('\n');

        text.Append(content.Format("preview.contact", content["channel." + request.ContactChannel.ToString().ToLowerInvariant()], request.ContactAddress)).Append('\n');
        if (!string.IsNullOrWhiteSpace(request.Availability))
        {
            text.Append(content.Format("preview.availability", request.Availability)).Append('\n');
        }
        if (request.ParentWords is { } words)
        {
            text.Append(content.Format("preview.words", words)).Append('\n');
        }
        text.Append('\n').Append(FreeHelp(preview.FreeHelp));
        return text.ToString().TrimEnd();
    }

    /// <summary>The state's PTI and P&amp;A (with the directories when one is missing or unchecked), and when free help is the better first call.</summary>
    public string FreeHelp(FreeHelpNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var text = new StringBuilder(note.StateName is { } state ? content.Format("freeHelp.title", state) : content["freeHelp.titleNoState"]).Append('\n');
        foreach (var center in note.ParentCenters)
        {
            var line = center.Serves is { } serves
                ? content.Format("freeHelp.parentCenterServes", center.Name, center.Website, serves)
                : content.Format("freeHelp.parentCenter", center.Name, center.Website);
            text.Append("- ").Append(line).Append('\n');
        }
        if (note.ProtectionAndAdvocacy is { } pa)
        {
            text.Append("- ").Append(content.Format("freeHelp.protectionAndAdvocacy", pa.Name, pa.Website)).Append('\n');
        }
        var unverified = note.ParentCenters.Append(note.ProtectionAndAdvocacy).Any(c => c is null || !c.Verified);
        if (unverified && note.DirectoryUrls.Count >= 2)
        {
            text.Append("- ").Append(content.Format("freeHelp.directories", note.DirectoryUrls[0], note.DirectoryUrls[1])).Append('\n');
        }
        if (note.FreeHelpFirst)
        {
            text.Append('\n').Append(content["freeHelp.first"]).Append('\n');
            foreach (var reason in note.Reasons)
            {
                text.Append("- ").Append(reason).Append('\n');
            }
        }
        else
        {
            text.Append(content["freeHelp.alongside"]).Append('\n');
        }
        return text.ToString().TrimEnd();
    }

    private string Letter(LetterTrailEntry letter)
    {
        var title = letter.Title ?? letter.LetterId;
        var drafted = letter.DraftedOn is { } d ? DateText.Long(d) : "?";
        return letter.SentOn is { } sent
            ? content.Format("preview.letterSent", title, drafted, DateText.Long(sent))
            : content.Format("preview.letterDrafted", title, drafted);
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> items, bool numbered = false)
    {
        text.Append(title).Append('\n');
        var n = 0;
        foreach (var item in items)
        {
            text.Append(numbered ? $"{++n}. " : "- ").Append(item).Append('\n');
        }
        text.Append('\n');
    }
}
