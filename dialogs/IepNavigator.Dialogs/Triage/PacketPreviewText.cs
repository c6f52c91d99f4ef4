using System.Globalization;
using System.Text;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// The packet in the parent's words, before sending: about them and their child (what the case already holds), the
/// stage and facts, the advice with its deadlines (a step whose letter was sent says so), letters and the school's
/// answers, urgency in the advocates' own vocabulary, when to expect contact, the parent's own words, and the state's
/// free help. Also the request already sent, when the parent asks again.
/// </summary>
public sealed class PacketPreviewText(TriageChatContent content, FactAnswers facts)
{
    public string Build(CaseRecord record, TriageRequest request, HandOffPreview preview)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(preview);
        var text = new StringBuilder(content["preview.title"]).Append("\n\n");

        var aboutYou = new List<string>();
        if (request.Contact.Name is { } name)
        {
            aboutYou.Add(content.Format("preview.name", name));
        }
        if (request.Contact.PreferredLanguage is { } language)
        {
            aboutYou.Add(content.Format("preview.language", LanguageName(language)));
        }
        var channel = request.Contact.Method.ToString().ToLowerInvariant();
        aboutYou.Add(content.Format("preview.reach", content["channel." + channel], ContactPrompt.Display(channel, request.Contact.Address)));
        if (!string.IsNullOrWhiteSpace(request.Availability))
        {
            aboutYou.Add(content.Format("preview.availability", request.Availability));
        }
        Section(text, content["preview.aboutYou"], aboutYou);

        var child = request.Child;
        var aboutChild = new[]
        {
            child.Name is { } childName ? content.Format("preview.childName", childName) : null,
            child.DateOfBirth is { } born ? content.Format("preview.childBirth", DateOnly.TryParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateText.Long(date) : born) : null,
            child.Grade is { } grade ? content.Format("preview.childGrade", grade) : null,
            child.School is { } school ? content.Format("preview.childSchool", school) : null,
            child.District is { } district ? content.Format("preview.childDistrict", district) : null,
        }.OfType<string>().ToList();
        if (aboutChild.Count > 0)
        {
            // Only a letter gives the birth date, grade, school or district; a name alone came from the chat.
            var fromLetters = child.DateOfBirth is not null || child.Grade is not null || child.School is not null || child.District is not null;
            Section(text, content[fromLetters ? "preview.aboutChild" : "preview.aboutChildFromChat"], aboutChild);
        }

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
            Section(text, content["preview.steps"], preview.Steps.Select(s => Step(s, preview.Letters, request.Facts.Today)), numbered: true);
        }

        if (preview.Letters.Count > 0)
        {
            Section(text, content["preview.ledger"], preview.Letters.Select(Letter));
        }

        text.Append(content.Format("preview.urgency", preview.Urgency.Label ?? preview.Urgency.Level.ToString())).Append('\n');
        foreach (var reason in preview.Urgency.Reasons)
        {
            text.Append("- ").Append(reason).Append('\n');
        }
        text.Append('\n');
        if (preview.ExpectContactBy is { } by)
        {
            text.Append(content.Format("preview.expectContact", DateText.Long(by))).Append("\n\n");
        }

        if (request.ParentWords is { } words)
        {
            text.Append(content.Format("preview.words", words)).Append("\n\n");
        }
        if (request.CanPayForAdvocate is not null)
        {
            // The question promised the answer stays here: say so where the parent checks what is sent.
            text.Append(content["preview.payNotSent"]).Append("\n\n");
        }
        text.Append(FreeHelp(preview.FreeHelp));
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The state's PTI and P&amp;A (with the directories when one is missing or unchecked) and, with
    /// <paramref name="withAdvice"/>, whether free help is the better first call.
    /// </summary>
    public string FreeHelp(FreeHelpNote note, bool withAdvice = true)
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
        if (!withAdvice)
        {
            return text.ToString().TrimEnd();
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

    /// <summary>The request already sent for this child: when, where the practice is with it, when to expect contact.</summary>
    public string Earlier(SentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder(content.Format("earlier.summary", SentOn(request)));
        text.Append(' ').Append(request.Status switch
        {
            RequestStatus.Contacted => content["earlier.contacted"],
            RequestStatus.Booked => content["earlier.booked"],
            _ when request.ExpectContactBy is { } by && request.ContactMethod is { } channel =>
                content.Format("earlier.received", DateText.Long(by), content["channel." + channel.ToString().ToLowerInvariant()]),
            _ => content["earlier.receivedNoDate"],
        });
        return text.ToString();
    }

    /// <summary>"November 26, 2026 at 15:04 UTC": two requests sent the same day still read differently.</summary>
    public string SentOn(SentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return content.Format("sentAt", DateText.Long(DateOnly.FromDateTime(request.SentAt.UtcDateTime)),
            request.SentAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private string Step(Knowledge.Advising.NextStep step, IReadOnlyList<LedgerEntry> letters, DateOnly? today)
    {
        if (step.Letter is { } letter && letters.LastOrDefault(l => l.LetterId == letter && l.SentOn is not null) is { SentOn: { } sent })
        {
            // The letter for this step is already sent: never tell the parent it is still to do.
            return content.Format("preview.stepLetterSent", step.Title, DateText.Long(sent));
        }
        // "(by September 24)" for a date already gone read as a task still possible on time.
        return step.DueBy is { } due
            ? content.Format(due < today ? "preview.stepOverdue" : "preview.stepDue", step.Title, DateText.Long(due))
            : step.Title;
    }

    private string Letter(LedgerEntry letter)
    {
        var title = letter.Title ?? letter.LetterId;
        var drafted = letter.DraftedOn is { } d ? DateText.Long(d) : "?";
        return letter switch
        {
            { SentOn: { } sent, AnsweredOn: { } answered } => content.Format("preview.letterAnswered", title, drafted, DateText.Long(sent), DateText.Long(answered)),
            { SentOn: { } sent, AnswerDueOn: { } due } => content.Format("preview.letterAnswerDue", title, drafted, DateText.Long(sent), DateText.Long(due)),
            { SentOn: { } sent } => content.Format("preview.letterSent", title, drafted, DateText.Long(sent)),
            _ => content.Format("preview.letterDrafted", title, drafted),
        };
    }

    private string LanguageName(string language) => language switch
    {
        "en" => content["button.english"],
        "es" => content["button.spanish"],
        _ => language,
    };

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
