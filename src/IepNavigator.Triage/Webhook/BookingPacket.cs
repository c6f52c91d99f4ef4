using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;
using IepNavigator.Triage.Wording;

namespace IepNavigator.Triage.Webhook;

/// <summary>
/// The packet as the booking system receives it ("packet" in a packet.created message): a documented shape of its
/// own (src/IepNavigator.Triage/README.md, "Webhook contract"), not the stored record, so the store can change without
/// breaking receivers. Labels are in the advocates' language (<see cref="TextLanguage"/>); codes and ids are stable.
/// It carries no answer the parent was told stays in the chat (the payment question).
/// </summary>
public sealed record BookingPacket
{
    public required Guid Id { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? CaseId { get; init; }

    /// <summary>The language the parent chatted in ("en", "es").</summary>
    public required string Language { get; init; }

    /// <summary>The language of every label and sentence below.</summary>
    public required string TextLanguage { get; init; }

    public required BookingContact Contact { get; init; }
    public required BookingChild Child { get; init; }
    public string? State { get; init; }
    public string? StateName { get; init; }
    public string? Stage { get; init; }
    public string? StageLabel { get; init; }
    public required BookingUrgency Urgency { get; init; }

    /// <summary>The date the family was told to expect contact by.</summary>
    public DateOnly? ExpectContactBy { get; init; }

    public BookingDeadline? NextDeadline { get; init; }
    public IReadOnlyList<BookingDeadline> Deadlines { get; init; } = [];
    public IReadOnlyList<BookingStep> Steps { get; init; } = [];
    public IReadOnlyList<BookingLetter> Letters { get; init; } = [];
    public ParentText? ParentWords { get; init; }
    public required BookingFreeHelp FreeHelp { get; init; }

    /// <summary>The case's facts in the knowledge contract's names and shapes (knowledge-contract.md).</summary>
    public required CaseFacts Facts { get; init; }

    private static readonly Lazy<LetterCatalog> LetterTitles = new(() => new LetterCatalog());

    private static string? LetterTitle(string? letterId, string language)
    {
        if (letterId is null)
        {
            return null;
        }
        using (ContentLanguage.Begin(language))
        {
            return LetterTitles.Value.Find(letterId)?.Title ?? letterId;
        }
    }

    public static BookingPacket From(TriagePacket packet, TriageText? text = null)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var words = (text ?? TriageText.Default).Packet(packet.TextLanguage);
        BookingDeadline Deadline(PacketDeadline deadline) => new()
        {
            Date = deadline.Date,
            Kind = KnowledgeJson.EnumName(deadline.Kind),
            StepId = deadline.StepId,
            LetterId = deadline.LetterId,
            Label = DeadlineWording.Label(words, deadline, letterId => LetterTitle(letterId, packet.TextLanguage) ?? string.Empty),
            What = deadline.What,
            Citation = deadline.Citation,
            Estimated = deadline.Estimated,
        };
        var contact = packet.Contact;
        return new BookingPacket
        {
            Id = packet.Id,
            CreatedAt = packet.CreatedAt,
            CaseId = packet.CaseId,
            Language = packet.Language,
            TextLanguage = packet.TextLanguage,
            Contact = new BookingContact(contact.Name, KnowledgeJson.EnumName(contact.Method), contact.Address, packet.Availability, contact.PreferredLanguage),
            Child = new BookingChild(packet.Child.FirstName, packet.Child.Name, packet.Facts.ChildAge, packet.Child.DateOfBirth, packet.Child.Grade, packet.Child.School, packet.Child.District),
            State = packet.State,
            StateName = packet.FreeHelp.Help?.Name ?? ParentCenterDirectory.Default.Find(packet.State)?.Name,
            Stage = packet.Stage is { } stage ? KnowledgeJson.EnumName(stage) : null,
            StageLabel = packet.Stage is { } labelled ? words.Get("stages." + KnowledgeJson.EnumName(labelled)) : null,
            Urgency = new BookingUrgency(
                UrgencyWording.Code(packet.Urgency.Level),
                words.Get("levels." + UrgencyWording.Code(packet.Urgency.Level)),
                [.. packet.Urgency.Reasons.Select(reason => new BookingReason(reason.Code, UrgencyWording.Code(reason.Level), reason.Text))]),
            ExpectContactBy = packet.ExpectContactBy,
            NextDeadline = packet.Deadlines.Count > 0 ? Deadline(packet.Deadlines[0]) : null,
            Deadlines = [.. packet.Deadlines.Select(Deadline)],
            Steps = [.. packet.Steps.Select(step => new BookingStep(step.Id, UrgencyWording.StepLabel(words, step.Id), step.DueBy, step.Citations, step.Letter))],
            Letters = [.. packet.Ledger.Select(entry => new BookingLetter(entry.LetterId, entry.StepId, entry.DraftedOn, entry.SentOn, entry.SentHow, entry.AnswerDueOn, entry.AnsweredOn,
                string.IsNullOrWhiteSpace(entry.SchoolAnswer) ? null : new ParentText(entry.SchoolAnswer, packet.Language)))],
            ParentWords = packet.ParentWords is { } parentWords ? new ParentText(parentWords, packet.Language) : null,
            FreeHelp = new BookingFreeHelp(
                packet.FreeHelp.FreeHelpFirst,
                [.. packet.FreeHelp.ReasonCodes.Where(code => !FreeHelpReasons.IsAboutPayment(code))],
                [.. (packet.FreeHelp.Help?.ParentCenters ?? []).Select(center => new BookingOrganization(center.Name, center.Website, center.Serves))],
                packet.FreeHelp.Help?.ProtectionAndAdvocacy is { } agency ? new BookingOrganization(agency.Name, agency.Website, agency.Serves) : null,
                packet.FreeHelp.DirectoryUrls),
            Facts = packet.Facts,
        };
    }
}

