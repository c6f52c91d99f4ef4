using System.Globalization;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Wording;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// A packet as an advocate's one-page brief, in their language: who, what's urgent and the next deadline first, what
/// the parent already sent and what the school answered, the next steps addressed to the advocate, the parent's own
/// words with their language marked, documents, the case's facts in words, free help. The console page and the .docx
/// export read the same brief; nothing in it is an internal field name or id.
/// </summary>
public sealed class PacketBrief(TriageText text, AdvocateTime time, ILetterCatalog letters, ParentCenterDirectory directory)
{
    /// <summary>Facts shown in their own place (who, documents) rather than among the case facts.</summary>
    private static readonly HashSet<string> ShownElsewhere = new(StringComparer.Ordinal)
    {
        FactNames.Today, FactNames.State, FactNames.Stage, FactNames.ChildAge,
        FactNames.HasEvaluationReport, FactNames.HasRecords, FactNames.HasProgressReports, FactNames.PriorWrittenNoticeReceived, FactNames.HasBehaviorPlan,
    };

    private static readonly string[] DocumentFacts =
        [FactNames.HasEvaluationReport, FactNames.HasRecords, FactNames.HasProgressReports, FactNames.PriorWrittenNoticeReceived, FactNames.HasBehaviorPlan];

    public string Language => time.Language;

    private ContentStrings Packet => text.Packet(time.Language);

    private ContentStrings Console => text.Console(time.Language);

    public Brief Build(StoredPacket stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var packet = stored.Packet;
        var today = time.Today;
        var sections = new List<BriefSection>
        {
            new("who", Console.Get("packet.who"), Who(packet)),
            new("urgent", Console.Get("packet.urgent"), packet.Urgency.Reasons.Count == 0
                ? [new(Console.Get("packet.noReasons"))]
                : [.. packet.Urgency.Reasons.Select(reason => new BriefLine(UrgencyWording.Sentence(reason, Language, text)))]),
            new("deadlines", Console.Get("packet.deadlines"), packet.Deadlines.Count == 0
                ? [new(Console.Get("packet.noDeadline"))]
                : [.. packet.Deadlines.Select(deadline => new BriefLine(Deadline(packet, deadline, today), deadline.Date < today ? BriefEmphasis.Alert : BriefEmphasis.None))]),
            new("sent", Console.Get("packet.sent"), packet.Ledger.Count == 0 ? [new(Console.Get("packet.noLetters"))] : [.. packet.Ledger.Select(Sent)]),
            new("answers", Console.Get("packet.answers"), Answers(packet)),
            new("steps", Console.Get("packet.steps"), packet.Steps.Count == 0
                ? [new(Console.Get("packet.noSteps"))]
                : [.. packet.Steps.Where(step => step.Id != Knowledge.Steps.StepIds.BookAdvocate).Select((step, index) => new BriefLine(Step(packet, step, index + 1, today)))]),
            new("words", Console.Get("packet.words"), packet.ParentWords is { } words
                ? [new(words, Lang: packet.Language, Note: Packet.Format("words.writtenIn", LanguageName(packet.Language)))]
                : [new(Packet.Get("words.notShared"))]),
            new("documents", Console.Get("packet.documents"), Documents(packet.Facts)),
            new("facts", Console.Get("packet.facts"), Facts(packet.Facts) is { Count: > 0 } facts ? facts : [new(Console.Get("packet.noFacts"))]),
            new("free-help", Console.Get("packet.freeHelp"), FreeHelpLines(packet.FreeHelp)),
            // The knowledge base's disclaimer speaks to parents; the advocates read what the brief is instead.
            new("disclaimer", Console.Get("packet.disclaimer"), [.. packet.Warnings.Select(warning => Warning(packet, warning)).Where(line => line is not null).Select(line => new BriefLine(line!)), new(Console.Get("packet.disclaimerText"))]),
        };
        return new Brief(Title(packet), Glance(stored, today), sections);
    }

    /// <summary>"Tyler, Texas"; "Request received December 6, 2026" when the child was not named.</summary>
    public string Title(TriagePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return packet.Child.FirstName is { } name
            ? Console.Format("packet.title", name, StateName(packet.State) ?? "—")
            : Console.Format("packet.titleUnnamed", time.Date(DateOnly.FromDateTime(packet.CreatedAt.UtcDateTime)));
    }

    /// <summary>The earliest deadline (an overdue one counts first) in words, or null when nothing is dated.</summary>
    public string? NextDeadline(TriagePacket packet, bool withDate = true)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return packet.Deadlines.Count == 0 ? null : Deadline(packet, packet.Deadlines[0], time.Today, withDate);
    }

    public string LevelLabel(UrgencyLevel level) => UrgencyWording.Label(level, Language, text);

    public string StatusLabel(PacketStatus status) => Console.Get("statuses." + KnowledgeJson.EnumName(status));

    public string StateName(string? state) => state is null ? "—" : directory.Find(state)?.Name ?? state;

    /// <summary>"(555) 123-4567" for a 10-digit US number; anything else as it is.</summary>
    public static string PhoneNumber(string digits) =>
        digits is { Length: 10 } && digits.All(char.IsAsciiDigit) ? $"({digits[..3]}) {digits[3..6]}-{digits[6..]}" : digits;

    private List<string> Glance(StoredPacket stored, DateOnly today)
    {
        var packet = stored.Packet;
        var lines = new List<string>
        {
            Console.Format("packet.urgency", LevelLabel(packet.Urgency.Level), UrgencyWording.Hint(packet.Urgency.Level, Language, text)),
            NextDeadline(packet) is { } next ? Console.Format("packet.nextDeadline", next) : Console.Get("packet.noDeadline"),
        };
        if (packet.ExpectContactBy is { } by)
        {
            lines.Add(Console.Format("packet.expectContact", time.Date(by)));
        }
        lines.Add(Console.Format("packet.received", time.Format(packet.CreatedAt)));
        return lines;
    }

    private List<BriefLine> Who(TriagePacket packet)
    {
        var notGiven = Packet.Get("values.notGiven");
        var contact = packet.Contact;
        var address = contact.Method == ContactMethod.Email ? contact.Address : PhoneNumber(contact.Address);
        var lines = new List<BriefLine>
        {
            new(Console.Format("packet.parent", contact.Name ?? notGiven)),
            new(Console.Format("packet.contact", Packet.Get("contact." + KnowledgeJson.EnumName(contact.Method)), address)),
            packet.Availability is { } availability
                ? ParentText(Console.Format("packet.bestTime", "").TrimEnd(), availability, packet.Language)
                : new(Console.Format("packet.bestTime", notGiven)),
            new(Console.Format("packet.preferredLanguage", contact.PreferredLanguage is { } preferred ? LanguageName(preferred) : notGiven)),
            new(Console.Format("packet.chatLanguage", LanguageName(packet.Language))),
            new(Console.Format("packet.child", packet.Child.Name ?? notGiven)),
        };
        if (packet.Facts.ChildAge is { } age)
        {
            lines.Add(new(Console.Format("packet.age", age)));
        }
        AddIfGiven(lines, "packet.dateOfBirth", packet.Child.DateOfBirth is { } born && DateOnly.TryParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? time.Date(date) : packet.Child.DateOfBirth);
        AddIfGiven(lines, "packet.grade", packet.Child.Grade);
        AddIfGiven(lines, "packet.school", packet.Child.School);
        AddIfGiven(lines, "packet.district", packet.Child.District);
        lines.Add(new(Console.Format("packet.stateLine", packet.State is null ? notGiven : $"{StateName(packet.State)} ({packet.State})")));
        lines.Add(new(Console.Format("packet.stageLine", packet.Stage is { } stage ? Packet.Get("stages." + KnowledgeJson.EnumName(stage)) : Packet.Get("values.unknown"))));
        return lines;
    }

    private void AddIfGiven(List<BriefLine> lines, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add(new(Console.Format(key, value)));
        }
    }

    private string Deadline(TriagePacket packet, PacketDeadline deadline, DateOnly today, bool withDate = true)
    {
        var what = DeadlineWording.What(Packet, deadline, LetterTitle);
        var nextStep = DeadlineWording.NextStep(Packet, deadline);
        if (deadline.Kind == DeadlineKind.Step && deadline.StepId is { } stepId
            && packet.Steps.FirstOrDefault(step => step.Id == stepId)?.Letter is { } letter
            && packet.Ledger.LastOrDefault(entry => entry.LetterId == letter && entry.SentOn is not null) is { SentOn: { } sentOn })
        {
            // The parent already sent the letter for this step: say so, so no one asks them to send it again.
            var sent = " — " + Packet.Format("letters.sent", time.Date(sentOn), LetterTitle(letter));
            if (nextStep is null)
            {
                what += sent;
            }
            else
            {
                nextStep += sent;
            }
        }
        var parts = new List<string>();
        if (withDate)
        {
            parts.Add(time.Date(deadline.Date));
        }
        parts.Add(what);
        parts.Add(Relative(deadline.Date, today));
        if (deadline.Estimated)
        {
            parts.Add(Packet.Get("deadlines.estimated"));
        }
        if (nextStep is not null)
        {
            parts.Add(nextStep);
        }
        return string.Join(" — ", parts);
    }

    private string Relative(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => Packet.Get("deadlines.today"),
        1 => Packet.Get("deadlines.tomorrow"),
        -1 => Packet.Get("deadlines.overdueOneDay"),
        < 0 and var late => Packet.Format("deadlines.overdue", -late),
        var days => Packet.Format("deadlines.inDays", days),
    };

    /// <summary>A labelled line whose value the parent wrote: marked with its language when it is not the advocates'.</summary>
    private BriefLine ParentText(string label, string text, string language) =>
        new(text, Lang: language, Note: language == Language ? null : Packet.Format("words.writtenIn", LanguageName(language))) { Label = label };

    private BriefLine Sent(LedgerEntry entry)
    {
        var title = LetterTitle(entry.LetterId);
        var drafted = entry.DraftedOn is { } d ? time.Date(d) : "—";
        if (entry.SentOn is not { } sent)
        {
            return new(Packet.Format("ledger.drafted", title, drafted));
        }
        var line = entry.SentHow is { } how && Packet.Find("sentHow." + how) is { } byHow
            ? Packet.Format("ledger.sentHow", title, drafted, time.Date(sent), byHow)
            : Packet.Format("ledger.sent", title, drafted, time.Date(sent));
        if (entry.AnsweredOn is { } answered)
        {
            line += "; " + Packet.Format("ledger.answered", time.Date(answered));
        }
        else
        {
            line += entry.AnswerDueOn is { } due ? "; " + Packet.Format("ledger.answerDue", time.Date(due)) + " — " + Packet.Get("ledger.unanswered") : "; " + Packet.Get("ledger.unanswered");
        }
        return new(line, entry.AnsweredOn is null && entry.AnswerDueOn < time.Today ? BriefEmphasis.Alert : BriefEmphasis.None);
    }

    private List<BriefLine> Answers(TriagePacket packet)
    {
        var answered = packet.Ledger.Where(entry => entry.AnsweredOn is not null).ToList();
        if (answered.Count == 0)
        {
            return [new(Console.Get("packet.noAnswers"))];
        }
        var lines = new List<BriefLine>();
        foreach (var entry in answered)
        {
            lines.Add(new($"{LetterTitle(entry.LetterId)}: {Packet.Format("ledger.answered", time.Date(entry.AnsweredOn!.Value))}"));
            if (!string.IsNullOrWhiteSpace(entry.SchoolAnswer))
            {
                lines.Add(new(entry.SchoolAnswer, Lang: packet.Language, Note: Packet.Format("words.writtenIn", LanguageName(packet.Language))));
            }
        }
        return lines;
    }

    private string Step(TriagePacket packet, NextStep step, int number, DateOnly today)
    {
        var parts = new List<string> { $"{number}. {UrgencyWording.StepLabel(Packet, step.Id)}" };
        if (step.DueBy is { } due)
        {
            parts.Add($"{time.Date(due)} ({Relative(due, today)})");
        }
        if (step.Citations.Count > 0)
        {
            parts.Add(string.Join(", ", step.Citations));
        }
        if (step.Letter is { } letter)
        {
            parts.Add(LetterStatus(packet, letter));
        }
        return string.Join(" — ", parts);
    }

    /// <summary>Where the step's letter is: sent (and the school's answer), drafted, or ready to draft.</summary>
    private string LetterStatus(TriagePacket packet, string letterId)
    {
        var title = LetterTitle(letterId);
        var entry = packet.Ledger.LastOrDefault(e => e.LetterId == letterId && e.SentOn is not null)
            ?? packet.Ledger.LastOrDefault(e => e.LetterId == letterId);
        return entry switch
        {
            { SentOn: { } sent, AnsweredOn: { } answered } => Packet.Format("letters.answered", time.Date(sent), title, time.Date(answered)),
            { SentOn: { } sent, AnswerDueOn: { } due, SentHow: { } how } => Packet.Format("letters.sentDue", time.Date(sent), title, Packet.Find("sentHow." + how) ?? how, time.Date(due)),
            // "I sent it" without saying how: no "(—)" where the way would be.
            { SentOn: { } sent, AnswerDueOn: { } due } => Packet.Format("letters.sentDueHowUnknown", time.Date(sent), title, time.Date(due)),
            { SentOn: { } sent } => Packet.Format("letters.sent", time.Date(sent), title),
            { DraftedOn: { } drafted } => Packet.Format("letters.drafted", time.Date(drafted), title),
            _ => Packet.Format("letters.available", title),
        };
    }

    private List<BriefLine> Documents(CaseFacts facts)
    {
        var has = new List<string>();
        var missing = new List<string>();
        foreach (var fact in DocumentFacts)
        {
            switch (CaseFactFields.Get(fact).Read(facts))
            {
                case true:
                    has.Add(Packet.Get("documents." + fact));
                    break;
                case false:
                    missing.Add(Packet.Get("documents." + fact));
                    break;
            }
        }
        var lines = new List<BriefLine>();
        if (has.Count > 0)
        {
            lines.Add(new(Packet.Format("documents.has", string.Join(", ", has))));
        }
        if (missing.Count > 0)
        {
            lines.Add(new(Packet.Format("documents.missing", string.Join(", ", missing))));
        }
        return lines.Count > 0 ? lines : [new(Packet.Get("documents.none"))];
    }

    private List<BriefLine> Facts(CaseFacts facts)
    {
        var lines = new List<BriefLine>();
        foreach (var field in CaseFactFields.All.Where(field => !ShownElsewhere.Contains(field.Name) && field.IsKnown(facts)))
        {
            var label = Packet.Find("facts." + field.Name) ?? field.Name;
            lines.Add(new($"{label}: {Value(field.Read(facts)!)}"));
        }
        return lines;
    }

    private string Value(object value) => value switch
    {
        bool yes => Packet.Get(yes ? "values.yes" : "values.no"),
        DateOnly date => time.Date(date),
        int number => number.ToString(CultureInfo.InvariantCulture),
        Stage stage => Packet.Get("stages." + KnowledgeJson.EnumName(stage)),
        IReadOnlyCollection<ConcernArea> areas => string.Join(", ", areas.Select(area => Packet.Find("concerns." + KnowledgeJson.EnumName(area)) ?? KnowledgeJson.EnumName(area))),
        IReadOnlyCollection<DateRange> breaks => Packet.Format("values.breaks", breaks.Count),
        _ => value.ToString() ?? string.Empty,
    };

    private List<BriefLine> FreeHelpLines(FreeHelpReferral referral)
    {
        var lines = new List<BriefLine> { new(Packet.Get(referral.FreeHelpFirst ? "freeHelp.first" : "freeHelp.alongside")) };
        lines.AddRange(referral.ReasonCodes.Where(code => !FreeHelpReasons.IsAboutPayment(code))
            .Select(code => Packet.Find("freeHelpForAdvocate." + code)).OfType<string>().Select(reason => new BriefLine(reason)));
        if (referral.Help is { } help)
        {
            lines.AddRange(help.ParentCenters.Select(center => new BriefLine(center.Serves is { } serves
                ? Packet.Format("freeHelp.parentCenterServes", center.Name, center.Website, serves) + Unverified(center)
                : Packet.Format("freeHelp.parentCenter", center.Name, center.Website) + Unverified(center))));
            if (help.ProtectionAndAdvocacy is { } agency)
            {
                lines.Add(new(Packet.Format("freeHelp.protectionAndAdvocacy", agency.Name, agency.Website) + Unverified(agency)));
            }
        }
        lines.AddRange(referral.DirectoryUrls.Select(url => new BriefLine(Packet.Format("freeHelp.directory", url))));
        return lines;
    }

    private string Unverified(HelpOrganization organization) => organization.Verified ? string.Empty : " " + Packet.Get("freeHelp.unverified");

    private string? Warning(TriagePacket packet, AdviceWarning warning)
    {
        // A passed deadline is already in the deadlines section; the rest in the advocates' words when content has them.
        if (warning.Code == "deadline-passed")
        {
            return null;
        }
        return Packet.Find("warnings." + warning.Code)?.Replace("{state}", StateName(packet.State), StringComparison.Ordinal) ?? warning.Message;
    }

    /// <summary>The letter's title in the advocates' language.</summary>
    public string LetterTitle(string? letterId)
    {
        if (letterId is null)
        {
            return "—";
        }
        using (ContentLanguage.Begin(Language))
        {
            return letters.Find(letterId)?.Title ?? letterId;
        }
    }

    /// <summary>"Spanish" for "es"; a language the parent named in their own words stays as they wrote it.</summary>
    public string LanguageName(string language) => Packet.Find("languages." + language) ?? language;
}

/// <summary>The brief: a title, the lines read first, then headed sections.</summary>
public sealed record Brief(string Title, IReadOnlyList<string> Glance, IReadOnlyList<BriefSection> Sections);

/// <summary>A heading and its lines; <see cref="Id"/> is the page anchor.</summary>
public sealed record BriefSection(string Id, string Heading, IReadOnlyList<BriefLine> Lines);

/// <summary>
/// One line. <see cref="Lang"/> marks text the parent wrote (kept as written, in that language); <see cref="Note"/>
/// says so in the advocates' words ("written in Spanish"); <see cref="Label"/>, when set, comes first in the advocates' language.
/// </summary>
public sealed record BriefLine(string Text, BriefEmphasis Emphasis = BriefEmphasis.None, string? Lang = null, string? Note = null)
{
    public string? Label { get; init; }

    /// <summary>The whole line as plain text (label, text, note).</summary>
    public override string ToString() => (Label is null ? "" : Label + " ") + Text + (Note is null ? "" : $" ({Note})");
}

public enum BriefEmphasis
{
    None,
    /// <summary>Overdue: shown in bold.</summary>
    Alert,
}