/// <summary>Who to call and how: the method is "email", "phone" or "text"; a phone number is its 10 digits.</summary>
public sealed record BookingContact(string? Name, string Method, string Address, string? BestTime, string? PreferredLanguage);

public sealed record BookingChild(string? FirstName, string? Name, int? Age, string? DateOfBirth, string? Grade, string? School, string? District);

public sealed record BookingUrgency(string Level, string Label, IReadOnlyList<BookingReason> Reasons);

public sealed record BookingReason(string Code, string Level, string Text);

/// <summary>A dated thing to watch: kind "step", "school-answer" or "iep-meeting".</summary>
public sealed record BookingDeadline
{
    public required DateOnly Date { get; init; }
    public required string Kind { get; init; }
    public string? StepId { get; init; }
    public string? LetterId { get; init; }
    public required string Label { get; init; }
    /// <summary>For a step's date, whose clock it is ("evaluation-response", "state-complaint-window"...).</summary>
    public string? What { get; init; }
    public string? Citation { get; init; }
    public bool Estimated { get; init; }
}

public sealed record BookingStep(string Id, string Label, DateOnly? DueBy, IReadOnlyList<string> Citations, string? Letter);

public sealed record BookingLetter(string LetterId, string? StepId, DateOnly? DraftedOn, DateOnly? SentOn, string? SentHow, DateOnly? AnswerDueOn, DateOnly? AnsweredOn, ParentText? SchoolAnswer);

/// <summary>Text the parent wrote, as written, and the language it is in.</summary>
public sealed record ParentText(string Text, string Language);

public sealed record BookingFreeHelp(bool FreeHelpFirst, IReadOnlyList<string> Reasons, IReadOnlyList<BookingOrganization> ParentCenters, BookingOrganization? ProtectionAndAdvocacy, IReadOnlyList<Uri> Directories);

public sealed record BookingOrganization(string Name, Uri Website, string? Serves);
